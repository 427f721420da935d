// One key of the PIN keypad: large, touchable, and announced by screen readers.
import QtQuick
import QtQuick.Controls

AbstractButton {
    id: key
    property string value: text
    property bool primary: false
    // A long label takes two lines instead of shrinking: the button must then be given their height.
    property bool wraps: false
    implicitWidth: 104
    implicitHeight: 76
    focusPolicy: Qt.NoFocus // the screen owns keyboard input so typing works wherever focus is
    Accessible.role: Accessible.Button
    Accessible.name: text

    background: Rectangle {
        radius: Theme.radius
        color: !key.enabled ? Theme.surfaceAlt
                            : key.down ? (key.primary ? Qt.darker(Theme.accent, 1.25) : Theme.accentSoft)
                                       : (key.primary ? Theme.accent : Theme.surface)
        // Disabled looks disabled: no accent edge, a grey face and muted text, even on the primary button.
        border.color: key.primary && key.enabled ? Theme.accent : Theme.border
        border.width: 1
    }
    contentItem: Text {
        text: key.text
        font.pixelSize: key.value.length === 1 ? Theme.fontTitle : Theme.fontBody
        font.weight: key.primary ? Font.DemiBold : Font.Normal
        color: !key.enabled ? Theme.textMuted : key.primary ? Theme.accentText : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: key.wraps ? Text.WordWrap : Text.NoWrap
        // With larger text a long label shrinks to its button rather than spilling over the next one.
        fontSizeMode: key.wraps ? Text.FixedSize : Text.HorizontalFit
        minimumPixelSize: 12
    }
}
