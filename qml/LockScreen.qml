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

    Rectangle {
        anchors.centerIn: parent
        // Wide enough for the switch-operator line with a long name, within the window.
        width: Math.min(parent.width - 48, Math.max(460, column.implicitWidth + 64))
        height: column.implicitHeight + 64
        radius: 16
        color: Theme.surface

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: 32
            spacing: 16

            Label {
                Layout.alignment: Qt.AlignHCenter
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
                Layout.preferredHeight: 400
                maxLength: SessionController.maxPinLength
                submitText: qsTr("Resume")
                onSubmitted: pin => {
                    SessionController.unlock(pin)
                    keypad.clear()
                }
            }
            SecondaryButton {
                objectName: "switchOperatorButton"
                Layout.fillWidth: true
                text: qsTr("Switch operator (signs %1 out)").arg(SessionController.operatorName)
                onClicked: SessionController.switchOperator()
            }
        }
    }
}
