// A small "label: value" badge for device and drawer state in the header; without a label, the value says it all.
// Narrower than its words (maximumWidth, a narrow window), the value wraps and the pill grows taller.
import QtQuick
import QtQuick.Controls

Rectangle {
    id: pill
    property string label
    property string value
    property string tone: "muted" // ok, warn, danger, muted
    property real maximumWidth: Number.POSITIVE_INFINITY
    readonly property real naturalWidth: dot.width + (labelText.visible ? labelText.implicitWidth + 8 : 0)
                                         + valueText.implicitWidth + 8 + 20
    implicitWidth: Math.min(naturalWidth, maximumWidth)
    implicitHeight: Math.max(36, Math.max(labelText.implicitHeight, valueText.height) + 12)
    radius: 18
    color: "#20364f"
    border.color: tone === "ok" ? "#6fcf97" : tone === "warn" ? "#f2c94c" : tone === "danger" ? "#ff8a80" : "#4d6580"
    Accessible.role: Accessible.StaticText
    Accessible.name: label !== "" ? label + ": " + value : value

    Rectangle {
        id: dot
        x: 10
        anchors.verticalCenter: parent.verticalCenter
        width: 10
        height: 10
        radius: 5
        color: pill.border.color
    }
    Label {
        id: labelText
        x: dot.x + dot.width + 8
        anchors.verticalCenter: parent.verticalCenter
        visible: pill.label !== ""
        text: pill.label + ":"
        font.pixelSize: Theme.headerFontSmall
        color: Theme.headerMuted
    }
    Label {
        id: valueText
        x: labelText.visible ? labelText.x + labelText.implicitWidth + 8 : dot.x + dot.width + 8
        anchors.verticalCenter: parent.verticalCenter
        width: Math.max(0, Math.min(implicitWidth, pill.width - x - 10))
        wrapMode: Text.Wrap
        text: pill.value
        font.pixelSize: Theme.headerFontSmall
        font.weight: Font.DemiBold
        color: Theme.headerText
    }
}
