// The supervisor's review of a day: each drawer and mail batch is open, balanced (waiting), approved, or rejected with
// a reason and back with its cashier. Approving the day records a signed checkpoint. Cashiers see what came back.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

FocusScope {
    id: page
    objectName: "reviewPage"
    readonly property bool supervisor: SessionController.operatorRole !== "cashier"
    readonly property var review: BackOfficeController.review
    property var selected: null
    property var answering: null

    function start() {
        day.text = BackOfficeController.today
        selected = null
        answering = null
        load()
    }
    function load() {
        selected = null
        BackOfficeController.loadReview(day.text)
        BackOfficeController.loadRejected()
    }
    // Called from a row of the "came back" list, which the answer removes: the page carries on after it is gone.
    function resubmit(subject, id, answer) {
        if (BackOfficeController.resubmitWork(subject, id, answer))
            load()
    }
    function stateLabel(state) {
        return state === "open" ? qsTr("Open") : state === "balanced" ? qsTr("Balanced")
             : state === "approved" ? qsTr("Approved") : qsTr("Rejected")
    }
    onActiveFocusChanged: if (activeFocus) day.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: 10
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            FormField {
                id: day
                objectName: "reviewDay"
                Layout.preferredWidth: 200 * Theme.scale
                label: qsTr("Day")
                onAccepted: page.load()
            }
            ChoiceButton {
                objectName: "reviewShow"
                Layout.alignment: Qt.AlignBottom
                implicitHeight: 48
                font.pixelSize: Theme.fontSmall
                value: "show"
                text: qsTr("Show")
                onClicked: page.load()
            }
            Label {
                objectName: "reviewDayState"
                Layout.alignment: Qt.AlignBottom
                Layout.bottomMargin: 10
                Layout.fillWidth: true
                elide: Text.ElideRight
                text: page.review.approved ? qsTr("Approved; sealed by the signed checkpoint after record %1").arg(page.review.approvedSeq)
                                           : qsTr("Not approved yet")
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: page.review.approved ? Theme.ok : Theme.textMuted
            }
            ChoiceButton {
                objectName: "approveDay"
                Layout.alignment: Qt.AlignBottom
                visible: page.supervisor
                enabled: !page.review.approved
                implicitHeight: 48
                primary: true
                font.pixelSize: Theme.fontSmall
                value: "approveDay"
                text: qsTr("Approve the day")
                onClicked: BackOfficeController.approveDay(page.review.day) // the day on screen, not a day typed since
            }
        }
        OfficeDayPanel {
            Layout.fillWidth: true
            office: page.review.office || {}
        }
        ListView {
            id: entries
            objectName: "reviewEntries"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 2
            model: page.review.entries || []
            ScrollBar.vertical: ListScrollBar { }
            Label {
                anchors.centerIn: parent
                visible: entries.count === 0
                text: qsTr("No drawer or mail batch was opened on this day.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            delegate: Rectangle {
                required property var modelData
                required property int index
                width: ListView.view.width - Theme.scrollBarSpace
                height: Math.max(56, row.implicitHeight + 12) // a wrapped line makes the row taller
                radius: 6
                color: page.selected && page.selected.id === modelData.id ? Theme.accentSoft : index % 2 ? Theme.surface : Theme.background
                Accessible.role: Accessible.ListItem
                Accessible.name: modelData.id + " " + page.stateLabel(modelData.state)
                MouseArea {
                    anchors.fill: parent
                    onClicked: page.selected = modelData
                }
                RowLayout {
                    id: row
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    anchors.rightMargin: 8
                    spacing: 12
                    Label { Layout.preferredWidth: 110 * Theme.scale; text: modelData.subject === "drawer" ? qsTr("Drawer") : qsTr("Mail batch"); wrapMode: Text.WordWrap; font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
                    Label { Layout.preferredWidth: 100 * Theme.scale; text: modelData.id.slice(-7); font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold; color: Theme.text }
                    Label { Layout.preferredWidth: 200 * Theme.scale; text: modelData.operatorName; elide: Text.ElideRight; font.pixelSize: Theme.fontSmall; color: Theme.text }
                    Label { Layout.preferredWidth: 120 * Theme.scale; horizontalAlignment: Text.AlignRight; text: modelData.total; font.pixelSize: Theme.fontSmall; color: Theme.text }
                    Label {
                        Layout.preferredWidth: 200 * Theme.scale
                        text: modelData.subject === "drawer" ? qsTr("over/short %1").arg(modelData.overShort)
                                                             : qsTr("%n exception(s)", "", modelData.exceptions)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    Rectangle {
                        implicitWidth: 120
                        implicitHeight: 36
                        radius: 18
                        color: modelData.state === "approved" ? Theme.okSoft : modelData.state === "rejected" ? Theme.dangerSoft
                             : modelData.state === "balanced" ? Theme.accentSoft : Theme.surfaceAlt
                        Label {
                            anchors.centerIn: parent
                            text: page.stateLabel(modelData.state)
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                            color: modelData.state === "approved" ? Theme.ok : modelData.state === "rejected" ? Theme.danger
                                 : modelData.state === "balanced" ? Theme.accent : Theme.textMuted
                        }
                    }
                    Label { Layout.fillWidth: true; text: modelData.reason; wrapMode: Text.WordWrap; font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: page.supervisor && page.selected !== null
            spacing: 10
            FormField {
                id: rejectReason
                objectName: "rejectReason"
                Layout.fillWidth: true
                label: page.selected ? qsTr("Reason, if %1 goes back to its cashier").arg(page.selected.id.slice(-7)) : ""
            }
            ChoiceButton {
                objectName: "rejectWork"
                Layout.alignment: Qt.AlignBottom
                implicitHeight: 48
                font.pixelSize: Theme.fontSmall
                value: "reject"
                text: qsTr("Reject")
                onClicked: if (BackOfficeController.rejectWork(page.selected.subject, page.selected.id, rejectReason.text)) {
                    rejectReason.text = ""
                    page.selected = null
                }
            }
            ChoiceButton {
                objectName: "approveWork"
                Layout.alignment: Qt.AlignBottom
                implicitHeight: 48
                primary: true
                font.pixelSize: Theme.fontSmall
                value: "approve"
                text: qsTr("Approve")
                onClicked: if (BackOfficeController.approveWork(page.selected.subject, page.selected.id)) page.selected = null
            }
        }
        // Work a supervisor sent back to the signed-in cashier, to answer and resubmit.
        Column { // a positioner, not the layout: see EqualRow.qml
            id: sentBack
            Layout.fillWidth: true
            visible: children.length > 1 // the Repeater is a child too
            spacing: 10
            Repeater {
                model: BackOfficeController.rejected
                RowLayout {
                    required property var modelData
                    width: sentBack.width
                    spacing: 10
                    Label {
                        Layout.preferredWidth: 520 * Theme.scale
                        wrapMode: Text.Wrap
                        text: qsTr("%1 came back from %2: %3").arg(modelData.id.slice(-7)).arg(modelData.reviewer).arg(modelData.reason)
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        color: Theme.danger
                    }
                    FormField {
                        id: answer
                        objectName: "answer_" + modelData.id
                        Layout.fillWidth: true
                        label: qsTr("Your answer")
                    }
                    ChoiceButton {
                        objectName: "resubmit_" + modelData.id
                        Layout.alignment: Qt.AlignBottom
                        implicitHeight: 48
                        font.pixelSize: Theme.fontSmall
                        value: "resubmit"
                        text: qsTr("Send back for review")
                        onClicked: page.resubmit(modelData.subject, modelData.id, answer.text)
                    }
                }
            }
        }
    }
}
