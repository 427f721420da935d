// A supervisor approves one action on the cashier's station: they see exactly what they approve, pick their
// name and enter their PIN. The caller performs the action through its controller when `submitted` fires.
import QtQuick
import QtQuick.Controls
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
    // Wider with larger text, never wider or taller than the window; what does not fit scrolls.
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 32 : 860, Math.round(700 + 160 * Theme.scale))
    height: Math.min(Overlay.overlay ? Overlay.overlay.height - 32 : 700, body.implicitHeight + 56)
    padding: 0
    // Supervisors and keypad side by side when both fit; the keypad under the names otherwise.
    readonly property bool wide: width - 56 - 24 >= 2 * Math.max(300, Theme.fontBody * 9)
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

        Flickable {
            id: scroller
            anchors.fill: parent
            contentWidth: width
            contentHeight: body.implicitHeight + 56
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            ScrollBar.vertical: ListScrollBar { visible: scroller.contentHeight > scroller.height + 1 }

            // Positioners, not Quick Layouts: the dialog's height follows what its wrapped text needs.
            Column {
                id: body
                x: 28
                y: 28
                width: scroller.width - 56
                spacing: 16

                Label {
                    width: parent.width
                    wrapMode: Text.Wrap
                    text: qsTr("Supervisor approval")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                    color: Theme.text
                }
                Rectangle {
                    width: parent.width
                    height: approving.implicitHeight + 28
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

                Grid {
                    id: halves
                    width: parent.width
                    columns: dialog.wide ? 2 : 1
                    spacing: 24
                    // Side by side the two halves share the width equally.
                    readonly property real halfWidth: dialog.wide ? (width - spacing) / 2 : width

                    Column {
                        width: halves.halfWidth
                        spacing: 10
                        Label {
                            width: parent.width
                            wrapMode: Text.Wrap
                            text: qsTr("Supervisor")
                            font.pixelSize: Theme.fontBody
                            color: Theme.textMuted
                        }
                        ListView {
                            id: approverList
                            objectName: "approverList"
                            width: parent.width
                            // Every supervisor when there are a few; a long list scrolls in its own place.
                            height: Math.min(contentHeight, 4 * (Theme.fontBody * 2 + 32))
                            clip: true
                            spacing: 8
                            boundsBehavior: Flickable.StopAtBounds
                            model: dialog.visible ? SessionController.approvers(dialog.requesterId) : []
                            Accessible.role: Accessible.List
                            Accessible.name: qsTr("Supervisors")
                            // Only when some are out of view: not for the moment the rows take their heights.
                            ScrollBar.vertical: ListScrollBar { visible: approverList.contentHeight > approverList.height + 1 }
                            delegate: AbstractButton {
                                id: approverTile
                                required property int index
                                required property var modelData
                                readonly property string operatorId: modelData.operatorId
                                width: ListView.view.width - Theme.scrollBarSpace
                                // As tall as the name, which wraps rather than being cut.
                                height: Math.max(64, tileName.implicitHeight + 20)
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
                                contentItem: Item {
                                    Label {
                                        id: tileName
                                        x: 16
                                        width: parent.width - 32
                                        anchors.verticalCenter: parent.verticalCenter
                                        wrapMode: Text.Wrap
                                        text: approverTile.modelData.name
                                        font.pixelSize: Theme.fontBody
                                        font.weight: Font.DemiBold
                                        color: Theme.text
                                    }
                                }
                            }
                        }
                        SecondaryButton {
                            objectName: "approvalCancel"
                            width: parent.width
                            text: qsTr("Cancel")
                            onClicked: dialog.close()
                        }
                    }

                    Column {
                        width: halves.halfWidth
                        spacing: 10
                        PinDots {
                            anchors.horizontalCenter: parent.horizontalCenter
                            count: keypad.pin.length
                            slots: 4
                        }
                        Label {
                            objectName: "approvalError"
                            width: parent.width
                            height: Math.max(52, implicitHeight) // room kept for it, and more when it wraps
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
                            width: parent.width
                            height: implicitHeight
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
}
