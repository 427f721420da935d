// The bar at the top of every working screen: station, who is signed in, drawer, device and office state. It shows
// state; the drawer's buttons are in the counter's footer, beside its other drawer work, so the bar fits one row.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

Rectangle {
    id: header
    signal signOutRequested()
    signal lockRequested()
    signal devicesRequested()
    // One row when the station's state and the operator's buttons fit side by side; on a narrow window, or in a
    // language with longer words, the operator's buttons take a second row, on the right, rather than being cut off.
    // Under them, a band with the office's state for a station that joined one: "Office: offline since 10:42, 37
    // records to send" must be read whole.
    readonly property bool oneRow: stateRow.implicitWidth + operatorRow.implicitWidth + 44 <= width
    implicitHeight: (oneRow ? Theme.headerHeight : Theme.headerHeight + operatorRow.implicitHeight + 8)
                    + (officeBand.visible ? officeBand.height : 0)
    color: Theme.header

    RowLayout {
        id: stateRow
        anchors.left: parent.left
        anchors.right: header.oneRow ? operatorRow.left : parent.right
        anchors.top: parent.top
        height: Theme.headerHeight
        anchors.leftMargin: 24
        anchors.rightMargin: header.oneRow ? 8 : 12
        spacing: 8

        ColumnLayout {
            spacing: 0
            Label {
                text: "Tillbook"
                font.pixelSize: Theme.headerFontLarge
                font.weight: Font.Bold
                color: Theme.headerText
            }
            Label {
                objectName: "stationLabel"
                text: SessionController.demo ? qsTr("%1 \u00b7 DEMO").arg(SessionController.stationId)
                                             : SessionController.stationId
                font.pixelSize: Theme.headerFontSmall
                color: Theme.headerMuted
            }
        }
        StatusPill {
            objectName: "drawerPill"
            // The drawer session in plain words: "Drawer D000001 open", "No drawer open".
            value: !DrawerController.isOpen ? qsTr("No drawer open")
                 : DrawerController.isMine ? qsTr("Drawer %1 open").arg(DrawerController.drawerId.slice(-7))
                                           : qsTr("%1's drawer open").arg(DrawerController.ownerName)
            tone: DrawerController.isOpen && DrawerController.level === DrawerController.DropRequired ? "danger"
                : !DrawerController.isOpen ? "muted" : DrawerController.level === DrawerController.Warn ? "warn" : "ok"
        }
        StatusPill {
            objectName: "cashDrawerPill"
            // The cash drawer itself, when its sensor reports: "Cash drawer: shut".
            visible: DeviceController.hasDrawer && DeviceController.drawerState !== DeviceController.NoSensor
            label: qsTr("Cash drawer")
            value: DeviceController.drawerState === DeviceController.SensorOpen ? qsTr("open")
                 : DeviceController.drawerState === DeviceController.SensorClosed ? qsTr("shut") : qsTr("not answering")
            tone: DeviceController.drawerState === DeviceController.SensorOpen ? "warn"
                : DeviceController.drawerState === DeviceController.SensorClosed ? "ok" : "muted"
        }
        StatusPill {
            objectName: "printerPill"
            visible: DeviceController.hasPrinter
            label: qsTr("Printer")
            value: DeviceController.printerStateText
            tone: DeviceController.printerState === "ready" ? "ok"
                : DeviceController.printerState === "unknown" ? "muted" : "danger"
        }
        StatusPill {
            objectName: "readerPill"
            visible: DeviceController.hasCheckReader
            // Set up in devices.json; a serial reader says nothing until a check goes through it.
            label: qsTr("Reader")
            value: qsTr("Serial")
            tone: "muted"
        }
        Item { Layout.fillWidth: true }
    }
    RowLayout {
        id: operatorRow
        anchors.right: parent.right
        anchors.rightMargin: 12
        y: header.oneRow ? (Theme.headerHeight - height) / 2 : Theme.headerHeight
        spacing: 8
        HeaderButton {
            objectName: "devicesButton"
            visible: SessionController.operatorRole !== "cashier"
            text: qsTr("Devices")
            onClicked: header.devicesRequested()
        }
        ColumnLayout {
            spacing: 0
            Label {
                Layout.alignment: Qt.AlignRight
                text: SessionController.operatorName
                font.pixelSize: Theme.headerFontBody
                font.weight: Font.DemiBold
                color: Theme.headerText
            }
            Label {
                Layout.alignment: Qt.AlignRight
                text: SessionController.operatorRole === "cashier" ? qsTr("Cashier")
                    : SessionController.operatorRole === "supervisor" ? qsTr("Supervisor") : qsTr("Administrator")
                font.pixelSize: Theme.headerFontSmall
                color: Theme.headerMuted
            }
        }
        HeaderButton {
            objectName: "lockButton"
            text: qsTr("Lock")
            Accessible.description: qsTr("F11 or Ctrl+L")
            onClicked: header.lockRequested()
        }
        HeaderButton {
            objectName: "signOutButton"
            text: qsTr("Sign out")
            Accessible.description: qsTr("F12 or Ctrl+Q")
            onClicked: header.signOutRequested()
        }
    }

    Item {
        id: officeBand
        objectName: "officeBand"
        visible: OfficeController.state !== OfficeController.NoOffice
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: officePill.implicitHeight + 8
        StatusPill {
            id: officePill
            objectName: "officePill"
            anchors.left: parent.left
            anchors.leftMargin: 24
            anchors.top: parent.top
            // The words come whole from the controller ("Office: up to date"), in the session's language.
            value: OfficeController.text
            tone: OfficeController.state === OfficeController.UpToDate ? "ok"
                : OfficeController.state === OfficeController.Frozen ? "danger"
                : OfficeController.state === OfficeController.Offline ? "warn" : "muted"
        }
        // Why, for the supervisor: the office's reason for freezing, or why it cannot be reached.
        Label {
            objectName: "officeReason"
            anchors.left: officePill.right
            anchors.leftMargin: 12
            anchors.right: parent.right
            anchors.rightMargin: 12
            anchors.verticalCenter: officePill.verticalCenter
            text: OfficeController.error
            elide: Text.ElideRight
            font.pixelSize: Theme.headerFontSmall
            color: Theme.headerMuted
        }
    }
}
