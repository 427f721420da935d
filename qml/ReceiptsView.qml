// Voids and refunds at the counter: find the receipt (the last one is offered), then void it (same drawer session) or
// refund part or all of it in cash or by a refund check from the finance office. A supervisor approves each one.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

FocusScope {
    id: view
    objectName: "receiptsView"
    visible: false
    property string method: "cash"
    property string pendingKind: ""
    readonly property var receipt: PaymentController.foundReceipt
    readonly property bool found: receipt.number !== undefined
    signal dismissed()

    function show(number) {
        PrintController.clearFeedback()
        visible = true
        number = number || PaymentController.recentReceipt
        receiptNumber.text = number
        if (number !== "")
            find()
        receiptNumber.forceActiveFocus()
    }
    function find() {
        if (PaymentController.findReceipt(receiptNumber.text))
            refundAmount.text = receipt.refundable
    }
    function ask(kind) {
        var description = PaymentController.reversalDescription(kind, refundAmount.text, method)
        if (description === "")
            return
        pendingKind = kind
        approval.description = description
        approval.open()
    }
    function dismiss() {
        visible = false
        dismissed()
    }
    Keys.onEscapePressed: dismiss()

    Rectangle {
        anchors.fill: parent
        color: "#cc14283f"
    }
    MouseArea {
        anchors.fill: parent
    }
    Rectangle {
        id: card
        objectName: "receiptsCard"
        anchors.centerIn: parent
        // Wider with larger text, never wider or taller than the window: what does not fit scrolls inside the card.
        width: Math.min(parent.width - 32, 760 * Math.max(1, Theme.scale * 0.85))
        height: Math.min(parent.height - 32, column.implicitHeight + 2 * column.anchors.margins)
        radius: 16
        color: Theme.surface
        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: 28
            spacing: 12
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Void or refund a receipt")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                color: Theme.text
            }
            Flickable {
                id: scroller
                objectName: "receiptsScroller"
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
                    RowLayout {
                        Layout.fillWidth: true
                        FormField {
                            id: receiptNumber
                            objectName: "receiptLookup"
                            Layout.fillWidth: true
                            label: qsTr("Receipt number")
                            onAccepted: view.find()
                        }
                        ChoiceButton {
                            objectName: "receiptFind"
                            Layout.alignment: Qt.AlignBottom
                            primary: true
                            text: qsTr("Find")
                            onClicked: view.find()
                        }
                    }
                    Label {
                        objectName: "receiptFound"
                        Layout.fillWidth: true
                        visible: view.found
                        wrapMode: Text.Wrap
                        text: view.found ? qsTr("%1 \u00b7 %2 \u00b7 %3 \u00b7 refunded %4 \u00b7 %5").arg(view.receipt.number)
                                           .arg(view.receipt.time).arg(view.receipt.total).arg(view.receipt.refunded)
                                           .arg(view.receipt.status === "voided" ? qsTr("voided") : qsTr("paid")) : ""
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }
                    ChoiceButton {
                        objectName: "voidReceipt"
                        Layout.fillWidth: true
                        implicitHeight: 56
                        enabled: view.found && view.receipt.status === "paid"
                        text: qsTr("Void the whole receipt (supervisor)")
                        onClicked: view.ask("void")
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("Or refund (taken in a drawer that is closed now, or only part of it):")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    // The amount, then how it is paid back and the action: a row that wraps at larger text.
                    Flow {
                        id: refundRow
                        Layout.fillWidth: true
                        spacing: 8
                        enabled: view.found && view.receipt.status === "paid"
                        FormField {
                            id: refundAmount
                            objectName: "refundAmount"
                            width: Math.max(160, Theme.fontBody * 8)
                            label: qsTr("Amount")
                            inputMethodHints: Qt.ImhFormattedNumbersOnly
                        }
                        // The buttons sit on the field's line, level with the field under its label.
                        Item {
                            width: refundChoices.width
                            height: Math.max(refundAmount.height, refundChoices.height)
                            Flow {
                                id: refundChoices
                                anchors.bottom: parent.bottom
                                // One line when the row has room for the three; from the buttons' own widths, not
                                // the Flow's, which follows its width.
                                width: Math.min(refundCash.implicitWidth + refundCheck.implicitWidth
                                                + refundReceipt.implicitWidth + 2 * spacing, refundRow.width)
                                spacing: 8
                                ChoiceButton {
                                    id: refundCash
                                    objectName: "refundCash"
                                    primary: view.method === "cash"
                                    text: qsTr("In cash")
                                    onClicked: view.method = "cash"
                                }
                                ChoiceButton {
                                    id: refundCheck
                                    objectName: "refundCheck"
                                    primary: view.method === "check_request"
                                    text: qsTr("By refund check")
                                    onClicked: view.method = "check_request"
                                }
                                ChoiceButton {
                                    id: refundReceipt
                                    objectName: "refundReceipt"
                                    text: qsTr("Refund (supervisor)")
                                    onClicked: view.ask("refund")
                                }
                            }
                        }
                    }
                    Label {
                        objectName: "receiptError"
                        Layout.fillWidth: true
                        visible: PaymentController.error !== ""
                        wrapMode: Text.Wrap
                        text: PaymentController.error
                        font.pixelSize: Theme.fontSmall
                        color: Theme.danger
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    ChoiceButton {
                        objectName: "printRefundRequest"
                        Layout.fillWidth: true
                        visible: view.found && view.receipt.lastRefundSeq > 0
                        text: qsTr("Print the refund-check request for the finance office")
                        onClicked: PrintController.printDocument("refund", String(view.receipt.lastRefundSeq))
                    }
                    PrintStatus { Layout.fillWidth: true }
                }
            }
            SecondaryButton {
                objectName: "receiptsClose"
                Layout.fillWidth: true
                text: qsTr("Done (Esc)")
                onClicked: view.dismiss()
            }
        }
    }

    ApprovalDialog {
        id: approval
        objectName: "receiptApproval"
        requesterId: SessionController.operatorId
        onClosed: receiptNumber.forceActiveFocus() // Esc and Enter keep working on this view
        errorText: PaymentController.error
        onSubmitted: (supervisorId, pin) => {
            if (PaymentController.reverseReceipt(view.pendingKind, refundAmount.text, view.method, supervisorId, pin))
                approval.close()
        }
    }
}
