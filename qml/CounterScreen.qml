// The counter: where the day's work happens. Until a drawer is open it says so plainly.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

FocusScope {
    id: screen
    objectName: "counterScreen"
    focus: true

    Keys.onPressed: event => {
        if (event.key === Qt.Key_F12 || (event.key === Qt.Key_Q && (event.modifiers & Qt.ControlModifier))) {
            SessionController.signOut()
            event.accepted = true
        } else if (event.key === Qt.Key_F11 || (event.key === Qt.Key_L && (event.modifiers & Qt.ControlModifier))) {
            SessionController.lock()
            event.accepted = true
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        StationHeader {
            Layout.fillWidth: true
            onSignOutRequested: SessionController.signOut()
            onLockRequested: SessionController.lock()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 24
            spacing: 24

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 18

                Label {
                    text: qsTr("Find an account")
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                TextField {
                    id: search
                    objectName: "accountSearch"
                    Layout.fillWidth: true
                    implicitHeight: 64
                    enabled: false
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("Account number, name, service address or phone")
                    Accessible.name: qsTr("Find an account")
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    radius: 16
                    color: Theme.surface
                    border.color: Theme.border

                    ColumnLayout {
                        anchors.centerIn: parent
                        width: parent.width - 96
                        spacing: 14
                        Rectangle {
                            Layout.alignment: Qt.AlignHCenter
                            width: 84
                            height: 84
                            radius: 42
                            color: Theme.accentSoft
                            Label {
                                anchors.centerIn: parent
                                text: "$"
                                font.pixelSize: Theme.fontHuge
                                font.weight: Font.Bold
                                color: Theme.accent
                            }
                        }
                        Label {
                            Layout.alignment: Qt.AlignHCenter
                            text: qsTr("No drawer is open at this station")
                            font.pixelSize: Theme.fontLarge
                            font.weight: Font.DemiBold
                            color: Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                            text: qsTr("Payments are taken into an open drawer. A drawer is opened with a float counted by denomination.")
                            font.pixelSize: Theme.fontBody
                            color: Theme.textMuted
                        }
                    }
                }
            }

            Rectangle {
                Layout.preferredWidth: 420
                Layout.fillHeight: true
                radius: 16
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 24
                    spacing: 12
                    Label {
                        text: qsTr("Transaction")
                        font.pixelSize: Theme.fontLarge
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        height: 1
                        color: Theme.border
                    }
                    Label {
                        objectName: "transactionState"
                        Layout.fillWidth: true
                        Layout.topMargin: 12
                        text: qsTr("No transaction in progress")
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                    Item { Layout.fillHeight: true }
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: qsTr("Total due")
                            font.pixelSize: Theme.fontBody
                            color: Theme.textMuted
                            Layout.fillWidth: true
                        }
                        Label {
                            text: "$0.00"
                            font.pixelSize: Theme.fontTitle
                            font.weight: Font.Bold
                            color: Theme.text
                        }
                    }
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 44
            color: Theme.surfaceAlt
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 24
                anchors.rightMargin: 24
                spacing: 28
                Label {
                    text: SessionController.ledgerSize === 1 ? qsTr("Ledger: 1 signed record")
                                                            : qsTr("Ledger: %1 signed records").arg(SessionController.ledgerSize)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                Item { Layout.fillWidth: true }
                Label {
                    text: qsTr("F11 locks \u00b7 F12 signs out")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
        }
    }
}
