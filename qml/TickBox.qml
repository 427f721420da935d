// A tick box a finger can hit: the box itself is a 48 px touch target, not only the row around it.
import QtQuick
import QtQuick.Controls

CheckBox {
    id: box
    // The label does not wrap, so the height can follow it without a layout loop.
    implicitHeight: Math.max(48, implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.fontSmall
    spacing: 10
    indicator: Rectangle {
        objectName: "tickIndicator"
        implicitWidth: 48
        implicitHeight: 48
        x: box.leftPadding
        y: (box.height - height) / 2
        radius: 6
        color: box.checked ? Theme.accent : Theme.surface
        border.color: box.visualFocus ? Theme.focus : box.checked ? Theme.accent : Theme.textMuted
        border.width: box.visualFocus ? 3 : 2
        Text {
            anchors.centerIn: parent
            visible: box.checked
            text: "\u2713"
            font.pixelSize: 30
            font.weight: Font.Bold
            color: Theme.accentText
        }
    }
    contentItem: Text {
        leftPadding: box.indicator.width + box.spacing
        verticalAlignment: Text.AlignVCenter
        text: box.text
        font: box.font
        color: box.enabled ? Theme.text : Theme.textMuted
    }
}
