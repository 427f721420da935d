// The bar at the top of every working screen: station, who is signed in, drawer and device state.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

Rectangle {
    id: header
    signal signOutRequested()
    signal lockRequested()
    implicitHeight: Theme.headerHeight
    color: Theme.header

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 24
        anchors.rightMargin: 16
        spacing: 28

        Label {
            text: "Tillbook"
            font.pixelSize: Theme.fontLarge
            font.weight: Font.Bold
            color: Theme.headerText
        }
        Label {
            text: qsTr("Station %1").arg(SessionController.stationId)
            font.pixelSize: Theme.fontSmall
            color: Theme.headerMuted
        }
        StatusPill {
            label: qsTr("Drawer")
            value: qsTr("Not open")
            tone: "muted"
        }
        Item { Layout.fillWidth: true }
        ColumnLayout {
            spacing: 0
            Label {
                Layout.alignment: Qt.AlignRight
                text: SessionController.operatorName
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.headerText
            }
            Label {
                Layout.alignment: Qt.AlignRight
                text: SessionController.operatorRole === "cashier" ? qsTr("Cashier")
                    : SessionController.operatorRole === "supervisor" ? qsTr("Supervisor") : qsTr("Administrator")
                font.pixelSize: Theme.fontSmall
                color: Theme.headerMuted
            }
        }
        HeaderButton {
            objectName: "lockButton"
            text: qsTr("Lock")
            onClicked: header.lockRequested()
        }
        HeaderButton {
            objectName: "signOutButton"
            text: qsTr("Sign out")
            onClicked: header.signOutRequested()
        }
    }
}
