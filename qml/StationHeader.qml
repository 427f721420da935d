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
    // The station's name on the left and the operator's buttons on the right keep their place; the state pills take
    // the room between them and, on a narrow window or in a language with longer words, flow on to a second line
    // there rather than pushing a button out. Lock is an icon (named for screen readers and in a tool tip), Devices and
    // Sign out are in the operator's menu, so that at 1280 px and wider everything fits one row, for a supervisor too,
    // in English and in Spanish.
    readonly property bool oneRow: pills.height <= pillHeight + 1
    readonly property int pillHeight: 36
    readonly property real mainHeight: Math.max(Theme.headerHeight, pills.height + 16, operatorRow.implicitHeight + 16)
    // Under them, a band with the office's state for a station that joined one: "Office: offline since 10:42, 37
    // records to send" must be read whole, and so must the reason beside it.
    implicitHeight: mainHeight + (officeBand.visible ? officeBand.height + 8 : 0)
    color: Theme.header

    ColumnLayout {
        id: titleBlock
        anchors.left: parent.left
        anchors.leftMargin: 24
        y: (header.mainHeight - height) / 2
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

    Flow {
        id: pills
        objectName: "headerPills"
        anchors.left: titleBlock.right
        anchors.leftMargin: 12
        anchors.right: operatorRow.left
        anchors.rightMargin: 12
        y: (header.mainHeight - height) / 2
        spacing: 8
        StatusPill {
            objectName: "drawerPill"
            maximumWidth: pills.width
            // The drawer session in plain words: "Drawer D000001 open", "No drawer open".
            value: !DrawerController.isOpen ? qsTr("No drawer open")
                 : DrawerController.isMine ? qsTr("Drawer %1 open").arg(DrawerController.drawerId.slice(-7))
                                           : qsTr("%1's drawer open").arg(DrawerController.ownerName)
            tone: DrawerController.isOpen && DrawerController.level === DrawerController.DropRequired ? "danger"
                : !DrawerController.isOpen ? "muted" : DrawerController.level === DrawerController.Warn ? "warn" : "ok"
        }
        StatusPill {
            objectName: "cashDrawerPill"
            maximumWidth: pills.width
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
            maximumWidth: pills.width
            visible: DeviceController.hasPrinter
            label: qsTr("Printer")
            value: DeviceController.printerStateText
            tone: DeviceController.printerState === "ready" ? "ok"
                : DeviceController.printerState === "unknown" ? "muted" : "danger"
        }
        StatusPill {
            objectName: "readerPill"
            maximumWidth: pills.width
            visible: DeviceController.hasCheckReader
            // Set up in devices.json; a serial reader says nothing until a check goes through it.
            label: qsTr("Reader")
            value: qsTr("Serial")
            tone: "muted"
        }
    }

    // Lock, used many times a day, one touch away as an icon; who is signed in, as a button whose menu holds the rest:
    // Devices (for a supervisor) and Sign out, each named in full with its key.
    RowLayout {
        id: operatorRow
        anchors.right: parent.right
        anchors.rightMargin: 12
        y: (header.mainHeight - height) / 2
        spacing: 8
        HeaderButton {
            objectName: "lockButton"
            glyph: "lock"
            text: qsTr("Lock")
            Accessible.description: qsTr("F11 or Ctrl+L")
            onClicked: header.lockRequested()
        }
        Button {
            id: operatorButton
            objectName: "operatorButton"
            implicitHeight: Theme.touchTarget
            leftPadding: 14
            rightPadding: 14
            focusPolicy: Qt.NoFocus
            Accessible.role: Accessible.ButtonMenu
            Accessible.name: operatorName.text + ", " + operatorRole.text
            Accessible.description: qsTr("Menu: Devices and Sign out")
            onClicked: operatorMenu.open()
            background: Rectangle {
                radius: Theme.radius
                color: operatorButton.down || operatorMenu.visible ? "#2b4666" : "transparent"
                border.color: Theme.headerMuted
            }
            contentItem: Row {
                spacing: 10
                Column {
                    anchors.verticalCenter: parent.verticalCenter
                    Label {
                        id: operatorName
                        objectName: "operatorName"
                        anchors.right: parent.right
                        text: SessionController.operatorName
                        font.pixelSize: Theme.headerFontBody
                        font.weight: Font.DemiBold
                        color: Theme.headerText
                    }
                    Label {
                        id: operatorRole
                        objectName: "operatorRole"
                        anchors.right: parent.right
                        text: SessionController.operatorRole === "cashier" ? qsTr("Cashier")
                            : SessionController.operatorRole === "supervisor" ? qsTr("Supervisor") : qsTr("Administrator")
                        font.pixelSize: Theme.headerFontSmall
                        color: Theme.headerMuted
                    }
                }
                // A chevron: the button opens a menu.
                Label {
                    anchors.verticalCenter: parent.verticalCenter
                    text: "\u25be"
                    font.pixelSize: Theme.headerFontBody
                    color: Theme.headerText
                    Accessible.ignored: true
                }
            }
            Menu {
                id: operatorMenu
                objectName: "operatorMenu"
                y: operatorButton.height + 4
                x: operatorButton.width - width
                font.pixelSize: Theme.headerFontBody
                MenuItem {
                    objectName: "devicesButton"
                    // A cashier's menu holds Sign out alone.
                    visible: SessionController.operatorRole !== "cashier"
                    implicitHeight: Theme.touchTarget
                    height: visible ? implicitHeight : 0
                    text: qsTr("Devices")
                    onClicked: header.devicesRequested()
                }
                MenuItem {
                    objectName: "signOutButton"
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Sign out (F12)")
                    Accessible.name: qsTr("Sign out")
                    Accessible.description: qsTr("F12 or Ctrl+Q")
                    onClicked: header.signOutRequested()
                }
            }
        }
    }

    // The office's state, and beside it (or under it, when it does not fit) why: the office's reason for freezing, or
    // why it cannot be reached, for the supervisor. Both whole, however many lines they take.
    Flow {
        id: officeBand
        objectName: "officeBand"
        visible: OfficeController.state !== OfficeController.NoOffice
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: 24
        anchors.rightMargin: 12
        y: header.mainHeight
        spacing: 12
        StatusPill {
            id: officePill
            objectName: "officePill"
            maximumWidth: officeBand.width
            // The words come whole from the controller ("Office: up to date"), in the session's language.
            value: OfficeController.text
            tone: OfficeController.state === OfficeController.UpToDate ? "ok"
                : OfficeController.state === OfficeController.Frozen ? "danger"
                : OfficeController.state === OfficeController.Offline ? "warn" : "muted"
        }
        Label {
            objectName: "officeReason"
            visible: text !== ""
            width: Math.min(implicitWidth, officeBand.width)
            height: Math.max(officePill.height, implicitHeight)
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            text: OfficeController.error
            font.pixelSize: Theme.headerFontSmall
            color: Theme.headerMuted
        }
    }
}
