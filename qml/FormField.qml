// A labelled one-line text field for back office forms: the label is also its accessible name; Enter submits.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: formField
    property alias label: caption.text
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property alias input: input
    property alias inputMethodHints: input.inputMethodHints
    signal accepted()
    spacing: 2

    function forceActiveFocus() { input.forceActiveFocus() }

    Label {
        id: caption
        Layout.fillWidth: true
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        elide: Text.ElideRight
    }
    TextField {
        id: input
        Layout.fillWidth: true
        // A touch target, and taller with larger text so that what is typed (or the placeholder) is never cut.
        implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding)
        font.pixelSize: Theme.fontBody
        Accessible.name: caption.text
        onAccepted: formField.accepted()
    }
}
