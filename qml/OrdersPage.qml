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

    RowLayout {
        id: pageColumn
        anchors.fill: parent
        spacing: 24
        ColumnLayout {
            Layout.preferredWidth: 440
            Layout.maximumWidth: 440
            Layout.fillHeight: true
            spacing: 8
            Label {
                text: qsTr("New order")
                font.pixelSize: Theme.fontBody
                font.weight: Font.Bold
                color: Theme.text
            }
            FormField { id: account; objectName: "orderAccount"; Layout.fillWidth: true; label: qsTr("Account number") }
            EqualRow {
                spacing: 6
                model: [{key: "start", label: qsTr("Start")}, {key: "stop", label: qsTr("Stop")},
                        {key: "transfer", label: qsTr("Transfer")}, {key: "installation", label: qsTr("Install")}]
                delegate: ChoiceButton {
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
            FormField {
                id: address
                objectName: "orderAddress"
                Layout.fillWidth: true
                label: qsTr("Service address (empty: the account's)")
            }
            RowLayout {
                Layout.fillWidth: true
                FormField {
                    id: requested
                    objectName: "orderDate"
                    Layout.fillWidth: true
                    label: qsTr("Requested date")
                    placeholder: "YYYY-MM-DD"
                }
                FormField {
                    id: deposit
                    objectName: "orderDeposit"
                    Layout.preferredWidth: 150
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
            Item { Layout.fillHeight: true }
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
                    height: 56
                    radius: 6
                    color: page.selected && page.selected.id === modelData.id ? Theme.accentSoft
                         : index % 2 ? Theme.surface : Theme.background
                    Accessible.role: Accessible.ListItem
                    Accessible.name: modelData.id + " " + modelData.type + " " + modelData.status
                    MouseArea {
                        anchors.fill: parent
                        onClicked: {
                            page.selected = modelData
                            scheduled.text = modelData.scheduled !== "" ? modelData.scheduled : modelData.requested
                        }
                    }
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 8
                        anchors.rightMargin: 8
                        Label { Layout.preferredWidth: 90; text: modelData.id.slice(-7); font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
                        Label { Layout.preferredWidth: 100; text: modelData.type; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; color: Theme.text }
                        Label { Layout.preferredWidth: 80; text: modelData.account; font.pixelSize: Theme.fontSmall; color: Theme.text }
                        Label { Layout.fillWidth: true; text: modelData.address; elide: Text.ElideRight; font.pixelSize: Theme.fontSmall; color: Theme.text }
                        Label { Layout.preferredWidth: 110; text: modelData.requested; font.pixelSize: Theme.fontSmall; color: Theme.text }
                        Label { Layout.preferredWidth: 90; text: modelData.status; font.pixelSize: Theme.fontSmall; color: modelData.status === "done" ? Theme.ok : Theme.textMuted }
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: page.selected !== null
                enabled: page.selected !== null && page.selected.status !== "done" && page.selected.status !== "cancelled"
                FormField { id: scheduled; objectName: "orderScheduled"; Layout.preferredWidth: 150; label: qsTr("Scheduled for") }
                FormField { id: reading; objectName: "orderReading"; Layout.preferredWidth: 140; label: qsTr("Meter reading") }
                FormField { id: orderNote; objectName: "orderNote"; Layout.fillWidth: true; label: qsTr("Note") }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: page.selected !== null
                spacing: 6
                ChoiceButton {
                    objectName: "orderSchedule"
                    Layout.fillWidth: true
                    implicitHeight: 48
                    font.pixelSize: Theme.fontSmall
                    value: "scheduled"
                    text: qsTr("Schedule")
                    onClicked: page.update("scheduled")
                }
                ChoiceButton {
                    objectName: "orderDone"
                    Layout.fillWidth: true
                    implicitHeight: 48
                    font.pixelSize: Theme.fontSmall
                    value: "done"
                    text: qsTr("Done (with reading)")
                    onClicked: page.update("done")
                }
                ChoiceButton {
                    objectName: "orderCancel"
                    Layout.fillWidth: true
                    implicitHeight: 48
                    font.pixelSize: Theme.fontSmall
                    value: "cancelled"
                    text: qsTr("Cancel order")
                    onClicked: page.update("cancelled")
                }
                ChoiceButton {
                    objectName: "orderPrint"
                    Layout.fillWidth: true
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
