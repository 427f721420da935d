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
    padding: 20
    // As large as its content, never larger than the window: what does not fit scrolls inside the dialog.
    width: Math.min(860, Overlay.overlay ? Overlay.overlay.width - 32 : 860)
    height: Math.min(Overlay.overlay ? Overlay.overlay.height - 32 : 640,
                     implicitContentHeight + topPadding + bottomPadding)
    // The fields grow with the text size; a label beside one is as tall and centred on it.
    readonly property int fieldHeight: Math.max(52, Math.ceil(fieldFont.height) + 16)
    // Labels beside their fields at the usual text sizes; above them when the labels would crowd the fields.
    readonly property bool besideFields: width - leftPadding - rightPadding >= 640 * Theme.scale
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

    // A label of the form (its parent): beside a field, as tall as the field and centred on it; above one, as tall as
    // its words. It wraps when the text is large. (Through its parent: an inline component sees no ids of this file.)
    component FormLabel: Label {
        Layout.alignment: Qt.AlignTop | Qt.AlignLeft
        Layout.minimumHeight: parent && parent.columns === 2 ? parent.fieldHeight : 0
        Layout.maximumWidth: parent ? parent.width : 0
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }
    FontMetrics { id: fieldFont; font.pixelSize: Theme.fontBody }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Card payment")
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            color: Theme.text
        }
        // The slip's details scroll when the window is small or the text large; the title and the buttons stay.
        Flickable {
            id: scroller
            objectName: "cardScroller"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: Math.ceil(body.implicitHeight) // whole pixels: no scroll bar for a fraction
            clip: true
            contentWidth: width
            contentHeight: body.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            // Shown only while there is more than fits: a dialog opened again would otherwise fade out a stale bar.
            ScrollBar.vertical: ListScrollBar { visible: scroller.contentHeight > scroller.height + 1 }

            ColumnLayout {
                id: body
                width: scroller.width - Theme.scrollBarSpace
                spacing: 12
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Key the amount the card pays, charge it on the terminal with any convenience fee shown here, then key what its slip says. Never key the card number.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
                // Labels beside their fields while both fit; with larger text each label goes above its field.
                GridLayout {
                    id: form
                    Layout.fillWidth: true
                    readonly property int fieldHeight: dialog.fieldHeight
                    columns: dialog.besideFields ? 2 : 1
                    columnSpacing: 16
                    rowSpacing: 10
                    FormLabel { text: qsTr("Amount") }
                    TextField {
                        id: amount
                        objectName: "cardAmount"
                        Layout.preferredWidth: Math.max(200, Theme.fontBody * 8)
                        implicitHeight: dialog.fieldHeight
                        font.pixelSize: Theme.fontBody
                        horizontalAlignment: Text.AlignRight
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                        Accessible.name: qsTr("Amount the card pays")
                        onAccepted: approval.forceActiveFocus()
                    }
                    // The station's convenience fee for this card, told to the customer before the terminal charges it.
                    Item { visible: feePreview.visible && form.columns === 2; implicitWidth: 1; implicitHeight: 1 }
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
                    FormLabel { text: qsTr("Approval code") }
                    TextField {
                        id: approval
                        objectName: "cardApproval"
                        Layout.preferredWidth: Math.max(260, Theme.fontBody * 10)
                        implicitHeight: dialog.fieldHeight
                        font.pixelSize: Theme.fontBody
                        Accessible.name: qsTr("Approval code from the terminal's slip")
                        onAccepted: last4.forceActiveFocus()
                    }
                    FormLabel { text: qsTr("Brand") }
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
                    FormLabel { text: qsTr("Last four digits") }
                    TextField {
                        id: last4
                        objectName: "cardLast4"
                        Layout.preferredWidth: Math.max(140, Theme.fontBody * 6)
                        implicitHeight: dialog.fieldHeight
                        font.pixelSize: Theme.fontBody
                        inputMethodHints: Qt.ImhDigitsOnly
                        Accessible.name: qsTr("Last four digits of the card")
                        onAccepted: dialog.add()
                    }
                    FormLabel { text: qsTr("Terminal") }
                    TextField {
                        id: terminal
                        objectName: "cardTerminal"
                        Layout.preferredWidth: Math.max(260, Theme.fontBody * 10)
                        implicitHeight: dialog.fieldHeight
                        font.pixelSize: Theme.fontBody
                        placeholderText: qsTr("Optional")
                        Accessible.name: qsTr("Terminal id, optional")
                        onAccepted: dialog.add()
                    }
                    FormLabel { text: qsTr("Read by") }
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
            }
        }
        // The action on the right, Cancel before it; on a narrow window they take two lines rather than cut a word.
        Flow {
            id: buttons
            Layout.fillWidth: true
            Layout.preferredWidth: 0 // the buttons take their width from the row, not the other way round
            layoutDirection: Qt.RightToLeft
            spacing: 12
            KeypadButton {
                id: addButton
                objectName: "cardAdd"
                width: Math.min(buttons.width, Math.max(280, addWords.width + 40))
                height: 56
                primary: true
                value: "card"
                text: qsTr("Add the card payment")
                onClicked: dialog.add()
                TextMetrics { id: addWords; text: addButton.text; font.pixelSize: Theme.fontBody; font.weight: Font.DemiBold }
            }
            SecondaryButton {
                objectName: "cardCancel"
                text: qsTr("Cancel")
                width: Math.min(buttons.width, Math.max(180, implicitWidth))
                onClicked: dialog.close()
            }
        }
    }
}
