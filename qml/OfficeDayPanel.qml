// The office's figures of the day across every window, as this station last pulled them from its office: each window's
// payments, reversals and postings, and whether the office approved the day and who did. Not shown when the station
// never pulled them (no office, or never synced).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

Rectangle {
    id: panel
    objectName: "officeDayPanel"
    property var office: ({}) // BackOfficeController.review.office: {} when never pulled
    readonly property bool approved: (office.approvedBy || "") !== ""
    visible: (office.stations || []).length > 0
    implicitHeight: visible ? content.implicitHeight + 20 : 0
    radius: 6
    color: Theme.surface
    border.color: Theme.border
    Accessible.role: Accessible.Grouping
    Accessible.name: title.text

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6
        Flow { // the approval goes on to a second line when it does not fit
            Layout.fillWidth: true
            spacing: 12
            Label {
                id: title
                text: qsTr("Office: every window's day")
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                objectName: "officeDayTotal"
                text: qsTr("postings %1").arg(panel.office.postings)
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }
            Label {
                objectName: "officeDayApproval"
                width: Math.min(implicitWidth, parent.width)
                wrapMode: Text.Wrap
                text: panel.approved ? qsTr("Approved at the office by %1").arg(panel.office.approvedBy)
                                     : qsTr("Not approved at the office yet")
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
                color: panel.approved ? Theme.ok : Theme.textMuted
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                model: panel.office.stations || []
                Rectangle {
                    required property var modelData
                    width: Math.min(row.implicitWidth + 16, content.width) // a chip wider than the panel wraps
                    height: row.height + 10
                    radius: 4
                    color: modelData.state === "ok" ? Theme.surfaceAlt : Theme.dangerSoft
                    Accessible.role: Accessible.StaticText
                    Accessible.name: row.text
                    Label {
                        id: row
                        anchors.centerIn: parent
                        width: parent.width - 16
                        wrapMode: Text.Wrap
                        text: qsTr("%1: %n payment(s) %2, reversed %3, postings %4", "", modelData.payments)
                                  .arg(modelData.station).arg(modelData.collected).arg(modelData.reversed)
                                  .arg(modelData.postings)
                              + (modelData.state === "ok" ? "" : qsTr(" (frozen at the office)"))
                        font.pixelSize: Theme.fontSmall
                        color: modelData.state === "ok" ? Theme.text : Theme.danger
                    }
                }
            }
        }
    }
}
