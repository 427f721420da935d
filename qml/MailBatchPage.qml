// Mail payment batches: open with the control count and total from the envelope tally, key each remittance (the
// account or the stub's scan line, the amount, the check's MICR line), watch the running difference, close only in
// balance. Declined checks go to the exceptions list to be mailed back.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

FocusScope {
    id: page
    objectName: "mailBatchPage"
    readonly property var batch: BackOfficeController.batch
    readonly property bool hasBatch: batch.id !== undefined
    readonly property bool isOpen: hasBatch && batch.status === "open"
    property int selectedItem: 0

    function start() {
        if (!BackOfficeController.resumeBatch() && hasBatch && batch.status === "closed")
            return
        checkDate.text = BackOfficeController.today
    }
    function openIt() {
        if (BackOfficeController.openBatch(controlCount.text, controlTotal.text, batchNote.text)) {
            controlCount.text = ""
            controlTotal.text = ""
            batchNote.text = ""
            checkDate.text = BackOfficeController.today
            accountOrScan.forceActiveFocus()
        }
    }
    function keyIt() {
        if (BackOfficeController.keyRemittance(accountOrScan.text, amount.text, micr.text, checkDate.text)) {
            accountOrScan.text = ""
            amount.text = ""
            micr.text = ""
            accountOrScan.forceActiveFocus()
        }
    }
    onActiveFocusChanged: if (activeFocus) (isOpen ? accountOrScan : controlCount).forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        // No batch on screen: open one.
        RowLayout {
            Layout.fillWidth: true
            visible: !page.hasBatch
            spacing: 10
            FormField {
                id: controlCount
                objectName: "batchCount"
                Layout.preferredWidth: 200 * Theme.scale
                label: qsTr("Control count")
                inputMethodHints: Qt.ImhDigitsOnly
                onAccepted: controlTotal.forceActiveFocus()
            }
            FormField {
                id: controlTotal
                objectName: "batchTotal"
                Layout.preferredWidth: 200 * Theme.scale
                label: qsTr("Control total")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onAccepted: page.openIt() // the note is optional
            }
            FormField {
                id: batchNote
                objectName: "batchNote"
                Layout.fillWidth: true
                label: qsTr("Note (lockbox, envelope tray)")
                onAccepted: page.openIt()
            }
            ChoiceButton {
                objectName: "batchOpen"
                Layout.alignment: Qt.AlignBottom
                Layout.preferredWidth: 200 * Theme.scale
                implicitHeight: 48
                primary: true
                font.pixelSize: Theme.fontSmall
                value: "open"
                text: qsTr("Open the batch")
                onClicked: page.openIt()
            }
        }
        Label {
            Layout.fillWidth: true
            visible: !page.hasBatch
            wrapMode: Text.Wrap
            text: qsTr("Count the envelopes and add up the checks on a tape first: those are the control figures the batch must balance to.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }

        // The batch: control figures against what is keyed, and the running difference.
        RowLayout {
            Layout.fillWidth: true
            visible: page.hasBatch
            spacing: 24
            Label {
                text: page.hasBatch ? qsTr("Batch %1").arg(page.batch.id.slice(-7)) : ""
                font.pixelSize: Theme.fontLarge
                font.weight: Font.Bold
                color: Theme.text
            }
            Label {
                objectName: "batchControl"
                text: page.hasBatch ? qsTr("Control %1 for %2").arg(page.batch.controlCount).arg(page.batch.controlTotal) : ""
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            Label {
                objectName: "batchKeyed"
                text: page.hasBatch ? qsTr("Keyed %1 for %2").arg(page.batch.keyedCount).arg(page.batch.keyedTotal) : ""
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            Item { Layout.fillWidth: true }
            Rectangle {
                radius: Theme.radius
                color: page.hasBatch && page.batch.balanced ? Theme.okSoft : Theme.dangerSoft
                implicitWidth: difference.implicitWidth + 32
                implicitHeight: 52
                Label {
                    id: difference
                    objectName: "batchDifference"
                    anchors.centerIn: parent
                    text: page.hasBatch ? page.batch.differenceText : ""
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.Bold
                    color: page.hasBatch && page.batch.balanced ? Theme.ok : Theme.danger
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
        }

        // Keying a remittance.
        RowLayout {
            Layout.fillWidth: true
            visible: page.isOpen
            spacing: 10
            FormField {
                id: accountOrScan
                objectName: "remitAccount"
                Layout.preferredWidth: 300 * Theme.scale
                label: qsTr("Account, or the stub's scan line")
                onAccepted: amount.forceActiveFocus()
            }
            FormField {
                id: amount
                objectName: "remitAmount"
                Layout.preferredWidth: 140 * Theme.scale
                label: qsTr("Check amount")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onAccepted: micr.forceActiveFocus()
            }
            FormField {
                id: micr
                objectName: "remitMicr"
                Layout.fillWidth: true
                label: qsTr("MICR line")
                onAccepted: page.keyIt()
            }
            FormField {
                id: checkDate
                objectName: "remitDate"
                Layout.preferredWidth: 150 * Theme.scale
                label: qsTr("Check date")
                onAccepted: page.keyIt()
            }
            ChoiceButton {
                objectName: "remitKey"
                Layout.alignment: Qt.AlignBottom
                Layout.preferredWidth: 120 * Theme.scale
                implicitHeight: 48
                primary: true
                font.pixelSize: Theme.fontSmall
                value: "key"
                text: qsTr("Key it")
                onClicked: page.keyIt()
            }
        }

        ListView {
            id: items
            objectName: "batchItems"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.hasBatch
            clip: true
            spacing: 2
            model: page.hasBatch ? page.batch.items : []
            ScrollBar.vertical: ListScrollBar { }
            delegate: Rectangle {
                required property var modelData
                required property int index
                width: ListView.view.width - Theme.scrollBarSpace
                height: Math.max(52, row.implicitHeight + 12) // a wrapped line makes the row taller
                radius: 6
                color: page.selectedItem === modelData.n ? Theme.accentSoft
                     : modelData.status === "exception" ? Theme.dangerSoft : index % 2 ? Theme.surface : Theme.background
                opacity: modelData.status === "removed" ? 0.6 : 1
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("Item %1, account %2, %3, %4").arg(modelData.n).arg(modelData.account)
                                 .arg(modelData.amount).arg(modelData.statusText)
                MouseArea {
                    anchors.fill: parent
                    onClicked: page.selectedItem = modelData.status === "removed" ? 0 : modelData.n
                }
                RowLayout {
                    id: row
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    anchors.rightMargin: 8
                    spacing: 16
                    Label { Layout.preferredWidth: 40 * Theme.scale; text: modelData.n; font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
                    Label { Layout.preferredWidth: 100 * Theme.scale; text: modelData.account; font.pixelSize: Theme.fontSmall; color: Theme.text }
                    Label { Layout.preferredWidth: 110 * Theme.scale; horizontalAlignment: Text.AlignRight; text: modelData.amount; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; color: Theme.text }
                    Label { Layout.preferredWidth: 90 * Theme.scale; text: qsTr("No. %1").arg(modelData.serial); font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
                    Label {
                        Layout.preferredWidth: 110 * Theme.scale
                        text: modelData.status === "accepted" ? qsTr("Accepted") : modelData.status === "exception" ? qsTr("Exception") : qsTr("Removed")
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        color: modelData.status === "accepted" ? Theme.ok : modelData.status === "exception" ? Theme.danger : Theme.textMuted
                    }
                    Label {
                        Layout.fillWidth: true
                        text: modelData.receipt !== "" ? qsTr("Receipt %1").arg(modelData.receipt) : modelData.reason
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: page.isOpen
            spacing: 10
            FormField {
                id: removeReason
                objectName: "removeReason"
                Layout.fillWidth: true
                enabled: page.selectedItem > 0
                label: page.selectedItem > 0 ? qsTr("Why item %1 is removed").arg(page.selectedItem) : qsTr("Choose a mis-keyed item to remove it")
            }
            ChoiceButton {
                objectName: "removeItem"
                Layout.alignment: Qt.AlignBottom
                Layout.preferredWidth: 180 * Theme.scale
                implicitHeight: 48
                enabled: page.selectedItem > 0
                font.pixelSize: Theme.fontSmall
                value: "remove"
                text: qsTr("Remove the item")
                onClicked: if (BackOfficeController.removeItem(page.selectedItem, removeReason.text)) {
                    page.selectedItem = 0
                    removeReason.text = ""
                }
            }
            ChoiceButton {
                objectName: "batchClose"
                Layout.alignment: Qt.AlignBottom
                Layout.preferredWidth: 260 * Theme.scale
                implicitHeight: 48
                primary: true
                enabled: page.batch.balanced === true
                font.pixelSize: Theme.fontSmall
                value: "close"
                text: qsTr("Close and post the batch")
                onClicked: BackOfficeController.closeBatch()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: page.hasBatch && !page.isOpen
            spacing: 10
            Label {
                objectName: "batchClosedSummary"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: page.hasBatch ? qsTr("Closed: deposit %1 \u00b7 %n exception(s) for %2 to return by mail", "", page.batch.exceptionCount)
                                      .arg(page.batch.depositTotal).arg(page.batch.exceptionTotal) : ""
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            ChoiceButton {
                objectName: "batchPrint"
                implicitHeight: 48
                font.pixelSize: Theme.fontSmall
                value: "print"
                text: qsTr("Print proof list")
                onClicked: PrintController.printDocument("batch", page.batch.id)
            }
            ChoiceButton {
                objectName: "batchSlip"
                implicitHeight: 48
                font.pixelSize: Theme.fontSmall
                value: "slip"
                text: qsTr("Print deposit slip")
                onClicked: PrintController.printDocument("batchSlip", page.batch.id)
            }
            ChoiceButton {
                objectName: "batchNew"
                implicitHeight: 48
                primary: true
                font.pixelSize: Theme.fontSmall
                value: "new"
                text: qsTr("New batch")
                onClicked: { BackOfficeController.clearBatch(); controlCount.forceActiveFocus() }
            }
        }
    }
}
