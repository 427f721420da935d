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
    implicitHeight: pageColumn.implicitHeight // taller than the window, the back office scrolls it
    readonly property var batch: BackOfficeController.batch
    readonly property bool hasBatch: batch.id !== undefined
    readonly property bool isOpen: hasBatch && batch.status === "open"
    property int selectedItem: 0
    // Each item's columns at this text size; the reason goes on a line of its own under them, whole.
    readonly property var columnBase: [44, 330, 120, 110, 120]
    readonly property real columnSum: columnBase.reduce((a, b) => a + b, 0) * Theme.scale + 16 * (columnBase.length - 1)
    readonly property real rowWidth: items.width - Theme.scrollBarSpace - 16
    // The columns under headers when they fit at this text size; else each row's figures flow on to more lines.
    readonly property bool table: rowWidth >= columnSum
    function columnWidth(i) { return columnBase[i] * Theme.scale }

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
        id: pageColumn
        anchors.fill: parent
        spacing: 10

        // No batch on screen: open one. The fields go on to a second line when they do not fit.
        Flow {
            Layout.fillWidth: true
            visible: !page.hasBatch
            spacing: 10
            FormField {
                id: controlCount
                objectName: "batchCount"
                width: Math.min(parent.width, Math.max(200 * Theme.scale, implicitWidth))
                label: qsTr("Control count")
                inputMethodHints: Qt.ImhDigitsOnly
                onAccepted: controlTotal.forceActiveFocus()
            }
            FormField {
                id: controlTotal
                objectName: "batchTotal"
                width: Math.min(parent.width, Math.max(200 * Theme.scale, implicitWidth))
                label: qsTr("Control total")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onAccepted: page.openIt() // the note is optional
            }
            FormField {
                id: batchNote
                objectName: "batchNote"
                width: Math.min(parent.width, Math.max(360 * Theme.scale, implicitWidth))
                label: qsTr("Note (lockbox, envelope tray)")
                onAccepted: page.openIt()
            }
            Item {
                width: Math.min(parent.width, batchOpen.implicitWidth)
                height: batchNote.height
                ChoiceButton {
                    id: batchOpen
                    objectName: "batchOpen"
                    anchors.bottom: parent.bottom
                    width: parent.width
                    implicitHeight: 48
                    primary: true
                    font.pixelSize: Theme.fontSmall
                    value: "open"
                    text: qsTr("Open the batch")
                    onClicked: page.openIt()
                }
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
        Flow {
            Layout.fillWidth: true
            visible: page.hasBatch
            spacing: 24
            Label {
                height: Math.max(52, implicitHeight)
                verticalAlignment: Text.AlignVCenter
                text: page.hasBatch ? qsTr("Batch %1").arg(page.batch.id.slice(-7)) : ""
                font.pixelSize: Theme.fontLarge
                font.weight: Font.Bold
                color: Theme.text
            }
            Label {
                objectName: "batchControl"
                height: Math.max(52, implicitHeight)
                verticalAlignment: Text.AlignVCenter
                text: page.hasBatch ? qsTr("Control %1 for %2").arg(page.batch.controlCount).arg(page.batch.controlTotal) : ""
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            Label {
                objectName: "batchKeyed"
                height: Math.max(52, implicitHeight)
                verticalAlignment: Text.AlignVCenter
                text: page.hasBatch ? qsTr("Keyed %1 for %2").arg(page.batch.keyedCount).arg(page.batch.keyedTotal) : ""
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            Rectangle {
                radius: Theme.radius
                color: page.hasBatch && page.batch.balanced ? Theme.okSoft : Theme.dangerSoft
                width: Math.min(parent.width, difference.implicitWidth + 32)
                height: Math.max(52, difference.height + 16)
                Label {
                    id: difference
                    objectName: "batchDifference"
                    anchors.centerIn: parent
                    width: Math.min(implicitWidth, parent.width - 32)
                    wrapMode: Text.Wrap
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
        Flow {
            Layout.fillWidth: true
            visible: page.isOpen
            spacing: 10
            FormField {
                id: accountOrScan
                objectName: "remitAccount"
                width: Math.min(parent.width, Math.max(300 * Theme.scale, implicitWidth))
                label: qsTr("Account, or the stub's scan line")
                onAccepted: amount.forceActiveFocus()
            }
            FormField {
                id: amount
                objectName: "remitAmount"
                width: Math.min(parent.width, Math.max(140 * Theme.scale, implicitWidth))
                label: qsTr("Check amount")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onAccepted: micr.forceActiveFocus()
            }
            FormField {
                id: micr
                objectName: "remitMicr"
                width: Math.min(parent.width, Math.max(300 * Theme.scale, implicitWidth))
                label: qsTr("MICR line")
                onAccepted: page.keyIt()
            }
            FormField {
                id: checkDate
                objectName: "remitDate"
                width: Math.min(parent.width, Math.max(150 * Theme.scale, implicitWidth))
                label: qsTr("Check date")
                onAccepted: page.keyIt()
            }
            Item {
                width: Math.min(parent.width, Math.max(120 * Theme.scale, remitKey.implicitWidth))
                height: checkDate.height
                ChoiceButton {
                    id: remitKey
                    objectName: "remitKey"
                    anchors.bottom: parent.bottom
                    width: parent.width
                    implicitHeight: 48
                    primary: true
                    font.pixelSize: Theme.fontSmall
                    value: "key"
                    text: qsTr("Key it")
                    onClicked: page.keyIt()
                }
            }
        }

        ListView {
            id: items
            objectName: "batchItems"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 240 // when the page scrolls, a few rows still show
            visible: page.hasBatch
            clip: true
            spacing: 2
            model: page.hasBatch ? page.batch.items : []
            ScrollBar.vertical: ListScrollBar { }
            delegate: Rectangle {
                id: itemRow
                required property var modelData
                required property int index
                readonly property bool exception: modelData.status === "exception"
                width: ListView.view.width - Theme.scrollBarSpace
                height: Math.max(52, content.implicitHeight + 12) // a wrapped line makes the row taller
                radius: 6
                // A declined check (an exception, mailed back) in the warning colour.
                color: page.selectedItem === modelData.n ? Theme.accentSoft
                     : exception ? Qt.rgba(Theme.warn.r, Theme.warn.g, Theme.warn.b, 0.12)
                     : index % 2 ? Theme.surface : Theme.background
                border.color: exception ? Theme.warn : "transparent"
                opacity: modelData.status === "removed" ? 0.6 : 1
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("Item %1, account %2, %3, %4, %5").arg(modelData.n).arg(modelData.account)
                                 .arg(modelData.payer).arg(modelData.amount).arg(modelData.statusText)
                MouseArea {
                    anchors.fill: parent
                    onClicked: page.selectedItem = itemRow.modelData.status === "removed" ? 0 : itemRow.modelData.n
                }
                Column {
                    id: content
                    x: 8
                    y: Math.max(6, (parent.height - implicitHeight) / 2)
                    width: parent.width - 16
                    spacing: 4
                    Flow {
                        width: parent.width
                        spacing: 16
                        Label { width: Math.min(page.columnWidth(0), page.rowWidth); wrapMode: Text.Wrap; text: itemRow.modelData.n; font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
                        Label {
                            objectName: "batchPayer_" + itemRow.modelData.n
                            width: Math.min(page.columnWidth(1), page.rowWidth)
                            wrapMode: Text.Wrap
                            text: itemRow.modelData.payer !== "" ? itemRow.modelData.account + " · " + itemRow.modelData.payer
                                                                 : itemRow.modelData.account
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                        }
                        Label { width: Math.min(page.columnWidth(2), page.rowWidth); horizontalAlignment: Text.AlignRight; wrapMode: Text.Wrap; text: itemRow.modelData.amount; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; color: Theme.text }
                        Label { width: Math.min(page.columnWidth(3), page.rowWidth); wrapMode: Text.Wrap; text: qsTr("No. %1").arg(itemRow.modelData.serial); font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
                        Label {
                            objectName: "batchStatus_" + itemRow.modelData.n
                            width: Math.min(page.columnWidth(4), page.rowWidth)
                            wrapMode: Text.Wrap
                            text: itemRow.modelData.statusText
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                            color: itemRow.modelData.status === "accepted" ? Theme.ok : itemRow.exception ? Theme.warn : Theme.textMuted
                        }
                    }
                    // The receipt once posted, else an exception's or a removal's reason: whole, on its own line.
                    Label {
                        objectName: "batchReason_" + itemRow.modelData.n
                        width: parent.width
                        visible: text !== ""
                        wrapMode: Text.Wrap
                        text: itemRow.modelData.receipt !== "" ? qsTr("Receipt %1").arg(itemRow.modelData.receipt) : itemRow.modelData.reason
                        font.pixelSize: Theme.fontSmall
                        color: itemRow.exception ? Theme.warn : Theme.textMuted
                    }
                }
            }
        }

        // Removing a mis-keyed item, explained; and closing.
        Label {
            objectName: "removeExplained"
            Layout.fillWidth: true
            visible: page.isOpen
            wrapMode: Text.Wrap
            text: qsTr("Remove only an item keyed by mistake, then key it again: it stays on the proof list, outside the totals. A declined check is an exception: it stays in the batch, is not posted, and is mailed back.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Flow {
            Layout.fillWidth: true
            visible: page.isOpen
            spacing: 10
            FormField {
                id: removeReason
                objectName: "removeReason"
                width: Math.min(parent.width, Math.max(360 * Theme.scale, implicitWidth))
                enabled: page.selectedItem > 0
                label: page.selectedItem > 0 ? qsTr("Why item %1 is removed").arg(page.selectedItem) : qsTr("Choose a mis-keyed item to remove it")
            }
            Item {
                width: Math.min(parent.width, removeButton.implicitWidth + batchClose.implicitWidth + 10)
                height: removeReason.height
                ChoiceButton {
                    id: removeButton
                    objectName: "removeItem"
                    anchors.bottom: parent.bottom
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
                    id: batchClose
                    objectName: "batchClose"
                    anchors.bottom: parent.bottom
                    anchors.left: removeButton.right
                    anchors.leftMargin: 10
                    implicitHeight: 48
                    primary: true
                    enabled: page.batch.balanced === true
                    font.pixelSize: Theme.fontSmall
                    value: "close"
                    text: qsTr("Close and post the batch")
                    onClicked: BackOfficeController.closeBatch()
                }
            }
        }
        Label {
            objectName: "batchClosedSummary"
            Layout.fillWidth: true
            visible: page.hasBatch && !page.isOpen
            wrapMode: Text.Wrap
            text: page.hasBatch ? qsTr("Closed: deposit %1 \u00b7 %n exception(s) for %2 to return by mail", "", page.batch.exceptionCount)
                                  .arg(page.batch.depositTotal).arg(page.batch.exceptionTotal) : ""
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Flow {
            Layout.fillWidth: true
            visible: page.hasBatch && !page.isOpen
            spacing: 10
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
