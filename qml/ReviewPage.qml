// The supervisor's review of a day: each drawer and mail batch is open, balanced (waiting), approved, or rejected with
// a reason and back with its cashier. Approving the day records a signed checkpoint. Cashiers see what came back.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

FocusScope {
    id: page
    objectName: "reviewPage"
    implicitHeight: pageColumn.implicitHeight // taller than the window, the back office scrolls it
    readonly property bool supervisor: SessionController.operatorRole !== "cashier"
    readonly property var review: BackOfficeController.review
    // The row whose Reject was touched: its reason field opens under it. null when none.
    property var rejecting: null
    // Each column's width at this text size; the column headers and every row use the same widths.
    readonly property var columnBase: [150, 170, 110, 170, 130]
    readonly property real columnSum: columnBase.reduce((a, b) => a + b, 0) * Theme.scale + 12 * (columnBase.length - 1)
    readonly property real rowWidth: entries.width - Theme.scrollBarSpace - 16 // a row's content
    // The columns under headers when they fit at this text size; else each row's figures flow on to more lines.
    readonly property bool table: rowWidth >= columnSum
    function columnWidth(i) { return columnBase[i] * Theme.scale }

    function start() {
        day.text = BackOfficeController.today
        load()
    }
    function load() {
        rejecting = null
        BackOfficeController.loadReview(day.text)
        BackOfficeController.loadRejected()
    }
    function reject(entry, reason) {
        if (BackOfficeController.rejectWork(entry.subject, entry.id, reason))
            rejecting = null
    }
    // The drawer's count (its Z report, with the counted and expected figures) or the batch's proof list.
    function printWork(entry) {
        if (entry.subject === "drawer")
            PrintController.printClosed("z", entry.id)
        else
            PrintController.printDocument("batch", entry.id)
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
        id: pageColumn
        anchors.fill: parent
        spacing: 10
        // The day, and its approval. On a narrow window or with larger text the button goes to a second line.
        Flow {
            Layout.fillWidth: true
            spacing: 10
            FormField {
                id: day
                objectName: "reviewDay"
                width: Math.min(parent.width, Math.max(200 * Theme.scale, implicitWidth))
                label: qsTr("Day")
                onAccepted: page.load()
            }
            Item {
                width: show.width
                height: day.height
                ChoiceButton {
                    id: show
                    objectName: "reviewShow"
                    anchors.bottom: parent.bottom
                    implicitHeight: 48
                    font.pixelSize: Theme.fontSmall
                    value: "show"
                    text: qsTr("Show")
                    onClicked: page.load()
                }
            }
            Item {
                visible: page.supervisor
                width: Math.min(approveDay.implicitWidth, parent.width)
                height: day.height
                ChoiceButton {
                    id: approveDay
                    objectName: "approveDay"
                    anchors.bottom: parent.bottom
                    width: parent.width
                    // The station says whether the day can be approved; the sentence under it says why not.
                    enabled: page.review.approvalBlocked === ""
                    implicitHeight: 48
                    primary: true
                    font.pixelSize: Theme.fontSmall
                    value: "approveDay"
                    text: qsTr("Approve the day")
                    onClicked: BackOfficeController.approveDay(page.review.day) // the day on screen, not a day typed since
                }
            }
        }
        Label {
            objectName: "reviewDayState"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: page.review.approved ? qsTr("Approved; sealed by the signed checkpoint after record %1").arg(page.review.approvedSeq)
                                       : qsTr("Not approved yet")
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            color: page.review.approved ? Theme.ok : Theme.textMuted
        }
        Label {
            objectName: "approveDayWhy"
            Layout.fillWidth: true
            visible: page.supervisor && !page.review.approved && text !== ""
            wrapMode: Text.Wrap
            text: page.review.approvalBlocked || ""
            font.pixelSize: Theme.fontSmall
            color: Theme.warn
        }
        OfficeDayPanel {
            Layout.fillWidth: true
            office: page.review.office || {}
        }
        // Column headers, as wide as the rows' columns.
        Row {
            objectName: "reviewHeaders"
            Layout.fillWidth: true
            Layout.leftMargin: 8
            visible: entries.count > 0 && page.table
            spacing: 12
            Repeater {
                model: [qsTr("Work"), qsTr("Cashier"), qsTr("Total"), qsTr("Over/short or exceptions"), qsTr("State")]
                Label {
                    required property string modelData
                    required property int index
                    width: page.columnWidth(index)
                    horizontalAlignment: index === 2 ? Text.AlignRight : Text.AlignLeft
                    wrapMode: Text.Wrap
                    text: modelData
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    color: Theme.textMuted
                }
            }
        }
        ListView {
            id: entries
            objectName: "reviewEntries"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 240 // when the page scrolls, a few rows still show
            clip: true
            spacing: 2
            model: page.review.entries || []
            ScrollBar.vertical: ListScrollBar { }
            Label {
                anchors.centerIn: parent
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: entries.count === 0
                text: qsTr("No drawer or mail batch was opened on this day.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            delegate: Rectangle {
                id: entry
                required property var modelData
                required property int index
                readonly property bool waiting: modelData.state === "balanced"
                readonly property bool rejectingThis: page.rejecting !== null && page.rejecting.id === modelData.id
                objectName: "reviewRow_" + modelData.id
                width: ListView.view.width - Theme.scrollBarSpace
                height: content.implicitHeight + 12 // a wrapped line or the reason field makes the row taller
                radius: 6
                color: rejectingThis ? Theme.accentSoft : index % 2 ? Theme.surface : Theme.background
                Accessible.role: Accessible.ListItem
                Accessible.name: modelData.id + " " + page.stateLabel(modelData.state)
                Column {
                    id: content
                    x: 8
                    y: Math.max(6, (parent.height - implicitHeight) / 2)
                    width: parent.width - 16
                    spacing: 6
                    // The figures under the column headers, then the actions: beside them when they fit, else below.
                    Flow {
                        width: parent.width
                        spacing: 12
                        Flow {
                            width: page.table ? page.columnSum : content.width
                            spacing: 12
                            Label {
                                width: Math.min(page.columnWidth(0), page.rowWidth)
                                wrapMode: Text.Wrap
                                text: (entry.modelData.subject === "drawer" ? qsTr("Drawer %1") : qsTr("Mail batch %1"))
                                      .arg(entry.modelData.id.slice(-7))
                                font.pixelSize: Theme.fontSmall
                                font.weight: Font.DemiBold
                                color: Theme.text
                            }
                            Label { width: Math.min(page.columnWidth(1), page.rowWidth); text: entry.modelData.operatorName; wrapMode: Text.Wrap; font.pixelSize: Theme.fontSmall; color: Theme.text }
                            Label { width: Math.min(page.columnWidth(2), page.rowWidth); horizontalAlignment: Text.AlignRight; wrapMode: Text.Wrap; text: entry.modelData.total; font.pixelSize: Theme.fontSmall; color: Theme.text }
                            Label {
                                width: Math.min(page.columnWidth(3), page.rowWidth)
                                wrapMode: Text.Wrap
                                text: entry.modelData.subject === "drawer" ? qsTr("over/short %1").arg(entry.modelData.overShort)
                                                                           : qsTr("%n exception(s)", "", entry.modelData.exceptions)
                                font.pixelSize: Theme.fontSmall
                                color: entry.modelData.subject === "batch" && entry.modelData.exceptions > 0 ? Theme.warn : Theme.textMuted
                            }
                            Rectangle {
                                width: Math.min(page.columnWidth(4), page.rowWidth)
                                height: Math.max(36, stateText.implicitHeight + 8)
                                radius: 18
                                color: entry.modelData.state === "approved" ? Theme.okSoft : entry.modelData.state === "rejected" ? Theme.dangerSoft
                                     : entry.waiting ? Theme.accentSoft : Theme.surfaceAlt
                                Label {
                                    id: stateText
                                    anchors.centerIn: parent
                                    width: parent.width - 8
                                    horizontalAlignment: Text.AlignHCenter
                                    wrapMode: Text.Wrap
                                    text: page.stateLabel(entry.modelData.state)
                                    font.pixelSize: Theme.fontSmall
                                    font.weight: Font.DemiBold
                                    color: entry.modelData.state === "approved" ? Theme.ok : entry.modelData.state === "rejected" ? Theme.danger
                                         : entry.waiting ? Theme.accent : Theme.textMuted
                                }
                            }
                        }
                        Flow {
                            // As wide as the buttons on one line (or the row), so it goes beside the figures when it fits.
                            width: Math.min(content.width, (approveRow.visible ? approveRow.implicitWidth + rejectRow.implicitWidth + 16 : 0)
                                                           + printRow.implicitWidth)
                            spacing: 8
                            // Approve and Reject on every row for a supervisor; usable while the work waits for review.
                            ChoiceButton {
                                id: approveRow
                                objectName: "approveWork_" + entry.modelData.id
                                visible: page.supervisor
                                enabled: entry.waiting
                                primary: entry.waiting
                                implicitHeight: 48
                                font.pixelSize: Theme.fontSmall
                                value: "approve"
                                text: qsTr("Approve")
                                onClicked: BackOfficeController.approveWork(entry.modelData.subject, entry.modelData.id)
                            }
                            ChoiceButton {
                                id: rejectRow
                                objectName: "rejectWork_" + entry.modelData.id
                                visible: page.supervisor
                                enabled: entry.waiting
                                implicitHeight: 48
                                font.pixelSize: Theme.fontSmall
                                value: "reject"
                                text: qsTr("Reject")
                                onClicked: {
                                    page.rejecting = entry.modelData
                                    rejectReason.forceActiveFocus()
                                }
                            }
                            // The drawer's count or the batch's proof list, one touch away.
                            ChoiceButton {
                                id: printRow
                                objectName: "printWork_" + entry.modelData.id
                                enabled: entry.modelData.state !== "open"
                                implicitHeight: 48
                                font.pixelSize: Theme.fontSmall
                                value: "print"
                                text: entry.modelData.subject === "drawer" ? qsTr("Print the count") : qsTr("Print the proof list")
                                onClicked: page.printWork(entry.modelData)
                            }
                        }
                    }
                    // The rejection's reason, or the cashier's answer after resubmitting: whole, however long.
                    Label {
                        objectName: "reviewReason_" + entry.modelData.id
                        width: parent.width
                        visible: text !== ""
                        wrapMode: Text.Wrap
                        text: entry.modelData.reason
                        font.pixelSize: Theme.fontSmall
                        color: entry.modelData.state === "rejected" ? Theme.danger : Theme.textMuted
                    }
                    // Reject asks for the reason the work goes back to its cashier.
                    Flow {
                        width: parent.width
                        visible: entry.rejectingThis
                        spacing: 10
                        FormField {
                            id: rejectReason
                            objectName: entry.rejectingThis ? "rejectReason" : ""
                            width: Math.min(parent.width, Math.max(420 * Theme.scale, implicitWidth))
                            label: qsTr("Reason %1 goes back to its cashier").arg(entry.modelData.id.slice(-7))
                            onAccepted: page.reject(entry.modelData, text)
                        }
                        Item {
                            width: sendBack.width + cancelReject.width + 10
                            height: rejectReason.height
                            ChoiceButton {
                                id: sendBack
                                objectName: entry.rejectingThis ? "rejectWork" : ""
                                anchors.bottom: parent.bottom
                                implicitHeight: 48
                                primary: true
                                font.pixelSize: Theme.fontSmall
                                value: "reject"
                                text: qsTr("Send back")
                                onClicked: page.reject(entry.modelData, rejectReason.text)
                            }
                            ChoiceButton {
                                id: cancelReject
                                anchors.bottom: parent.bottom
                                anchors.left: sendBack.right
                                anchors.leftMargin: 10
                                implicitHeight: 48
                                font.pixelSize: Theme.fontSmall
                                value: "cancel"
                                text: qsTr("Cancel")
                                onClicked: page.rejecting = null
                            }
                        }
                    }
                }
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
                Flow {
                    required property var modelData
                    width: sentBack.width
                    spacing: 10
                    Label {
                        width: Math.min(parent.width, 520 * Theme.scale)
                        wrapMode: Text.Wrap
                        text: qsTr("%1 came back from %2: %3").arg(modelData.id.slice(-7)).arg(modelData.reviewer).arg(modelData.reason)
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        color: Theme.danger
                    }
                    FormField {
                        id: answer
                        objectName: "answer_" + modelData.id
                        width: Math.min(parent.width, Math.max(300 * Theme.scale, implicitWidth))
                        label: qsTr("Your answer")
                    }
                    Item {
                        width: Math.min(parent.width, resubmit.implicitWidth)
                        height: answer.height
                        ChoiceButton {
                            id: resubmit
                            objectName: "resubmit_" + modelData.id
                            anchors.bottom: parent.bottom
                            width: parent.width
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
}
