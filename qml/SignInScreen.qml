// Sign-in: pick your name, type your PIN on the keypad or the keyboard, press Enter.
import QtQuick
import QtQuick.Controls
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

    // Room around the page and between its two halves: less on a small window.
    readonly property int gap: width < 1100 ? 32 : 48
    // Neither half narrower than this; where both do not fit side by side, the keypad goes under the names.
    readonly property int columnMin: Math.max(360, Theme.fontBody * 10)
    readonly property bool wide: page.width - 3 * gap >= 2 * columnMin
    readonly property int chooserWidth: Math.min(Math.max(520, Theme.fontBody * 17), page.width - 3 * gap - columnMin)

    // The page scrolls when larger text makes it taller than the window. Positioners, not Quick Layouts: the names,
    // the error and the keypad take the heights their text needs, which layouts only catch up with a frame later.
    Flickable {
        id: page
        objectName: "signInPage"
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, body.implicitHeight + 2 * screen.gap)
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ListScrollBar { visible: page.contentHeight > page.height + 1 }

        Grid {
            id: body
            x: screen.gap
            y: screen.gap
            width: page.width - 2 * screen.gap
            columns: screen.wide ? 2 : 1
            spacing: screen.gap

            Column {
                id: chooser
                width: screen.wide ? screen.chooserWidth : body.width
                spacing: 24

                Column {
                    width: parent.width
                    spacing: 4
                    Label {
                        text: "Tillbook"
                        font.pixelSize: Theme.fontHuge
                        font.weight: Font.Bold
                        color: Theme.header
                    }
                    Label {
                        objectName: "signInStation"
                        width: parent.width
                        wrapMode: Text.Wrap
                        text: SessionController.demo ? qsTr("Station %1 \u00b7 DEMO: not for real money").arg(SessionController.stationId)
                                                     : qsTr("Station %1").arg(SessionController.stationId)
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                    }
                }

                Label {
                    width: parent.width
                    wrapMode: Text.Wrap
                    topPadding: 16
                    text: qsTr("Who is signing in?")
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                }

                ListView {
                    id: operatorList
                    objectName: "operatorList"
                    width: parent.width
                    // Every operator when there are a few; a long list scrolls in its own place.
                    height: Math.min(contentHeight, 5 * (Theme.fontBody * 3 + spacing))
                    clip: true
                    spacing: 10
                    boundsBehavior: Flickable.StopAtBounds
                    model: SessionController.operators
                    currentIndex: 0
                    keyNavigationEnabled: false // the screen handles arrows so digits always reach the keypad
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Operators")
                    // Only when some are out of view: not for the moment the rows take their heights.
                    ScrollBar.vertical: ListScrollBar { visible: operatorList.contentHeight > operatorList.height + 1 }

                    delegate: AbstractButton {
                        id: tile
                        required property int index
                        required property string operatorId
                        required property string name
                        required property string role
                        required property string initials
                        readonly property bool selected: ListView.isCurrentItem
                        width: ListView.view.width - Theme.scrollBarSpace
                        // As tall as the name and role, which wrap rather than being cut.
                        height: Math.max(80, names.implicitHeight + 20)
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
                        contentItem: Item {
                            Rectangle {
                                id: badge
                                x: 14
                                anchors.verticalCenter: parent.verticalCenter
                                width: Math.max(52, Math.round(Theme.fontBody * 2.2)) // two initials at the text size
                                height: width
                                radius: width / 2
                                color: tile.selected ? Theme.accent : Theme.surfaceAlt
                                Label {
                                    id: initialsLabel
                                    anchors.centerIn: parent
                                    text: tile.initials
                                    font.pixelSize: Theme.fontBody
                                    font.weight: Font.DemiBold
                                    color: tile.selected ? Theme.accentText : Theme.text
                                }
                            }
                            Column {
                                id: names
                                x: badge.x + badge.width + 18
                                width: parent.width - x - 14
                                anchors.verticalCenter: parent.verticalCenter
                                spacing: 2
                                Label {
                                    width: parent.width
                                    wrapMode: Text.Wrap
                                    text: tile.name
                                    font.pixelSize: Theme.fontBody
                                    font.weight: Font.DemiBold
                                    color: Theme.text
                                }
                                Label {
                                    width: parent.width
                                    wrapMode: Text.Wrap
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
                    width: parent.width
                    wrapMode: Text.Wrap
                    text: qsTr("\u2191 \u2193 choose \u00b7 digits type the PIN \u00b7 Enter signs in \u00b7 Esc clears")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                DisplayChoices {}
            }

            Rectangle {
                id: pinPanel
                width: screen.wide ? body.width - chooser.width - screen.gap : body.width
                // Side by side it is as tall as the names beside it, or the window.
                height: Math.max(pinColumn.implicitHeight + 48,
                                 screen.wide ? Math.max(chooser.implicitHeight, page.height - 2 * screen.gap) : 0)
                radius: 16
                color: Theme.surface
                border.color: Theme.border

                Column {
                    id: pinColumn
                    anchors.centerIn: parent
                    width: Math.min(pinPanel.width - 48, Math.max(380, Theme.fontBody * 19))
                    spacing: 14

                    Label {
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        text: screen.selectedName === "" ? qsTr("Choose your name") : screen.selectedName
                        font.pixelSize: Theme.fontLarge
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Label {
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        text: qsTr("Enter your PIN")
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                    }
                    PinDots {
                        id: dots
                        anchors.horizontalCenter: parent.horizontalCenter
                        count: keypad.pin.length
                        slots: 4
                        transform: Translate { id: shake }
                    }
                    Label {
                        id: errorLabel
                        objectName: "signInError"
                        width: parent.width
                        height: Math.max(56, implicitHeight) // room kept for it, and more when it wraps
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
                        id: clearLockout
                        objectName: "clearLockoutButton"
                        visible: screen.selectedLockedOut
                        width: parent.width
                        // Its words wrap at larger text; the column's width does not depend on them.
                        height: Math.max(Theme.touchTarget, contentItem.implicitHeight + topPadding + bottomPadding)
                        text: qsTr("Supervisor: clear the lockout")
                        contentItem: Label {
                            text: clearLockout.text
                            font: clearLockout.font
                            color: Theme.accent
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                            wrapMode: Text.Wrap
                        }
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
                        width: parent.width
                        height: implicitHeight
                        maxLength: SessionController.maxPinLength
                        submitEnabled: pin.length > 0 && screen.selectedId !== ""
                        onSubmitted: screen.trySignIn()
                    }
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
