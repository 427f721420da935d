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
        anchors.centerIn: parent
        width: 560
        height: column.implicitHeight + 64
        radius: 16
        color: Theme.surface
        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: 32
            spacing: 12
            Label {
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Payment recorded")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                color: Theme.ok
            }
            Label {
                objectName: "receiptNumber"
                Layout.alignment: Qt.AlignHCenter
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
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: 8
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
