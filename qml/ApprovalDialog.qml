// A supervisor approves one action on the cashier's station: they see exactly what they approve, pick their
// name and enter their PIN. The caller performs the action through its controller when `submitted` fires.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

Popup {
    id: dialog
    objectName: "approvalDialog"
    property string description // what is being approved, amount included, from the station
    property string requesterId // excluded from the approvers: nobody approves their own action
    property string errorText
    property string supervisorId: approverList.currentItem ? approverList.currentItem.operatorId : ""
    property alias pin: keypad.pin
    signal submitted(string supervisorId, string pin)

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: 860
    height: 700
    padding: 0
    closePolicy: Popup.CloseOnEscape
    onOpened: {
        keypad.clear()
        approverList.currentIndex = 0
        content.forceActiveFocus()
    }

    background: Rectangle {
        radius: 16
        color: Theme.surface
        border.color: Theme.border
    }

    FocusScope {
        id: content
        anchors.fill: parent
        focus: true
        Keys.onPressed: event => {
            if (event.key === Qt.Key_Up || event.key === Qt.Key_Down) {
                approverList.currentIndex = Math.max(0, Math.min(approverList.count - 1,
                    approverList.currentIndex + (event.key === Qt.Key_Down ? 1 : -1)))
                event.accepted = true
            } else if (event.key === Qt.Key_Escape && keypad.pin.length === 0) {
                dialog.close()
                event.accepted = true
            } else {
                event.accepted = keypad.handleKey(event)
            }
        }

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 28
            spacing: 16

            Label {
                text: qsTr("Supervisor approval")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                color: Theme.text
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: approving.implicitHeight + 28
                radius: Theme.radius
                color: Theme.accentSoft
                border.color: Theme.accent
                Label {
                    id: approving
                    objectName: "approvalDescription"
                    anchors.fill: parent
                    anchors.margins: 14
                    wrapMode: Text.WordWrap
                    text: qsTr("You are approving: %1").arg(dialog.description)
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 24

                ColumnLayout {
                    Layout.preferredWidth: 340
                    Layout.fillHeight: true
                    spacing: 10
                    Label {
                        text: qsTr("Supervisor")
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                    }
                    ListView {
                        id: approverList
                        objectName: "approverList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        spacing: 8
                        model: dialog.visible ? SessionController.approvers(dialog.requesterId) : []
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Supervisors")
                        delegate: AbstractButton {
                            id: approverTile
                            required property int index
                            required property var modelData
                            readonly property string operatorId: modelData.operatorId
                            width: ListView.view.width
                            height: 64
                            focusPolicy: Qt.NoFocus
                            Accessible.role: Accessible.RadioButton
                            Accessible.name: modelData.name
                            Accessible.checked: ListView.isCurrentItem
                            onClicked: {
                                approverList.currentIndex = index
                                keypad.clear()
                                content.forceActiveFocus()
                            }
                            background: Rectangle {
                                radius: Theme.radius
                                color: approverTile.ListView.isCurrentItem ? Theme.accentSoft : Theme.surface
                                border.color: approverTile.ListView.isCurrentItem ? Theme.accent : Theme.border
                                border.width: approverTile.ListView.isCurrentItem ? 3 : 1
                            }
                            contentItem: Label {
                                leftPadding: 16
                                verticalAlignment: Text.AlignVCenter
                                text: approverTile.modelData.name
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.DemiBold
                                color: Theme.text
                            }
                        }
                    }
                    SecondaryButton {
                        objectName: "approvalCancel"
                        Layout.fillWidth: true
                        text: qsTr("Cancel")
                        onClicked: dialog.close()
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    spacing: 10
                    PinDots {
                        Layout.alignment: Qt.AlignHCenter
                        count: keypad.pin.length
                        slots: 4
                    }
                    Label {
                        objectName: "approvalError"
                        Layout.fillWidth: true
                        Layout.preferredHeight: 52
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        text: dialog.errorText
                        font.pixelSize: Theme.fontSmall
                        color: Theme.danger
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    PinKeypad {
                        id: keypad
                        objectName: "approvalKeypad"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        maxLength: SessionController.maxPinLength
                        submitText: qsTr("Approve")
                        submitEnabled: pin.length > 0 && dialog.supervisorId !== ""
                        onSubmitted: pin => {
                            dialog.submitted(dialog.supervisorId, pin)
                            keypad.clear()
                        }
                    }
                }
            }
        }
    }
}
