// A small "label: value" badge for device and drawer state in the header; without a label, the value says it all.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: pill
    property string label
    property string value
    property string tone: "muted" // ok, warn, danger, muted
    implicitHeight: 36
    implicitWidth: row.implicitWidth + 28
    radius: 18
    color: "#20364f"
    border.color: tone === "ok" ? "#6fcf97" : tone === "warn" ? "#f2c94c" : tone === "danger" ? "#ff8a80" : "#4d6580"
    Accessible.role: Accessible.StaticText
    Accessible.name: label !== "" ? label + ": " + value : value

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: 8
        Rectangle {
            width: 10
            height: 10
            radius: 5
            color: pill.border.color
        }
        Label {
            visible: pill.label !== ""
            text: pill.label + ":"
            font.pixelSize: Theme.headerFontSmall
            color: Theme.headerMuted
        }
        Label {
            text: pill.value
            font.pixelSize: Theme.headerFontSmall
            font.weight: Font.DemiBold
            color: Theme.headerText
        }
    }
}
