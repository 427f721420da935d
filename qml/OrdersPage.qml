// Service orders: start, stop, transfer and installation, with a deposit billed on the account; scheduled, done with
// the closing meter reading, or cancelled; printed for the field crew.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

FocusScope {
    id: page
    objectName: "ordersPage"
    implicitHeight: pageColumn.implicitHeight // taller than the window, the back office scrolls it
    property string type: "start"
    property string status: ""
    property var selected: null

    function start() {
        selected = null
        BackOfficeController.loadOrders(status)
        requested.text = ""
    }
    function create() {
        if (BackOfficeController.createOrder(account.text, type, address.text, requested.text, reason.text, deposit.text)) {
            reason.text = ""
            deposit.text = ""
            address.text = ""
        }
    }
    function update(newStatus) {
        if (selected && BackOfficeController.updateOrder(selected.id, newStatus, scheduled.text, reading.text, orderNote.text)) {
            selected = null
            reading.text = ""
            orderNote.text = ""
        }
    }
    onStatusChanged: { selected = null; BackOfficeController.loadOrders(status) }
    onActiveFocusChanged: if (activeFocus) account.forceActiveFocus()

    // The new order's form beside the list when both fit; on a narrow window or with larger text, above it.
    GridLayout {
        id: pageColumn
        anchors.fill: parent
        columns: width >= 1000 * Theme.scale ? 2 : 1
        columnSpacing: 24
        rowSpacing: 24
        ColumnLayout {
            Layout.preferredWidth: pageColumn.columns === 2 ? 440 * Theme.scale : pageColumn.width
            Layout.maximumWidth: pageColumn.columns === 2 ? 440 * Theme.scale : pageColumn.width
            Layout.fillHeight: pageColumn.columns === 2
            spacing: 8
            Label {
                text: qsTr("New order")
                font.pixelSize: Theme.fontBody
                font.weight: Font.Bold
                color: Theme.text
            }
            FormField { id: account; objectName: "orderAccount"; Layout.fillWidth: true; label: qsTr("Account number") }
            Flow { // buttons sized to their words; they wrap rather than cut a word
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: [{key: "start", label: qsTr("Start")}, {key: "stop", label: qsTr("Stop")},
                            {key: "transfer", label: qsTr("Transfer")}, {key: "installation", label: qsTr("Install")}]
                    ChoiceButton {
                        required property var modelData
                        objectName: "orderType_" + modelData.key
                        implicitHeight: 48
                        font.pixelSize: Theme.fontSmall
                        primary: page.type === modelData.key
                        value: modelData.key
                        text: modelData.label
                        onClicked: page.type = modelData.key
                    }
                }
            }
            FormField {
                id: address
                objectName: "orderAddress"
                Layout.fillWidth: true
                label: qsTr("Service address (empty: the account's)")
            }
            Flow {
                Layout.fillWidth: true
                spacing: 10
                FormField {
                    id: requested
                    objectName: "orderDate"
                    width: Math.min(parent.width, Math.max(200 * Theme.scale, requested.implicitWidth))
                    label: qsTr("Requested date")
                    placeholder: "YYYY-MM-DD"
                }
                FormField {
                    id: deposit
                    objectName: "orderDeposit"
                    width: Math.min(parent.width, Math.max(150 * Theme.scale, deposit.implicitWidth))
                    label: qsTr("Deposit")
                    placeholder: "0.00"
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                }
            }
            FormField {
                id: reason
                objectName: "orderReason"
                Layout.fillWidth: true
                label: qsTr("Reason")
                onAccepted: page.create()
            }
            ChoiceButton {
                objectName: "orderCreate"
                Layout.fillWidth: true
                implicitHeight: 56
                primary: true
                value: "create"
                text: qsTr("Record the order")
                onClicked: page.create()
            }
            Item { Layout.fillHeight: pageColumn.columns === 2 }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8
            Flow { // a positioner, not a layout: see EqualRow.qml; it wraps at large text
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: [{key: "", label: qsTr("All")}, {key: "open", label: qsTr("Open")},
                            {key: "scheduled", label: qsTr("Scheduled")}, {key: "done", label: qsTr("Done")},
                            {key: "cancelled", label: qsTr("Cancelled")}]
                    ChoiceButton {
                        required property var modelData
                        objectName: "orderFilter_" + (modelData.key === "" ? "all" : modelData.key)
                        implicitHeight: 48
                        font.pixelSize: Theme.fontSmall
                        primary: page.status === modelData.key
                        value: modelData.key
                        text: modelData.label
                        onClicked: page.status = modelData.key
                    }
                }
            }
            ListView {
                id: list
                objectName: "orderList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 240 // when the page scrolls, a few rows still show
                clip: true
                spacing: 2
                model: BackOfficeController.orders
                ScrollBar.vertical: ListScrollBar { }
                Label {
                    anchors.centerIn: parent
                    visible: list.count === 0
                    text: qsTr("No orders here.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
                delegate: Rectangle {
                    required property var modelData
                    required property int index
                    width: ListView.view.width - Theme.scrollBarSpace
                    height: Math.max(56, orderRow.implicitHeight + 12)
                    radius: 6
                    color: page.selected && page.selected.id === modelData.id ? Theme.accentSoft
                         : index % 2 ? Theme.surface : Theme.background
                    Accessible.role: Accessible.ListItem
                    Accessible.name: modelData.id + " " + modelData.typeText + " " + modelData.statusText
                    MouseArea {
                        anchors.fill: parent
                        onClicked: {
                            page.selected = modelData
                            scheduled.text = modelData.scheduled !== "" ? modelData.scheduled : modelData.requested
                        }
                    }
                    // The figures flow on to another line when they do not fit; the address has a line of its own.
                    Column {
                        id: orderRow
                        x: 8
                        y: 6
                        width: parent.width - 16
                        spacing: 2
                        Flow {
                            width: parent.width
                            spacing: 12
                            Label { width: Math.min(parent.width, 90 * Theme.scale); text: modelData.id.slice(-7); font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
                            Label { width: Math.min(parent.width, 130 * Theme.scale); wrapMode: Text.Wrap; text: modelData.typeText; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; color: Theme.text }
                            Label { width: Math.min(parent.width, 80 * Theme.scale); text: modelData.account; font.pixelSize: Theme.fontSmall; color: Theme.text }
                            Label { width: Math.min(parent.width, 120 * Theme.scale); text: modelData.requested; font.pixelSize: Theme.fontSmall; color: Theme.text }
                            Label { width: Math.min(parent.width, 110 * Theme.scale); wrapMode: Text.Wrap; text: modelData.statusText; font.pixelSize: Theme.fontSmall; color: modelData.status === "done" ? Theme.ok : Theme.textMuted }
                        }
                        Label { width: parent.width; visible: text !== ""; wrapMode: Text.Wrap; text: modelData.address; font.pixelSize: Theme.fontSmall; color: Theme.text }
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                visible: page.selected !== null
                enabled: page.selected !== null && page.selected.status !== "done" && page.selected.status !== "cancelled"
                spacing: 10
                FormField { id: scheduled; objectName: "orderScheduled"; width: Math.min(parent.width, Math.max(150 * Theme.scale, scheduled.implicitWidth)); label: qsTr("Scheduled for") }
                FormField { id: reading; objectName: "orderReading"; width: Math.min(parent.width, Math.max(140 * Theme.scale, reading.implicitWidth)); label: qsTr("Meter reading") }
                FormField { id: orderNote; objectName: "orderNote"; width: Math.min(parent.width, Math.max(300 * Theme.scale, orderNote.implicitWidth)); label: qsTr("Note") }
            }
            Flow {
                Layout.fillWidth: true
                visible: page.selected !== null
                spacing: 6
                ChoiceButton {
                    objectName: "orderSchedule"
                    implicitHeight: 48
                    font.pixelSize: Theme.fontSmall
                    value: "scheduled"
                    text: qsTr("Schedule")
                    onClicked: page.update("scheduled")
                }
                ChoiceButton {
                    objectName: "orderDone"
                    implicitHeight: 48
                    font.pixelSize: Theme.fontSmall
                    value: "done"
                    text: qsTr("Done (with reading)")
                    onClicked: page.update("done")
                }
                ChoiceButton {
                    objectName: "orderCancel"
                    implicitHeight: 48
                    font.pixelSize: Theme.fontSmall
                    value: "cancelled"
                    text: qsTr("Cancel order")
                    onClicked: page.update("cancelled")
                }
                ChoiceButton {
                    objectName: "orderPrint"
                    implicitHeight: 48
                    font.pixelSize: Theme.fontSmall
                    value: "print"
                    text: qsTr("Print")
                    onClicked: PrintController.printDocument("order", page.selected.id)
                }
            }
        }
    }
}
