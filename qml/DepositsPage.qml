// Bank deposits: the supervisor prepares the day's deposit from its closed drawers, mail batches and safe drops (bag
// and seal), prints its slip, and keys the bank's confirmation later (amount, date, reference, and a reason when the
// amount differs). The station refuses what it must; its sentence is the back office's message line.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

FocusScope {
    id: page
    objectName: "depositsPage"
    implicitHeight: pageColumn.implicitHeight // taller than the window, the back office scrolls it
    property string confirming: "" // the deposit whose confirmation is being keyed
    // A column's share of the list's width (a row's margins and spacing aside), so the table fits any window and text.
    function columnWidth(index) {
        const widths = [110, 120, 170, 130, 130, 130, 130, 120]
        return (list.width - Theme.scrollBarSpace - 16 - 7 * 12) * widths[index] / 1040
    }
    // The table when its columns fit at this text size; else each deposit's figures as labelled pairs that wrap.
    readonly property bool table: list.width - Theme.scrollBarSpace - 16 - 7 * 12 >= 1040 * Theme.scale
    // A field at least as wide as its label, never wider than the row.
    function fieldWidth(field, base) { return Math.min(field.parent.width, Math.max(base * Theme.scale, field.implicitWidth)) }

    function start() {
        day.text = BackOfficeController.today
        bag.text = ""
        seal.text = ""
        confirming = ""
        BackOfficeController.loadDeposits()
    }
    function prepare() {
        if (BackOfficeController.prepareDeposit(day.text, bag.text, seal.text)) {
            bag.text = ""
            seal.text = ""
        }
    }
    function beginConfirm(deposit) {
        confirming = deposit.id
        amount.text = deposit.totalPlain
        bankDate.text = BackOfficeController.today
        reference.text = ""
        reason.text = ""
        reference.forceActiveFocus()
    }
    function confirm() {
        if (BackOfficeController.confirmDeposit(confirming, amount.text, bankDate.text, reference.text, reason.text))
            confirming = ""
    }
    onActiveFocusChanged: if (activeFocus) bag.forceActiveFocus()

    ColumnLayout {
        id: pageColumn
        anchors.fill: parent
        spacing: 10
        // The fields go on to a second line when they do not fit.
        Flow {
            Layout.fillWidth: true
            spacing: 10
            FormField { id: day; objectName: "depositDay"; width: page.fieldWidth(day, 180); label: qsTr("Day"); onAccepted: bag.forceActiveFocus() }
            FormField { id: bag; objectName: "depositBag"; width: page.fieldWidth(bag, 200); label: qsTr("Bag number"); onAccepted: seal.forceActiveFocus() }
            FormField { id: seal; objectName: "depositSeal"; width: page.fieldWidth(seal, 200); label: qsTr("Seal number"); onAccepted: page.prepare() }
            Item {
                width: Math.min(parent.width, prepareButton.implicitWidth)
                height: seal.height
                ChoiceButton {
                    id: prepareButton
                    objectName: "depositPrepare"
                    anchors.bottom: parent.bottom
                    width: parent.width
                    primary: true
                    value: "prepare"
                    text: qsTr("Prepare the deposit")
                    onClicked: page.prepare()
                }
            }
        }
        Row { // a positioner, not a layout: see EqualRow.qml
            Layout.fillWidth: true
            visible: page.table
            Layout.leftMargin: 8
            spacing: 12
            Repeater {
                model: [qsTr("Deposit"), qsTr("Day"), qsTr("Bag / seal"), qsTr("Cash"), qsTr("Checks"),
                        qsTr("Money orders"), qsTr("Total"), qsTr("Status")]
                Label {
                    required property var modelData
                    required property int index
                    width: page.columnWidth(index)
                    wrapMode: Text.WordWrap
                    horizontalAlignment: index >= 3 && index <= 6 ? Text.AlignRight : Text.AlignLeft
                    text: modelData
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.Bold
                    color: Theme.textMuted
                }
            }
        }
        ListView {
            id: list
            objectName: "depositList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 240 // when the page scrolls, a few rows still show
            clip: true
            spacing: 2
            model: BackOfficeController.deposits
            ScrollBar.vertical: ListScrollBar { }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No deposit has been prepared yet.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            delegate: Rectangle {
                id: row
                required property var modelData
                required property int index
                readonly property bool confirmed: modelData.status === BackOfficeController.DepositConfirmed
                width: ListView.view.width - Theme.scrollBarSpace
                height: rowColumn.implicitHeight + 8
                radius: 6
                color: page.confirming === modelData.id ? Theme.accentSoft : index % 2 ? Theme.surface : Theme.background
                Accessible.role: Accessible.ListItem
                Accessible.name: modelData.id + " " + modelData.total + " " + statusLabel.text
                ColumnLayout {
                    id: rowColumn
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    anchors.rightMargin: 8
                    anchors.topMargin: 4
                    anchors.bottomMargin: 4
                    spacing: 2
                    // Narrow or large text: the figures as labelled pairs.
                    Flow {
                        Layout.fillWidth: true
                        visible: !page.table
                        spacing: 16
                        Repeater {
                            model: [[qsTr("Deposit"), row.modelData.id.slice(-8)], [qsTr("Day"), row.modelData.day],
                                    [qsTr("Bag / seal"), row.modelData.seal !== "" ? row.modelData.bag + " / " + row.modelData.seal : row.modelData.bag],
                                    [qsTr("Cash"), row.modelData.cash], [qsTr("Checks"), row.modelData.checks],
                                    [qsTr("Money orders"), row.modelData.moneyOrders], [qsTr("Total"), row.modelData.total],
                                    [qsTr("Status"), row.confirmed ? qsTr("Confirmed") : qsTr("Prepared")]]
                            Label {
                                required property var modelData
                                width: Math.min(implicitWidth, parent.width)
                                wrapMode: Text.Wrap
                                text: modelData[0] + ": " + modelData[1]
                                font.pixelSize: Theme.fontSmall
                                font.weight: modelData[0] === qsTr("Total") ? Font.Bold : Font.Normal
                                color: Theme.text
                            }
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        visible: page.table
                        spacing: 12
                        Label { Layout.preferredWidth: page.columnWidth(0); text: row.modelData.id.slice(-8); font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; color: Theme.text }
                        Label { Layout.preferredWidth: page.columnWidth(1); text: row.modelData.day; font.pixelSize: Theme.fontSmall; color: Theme.text }
                        Label {
                            Layout.preferredWidth: page.columnWidth(2)
                            wrapMode: Text.Wrap
                            text: row.modelData.seal !== "" ? row.modelData.bag + " / " + row.modelData.seal : row.modelData.bag
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                        }
                        Label { Layout.preferredWidth: page.columnWidth(3); horizontalAlignment: Text.AlignRight; text: row.modelData.cash; font.pixelSize: Theme.fontSmall; color: Theme.text }
                        Label { Layout.preferredWidth: page.columnWidth(4); horizontalAlignment: Text.AlignRight; text: row.modelData.checks; font.pixelSize: Theme.fontSmall; color: Theme.text }
                        Label { Layout.preferredWidth: page.columnWidth(5); horizontalAlignment: Text.AlignRight; text: row.modelData.moneyOrders; font.pixelSize: Theme.fontSmall; color: Theme.text }
                        Label { Layout.preferredWidth: page.columnWidth(6); horizontalAlignment: Text.AlignRight; text: row.modelData.total; font.pixelSize: Theme.fontSmall; font.weight: Font.Bold; color: Theme.text }
                        Rectangle {
                            implicitWidth: page.columnWidth(7)
                            implicitHeight: 32
                            radius: 16
                            color: row.confirmed ? Theme.okSoft : Theme.accentSoft
                            Label {
                                id: statusLabel
                                objectName: "depositStatus"
                                anchors.centerIn: parent
                                text: row.confirmed ? qsTr("Confirmed") : qsTr("Prepared")
                                font.pixelSize: Theme.fontSmall
                                font.weight: Font.DemiBold
                                color: row.confirmed ? Theme.ok : Theme.accent
                            }
                        }
                        Item { Layout.fillWidth: true }
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 10
                        Label {
                            objectName: "depositDetail"
                            width: Math.min(parent.width, Math.max(480 * Theme.scale, parent.width - printSlip.implicitWidth
                                                                   - (confirmButton.visible ? confirmButton.implicitWidth + 10 : 0) - 10))
                            wrapMode: Text.Wrap
                            text: row.confirmed
                                  ? (row.modelData.difference !== ""
                                     ? qsTr("The bank credited %1 on %2, reference %3; difference %4: %5")
                                           .arg(row.modelData.confirmed).arg(row.modelData.bankDate).arg(row.modelData.reference)
                                           .arg(row.modelData.difference).arg(row.modelData.reason)
                                     : qsTr("The bank credited %1 on %2, reference %3")
                                           .arg(row.modelData.confirmed).arg(row.modelData.bankDate).arg(row.modelData.reference))
                                  : qsTr("Float kept back %1 \u00b7 %2, %3, %4 \u00b7 prepared by %5")
                                        .arg(row.modelData.floatKept).arg(qsTr("%n drawer(s)", "", row.modelData.drawers))
                                        .arg(qsTr("%n mail batch(es)", "", row.modelData.batches))
                                        .arg(qsTr("%n check(s) and money order(s)", "", row.modelData.items)).arg(row.modelData.preparedBy)
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                        }
                        ChoiceButton {
                            id: printSlip
                            objectName: "depositPrint"
                            value: "print"
                            text: qsTr("Print slip")
                            Accessible.name: qsTr("Print the slip of deposit %1").arg(row.modelData.id)
                            onClicked: PrintController.printDocument("deposit", row.modelData.id)
                        }
                        ChoiceButton {
                            id: confirmButton
                            objectName: "depositConfirm"
                            visible: !row.confirmed
                            value: "confirm"
                            text: qsTr("Key the bank's confirmation")
                            Accessible.name: qsTr("Key the bank's confirmation of deposit %1").arg(row.modelData.id)
                            onClicked: page.beginConfirm(row.modelData)
                        }
                    }
                }
            }
        }
        // The bank's confirmation of the deposit chosen above.
        Rectangle {
            objectName: "depositConfirmation"
            visible: page.confirming !== ""
            Layout.fillWidth: true
            implicitHeight: confirmation.implicitHeight + 20
            radius: Theme.radius
            color: Theme.background
            border.color: Theme.border
            ColumnLayout {
                id: confirmation
                anchors.fill: parent
                anchors.margins: 10
                spacing: 6
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("The bank's confirmation of deposit %1").arg(page.confirming)
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 10
                    FormField { id: amount; objectName: "confirmAmount"; width: page.fieldWidth(amount, 150); label: qsTr("Amount credited"); onAccepted: bankDate.forceActiveFocus() }
                    FormField { id: bankDate; objectName: "confirmDate"; width: page.fieldWidth(bankDate, 160); label: qsTr("Bank's date"); onAccepted: reference.forceActiveFocus() }
                    FormField { id: reference; objectName: "confirmReference"; width: page.fieldWidth(reference, 200); label: qsTr("Reference"); onAccepted: reason.forceActiveFocus() }
                    FormField { id: reason; objectName: "confirmReason"; width: page.fieldWidth(reason, 320); label: qsTr("Reason, when the amount differs"); onAccepted: page.confirm() }
                    Item {
                        width: Math.min(parent.width, confirmDeposit.implicitWidth + confirmCancel.implicitWidth + 10)
                        height: reason.height
                        ChoiceButton {
                            id: confirmDeposit
                            objectName: "confirmDeposit"
                            anchors.bottom: parent.bottom
                            primary: true
                            value: "confirm"
                            text: qsTr("Confirm")
                            onClicked: page.confirm()
                        }
                        ChoiceButton {
                            id: confirmCancel
                            objectName: "confirmCancel"
                            anchors.bottom: parent.bottom
                            anchors.left: confirmDeposit.right
                            anchors.leftMargin: 10
                            value: "cancel"
                            text: qsTr("Cancel")
                            onClicked: page.confirming = ""
                        }
                    }
                }
            }
        }
    }
}
