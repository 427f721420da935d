// A button sized to its words, for forms and filters: at least 48 px tall, highlighted when it is the current choice
// or the main action.
import QtQuick
import QtQuick.Controls

AbstractButton {
    id: button
    property string value: text
    property bool primary: false
    implicitWidth: Math.max(96, label.implicitWidth + 28)
    implicitHeight: 48
    focusPolicy: Qt.NoFocus // the page owns keyboard input; every action also has a key or Enter
    font.pixelSize: Theme.fontSmall
    Accessible.role: Accessible.Button
    Accessible.name: text

    background: Rectangle {
        radius: Theme.radius
        color: !button.enabled ? Theme.surfaceAlt
                               : button.down ? (button.primary ? Qt.darker(Theme.accent, 1.25) : Theme.accentSoft)
                                             : (button.primary ? Theme.accent : Theme.surface)
        border.color: button.primary ? Theme.accent : Theme.border
        border.width: 1
    }
    contentItem: Text {
        id: label
        text: button.text
        font.pixelSize: button.font.pixelSize
        font.weight: button.primary ? Font.DemiBold : Font.Normal
        color: !button.enabled ? Theme.textMuted : button.primary ? Theme.accentText : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
}
