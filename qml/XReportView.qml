// The X report at the counter: the open drawer's figures so far, shown once a supervisor approves (each viewing is a
// ledger record, so the cashier's close stays blind).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

FocusScope {
    id: view
    objectName: "xReportView"
    property var rows: []
    visible: false
    Keys.onEscapePressed: close()
    Keys.onReturnPressed: close()

    function close() {
        PrintController.clearFeedback()
        visible = false
    }

    function request() {
        approval.description = DrawerController.xReportDescription()
        approval.open()
    }

    Rectangle {
        anchors.fill: parent
        color: "#cc14283f"
    }
    MouseArea {
        anchors.fill: parent
    }
    // The card grows with the text size, up to the window, and is no taller than the window: the figures scroll
    // between the heading and the buttons, which always show.
    Rectangle {
        id: card
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, Math.round(640 * Theme.scale))
        height: Math.min(parent.height - 32, column.implicitHeight + 56)
        radius: 16
        color: Theme.surface
        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: 28
            anchors.rightMargin: 8
            spacing: 8
            Label {
                Layout.fillWidth: true
                Layout.rightMargin: 20
                text: qsTr("X report")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                Layout.rightMargin: 20
                Layout.bottomMargin: 8
                text: qsTr("Drawer %1 \u00b7 %2 \u00b7 figures so far").arg(DrawerController.drawerId).arg(DrawerController.ownerName)
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Flickable {
                id: scroller
                objectName: "xReportScroller"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: reportRows.implicitHeight
                Layout.minimumHeight: Math.min(reportRows.implicitHeight, 120)
                clip: true
                contentWidth: width
                contentHeight: reportRows.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                // Shown only while there is more than fits: a view shown after being hidden would otherwise fade out a
                // bar left from its hidden size.
                ScrollBar.vertical: ListScrollBar { visible: scroller.contentHeight > scroller.height + 1 }
                Column { // a positioner, not the layout: see EqualRow.qml
                    id: reportRows
                    width: scroller.width - Theme.scrollBarSpace
                    spacing: 8
                    Repeater {
                        model: view.rows
                        RowLayout {
                            required property var modelData
                            readonly property bool expected: modelData.expected === true
                            width: reportRows.width
                            spacing: 16
                            Label {
                                Layout.fillWidth: true
                                text: modelData.label
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontBody
                                font.weight: parent.expected ? Font.Bold : Font.Normal
                                color: Theme.text
                            }
                            Label {
                                Layout.alignment: Qt.AlignTop
                                text: modelData.amount
                                horizontalAlignment: Text.AlignRight
                                font.pixelSize: Theme.fontBody
                                font.weight: parent.expected ? Font.Bold : Font.Normal
                                color: Theme.text
                            }
                        }
                    }
                }
            }
            SecondaryButton {
                objectName: "xReportPrint"
                Layout.fillWidth: true
                Layout.rightMargin: 20
                Layout.topMargin: 12
                text: qsTr("Print the X report")
                onClicked: PrintController.printXReport()
            }
            PrintStatus {
                Layout.fillWidth: true
                Layout.rightMargin: 20
            }
            KeypadButton {
                objectName: "xReportClose"
                Layout.fillWidth: true
                Layout.rightMargin: 20
                Layout.topMargin: 12
                implicitHeight: 56
                primary: true
                value: "close"
                text: qsTr("Done (nothing is closed)")
                onClicked: view.close()
            }
        }
    }

    ApprovalDialog {
        id: approval
        requesterId: SessionController.operatorId
        errorText: DrawerController.error
        onSubmitted: (supervisorId, pin) => {
            const rows = DrawerController.xReport(supervisorId, pin)
            if (rows.length > 0) {
                view.rows = Qt.binding(() => DrawerController.xReportRows) // its labels follow the language
                approval.close()
                view.visible = true
                view.forceActiveFocus()
            }
        }
    }
}
