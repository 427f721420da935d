// Covers the station when it locks (idle or on request). The work stays underneath for the same operator;
// another operator must switch, which signs the first one out.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

FocusScope {
    id: lockScreen
    objectName: "lockScreen"
    property alias pin: keypad.pin

    Keys.onPressed: event => { event.accepted = keypad.handleKey(event) }

    Rectangle {
        anchors.fill: parent
        color: Theme.header // opaque: a customer's details on the screen underneath stay private
    }
    MouseArea {
        anchors.fill: parent // swallow touches meant for the screen underneath
    }

    // The card scrolls when larger text makes it taller than the window.
    Flickable {
        id: scroller
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, card.height + 48)
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ListScrollBar { visible: scroller.contentHeight > scroller.height + 1 }

        Rectangle {
            id: card
            x: (scroller.width - width) / 2
            y: Math.max(24, (scroller.height - height) / 2)
            // Wide enough for the switch-operator line with a long name, within the window; its words wrap beyond that.
            width: Math.min(scroller.width - 48, Math.max(460, column.implicitWidth + 64))
            height: column.implicitHeight + 64
            radius: 16
            color: Theme.surface

            ColumnLayout {
                id: column
                anchors.fill: parent
                anchors.margins: 32
                spacing: 16

                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: qsTr("Station locked")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                    color: Theme.text
                }
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: qsTr("%1, enter your PIN to resume.").arg(SessionController.operatorName)
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
                PinDots {
                    Layout.alignment: Qt.AlignHCenter
                    count: keypad.pin.length
                    slots: 4
                }
                Label {
                    objectName: "lockError"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: SessionController.error
                    font.pixelSize: Theme.fontBody
                    color: Theme.danger
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                PinKeypad {
                    id: keypad
                    objectName: "lockKeypad"
                    Layout.fillWidth: true
                    maxLength: SessionController.maxPinLength
                    submitText: qsTr("Resume")
                    onSubmitted: pin => {
                        SessionController.unlock(pin)
                        keypad.clear()
                    }
                }
                SecondaryButton {
                    id: switchOperator
                    objectName: "switchOperatorButton"
                    Layout.fillWidth: true
                    // Its words wrap when the card is as wide as the window; the card's width does not depend on them.
                    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + topPadding + bottomPadding)
                    text: qsTr("Switch operator (signs %1 out)").arg(SessionController.operatorName)
                    contentItem: Label {
                        text: switchOperator.text
                        font: switchOperator.font
                        color: Theme.accent
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        wrapMode: Text.Wrap
                    }
                    onClicked: SessionController.switchOperator()
                }
            }
        }
    }
}
