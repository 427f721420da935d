// The left side of the counter: find an account, then see it and choose what to pay (bills and fees).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tillbook.App

ColumnLayout {
    id: panel
    spacing: 14
    property alias searchField: search
    signal accountChosen()
    signal arrangementRequested(string account)

    readonly property bool hasAccount: PaymentController.account.number !== undefined

    function choose(number) {
        if (PaymentController.selectAccount(number)) {
            search.text = "" // the account is on screen; the next search starts empty
            panel.accountChosen()
        }
    }

    // What the search finds, said above the field (a placeholder that long would be cut on a small window).
    Label {
        objectName: "accountSearchLabel"
        Layout.fillWidth: true
        Layout.bottomMargin: -8
        text: qsTr("Find an account by number, name, service address or phone")
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }
    // "New search" beside the field, or under it when both do not fit. Placed by hand, not by a layout: a layout that
    // changes its columns from the width it is being given is not always laid out again (Qt 6.4).
    Item {
        id: searchRow
        readonly property bool oneLine: !newSearch.visible || width >= newSearch.implicitWidth + 12 + 220 * Theme.scale
        Layout.fillWidth: true
        implicitHeight: !newSearch.visible ? search.height
                      : oneLine ? Math.max(search.height, newSearch.height) : search.height + 8 + newSearch.height
        TextField {
            id: search
            objectName: "accountSearch"
            width: newSearch.visible && searchRow.oneLine ? searchRow.width - 12 - newSearch.width : searchRow.width
            height: Math.max(60, contentHeight + topPadding + bottomPadding)
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Find an account")
            onTextEdited: PaymentController.search(text)
            // Enter takes the best match: an exact account number always comes first.
            onAccepted: {
                PaymentController.search(text)
                if (PaymentController.searchResults.count > 0)
                    panel.choose(PaymentController.searchResults.numberAt(0))
            }
            Keys.onDownPressed: results.forceActiveFocus()
        }
        SecondaryButton {
            id: newSearch
            objectName: "newSearchButton"
            visible: panel.hasAccount
            x: searchRow.width - width
            y: searchRow.oneLine ? (search.height - height) / 2 : search.height + 8
            width: Math.min(implicitWidth, searchRow.width)
            text: qsTr("New search")
            onClicked: {
                PaymentController.clear()
                search.text = ""
                search.forceActiveFocus()
            }
        }
    }

    // Search results, until an account is chosen.
    ListView {
        id: results
        objectName: "searchResults"
        visible: !panel.hasAccount
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 8
        model: PaymentController.searchResults
        keyNavigationEnabled: true
        Keys.onReturnPressed: if (currentIndex >= 0) panel.choose(PaymentController.searchResults.numberAt(currentIndex))
        Keys.onEnterPressed: if (currentIndex >= 0) panel.choose(PaymentController.searchResults.numberAt(currentIndex))
        // Shown only while the list holds more than it shows (not a stale bar fading out when the list appears).
        ScrollBar.vertical: ListScrollBar { visible: results.contentHeight > results.height + 1 }
        // A row is a touch target, not a button control: a tall row (larger text) that the list shows in part reads
        // as a list going on, line by line, below the window's edge.
        delegate: Rectangle {
            id: row
            required property int index
            required property string number
            required property string name
            required property string address
            required property string phone
            required property string status
            required property string balance
            width: ListView.view.width - Theme.scrollBarSpace
            implicitHeight: Math.max(72, rowGrid.implicitHeight + 16)
            radius: Theme.radius
            color: row.ListView.isCurrentItem && results.activeFocus ? Theme.accentSoft
                 : rowTap.pressed ? Theme.accentSoft : Theme.surface
            border.color: Theme.border
            Accessible.role: Accessible.ListItem
            Accessible.name: number + ", " + name
            Accessible.onPressAction: panel.choose(number)
            TapHandler {
                id: rowTap
                onTapped: panel.choose(row.number)
            }
            // The number, who and where, the balance: in one line when the row is wide enough for the name beside
            // them, else the number and balance above the name and address.
            GridLayout {
                id: rowGrid
                anchors.fill: parent
                anchors.topMargin: 8
                anchors.bottomMargin: 8
                readonly property bool wide: width >= numberText.implicitWidth + balanceText.implicitWidth
                                                      + 2 * columnSpacing + 32 + 260 * Theme.scale
                columns: wide ? 3 : 2
                columnSpacing: 16
                rowSpacing: 0
                Label {
                    id: numberText
                    Layout.row: 0
                    Layout.column: 0
                    Layout.fillWidth: !parent.wide
                    Layout.leftMargin: 16
                    text: row.number
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.accent
                }
                ColumnLayout {
                    Layout.row: parent.wide ? 0 : 1
                    Layout.column: parent.wide ? 1 : 0
                    Layout.columnSpan: parent.wide ? 1 : 2
                    Layout.leftMargin: parent.wide ? 0 : 16
                    Layout.rightMargin: parent.wide ? 0 : 16
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: row.name
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.address + "  \u00b7  " + row.phone
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                }
                Label {
                    id: balanceText
                    Layout.row: 0
                    Layout.column: parent.wide ? 2 : 1
                    Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                    Layout.rightMargin: 16
                    text: row.status === "closed" ? qsTr("Closed") : row.balance
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: row.status === "closed" ? Theme.danger : Theme.text
                }
            }
        }
        Label {
            anchors.centerIn: parent
            visible: results.count === 0
            width: parent.width - 80
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: search.text.length === 0 ? qsTr("Type an account number and press Enter, or search by name, address or phone.")
                                           : qsTr("No account matches \u201c%1\u201d.").arg(search.text)
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
    }

    ListView {
        id: billList
        objectName: "billList"
        visible: panel.hasAccount
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 8
        model: PaymentController.bills
        ScrollBar.vertical: ListScrollBar { visible: billList.contentHeight > billList.height + 1 } // as the results' bar
        // The counter fees after the bills, in the same scrolling list, so larger text scrolls rather than cuts.
        footer: Flow {
            width: billList.width - Theme.scrollBarSpace
            topPadding: 8
            spacing: 8
            Repeater {
                model: PaymentController.fees
                SecondaryButton {
                    id: fee
                    required property var modelData
                    text: modelData.description + "  " + modelData.amount
                    font.pixelSize: Theme.fontSmall
                    // In a Flow, not a layout: a fee too long for the row wraps, and the button grows to hold it.
                    width: Math.min(implicitWidth, billList.width - Theme.scrollBarSpace)
                    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                    contentItem: Label {
                        text: fee.text
                        font: fee.font
                        color: fee.enabled ? Theme.accent : Theme.textMuted
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        wrapMode: Text.Wrap
                    }
                    onClicked: PaymentController.addFee(modelData.code)
                }
            }
        }
        // Who the account is, and the bills' heading, scroll with the bills: at any text size the bills have room.
        header: Column {
            width: billList.width - Theme.scrollBarSpace
            spacing: 14
            // A ListView keeps its first bill in place when the header grows (another account, larger text), which
            // would leave the account's name above the view: show the account from its top again.
            onHeightChanged: billList.positionViewAtBeginning()
            Rectangle {
                width: parent.width
                implicitHeight: accountHeader.implicitHeight + 28
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                ColumnLayout {
                    id: accountHeader
                    anchors.fill: parent
                    anchors.margins: 14
                    spacing: 2
                    Label {
                        objectName: "accountName"
                        Layout.fillWidth: true
                        text: (PaymentController.account.name || "") + "  \u00b7  " + (PaymentController.account.number || "")
                        font.pixelSize: Theme.fontLarge
                        font.weight: Font.DemiBold
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Label {
                        visible: PaymentController.account.status === "cash_only" || PaymentController.account.status === "closed"
                        text: PaymentController.account.status === "closed" ? qsTr("CLOSED") : qsTr("CASH ONLY")
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.Bold
                        color: Theme.danger
                    }
                    Label {
                        Layout.fillWidth: true
                        text: (PaymentController.account.address || "") + "  \u00b7  " + (PaymentController.account.phone || "")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                    // The balance on its own line, whole at any text size; the arrangement button under it, on the right.
                    Label {
                        objectName: "accountBalance"
                        Layout.fillWidth: true
                        text: qsTr("Open balance %1  \u00b7  credit %2").arg(PaymentController.account.balance || "")
                                                                    .arg(PaymentController.account.credit || "")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                    }
                    SecondaryButton {
                        objectName: "arrangementButton"
                        visible: PaymentController.account.status !== "closed" && PaymentController.bills.length > 0
                        Layout.alignment: Qt.AlignRight
                        Layout.topMargin: 4
                        Layout.maximumWidth: accountHeader.width
                        font.pixelSize: Theme.fontSmall
                        text: qsTr("Payment arrangement")
                        onClicked: panel.arrangementRequested(PaymentController.account.number)
                    }
                }
            }
            Label {
                width: parent.width
                wrapMode: Text.WordWrap
                bottomPadding: 6
                text: billList.count > 0 ? qsTr("Open bills, oldest first: edit an amount to pay part of a bill")
                                         : qsTr("No open bills. Add a fee, or take a payment on account.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
        delegate: Rectangle {
            id: bill
            required property var modelData
            width: ListView.view.width - Theme.scrollBarSpace
            implicitHeight: Math.max(64, billRow.implicitHeight + 12)
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            // The amount to pay beside the bill's words, or under them (on the right) when the row is narrow. Placed
            // by hand, as the search row is.
            Item {
                id: billRow
                readonly property bool oneLine: width >= billAmount.width + 12 + 240 * Theme.scale
                anchors.fill: parent
                anchors.margins: 6
                anchors.leftMargin: 16
                anchors.rightMargin: 8
                implicitHeight: oneLine ? Math.max(billWords.implicitHeight, billAmount.height)
                                        : billWords.implicitHeight + 4 + billAmount.height
                ColumnLayout {
                    id: billWords
                    width: billRow.oneLine ? billRow.width - 12 - billAmount.width : billRow.width
                    y: billRow.oneLine ? (billRow.height - implicitHeight) / 2 : 0
                    spacing: 0
                    // The PAST DUE mark after the title, or under it when both do not fit on a line. (A Flow, whose title
                    // is as wide as its words measure, capped to the row: not its own implicitWidth, which would loop.)
                    Flow {
                        id: titleFlow
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                        spacing: 10
                        TextMetrics {
                            id: titleMetrics
                            font: billTitle.font
                            text: billTitle.text
                        }
                        // What the customer knows the bill as (the controller's title: its description from billing,
                        // else its kind), as the payment's line names it too.
                        Label {
                            id: billTitle
                            objectName: "billTitle_" + bill.modelData.id
                            width: Math.min(Math.ceil(titleMetrics.advanceWidth) + 2, titleFlow.width)
                            wrapMode: Text.Wrap
                            text: bill.modelData.title
                            font.pixelSize: Theme.fontBody
                            font.weight: Font.DemiBold
                            color: Theme.text
                        }
                        Label {
                            objectName: "pastDue_" + bill.modelData.id
                            visible: bill.modelData.pastDue === true
                            text: qsTr("PAST DUE")
                            leftPadding: 6
                            rightPadding: 6
                            topPadding: 2
                            bottomPadding: 2
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.Bold
                            color: Theme.accentText
                            background: Rectangle { radius: 4; color: Theme.danger }
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: bill.modelData.periodStart
                              ? qsTr("%1  \u00b7  service %2 to %3").arg(bill.modelData.id).arg(bill.modelData.periodStart).arg(bill.modelData.periodEnd)
                              : bill.modelData.id
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("due %1  \u00b7  open %2  \u00b7  %3").arg(bill.modelData.dueDate).arg(bill.modelData.open)
                                                                        .arg(bill.modelData.fund)
                        font.pixelSize: Theme.fontSmall
                        color: bill.modelData.pastDue === true ? Theme.danger : Theme.textMuted
                    }
                }
                TextField {
                    id: billAmount
                    objectName: "billAmount_" + bill.modelData.id
                    width: Math.round(150 * Math.max(1, Theme.scale * 0.75))
                    height: Math.max(52, contentHeight + topPadding + bottomPadding)
                    x: billRow.width - width
                    y: billRow.oneLine ? (billRow.height - height) / 2 : billWords.implicitHeight + 4
                    horizontalAlignment: Text.AlignRight
                    font.pixelSize: Theme.fontBody
                    text: bill.modelData.payingPlain
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    Accessible.name: qsTr("Amount on bill %1").arg(bill.modelData.id)
                    onEditingFinished: PaymentController.setBillAmount(bill.modelData.id, text)
                }
            }
        }
    }

}
