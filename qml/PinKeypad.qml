// A PIN keypad that works by touch and by keyboard. It only edits `pin`; the screen decides what Enter does.
import QtQuick
import QtQuick.Layouts

Item {
    id: keypad
    property string pin: ""
    property int maxLength: 12
    property bool submitEnabled: pin.length > 0
    property string submitText: qsTr("Sign in")
    signal submitted(string pin)

    // Keys as tall as their digits at the text size (never below a touch target): a screen gives the keypad its
    // implicit height, or more, and the keys share it.
    readonly property int keyHeight: Math.max(Theme.touchTarget, Math.ceil(digitMetrics.height) + 16)
    readonly property int submitHeight: Math.max(76, Math.ceil(labelMetrics.height) + 28)
    implicitWidth: grid.implicitWidth
    implicitHeight: grid.implicitHeight

    FontMetrics {
        id: digitMetrics
        font.pixelSize: Theme.fontTitle
    }
    FontMetrics {
        id: labelMetrics
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
    }

    function appendDigit(d) {
        if (pin.length < maxLength)
            pin += d
    }
    function backspace() {
        pin = pin.slice(0, -1)
    }
    function clear() {
        pin = ""
    }
    function submit() {
        if (submitEnabled)
            submitted(pin)
    }
    // Returns true when the key was a keypad key, so a screen can forward its key events here.
    function handleKey(event) {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            appendDigit(String(event.key - Qt.Key_0))
            return true
        }
        if (event.key === Qt.Key_Backspace) {
            backspace()
            return true
        }
        if (event.key === Qt.Key_Escape || event.key === Qt.Key_Delete) {
            clear()
            return true
        }
        if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            submit()
            return true
        }
        return false
    }

    GridLayout {
        id: grid
        anchors.fill: parent
        columns: 3
        rowSpacing: 12
        columnSpacing: 12

        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
            KeypadButton {
                objectName: "key" + modelData
                text: modelData
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: keypad.keyHeight
                Layout.preferredHeight: keypad.keyHeight
                onClicked: keypad.appendDigit(modelData)
            }
        }
        KeypadButton {
            objectName: "keyClear"
            text: qsTr("Clear")
            value: "clear"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: keypad.keyHeight
            Layout.preferredHeight: keypad.keyHeight
            onClicked: keypad.clear()
        }
        KeypadButton {
            objectName: "key0"
            text: "0"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: keypad.keyHeight
            Layout.preferredHeight: keypad.keyHeight
            onClicked: keypad.appendDigit("0")
        }
        KeypadButton {
            objectName: "keyBackspace"
            text: "\u232B"
            value: "backspace"
            Accessible.name: qsTr("Delete last digit")
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: keypad.keyHeight
            Layout.preferredHeight: keypad.keyHeight
            onClicked: keypad.backspace()
        }
        KeypadButton {
            objectName: "keyEnter"
            text: keypad.submitText
            value: "enter"
            primary: true
            enabled: keypad.submitEnabled
            Layout.columnSpan: 3
            Layout.fillWidth: true
            Layout.minimumHeight: keypad.submitHeight
            Layout.preferredHeight: keypad.submitHeight
            onClicked: keypad.submit()
        }
    }
}
