// A row of equally wide items made from a model (quick-cash amounts, a choice of frequency). A Row positioner, not a
// RowLayout: Qt 6.4's Quick Layouts keep a pointer to a Repeater's deleted delegate until their next polish and crash
// when resized before it (see docs/architecture.md, "Repeaters and layouts"). Put it in a layout with
// Layout.fillWidth; the items get the width, the row's height is the tallest item's.
import QtQuick
import QtQuick.Layouts

Row {
    id: row
    property alias model: repeater.model
    property alias delegate: repeater.delegate
    readonly property alias count: repeater.count
    readonly property real cellWidth: count > 0 ? (width - spacing * (count - 1)) / count : 0
    // The layout gives the row its width; the items' own widths must not feed back into it.
    Layout.preferredWidth: 0
    Layout.fillWidth: true

    Repeater {
        id: repeater
        onItemAdded: (index, item) => item.width = Qt.binding(() => row.cellWidth)
    }
}
