// The activity report: per cashier and date range, counts and totals by tender and by GL fund, voids, refunds,
// approvals, returned checks and over/short; fund totals tie out to the posting export. Printable as a PDF.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

FocusScope {
    id: page
    objectName: "activityPage"
    implicitHeight: pageColumn.implicitHeight // taller than the window, the back office scrolls it
    readonly property var activity: BackOfficeController.activity
    // A column's share of the list's width (the cashier's name wider), so the table fits any window and text size.
    function columnWidth(index) {
        return (cashiers.width - Theme.scrollBarSpace - 7 * 5) * (index === 0 ? 0.215 : 0.112)
    }
    readonly property var headings: [qsTr("Cashier"), qsTr("Payments"), qsTr("Collected"), qsTr("Voids"), qsTr("Refunds"),
                                     qsTr("Approvals"), qsTr("Returned"), qsTr("Over/short")]
    // The table when its columns fit at this text size; else each cashier's figures as labelled pairs that wrap.
    readonly property bool table: cashiers.width - Theme.scrollBarSpace >= 1100 * Theme.scale

    function start() {
        from.text = BackOfficeController.today
        to.text = BackOfficeController.today
        BackOfficeController.loadActivity(from.text, to.text)
    }
    onActiveFocusChanged: if (activeFocus) from.forceActiveFocus()

    ColumnLayout {
        id: pageColumn
        anchors.fill: parent
        spacing: 10
        // The range and its actions; they go on to a second line when they do not fit.
        Flow {
            Layout.fillWidth: true
            spacing: 10
            FormField { id: from; objectName: "activityFrom"; width: Math.min(parent.width, Math.max(180 * Theme.scale, from.implicitWidth)); label: qsTr("From"); onAccepted: to.forceActiveFocus() }
            FormField { id: to; objectName: "activityTo"; width: Math.min(parent.width, Math.max(180 * Theme.scale, to.implicitWidth)); label: qsTr("To"); onAccepted: showButton.clicked() }
            Item {
                width: Math.min(parent.width, showButton.implicitWidth + printButton.implicitWidth + 10)
                height: to.height
                ChoiceButton {
                    id: showButton
                    objectName: "activityShow"
                    anchors.bottom: parent.bottom
                    implicitHeight: 48
                    primary: true
                    font.pixelSize: Theme.fontSmall
                    value: "show"
                    text: qsTr("Show")
                    onClicked: BackOfficeController.loadActivity(from.text, to.text)
                }
                ChoiceButton {
                    id: printButton
                    objectName: "activityPrint"
                    anchors.bottom: parent.bottom
                    anchors.left: showButton.right
                    anchors.leftMargin: 10
                    implicitHeight: 48
                    font.pixelSize: Theme.fontSmall
                    value: "print"
                    text: qsTr("Print")
                    enabled: page.activity.from !== undefined
                    onClicked: PrintController.printDocument("activity", page.activity.from + ".." + page.activity.to) // as shown
                }
            }
        }
        Label {
            objectName: "activityPostings"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: page.activity.postings !== undefined ? qsTr("Postings %1").arg(page.activity.postings) : ""
            font.pixelSize: Theme.fontBody
            font.weight: Font.Bold
            color: Theme.text
        }
        Row { // a positioner, not a layout: see EqualRow.qml
            Layout.fillWidth: true
            visible: page.table
            spacing: 5
            Repeater {
                model: page.headings
                Label {
                    required property var modelData
                    required property int index
                    width: page.columnWidth(index)
                    wrapMode: Text.WordWrap
                    horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                    text: modelData
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.Bold
                    color: Theme.textMuted
                }
            }
        }
        ListView {
            id: cashiers
            objectName: "activityCashiers"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 240 // when the page scrolls, a few rows still show
            clip: true
            model: page.activity.cashiers || []
            ScrollBar.vertical: ListScrollBar { }
            Label {
                anchors.centerIn: parent
                visible: cashiers.count === 0
                text: qsTr("No activity in this range.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            delegate: ColumnLayout {
                required property var modelData
                width: ListView.view.width - Theme.scrollBarSpace
                spacing: 0
                Flow {
                    Layout.fillWidth: true
                    visible: !page.table
                    spacing: 16
                    Repeater {
                        model: [modelData.name, modelData.payments, modelData.collected, modelData.voids, modelData.refunds,
                                modelData.approvals, modelData.returned, modelData.overShort]
                        Label {
                            required property var modelData
                            required property int index
                            text: index === 0 ? modelData : page.headings[index] + " " + modelData
                            font.pixelSize: index === 0 ? Theme.fontBody : Theme.fontSmall
                            font.weight: index === 0 ? Font.DemiBold : Font.Normal
                            color: Theme.text
                        }
                    }
                }
                Row {
                    visible: page.table
                    spacing: 5
                    Repeater {
                        model: [modelData.name, modelData.payments, modelData.collected, modelData.voids, modelData.refunds,
                                modelData.approvals, modelData.returned, modelData.overShort]
                        Label {
                            required property var modelData
                            required property int index
                            width: page.columnWidth(index)
                            horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                            wrapMode: Text.Wrap
                            text: modelData
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                        }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    Layout.bottomMargin: 8
                    text: modelData.tenders
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 18
            Label {
                text: qsTr("By fund:")
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Bold
                color: Theme.textMuted
            }
            Repeater {
                model: page.activity.funds || []
                Label {
                    required property var modelData
                    text: modelData.fund + " " + modelData.amount
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
            }
            Label {
                // An overpayment is owed back to the customer: a liability beside the funds, not a fund of its own.
                objectName: "activityCustomerCredit"
                visible: !!page.activity.customerCredit
                text: qsTr("Customer credit (a liability) %1").arg(page.activity.customerCredit || "")
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }
        }
    }
}
