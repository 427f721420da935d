// After the blind close: the drawer is closed and sealed by a checkpoint; print the Z report (its QR code verifies
// the ledger from paper) and the deposit slip that goes to the bank with the cash and checks.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

FocusScope {
    id: view
    objectName: "drawerClosedView"
    visible: false
    signal dismissed()
    Keys.onEscapePressed: dismiss()
    Keys.onReturnPressed: dismiss()

    function show() {
        PrintController.clearFeedback()
        visible = true
        forceActiveFocus()
    }

    function dismiss() {
        PrintController.clearFeedback()
        visible = false
        dismissed()
    }

    Rectangle {
        anchors.fill: parent
        color: "#cc14283f"
    }
    MouseArea {
        anchors.fill: parent
    }
    // The card grows with the text size, up to the window; when it is taller than the window, it scrolls.
    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, Math.round(560 * Theme.scale))
        height: Math.min(parent.height - 32, column.implicitHeight + 64)
        radius: 16
        color: Theme.surface
        Flickable {
            id: scroller
            objectName: "drawerClosedScroller"
            anchors.fill: parent
            anchors.margins: 32
            anchors.rightMargin: 12
            clip: true
            contentWidth: width
            contentHeight: column.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            // Shown only while there is more than fits: a view shown after being hidden would otherwise fade out a
            // bar left from its hidden size.
            ScrollBar.vertical: ListScrollBar { visible: scroller.contentHeight > scroller.height + 1 }
            ColumnLayout {
                id: column
                width: scroller.width - Theme.scrollBarSpace
                spacing: 12
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: qsTr("Drawer closed")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                    color: Theme.ok
                }
                Label {
                    objectName: "closedDrawerId"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: qsTr("Drawer %1 is closed and sealed in the ledger. Print the Z report for the supervisor and the deposit slip for the bank bag.").arg(DrawerController.lastClosedId)
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
                SecondaryButton {
                    objectName: "printZReport"
                    Layout.fillWidth: true
                    text: qsTr("Print the Z report")
                    onClicked: PrintController.printClosed("z", DrawerController.lastClosedId)
                }
                SecondaryButton {
                    objectName: "printDepositSlip"
                    Layout.fillWidth: true
                    text: qsTr("Print the deposit slip")
                    onClicked: PrintController.printClosed("slip", DrawerController.lastClosedId)
                }
                PrintStatus {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                }
                KeypadButton {
                    objectName: "drawerClosedDone"
                    Layout.fillWidth: true
                    implicitHeight: 60
                    primary: true
                    value: "done"
                    text: qsTr("Done (Enter)")
                    onClicked: view.dismiss()
                }
            }
        }
    }
}
