// Counting cash by denomination: one field per note and coin, rolled coin as an amount, and the running total.
// Tab and Enter move to the next field; touch works on every field.
// Its columns are as wide as their text at the text size (font metrics, not pixels), and it uses fewer of them when
// the room it is given (availableWidth) is narrow, so no label or amount is ever squeezed.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

ColumnLayout {
    id: grid
    spacing: 6
    property var pieces: ["", "", "", "", "", "", "", "", "", "", "", "", ""]
    property string rolled: ""
    // The width the panel gives the grid; it decides how many columns of denominations fit.
    property real availableWidth: 600
    readonly property string total: DrawerController.total(pieces, rolled)
    function clear() {
        pieces = ["", "", "", "", "", "", "", "", "", "", "", "", ""]
        rolled = ""
    }
    function focusFirst() {
        fields.itemAt(0).forceActiveFocus()
    }
    // The widest of the texts in a font. The caller passes the font's size so that its binding follows a change of
    // the text size: a call to advanceWidth() alone does not.
    function widest(metrics, pixelSize, texts) {
        return Math.ceil(Math.max(0, ...texts.map(t => metrics.advanceWidth(t))))
    }

    FontMetrics {
        id: bodyMetrics
        font.pixelSize: Theme.fontBody
    }
    FontMetrics {
        id: smallMetrics
        font.pixelSize: Theme.fontSmall
    }
    // A field's frame around its text (the style's padding) and the room between the parts of a cell.
    readonly property int fieldPadding: 24
    readonly property int cellSpacing: 10
    readonly property int columnSpacing: 28
    readonly property real labelWidth: widest(bodyMetrics, bodyMetrics.font.pixelSize,
                                              [qsTr("Rolled")].concat(DrawerController.denominations.map(d => d.label)))
    readonly property real countWidth: Math.max(96, widest(bodyMetrics, bodyMetrics.font.pixelSize, ["00000"]) + fieldPadding)
    readonly property real subtotalWidth: widest(smallMetrics, smallMetrics.font.pixelSize, ["$0,000.00"])
    readonly property real fieldHeight: Math.max(48, Math.ceil(bodyMetrics.height) + 16)
    readonly property real cellWidth: labelWidth + countWidth + subtotalWidth + 2 * cellSpacing
    readonly property int columns: Math.max(1, Math.min(2, Math.floor((availableWidth + columnSpacing) / (cellWidth + columnSpacing))))

    Grid { // a positioner, not a GridLayout: see EqualRow.qml
        // Filled column by column, so only the rows are given (giving both warns while they change one by one).
        rows: Math.ceil(fields.count / grid.columns)
        columnSpacing: grid.columnSpacing
        rowSpacing: 6
        flow: Grid.TopToBottom
        Repeater {
            id: fields
            model: DrawerController.denominations
            RowLayout {
                required property int index
                required property var modelData
                spacing: grid.cellSpacing
                function forceActiveFocus() { countField.forceActiveFocus() }
                Label {
                    Layout.preferredWidth: grid.labelWidth
                    text: modelData.label
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    horizontalAlignment: Text.AlignRight
                }
                TextField {
                    id: countField
                    objectName: "count_" + modelData.key
                    Layout.preferredWidth: grid.countWidth
                    implicitHeight: grid.fieldHeight
                    font.pixelSize: Theme.fontBody
                    horizontalAlignment: Text.AlignRight
                    inputMethodHints: Qt.ImhDigitsOnly
                    validator: IntValidator { bottom: 0; top: 1000000 }
                    placeholderText: "0"
                    Accessible.name: qsTr("Number of %1").arg(modelData.label)
                    text: grid.pieces[index]
                    onTextEdited: {
                        const p = grid.pieces.slice()
                        p[index] = text
                        grid.pieces = p
                    }
                    Keys.onReturnPressed: nextItemInFocusChain().forceActiveFocus()
                    Keys.onEnterPressed: nextItemInFocusChain().forceActiveFocus()
                }
                Label {
                    // Right-aligned under each other; a subtotal larger than the usual room widens its cell.
                    Layout.preferredWidth: Math.max(grid.subtotalWidth, implicitWidth)
                    horizontalAlignment: Text.AlignRight
                    text: countField.text.length > 0 ? DrawerController.total(grid.pieces.map((v, i) => i === index ? v : ""), "") : ""
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
        }
    }
    // Rolled coin, then the total; the total goes under it when the grid is one column wide.
    Flow {
        Layout.fillWidth: true
        Layout.preferredWidth: grid.columns * grid.cellWidth + (grid.columns - 1) * grid.columnSpacing
        spacing: grid.columnSpacing
        Row {
            spacing: grid.cellSpacing
            Label {
                width: grid.labelWidth
                height: rolledField.height
                text: qsTr("Rolled")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                horizontalAlignment: Text.AlignRight
                verticalAlignment: Text.AlignVCenter
            }
            TextField {
                id: rolledField
                objectName: "count_rolled"
                width: Math.max(140, grid.widest(bodyMetrics, bodyMetrics.font.pixelSize, ["$0,000.00"]) + grid.fieldPadding)
                implicitHeight: grid.fieldHeight
                font.pixelSize: Theme.fontBody
                horizontalAlignment: Text.AlignRight
                placeholderText: "$0.00"
                Accessible.name: qsTr("Rolled coin, in dollars")
                text: grid.rolled
                onTextEdited: grid.rolled = text
            }
        }
        Row {
            spacing: grid.cellSpacing
            Label {
                anchors.baseline: countTotal.baseline
                text: qsTr("Total")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            Label {
                id: countTotal
                objectName: "countTotal"
                text: grid.total
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                color: Theme.text
            }
        }
    }
}
