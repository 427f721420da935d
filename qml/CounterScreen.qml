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
        } else if (event.key === Qt.Key_F8) {
            receipts.show("")
            event.accepted = true
        } else if (event.key === Qt.Key_F9) {
            backOffice.show(PaymentController.account.number || "")
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
    Component.onCompleted: accountPanel.searchField.forceActiveFocus()
    // A page over the counter (the back office, the device test) hides the counter's work: nothing under a page is
    // read or reached, and the layout check does not walk it. The device test keeps the header above it.
    readonly property bool counterHidden: backOffice.visible || deviceTest.visible

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: !backOffice.visible

        StationHeader {
            id: stationHeader
            objectName: "stationHeader"
            Layout.fillWidth: true
            onSignOutRequested: SessionController.signOut()
            onLockRequested: SessionController.lock()
            onDevicesRequested: deviceTest.show()
        }

        // The work area between header and footer, which always stay in the window. The panels' own lists scroll;
        // when a notice above them leaves the panels too little height, the whole area scrolls as well.
        Flickable {
            id: work
            objectName: "workArea"
            visible: !screen.counterHidden
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 0
            clip: true
            contentWidth: width
            contentHeight: Math.max(height, workColumn.implicitHeight)
            boundsBehavior: Flickable.StopAtBounds
            // Only while it does scroll does it take touches: when it fits, a touch goes straight to the panels, even
            // while the area settles after its content changed.
            interactive: contentHeight > height + 1
            // In the panels' right margin; shown only when the area does scroll (the panels' own bars say the rest).
            ScrollBar.vertical: ListScrollBar { visible: work.contentHeight > work.height + 1 }

            ColumnLayout {
                id: workColumn
                width: work.width
                height: work.contentHeight
                spacing: 0

                // A payment that was on the screen when the station stopped: resumed, or plainly discarded; never lost quietly.
                Rectangle {
                    objectName: "draftBanner"
                    Layout.fillWidth: true
                    Layout.leftMargin: 20
                    Layout.rightMargin: 20
                    Layout.topMargin: 12
                    visible: PaymentController.draft.saved !== undefined
                    implicitHeight: draftRow.implicitHeight + 20
                    radius: Theme.radius
                    color: Theme.dangerSoft
                    RowLayout {
                        id: draftRow
                        anchors.fill: parent
                        anchors.margins: 10
                        spacing: 12
                        Label {
                            objectName: "draftText"
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: PaymentController.draft.recordedAs !== undefined
                                  ? qsTr("The payment on the screen when the station stopped (%1) was recorded: receipt %2.")
                                        .arg(PaymentController.draft.saved).arg(PaymentController.draft.recordedAs)
                                  : qsTr("A payment was on the screen when the station stopped (%1): account %2 %3, %4 due, %n tender(s) entered. Nothing was recorded.", "", PaymentController.draft.tenders || 0)
                                        .arg(PaymentController.draft.saved).arg(PaymentController.draft.account || "")
                                        .arg(PaymentController.draft.name || "").arg(PaymentController.draft.due || "")
                            font.pixelSize: Theme.fontSmall
                            font.weight: Font.DemiBold
                            color: Theme.text
                            Accessible.role: Accessible.AlertMessage
                            Accessible.name: text
                        }
                        ChoiceButton {
                            objectName: "draftResume"
                            visible: PaymentController.draft.recordedAs === undefined
                            primary: true
                            text: qsTr("Resume it")
                            onClicked: {
                                PaymentController.resumeDraft()
                                transaction.amountField.forceActiveFocus()
                            }
                        }
                        ChoiceButton {
                            objectName: "draftDiscard"
                            text: PaymentController.draft.recordedAs !== undefined ? qsTr("OK") : qsTr("Discard it")
                            onClicked: {
                                PaymentController.discardDraft()
                                accountPanel.searchField.forceActiveFocus()
                            }
                        }
                    }
                }

                Rectangle {
                    objectName: "clockNotice"
                    Layout.fillWidth: true
                    Layout.leftMargin: 20
                    Layout.rightMargin: 20
                    Layout.topMargin: 12
                    visible: SessionController.clockNotice !== ""
                    implicitHeight: clockText.implicitHeight + 20
                    radius: Theme.radius
                    color: Theme.dangerSoft
                    Label {
                        id: clockText
                        objectName: "clockText"
                        anchors.fill: parent
                        anchors.margins: 10
                        wrapMode: Text.Wrap
                        verticalAlignment: Text.AlignVCenter
                        text: SessionController.clockNotice
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        color: Theme.text
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                }

                // The two panels side by side, placed by hand rather than by a RowLayout: the transaction panel's
                // width follows the window, and a Qt 6.4 layout misses a size hint that changes while it is laid out.
                Item {
                    id: panels
                    readonly property int spacing: 20
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.margins: 20
                    // The panels scroll on their own down to this height; below it (a notice above them on a short
                    // window with large text, until the cashier answers it) the page scrolls too.
                    Layout.minimumHeight: Math.round(260 * Math.max(1, Theme.scale * 0.6))
                    Layout.preferredHeight: Layout.minimumHeight

                    AccountPanel {
                        id: accountPanel
                        objectName: "accountPanel"
                        anchors.left: parent.left
                        anchors.top: parent.top
                        anchors.bottom: parent.bottom
                        width: Math.max(0, panels.width - panels.spacing - transaction.width)
                        onAccountChosen: transaction.amountField.forceActiveFocus()
                        onArrangementRequested: account => arrangement.show(account)
                    }
                    TransactionPanel {
                        id: transaction
                        objectName: "transactionPanel"
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.bottom: parent.bottom
                        // Wider with larger text, so its keys keep their words; never more than half the row.
                        width: Math.max(0, Math.round(Math.min(460 * Math.max(1, Theme.scale * 0.8),
                                                               (panels.width - panels.spacing) / 2)))
                        onCompleted: receipt.forceActiveFocus()
                    }
                }
            }
        }

        // The footer keeps its size, as the header does, so its buttons stay where a cashier expects them: the drawer's
        // work first, then the rest. A notice takes its own line above the buttons, whole; what does not fit on one
        // row (a narrow window, larger text) flows onto the next.
        Rectangle {
            Layout.fillWidth: true
            visible: !screen.counterHidden
            implicitHeight: footerColumn.implicitHeight + 8
            color: Theme.surfaceAlt
            Column {
                id: footerColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: 16
                anchors.rightMargin: 16
                spacing: 4
                Label {
                    id: drawerNotice
                    objectName: "drawerNotice"
                    // Closing with a payment on screen would count money that is not yet recorded.
                    property bool paymentBeforeClose: false
                    width: parent.width
                    visible: text !== ""
                    topPadding: 4
                    wrapMode: Text.WordWrap
                    text: DeviceController.error !== "" ? DeviceController.error
                        : paymentBeforeClose && PaymentController.inProgress ? qsTr("A payment is on the screen: complete it or start a new search before closing the drawer.")
                        : DeviceController.notice !== "" ? DeviceController.notice
                        : DrawerController.level === DrawerController.DropRequired ? qsTr("The drawer is full: drop cash to the safe before the next cash payment.")
                        : DrawerController.level === DrawerController.Warn ? qsTr("The drawer is getting heavy: drop cash to the safe soon.")
                        : !DrawerController.isOpen ? qsTr("No drawer is open: open one with a counted float to take payments.") : ""
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    color: DeviceController.error !== "" ? Theme.danger : DeviceController.notice !== "" ? Theme.textMuted
                         : DrawerController.level === DrawerController.Normal && DrawerController.isOpen && !paymentBeforeClose ? Theme.textMuted : Theme.warn
                }
                // Tight enough that the buttons and the ledger count share one row at 1280 px.
                Flow {
                    id: footer
                    width: parent.width
                    spacing: 8
                    SecondaryButton {
                        objectName: "openDrawerButton"
                        visible: !DrawerController.isOpen
                        height: 48
                        leftPadding: 10
                        rightPadding: 10
                        font.pixelSize: Theme.headerFontSmall
                        text: qsTr("Open drawer")
                        onClicked: drawerPanel.start("open")
                    }
                    SecondaryButton {
                        objectName: "dropButton"
                        visible: DrawerController.isMine
                        height: 48
                        leftPadding: 10
                        rightPadding: 10
                        font.pixelSize: Theme.headerFontSmall
                        text: qsTr("Drop")
                        onClicked: drawerPanel.start("drop")
                    }
                    SecondaryButton {
                        objectName: "closeDrawerButton"
                        visible: DrawerController.isMine
                        height: 48
                        leftPadding: 10
                        rightPadding: 10
                        font.pixelSize: Theme.headerFontSmall
                        text: qsTr("Close drawer")
                        onClicked: {
                            drawerNotice.paymentBeforeClose = PaymentController.inProgress
                            if (!PaymentController.inProgress)
                                drawerPanel.start("close")
                        }
                    }
                    SecondaryButton {
                        objectName: "paidOutButton"
                        visible: DrawerController.isMine
                        height: 48
                        leftPadding: 10
                        rightPadding: 10
                        font.pixelSize: Theme.headerFontSmall
                        text: qsTr("Paid-out")
                        onClicked: drawerPanel.start("paidout")
                    }
                    SecondaryButton {
                        objectName: "xReportButton"
                        visible: DrawerController.isMine
                        height: 48
                        leftPadding: 10
                        rightPadding: 10
                        font.pixelSize: Theme.headerFontSmall
                        text: qsTr("X report")
                        onClicked: xReport.request()
                    }
                    SecondaryButton {
                        objectName: "receiptsButton"
                        height: 48
                        leftPadding: 10
                        rightPadding: 10
                        font.pixelSize: Theme.headerFontSmall
                        text: qsTr("Void/refund (F8)")
                        onClicked: receipts.show("")
                    }
                    SecondaryButton {
                        objectName: "backOfficeButton"
                        height: 48
                        leftPadding: 10
                        rightPadding: 10
                        font.pixelSize: Theme.headerFontSmall
                        text: qsTr("Back office (F9)")
                        onClicked: backOffice.show(PaymentController.account.number || "")
                    }
                    DisplayChoices {
                        fontSize: Theme.headerFontSmall
                    }
                    Label {
                        id: ledgerCount
                        height: 48
                        verticalAlignment: Text.AlignVCenter
                        text: SessionController.ledgerSize === 1 ? qsTr("Ledger: 1 signed record")
                                                                : qsTr("Ledger: %1 signed records").arg(SessionController.ledgerSize)
                        font.pixelSize: Theme.headerFontSmall
                        color: Theme.textMuted
                    }
                }
            }
        }
    }

    DrawerPanel {
        id: drawerPanel
        anchors.fill: parent
        z: 5
        onFinished: accountPanel.searchField.forceActiveFocus()
    }

    XReportView {
        id: xReport
        anchors.fill: parent
        z: 6
    }

    ReceiptsView {
        id: receipts
        anchors.fill: parent
        z: 7
        onDismissed: accountPanel.searchField.forceActiveFocus()
    }

    BackOfficeView {
        id: backOffice
        anchors.fill: parent
        z: 8
        onDismissed: {
            if (PaymentController.account.number !== undefined)
                PaymentController.selectAccount(PaymentController.account.number)
            accountPanel.searchField.forceActiveFocus()
        }
    }

    ArrangementView {
        id: arrangement
        anchors.fill: parent
        z: 9
        onDismissed: {
            // The account's bills changed: show them as they are now.
            if (PaymentController.account.number !== undefined)
                PaymentController.selectAccount(PaymentController.account.number)
            accountPanel.searchField.forceActiveFocus()
        }
    }

    DeviceTestView {
        id: deviceTest
        anchors.fill: parent
        anchors.topMargin: stationHeader.height
        z: 8
        onDismissed: accountPanel.searchField.forceActiveFocus()
    }

    DrawerClosedView {
        id: drawerClosed
        anchors.fill: parent
        z: 7
        onDismissed: accountPanel.searchField.forceActiveFocus()
    }

    Connections {
        target: PaymentController
        function onCartChanged() {
            if (!PaymentController.inProgress)
                drawerNotice.paymentBeforeClose = false
        }
    }

    Connections {
        target: DrawerController
        function onLastClosedIdChanged() {
            drawerClosed.show()
        }
    }

    ReceiptConfirmation {
        id: receipt
        anchors.fill: parent
        visible: PaymentController.lastReceipt.receipt !== ""
        onDismissed: {
            accountPanel.searchField.text = ""
            accountPanel.searchField.forceActiveFocus()
        }
    }
}
