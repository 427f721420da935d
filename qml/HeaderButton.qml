// An outlined button for the dark header bar.
import QtQuick
import QtQuick.Controls

Button {
    id: button
    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(96, contentItem.implicitWidth + 32)
    focusPolicy: Qt.NoFocus
    font.pixelSize: Theme.headerFontBody
    Accessible.name: text
    background: Rectangle {
        radius: Theme.radius
        color: button.down ? "#2b4666" : "transparent"
        border.color: Theme.headerMuted
    }
    contentItem: Label {
        text: button.text
        font: button.font
        color: Theme.headerText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
