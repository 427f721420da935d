// The back office: account maintenance and history, service orders, mail payment batches, the supervisor's review,
// the activity report and the bank deposits, one tab each (Ctrl+1..6). Esc returns to the counter.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

FocusScope {
    id: view
    objectName: "backOfficeView"
    visible: false
    property int tab: 0
    signal dismissed()

    readonly property var tabs: [
        {key: "account", label: qsTr("Accounts")},
        {key: "orders", label: qsTr("Service orders")},
        {key: "batch", label: qsTr("Mail batch")},
        {key: "review", label: qsTr("Review")},
        {key: "activity", label: qsTr("Activity")},
        {key: "deposits", label: qsTr("Deposits")}
    ]

    function show(account) {
        BackOfficeController.clearFeedback()
        PrintController.clearFeedback()
        visible = true
        accountPage.start(account || "")
        ordersPage.start()
        batchPage.start()
        reviewPage.start()
        activityPage.start()
        depositsPage.start()
        select(tab)
    }
    function select(index) {
        tab = index
        BackOfficeController.clearFeedback()
        var pages = [accountPage, ordersPage, batchPage, reviewPage, activityPage, depositsPage]
        pages[index].forceActiveFocus()
    }
    function dismiss() {
        visible = false
        dismissed()
    }

    Keys.onEscapePressed: dismiss()
    Keys.onPressed: event => {
        if ((event.modifiers & Qt.ControlModifier) && event.key >= Qt.Key_1 && event.key <= Qt.Key_6) {
            select(event.key - Qt.Key_1)
            event.accepted = true
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }
    MouseArea {
        anchors.fill: parent
    }
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            // Each tab as wide as its name; on a narrow window, with larger text or longer words, they go on to a
            // second line rather than cutting a name short.
            Flow {
                Layout.fillWidth: true
                spacing: 8
            Label {
                height: Math.max(48, implicitHeight)
                verticalAlignment: Text.AlignVCenter
                rightPadding: 12
                text: qsTr("Back office")
                font.pixelSize: Theme.fontLarge
                font.weight: Font.Bold
                color: Theme.text
            }
            Repeater {
                model: view.tabs
                ChoiceButton {
                    required property var modelData
                    required property int index
                    objectName: "tab_" + modelData.key
                    width: Math.max(136, implicitWidth)
                    primary: view.tab === index
                    value: modelData.key
                    text: modelData.label
                    Accessible.role: Accessible.PageTab
                    Accessible.name: modelData.label
                    onClicked: view.select(index)
                }
            }
            }
            SecondaryButton {
                objectName: "backOfficeClose"
                Layout.alignment: Qt.AlignTop
                implicitHeight: 48
                font.pixelSize: Theme.fontSmall
                text: qsTr("Counter (Esc)")
                onClicked: view.dismiss()
            }
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            // A page taller than the window (a small window, larger text) scrolls as a whole; its lists still scroll
            // on their own. The scroll bar's room is always kept, so the page's width never depends on its height.
            Flickable {
                id: pageScroller
                objectName: "backOfficeScroller"
                readonly property var current: [accountPage, ordersPage, batchPage, reviewPage, activityPage, depositsPage][view.tab]
                anchors.fill: parent
                anchors.margins: 16
                anchors.rightMargin: 4
                clip: true
                contentWidth: width
                contentHeight: Math.max(height, current.implicitHeight)
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ListScrollBar { }
                StackLayout {
                    width: pageScroller.width - Theme.scrollBarSpace
                    height: pageScroller.contentHeight
                    currentIndex: view.tab
                    onCurrentIndexChanged: pageScroller.contentY = 0
                    AccountMaintenancePage { id: accountPage }
                    OrdersPage { id: ordersPage }
                    MailBatchPage { id: batchPage }
                    ReviewPage { id: reviewPage }
                    ActivityPage { id: activityPage }
                    DepositsPage { id: depositsPage }
                }
            }
        }
        // What the last action did, and where the last document went: whole, however many lines they take.
        Label {
            objectName: "backOfficeMessage"
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.Wrap
            text: BackOfficeController.error !== "" ? BackOfficeController.error : BackOfficeController.notice
            // An exception reported (a remittance to the exceptions) is a warning, never a green success.
            color: BackOfficeController.error !== "" ? Theme.danger
                 : BackOfficeController.noticeIsWarning ? Theme.warn : Theme.ok
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        PrintStatus {
            Layout.fillWidth: true
        }
    }
}
