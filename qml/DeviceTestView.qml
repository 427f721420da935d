// The device test screen for a supervisor setting up the counter: the printer's state in words, a test receipt, and
// opening the drawer (recorded in the ledger before it opens).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

FocusScope {
    id: view
    objectName: "deviceTestView"
    visible: false
    signal dismissed()
    Keys.onEscapePressed: dismiss()

    function show() {
        DeviceController.clearNotice()
        DeviceController.refresh()
        visible = true
        forceActiveFocus()
    }

    function dismiss() {
        visible = false
        dismissed()
    }

    // A page of its own under the header (the counter is hidden while it shows); taller than the window with larger
    // text, it scrolls.
    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }
    MouseArea {
        anchors.fill: parent
    }
    Flickable {
        id: scroller
        objectName: "deviceTestScroller"
        anchors.fill: parent
        clip: true
        contentWidth: width
        contentHeight: card.height + 48
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ListScrollBar { }
        Rectangle {
            id: card
            x: (scroller.width - width) / 2
            y: Math.max(24, (scroller.height - height) / 2)
            width: Math.min(scroller.width - 48, 620 * Theme.scale)
            height: column.implicitHeight + 64
            radius: 16
            color: Theme.surface
            border.color: Theme.border
            ColumnLayout {
                id: column
                anchors.fill: parent
                anchors.margins: 32
                spacing: 12
                Label {
                    text: qsTr("Devices")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.Bold
                    color: Theme.text
                }
                Label {
                    objectName: "deviceSetupError"
                    visible: DeviceController.setupError !== ""
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: DeviceController.setupError
                    font.pixelSize: Theme.fontBody
                    color: Theme.danger
                }
                Label {
                    objectName: "printerMessage"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: DeviceController.hasPrinter ? DeviceController.printerMessage
                                                      : qsTr("No receipt printer is set up: documents are kept as PDF files and sent to the CUPS queue when one is set.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    visible: DeviceController.hasDrawer
                    wrapMode: Text.Wrap
                    text: DeviceController.drawerState === DeviceController.SensorOpen ? qsTr("Cash drawer: open")
                        : DeviceController.drawerState === DeviceController.SensorClosed ? qsTr("Cash drawer: shut")
                                                                   : qsTr("Cash drawer: its sensor cannot be read")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
                // The tests side by side when they fit, else on the next line: each says in full what it does.
                Flow {
                    Layout.fillWidth: true
                    spacing: 12
                    SecondaryButton {
                        width: Math.min(implicitWidth, parent.width)
                        objectName: "checkPrinter"
                        enabled: DeviceController.hasPrinter
                        text: qsTr("Check again")
                        onClicked: DeviceController.refresh()
                    }
                    SecondaryButton {
                        width: Math.min(implicitWidth, parent.width)
                        objectName: "testPrint"
                        enabled: DeviceController.hasPrinter
                        text: qsTr("Print a test receipt")
                        onClicked: DeviceController.testPrint()
                    }
                    SecondaryButton {
                        width: Math.min(implicitWidth, parent.width)
                        objectName: "testDrawer"
                        enabled: DeviceController.hasDrawer
                        text: qsTr("Open the drawer")
                        onClicked: DeviceController.testDrawer()
                    }
                }
                Label {
                    objectName: "checkReaderState"
                    Layout.fillWidth: true
                    visible: DeviceController.hasCheckReader
                    wrapMode: Text.Wrap
                    text: DeviceController.lastCheckRead === "" ? qsTr("Check reader: feed a check to test it.")
                                                               : qsTr("Check reader read: %1").arg(DeviceController.lastCheckRead)
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
                // What the field is for above it, whole: a placeholder would be cut short at larger text.
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("Wedge reader test: feed a check into this field.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
                TextField {
                    id: wedgeTest
                    objectName: "wedgeTest"
                    Layout.fillWidth: true
                    implicitHeight: Math.max(48, contentHeight + topPadding + bottomPadding) // a touch target
                    font.pixelSize: Theme.fontBody
                    font.family: "DejaVu Sans Mono"
                    Accessible.name: qsTr("Check reader test field")
                    property string verdict: ""
                    Keys.onPressed: event => {
                        if (event.text.length > 0 && event.key !== Qt.Key_Return && event.key !== Qt.Key_Enter)
                            DeviceController.wedgeKey(event.text, Date.now())
                    }
                    onAccepted: verdict = DeviceController.wedgeEnter(Date.now())
                                        ? qsTr("Read by a check reader.") : qsTr("Typed by hand (too slow for a reader).")
                }
                Label {
                    objectName: "wedgeVerdict"
                    visible: wedgeTest.verdict !== ""
                    text: wedgeTest.verdict
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                Label {
                    objectName: "deviceNotice"
                    Layout.fillWidth: true
                    visible: text !== ""
                    wrapMode: Text.Wrap
                    text: DeviceController.error !== "" ? DeviceController.error : DeviceController.notice
                    font.pixelSize: Theme.fontSmall
                    color: DeviceController.error !== "" ? Theme.danger : Theme.textMuted
                }
                KeypadButton {
                    objectName: "deviceTestDone"
                    Layout.fillWidth: true
                    implicitHeight: 56
                    primary: true
                    value: "done"
                    text: qsTr("Done")
                    onClicked: view.dismiss()
                }
            }
        }
    }
}
