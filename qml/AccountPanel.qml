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

    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        TextField {
            id: search
            objectName: "accountSearch"
            Layout.fillWidth: true
            implicitHeight: 60
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Account number, name, service address or phone")
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
            objectName: "newSearchButton"
            visible: panel.hasAccount
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
        ScrollBar.vertical: ListScrollBar { }
        delegate: AbstractButton {
            id: row
            required property int index
            required property string number
            required property string name
            required property string address
            required property string phone
            required property string status
            required property string balance
            width: ListView.view.width - Theme.scrollBarSpace
            implicitHeight: Math.max(72, contentItem.implicitHeight + 16)
            focusPolicy: Qt.NoFocus
            Accessible.role: Accessible.ListItem
            Accessible.name: number + ", " + name
            onClicked: panel.choose(number)
            background: Rectangle {
                radius: Theme.radius
                color: row.ListView.isCurrentItem && results.activeFocus ? Theme.accentSoft : Theme.surface
                border.color: Theme.border
            }
            contentItem: RowLayout {
                spacing: 16
                Label {
                    Layout.leftMargin: 16
                    text: row.number
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.accent
                }
                ColumnLayout {
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

    // The chosen account: who it is, what is open, and the counter fees.
    Rectangle {
        visible: panel.hasAccount
        Layout.fillWidth: true
        implicitHeight: accountHeader.implicitHeight + 28
        Layout.maximumHeight: implicitHeight
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

    ListView {
        id: billList
        objectName: "billList"
        visible: panel.hasAccount
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 8
        model: PaymentController.bills
        ScrollBar.vertical: ListScrollBar { }
        // The counter fees after the bills, in the same scrolling list, so larger text scrolls rather than cuts.
        footer: Flow {
            width: billList.width - Theme.scrollBarSpace
            topPadding: 8
            spacing: 8
            Repeater {
                model: PaymentController.fees
                SecondaryButton {
                    required property var modelData
                    text: modelData.description + "  " + modelData.amount
                    font.pixelSize: Theme.fontSmall
                    width: Math.min(implicitWidth, billList.width - Theme.scrollBarSpace)
                    onClicked: PaymentController.addFee(modelData.code)
                }
            }
        }
        header: Label {
            width: billList.width - Theme.scrollBarSpace
            wrapMode: Text.WordWrap
            bottomPadding: 6
            text: billList.count > 0 ? qsTr("Open bills, oldest first: edit an amount to pay part of a bill")
                                     : qsTr("No open bills. Add a fee, or take a payment on account.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        delegate: Rectangle {
            id: bill
            required property var modelData
            width: ListView.view.width - Theme.scrollBarSpace
            implicitHeight: Math.max(64, billRow.implicitHeight + 12)
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            RowLayout {
                id: billRow
                anchors.fill: parent
                anchors.leftMargin: 16
                anchors.rightMargin: 8
                spacing: 12
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 10
                        // What the customer knows the bill as; without a description from billing, its kind.
                        Label {
                            objectName: "billTitle_" + bill.modelData.id
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: bill.modelData.description || bill.modelData.kindText
                            font.pixelSize: Theme.fontBody
                            font.weight: Font.DemiBold
                            color: Theme.text
                        }
                        Label {
                            objectName: "pastDue_" + bill.modelData.id
                            Layout.alignment: Qt.AlignTop
                            visible: bill.modelData.pastDue === true
                            text: qsTr("PAST DUE")
                            leftPadding: 6
                            rightPadding: 6
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
                    objectName: "billAmount_" + bill.modelData.id
                    Layout.preferredWidth: 150
                    implicitHeight: 52
                    horizontalAlignment: Text.AlignRight
                    font.pixelSize: Theme.fontBody
                    text: bill.modelData.openPlain
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    Accessible.name: qsTr("Amount on bill %1").arg(bill.modelData.id)
                    onEditingFinished: PaymentController.setBillAmount(bill.modelData.id, text)
                }
            }
        }
    }

}
