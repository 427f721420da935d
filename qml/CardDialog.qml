// A card charged on the external terminal: the cashier keys what its slip says (amount, approval code, brand, last
// four digits, and optionally the terminal and how the card was read). Tillbook never sees the card number; the
// station decides whether the details are usable and this shows its sentence when they are not. The amount is what the
// card pays of the payment; when its funds carry a card convenience fee, the station's fee and the total to charge on
// the terminal show under it, before the card is charged.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

Popup {
    id: dialog
    objectName: "cardDialog"
    property string brand: ""
    property string entry: ""
    readonly property var brands: ["VISA", "MASTERCARD", "AMEX", "DISCOVER", "OTHER"]
    readonly property var entries: [{key: "chip", label: qsTr("Chip")}, {key: "tap", label: qsTr("Tap")},
                                    {key: "swipe", label: qsTr("Swipe")}, {key: "keyed", label: qsTr("Keyed")}]
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: 860
    height: 640
    closePolicy: Popup.CloseOnEscape
    onOpened: {
        PaymentController.clearFeedback()
        amount.text = PaymentController.remainingPlain
        approval.text = ""
        last4.text = ""
        terminal.text = ""
        brand = ""
        entry = ""
        approval.forceActiveFocus()
    }

    function add() {
        if (PaymentController.addCardTender(amount.text, approval.text, dialog.brand, last4.text, terminal.text,
                                            dialog.entry))
            dialog.close()
    }

    background: Rectangle {
        radius: 16
        color: Theme.surface
        border.color: Theme.border
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20
        spacing: 12

        Label {
            text: qsTr("Card payment")
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Key the amount the card pays, charge it on the terminal with any convenience fee shown here, then key what its slip says. Never key the card number.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 16
            rowSpacing: 10
            Label { text: qsTr("Amount"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
            TextField {
                id: amount
                objectName: "cardAmount"
                Layout.preferredWidth: 200
                implicitHeight: 52
                font.pixelSize: Theme.fontBody
                horizontalAlignment: Text.AlignRight
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Accessible.name: qsTr("Amount the card pays")
                onAccepted: approval.forceActiveFocus()
            }
            // The station's convenience fee for this card, told to the customer before the terminal charges it.
            Item { visible: feePreview.visible; implicitWidth: 1; implicitHeight: 1 }
            Label {
                id: feePreview
                objectName: "cardFeePreview"
                readonly property var preview: PaymentController.cardFeePreview(amount.text)
                Layout.fillWidth: true
                visible: preview.fee !== ""
                text: qsTr("Convenience fee %1: charge %2 on the terminal").arg(preview.fee).arg(preview.charge)
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.name: text
            }
            Label { text: qsTr("Approval code"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
            TextField {
                id: approval
                objectName: "cardApproval"
                Layout.preferredWidth: 260
                implicitHeight: 52
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Approval code from the terminal's slip")
                onAccepted: last4.forceActiveFocus()
            }
            Label { text: qsTr("Brand"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
            Flow { // a positioner, not a layout: see EqualRow.qml; it wraps at large text
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: dialog.brands
                    ChoiceButton {
                        required property string modelData
                        objectName: "cardBrand_" + modelData
                        text: modelData
                        primary: dialog.brand === modelData
                        Accessible.name: qsTr("Card brand %1").arg(modelData)
                        onClicked: dialog.brand = modelData
                    }
                }
            }
            Label { text: qsTr("Last four digits"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
            TextField {
                id: last4
                objectName: "cardLast4"
                Layout.preferredWidth: 140
                implicitHeight: 52
                font.pixelSize: Theme.fontBody
                inputMethodHints: Qt.ImhDigitsOnly
                Accessible.name: qsTr("Last four digits of the card")
                onAccepted: dialog.add()
            }
            Label { text: qsTr("Terminal"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
            TextField {
                id: terminal
                objectName: "cardTerminal"
                Layout.preferredWidth: 260
                implicitHeight: 52
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Optional")
                Accessible.name: qsTr("Terminal id, optional")
                onAccepted: dialog.add()
            }
            Label { text: qsTr("Read by"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
            Flow { // as the brands above
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: dialog.entries
                    ChoiceButton {
                        required property var modelData
                        objectName: "cardEntry_" + modelData.key
                        text: modelData.label
                        primary: dialog.entry === modelData.key
                        Accessible.name: qsTr("Card read by %1").arg(modelData.label)
                        // Optional: the chosen one again takes the choice back.
                        onClicked: dialog.entry = dialog.entry === modelData.key ? "" : modelData.key
                    }
                }
            }
        }
        Label {
            objectName: "cardError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: PaymentController.error
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.danger
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Item { Layout.fillHeight: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            SecondaryButton {
                objectName: "cardCancel"
                text: qsTr("Cancel")
                Layout.preferredWidth: 180
                onClicked: dialog.close()
            }
            Item { Layout.fillWidth: true }
            KeypadButton {
                objectName: "cardAdd"
                Layout.preferredWidth: 280
                implicitHeight: 56
                primary: true
                value: "card"
                text: qsTr("Add the card payment")
                onClicked: dialog.add()
            }
        }
    }
}
