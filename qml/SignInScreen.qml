// Sign-in: pick your name, type your PIN on the keypad or the keyboard, press Enter.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

FocusScope {
    id: screen
    objectName: "signInScreen"
    property alias pin: keypad.pin
    property string selectedId: operatorList.currentItem ? operatorList.currentItem.operatorId : ""
    property string selectedName: operatorList.currentItem ? operatorList.currentItem.name : ""
    // Re-read after every recorded act (ledgerSize changes), since attempts can start or end a lockout.
    readonly property bool selectedLockedOut: SessionController.ledgerSize > 0 && selectedId !== ""
                                              && SessionController.isLockedOut(selectedId)
    focus: true

    function trySignIn() {
        if (selectedId === "")
            return
        const ok = SessionController.signIn(selectedId, keypad.pin)
        keypad.clear()
        if (!ok)
            errorShake.restart()
    }

    Keys.onPressed: event => {
        if (event.key === Qt.Key_Up || event.key === Qt.Key_Down) {
            operatorList.currentIndex = Math.max(0, Math.min(operatorList.count - 1,
                operatorList.currentIndex + (event.key === Qt.Key_Down ? 1 : -1)))
            keypad.clear()
            SessionController.clearFeedback()
            event.accepted = true
        } else {
            event.accepted = keypad.handleKey(event)
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 48
        spacing: 48

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: false
            Layout.preferredWidth: 520
            Layout.maximumWidth: 520
            spacing: 24

            ColumnLayout {
                spacing: 4
                Label {
                    text: "Tillbook"
                    font.pixelSize: Theme.fontHuge
                    font.weight: Font.Bold
                    color: Theme.header
                }
                Label {
                    objectName: "signInStation"
                    text: SessionController.demo ? qsTr("Station %1 \u00b7 DEMO: not for real money").arg(SessionController.stationId)
                                                 : qsTr("Station %1").arg(SessionController.stationId)
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
            }

            Label {
                text: qsTr("Who is signing in?")
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                color: Theme.text
                Layout.topMargin: 16
            }

            ListView {
                id: operatorList
                objectName: "operatorList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 10
                model: SessionController.operators
                currentIndex: 0
                keyNavigationEnabled: false // the screen handles arrows so digits always reach the keypad
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Operators")

                delegate: AbstractButton {
                    id: tile
                    required property int index
                    required property string operatorId
                    required property string name
                    required property string role
                    required property string initials
                    readonly property bool selected: ListView.isCurrentItem
                    width: ListView.view.width
                    height: 80
                    focusPolicy: Qt.NoFocus
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: name + ", " + role
                    Accessible.checked: selected
                    onClicked: {
                        operatorList.currentIndex = index
                        keypad.clear()
                        SessionController.clearFeedback()
                        screen.forceActiveFocus()
                    }

                    background: Rectangle {
                        radius: Theme.radius
                        color: tile.selected ? Theme.accentSoft : Theme.surface
                        border.color: tile.selected ? Theme.accent : Theme.border
                        border.width: tile.selected ? 3 : 1
                    }
                    contentItem: RowLayout {
                        spacing: 18
                        Rectangle {
                            Layout.leftMargin: 14
                            width: 52
                            height: 52
                            radius: 26
                            color: tile.selected ? Theme.accent : Theme.surfaceAlt
                            Label {
                                anchors.centerIn: parent
                                text: tile.initials
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.DemiBold
                                color: tile.selected ? Theme.accentText : Theme.text
                            }
                        }
                        ColumnLayout {
                            spacing: 2
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: tile.name
                                font.pixelSize: Theme.fontBody
                                font.weight: Font.DemiBold
                                color: Theme.text
                            }
                            Label {
                                Layout.fillWidth: true
                                text: tile.role === "cashier" ? qsTr("Cashier")
                                    : tile.role === "supervisor" ? qsTr("Supervisor") : qsTr("Administrator")
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                            }
                        }
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("\u2191 \u2193 choose \u00b7 digits type the PIN \u00b7 Enter signs in \u00b7 Esc clears")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            DisplayChoices {}
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.fillWidth: true
            radius: 16
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                id: pinColumn
                anchors.centerIn: parent
                width: 380
                spacing: 14

                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: screen.selectedName === "" ? qsTr("Choose your name") : screen.selectedName
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.maximumWidth: pinColumn.width
                }
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Enter your PIN")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
                PinDots {
                    id: dots
                    Layout.alignment: Qt.AlignHCenter
                    count: keypad.pin.length
                    slots: 4
                    transform: Translate { id: shake }
                }
                Label {
                    id: errorLabel
                    objectName: "signInError"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(56, implicitHeight) // room kept for it, and more when it wraps
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.WordWrap
                    text: SessionController.error
                    font.pixelSize: Theme.fontBody
                    color: Theme.danger
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                SecondaryButton {
                    objectName: "clearLockoutButton"
                    visible: screen.selectedLockedOut
                    Layout.fillWidth: true
                    text: qsTr("Supervisor: clear the lockout")
                    onClicked: {
                        SessionController.clearApprovalError()
                        approval.description = SessionController.clearLockoutDescription(screen.selectedId)
                        approval.requesterId = screen.selectedId
                        approval.open()
                    }
                }
                PinKeypad {
                    id: keypad
                    objectName: "pinKeypad"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 360
                    maxLength: SessionController.maxPinLength
                    submitEnabled: pin.length > 0 && screen.selectedId !== ""
                    onSubmitted: screen.trySignIn()
                }
            }
        }
    }

    ApprovalDialog {
        id: approval
        errorText: SessionController.approvalError
        onSubmitted: (supervisorId, pin) => {
            if (SessionController.clearLockout(approval.requesterId, supervisorId, pin))
                approval.close()
        }
        onClosed: screen.forceActiveFocus()
    }

    SequentialAnimation {
        id: errorShake
        NumberAnimation { target: shake; property: "x"; to: -12; duration: 50 }
        NumberAnimation { target: shake; property: "x"; to: 12; duration: 80 }
        NumberAnimation { target: shake; property: "x"; to: 0; duration: 50 }
    }
}
