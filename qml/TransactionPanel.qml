// The right side of the counter: what is being paid, the tenders, and "Complete".
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

Rectangle {
    id: panel
    property alias amountField: amount
    signal completed()
    radius: 16
    color: Theme.surface
    border.color: Theme.border

    function tender(kind) {
        if (PaymentController.addTender(kind, amount.text, "")) {
            amount.text = ""
        }
        amount.forceActiveFocus()
    }
    function completeOrTender() {
        if (PaymentController.canComplete) {
            if (PaymentController.complete())
                panel.completed()
        } else if (PaymentController.inProgress) {
            tender("cash")
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20
        spacing: 6

        ListView {
            objectName: "paymentLines"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 60
            clip: true
            model: PaymentController.lines
            delegate: RowLayout {
                required property var modelData
                width: ListView.view.width
                height: 34
                Label {
                    Layout.fillWidth: true
                    text: modelData.label
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Label {
                    text: modelData.amount
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
            }
            Label {
                anchors.centerIn: parent
                visible: parent.count === 0
                text: qsTr("No payment in progress")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
        }
        RowLayout {
            // The card convenience fee, already in the total: the customer sees it before Complete.
            Layout.fillWidth: true
            visible: PaymentController.convenienceFee !== ""
            Label {
                Layout.fillWidth: true
                text: qsTr("Convenience fee")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            Label {
                objectName: "convenienceFee"
                text: PaymentController.convenienceFee
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Total due")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            Label {
                objectName: "totalDue"
                text: PaymentController.totalDue
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                color: Theme.text
            }
        }
        Rectangle {
            Layout.fillWidth: true
            height: 1
            color: Theme.border
        }
        Column { // a positioner, not the layout: see EqualRow.qml
            id: tenderLines
            Layout.fillWidth: true
            visible: children.length > 1 // the Repeater is a child too
            Repeater {
                model: PaymentController.tenders
                RowLayout {
                    required property var modelData
                    required property int index
                    width: tenderLines.width
                    Label {
                        Layout.fillWidth: true
                        text: modelData.label
                        // A card's label is long ("VISA ****4242 approval 123456"): it wraps rather than run under the amount.
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }
                    Label {
                        text: modelData.amount
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }
                    ToolButton {
                        text: "\u2715"
                        implicitWidth: 48
                        implicitHeight: 48
                        Accessible.name: qsTr("Remove tender %1").arg(modelData.label)
                        onClicked: PaymentController.removeTender(index)
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            TextField {
                id: amount
                objectName: "tenderAmount"
                Layout.fillWidth: true
                implicitHeight: 52
                font.pixelSize: Theme.fontLarge
                horizontalAlignment: Text.AlignRight
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Accessible.name: qsTr("Amount tendered")
                // Enter with nothing typed: exact cash. Enter again when covered: complete.
                onAccepted: panel.completeOrTender()
            }
            KeypadButton {
                // Cash for exactly what is still due, in one touch, beside the amount it would otherwise take typing.
                objectName: "tenderExact"
                Layout.preferredWidth: contentItem.implicitWidth + 28
                Layout.maximumWidth: panel.width / 2
                implicitHeight: 52
                text: qsTr("Exact %1").arg(PaymentController.remaining)
                value: "exact"
                enabled: PaymentController.stillDue
                onClicked: {
                    amount.text = PaymentController.remainingPlain
                    panel.tender("cash")
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            KeypadButton {
                objectName: "tenderCash"
                text: qsTr("Cash")
                value: "cash"
                Layout.fillWidth: true
                implicitHeight: 52
                enabled: PaymentController.inProgress
                onClicked: panel.tender("cash")
            }
            KeypadButton {
                objectName: "tenderCheck"
                text: qsTr("Check")
                value: "check"
                Layout.fillWidth: true
                implicitHeight: 52
                enabled: PaymentController.inProgress
                onClicked: {
                    checkDialog.kind = "check"
                    checkDialog.open()
                }
            }
            KeypadButton {
                objectName: "tenderMoneyOrder"
                text: qsTr("Money order")
                value: "money_order"
                Layout.fillWidth: true
                implicitHeight: 52
                enabled: PaymentController.inProgress
                onClicked: {
                    checkDialog.kind = "money_order"
                    checkDialog.open()
                }
            }
            KeypadButton {
                objectName: "tenderCard"
                text: qsTr("Card")
                value: "card"
                Layout.fillWidth: true
                implicitHeight: 52
                enabled: PaymentController.inProgress
                onClicked: cardDialog.open()
            }
        }
        EqualRow {
            spacing: 8
            // Quick cash: the round amounts a customer is likely to hand over, computed by the controller.
            model: PaymentController.quickCash
            delegate: KeypadButton {
                required property string modelData
                text: "$" + modelData
                value: "quick"
                implicitHeight: 48
                onClicked: {
                    amount.text = modelData
                    panel.tender("cash")
                }
            }
        }
        Label {
            objectName: "paymentError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: PaymentController.error
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.danger
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Still due")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            Label {
                text: PaymentController.remaining
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                color: Theme.text
            }
        }
        KeypadButton {
            objectName: "completePayment"
            Layout.fillWidth: true
            implicitHeight: 60
            primary: true
            text: qsTr("Complete payment")
            value: "complete"
            enabled: PaymentController.canComplete
            onClicked: panel.completeOrTender()
        }
    }

    CheckDialog {
        id: checkDialog
        onClosed: amount.forceActiveFocus()
    }
    CardDialog {
        id: cardDialog
        onClosed: amount.forceActiveFocus()
    }
}
