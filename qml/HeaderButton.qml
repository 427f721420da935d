// An outlined button for the dark header bar: its words, or a small drawn icon (glyph "lock") when room is short. An
// icon button keeps its words as its accessible name and shows them in a tool tip.
import QtQuick
import QtQuick.Controls

Button {
    id: button
    property string glyph: ""
    implicitHeight: Theme.touchTarget
    implicitWidth: glyph !== "" ? Theme.touchTarget : Math.max(96, contentItem.implicitWidth + 32)
    focusPolicy: Qt.NoFocus
    font.pixelSize: Theme.headerFontBody
    Accessible.name: text
    ToolTip.visible: glyph !== "" && hovered
    ToolTip.text: Accessible.description !== "" ? text + " (" + Accessible.description + ")" : text
    ToolTip.delay: 500
    background: Rectangle {
        radius: Theme.radius
        color: button.down ? "#2b4666" : "transparent"
        border.color: Theme.headerMuted
    }
    contentItem: button.glyph === "lock" ? lockIcon : words

    Label {
        id: words
        visible: button.glyph === ""
        text: button.text
        font: button.font
        color: Theme.headerText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    // A padlock: the shackle's arch over the body.
    Item {
        id: lockIcon
        visible: button.glyph === "lock"
        implicitWidth: 24
        implicitHeight: 26
        Rectangle {
            x: (parent.width - width) / 2
            y: (parent.height - 26) / 2
            width: 14
            height: 18
            radius: 7
            color: "transparent"
            border.color: Theme.headerText
            border.width: 3
        }
        Rectangle {
            x: (parent.width - width) / 2
            y: (parent.height - 26) / 2 + 11
            width: 22
            height: 15
            radius: 3
            color: Theme.headerText
        }
    }
}
