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
    Rectangle {
        anchors.centerIn: parent
        width: 640
        height: column.implicitHeight + 56
        radius: 16
        color: Theme.surface
        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: 28
            spacing: 8
            Label {
                text: qsTr("X report")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                Layout.bottomMargin: 8
                text: qsTr("Drawer %1 \u00b7 %2 \u00b7 figures so far").arg(DrawerController.drawerId).arg(DrawerController.ownerName)
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
            }
            Column { // a positioner, not the layout: see EqualRow.qml
                id: reportRows
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: view.rows
                    RowLayout {
                        required property var modelData
                        width: reportRows.width
                        Label {
                            Layout.fillWidth: true
                            text: modelData.label
                            font.pixelSize: Theme.fontBody
                            font.weight: modelData.label.startsWith(qsTr("Expected")) ? Font.Bold : Font.Normal
                            color: Theme.text
                        }
                        Label {
                            text: modelData.amount
                            font.pixelSize: Theme.fontBody
                            font.weight: modelData.label.startsWith(qsTr("Expected")) ? Font.Bold : Font.Normal
                            color: Theme.text
                        }
                    }
                }
            }
            SecondaryButton {
                objectName: "xReportPrint"
                Layout.fillWidth: true
                Layout.topMargin: 12
                text: qsTr("Print the X report")
                onClicked: PrintController.printXReport()
            }
            PrintStatus {
                Layout.fillWidth: true
            }
            KeypadButton {
                objectName: "xReportClose"
                Layout.fillWidth: true
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
                view.rows = rows
                approval.close()
                view.visible = true
                view.forceActiveFocus()
            }
        }
    }
}
