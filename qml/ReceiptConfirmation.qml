// After "Complete": the receipt is recorded; the change due is what the cashier counts out, in large type.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

FocusScope {
    id: confirmation
    objectName: "receiptConfirmation"
    signal dismissed()
    Keys.onReturnPressed: dismiss()
    Keys.onEnterPressed: dismiss()
    Keys.onEscapePressed: dismiss()
    Keys.onPressed: event => {
        if (event.key === Qt.Key_P) {
            print()
            event.accepted = true
        }
    }

    function print() {
        PrintController.printReceipt(PaymentController.lastReceipt.receipt || "")
    }

    function dismiss() {
        PrintController.clearFeedback()
        PaymentController.dismissReceipt()
        confirmation.dismissed()
    }

    Rectangle {
        anchors.fill: parent
        color: "#cc14283f"
    }
    MouseArea {
        anchors.fill: parent
    }
    Rectangle {
        objectName: "receiptCard"
        anchors.centerIn: parent
        // As wide as its words (at least 560), as tall as its content; never larger than the window: the words wrap
        // and what is above the buttons scrolls.
        width: Math.min(parent.width - 32, Math.max(560, summary.implicitWidth + Theme.scrollBarSpace + 64))
        height: Math.min(parent.height - 32, column.implicitHeight + 64)
        radius: 16
        color: Theme.surface
        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: 32
            spacing: 12
            Flickable {
                id: scroller
                objectName: "receiptScroller"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: Math.ceil(summary.implicitHeight) // whole pixels: no scroll bar for a fraction
                clip: true
                contentWidth: width
                contentHeight: summary.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                // Shown only while there is more than fits: a dialog opened again would otherwise fade out a stale bar.
                ScrollBar.vertical: ListScrollBar { visible: scroller.contentHeight > scroller.height + 1 }
                ColumnLayout {
                    id: summary
                    // Centred: the scroll bar's room is kept on both sides.
                    x: Theme.scrollBarSpace / 2
                    width: scroller.width - Theme.scrollBarSpace
                    spacing: 12
                    Label {
                        objectName: "receiptTitle"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        text: qsTr("Payment recorded")
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.Bold
                        color: Theme.ok
                    }
                    Label {
                        objectName: "receiptNumber"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        text: qsTr("Receipt %1").arg(PaymentController.lastReceipt.receipt || "")
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }
                    GridLayout {
                        Layout.alignment: Qt.AlignHCenter
                        columns: 2
                        columnSpacing: 24
                        Label { text: qsTr("Paid"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
                        Label { text: PaymentController.lastReceipt.total || ""; font.pixelSize: Theme.fontBody; color: Theme.text }
                        Label { text: qsTr("Tendered"); font.pixelSize: Theme.fontBody; color: Theme.textMuted }
                        Label { text: PaymentController.lastReceipt.tendered || ""; font.pixelSize: Theme.fontBody; color: Theme.text }
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.topMargin: 8
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        text: qsTr("Change due")
                        font.pixelSize: Theme.fontLarge
                        color: Theme.textMuted
                    }
                    Label {
                        objectName: "changeDue"
                        Layout.alignment: Qt.AlignHCenter
                        text: PaymentController.lastReceipt.change || ""
                        font.pixelSize: 72
                        font.weight: Font.Bold
                        color: Theme.text
                    }
                }
            }
            SecondaryButton {
                objectName: "printReceipt"
                Layout.fillWidth: true
                text: qsTr("Print receipt (P)")
                onClicked: confirmation.print()
            }
            PrintStatus {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
            }
            KeypadButton {
                objectName: "newPayment"
                Layout.fillWidth: true
                implicitHeight: 64
                primary: true
                text: qsTr("Next customer (Enter)")
                value: "next"
                onClicked: confirmation.dismiss()
            }
        }
    }
}
