// A light, outlined button for secondary actions on light surfaces (cancel, switch operator, clear lockout).
import QtQuick
import QtQuick.Controls

Button {
    id: button
    implicitHeight: Theme.touchTarget
    leftPadding: 14
    rightPadding: 14
    focusPolicy: Qt.NoFocus
    font.pixelSize: Theme.fontBody
    Accessible.name: text
    background: Rectangle {
        radius: Theme.radius
        color: button.down ? Theme.accentSoft : Theme.surface
        border.color: button.enabled ? Theme.accent : Theme.border // disabled looks disabled
        border.width: 2
    }
    contentItem: Label {
        text: button.text
        font: button.font
        color: button.enabled ? Theme.accent : Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
}
