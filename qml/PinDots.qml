// Shows how many digits have been typed, never the digits themselves.
import QtQuick

Row {
    id: dots
    property int count: 0
    property int slots: 6
    spacing: 14
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%n digit(s) entered", "", count)

    Repeater {
        model: Math.max(dots.slots, dots.count)
        Rectangle {
            width: 22
            height: 22
            radius: 11
            color: index < dots.count ? Theme.text : "transparent"
            border.color: index < dots.count ? Theme.text : Theme.border
            border.width: 2
        }
    }
}
