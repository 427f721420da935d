// Counting cash by denomination: one field per note and coin, rolled coin as an amount, and the running total.
// Tab and Enter move to the next field; touch works on every field.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

ColumnLayout {
    id: grid
    spacing: 6
    property var pieces: ["", "", "", "", "", "", "", "", "", "", "", "", ""]
    property string rolled: ""
    readonly property string total: DrawerController.total(pieces, rolled)
    function clear() {
        pieces = ["", "", "", "", "", "", "", "", "", "", "", "", ""]
        rolled = ""
    }
    function focusFirst() {
        fields.itemAt(0).forceActiveFocus()
    }

    Grid { // a positioner, not a GridLayout: see EqualRow.qml
        columns: 2
        columnSpacing: 28
        rowSpacing: 6
        flow: Grid.TopToBottom
        rows: 7
        Repeater {
            id: fields
            model: DrawerController.denominations
            RowLayout {
                required property int index
                required property var modelData
                spacing: 10
                function forceActiveFocus() { countField.forceActiveFocus() }
                Label {
                    Layout.preferredWidth: 80
                    text: modelData.label
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    horizontalAlignment: Text.AlignRight
                }
                TextField {
                    id: countField
                    objectName: "count_" + modelData.key
                    Layout.preferredWidth: 96
                    implicitHeight: 48
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
                    Layout.preferredWidth: 110
                    horizontalAlignment: Text.AlignRight
                    text: countField.text.length > 0 ? DrawerController.total(grid.pieces.map((v, i) => i === index ? v : ""), "") : ""
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
        }
    }
    RowLayout {
        spacing: 10
        Label {
            Layout.preferredWidth: 80
            text: qsTr("Rolled")
            font.pixelSize: Theme.fontBody
            color: Theme.text
            horizontalAlignment: Text.AlignRight
        }
        TextField {
            objectName: "count_rolled"
            Layout.preferredWidth: 140
            implicitHeight: 48
            font.pixelSize: Theme.fontBody
            horizontalAlignment: Text.AlignRight
            placeholderText: "$0.00"
            Accessible.name: qsTr("Rolled coin, in dollars")
            text: grid.rolled
            onTextEdited: grid.rolled = text
        }
        Item { Layout.fillWidth: true }
        Label {
            text: qsTr("Total")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        Label {
            objectName: "countTotal"
            text: grid.total
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            color: Theme.text
        }
    }
}
