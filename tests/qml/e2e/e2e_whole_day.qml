// A cashier's whole day through the station's screens, by keyboard and touch, on a fresh station (run by
// tests/e2e/whole_day.sh, which then verifies the ledger with tillctl and compares the Z report with it):
// sign in by PIN, open the drawer with a counted float, a cash payment in at most six keystrokes after the account
// number, a check verified and overridden by a supervisor, a payment voided and another partly refunded with
// approval, a payment arrangement, a drop, the X report, the blind close, the Z report, sign out. On every screen it
// passes through, every visible button and text field is at least 48 px tall and has a name a screen reader says.
import QtQuick
import QtQuick.Controls
import QtTest
import Tillbook.App
import Tillbook.Ui

Item {
    id: root
    width: 1280
    height: 800

    // As Main.qml: sign-in until someone is signed in, then the counter; the lock screen over both.
    Loader {
        id: screens
        anchors.fill: parent
        focus: true
        sourceComponent: SessionController.signedIn ? counterComponent : signInComponent
        onLoaded: item.forceActiveFocus()
    }
    LockScreen {
        anchors.fill: parent
        visible: SessionController.locked
        z: 10
    }
    Component {
        id: signInComponent
        SignInScreen {}
    }
    Component {
        id: counterComponent
        CounterScreen {}
    }

    TestCase {
        id: day
        name: "WholeDay"
        when: windowShown
        property int keystrokes: 0

        function key(k) {
            keyClick(k)
            ++keystrokes
        }
        function typeText(text) {
            for (const ch of text)
                keyClick(ch)
        }
        function fill(parent, name, text) {
            let field = findChild(parent, name)
            verify(field !== null, name)
            if (field.input !== undefined)
                field = field.input // a labelled FormField
            field.forceActiveFocus()
            field.selectAll()
            typeText(text)
        }
        function approveAs(dialog, id, pin) {
            tryVerify(() => dialog.opened)
            const list = findChild(dialog.contentItem, "approverList")
            for (let i = 0; i < list.count && dialog.supervisorId !== id; ++i)
                list.currentIndex = i
            compare(dialog.supervisorId, id)
            typeText(pin)
            keyClick(Qt.Key_Return)
            tryVerify(() => !dialog.opened)
        }
        // Every visible button and text field under `item` is a touch target of at least 48 px.
        function checkTargets(item, where) {
            if (!item || !item.visible || item.opacity === 0)
                return
            const isButton = item.hasOwnProperty("autoRepeat") && item.hasOwnProperty("checkable")
            const isField = item.hasOwnProperty("echoMode") && item.hasOwnProperty("placeholderText")
            const isChoice = item.hasOwnProperty("popup") && item.hasOwnProperty("currentIndex") // a ComboBox
            if ((isButton || isField || isChoice) && item.width > 0) {
                verify(item.height >= 48, where + ": " + (item.objectName || item.text || "a control") + " is "
                       + item.height + " px tall")
                // A screen reader can say what it is: an accessible name, or the button's own words.
                const spoken = item.Accessible.name || (isButton ? item.text : "") || item.placeholderText || ""
                verify(spoken !== "", where + ": " + (item.objectName || String(item)) + " has no accessible name")
                if (isChoice)
                    return // its own text field and indicator are parts of it, not controls
            }
            for (let i = 0; i < item.children.length; ++i)
                checkTargets(item.children[i], where)
        }
        function counter() { return screens.item }

        function test_theWholeDay() {
            // Sign in by keyboard alone: the operator by arrow keys, the PIN by digits, Enter.
            tryVerify(() => screens.item && screens.item.objectName === "signInScreen")
            checkTargets(screens.item, "sign-in")
            const list = findChild(screens.item, "operatorList")
            list.currentIndex = 0
            while (screens.item.selectedId !== "ana" && list.currentIndex < list.count - 1)
                keyClick(Qt.Key_Down)
            compare(screens.item.selectedId, "ana")
            typeText("1234")
            keyClick(Qt.Key_Return)
            tryVerify(() => SessionController.signedIn)
            tryVerify(() => counter() && counter().objectName === "counterScreen")
            waitForRendering(counter())
            checkTargets(counter(), "counter")

            // Open the drawer with the counted float: $200.00.
            mouseClick(findChild(counter(), "openDrawerButton"))
            let panel = findChild(counter(), "drawerPanel")
            verify(panel.visible)
            checkTargets(panel, "open drawer")
            fill(panel, "count_rolled", "200.00")
            mouseClick(findChild(panel, "drawerConfirm"))
            tryVerify(() => DrawerController.isMine)

            // A routine cash payment: the account number, then at most six keystrokes.
            const search = findChild(counter(), "accountSearch")
            tryVerify(() => search.activeFocus)
            const before = SessionController.ledgerSize
            typeText("100101")
            keystrokes = 0
            key(Qt.Key_Return) // open the account with its bills
            key(Qt.Key_Return) // exact cash
            key(Qt.Key_Return) // complete
            compare(SessionController.ledgerSize, before + 1)
            const first = PaymentController.lastReceipt.receipt
            verify(first !== undefined)
            key(Qt.Key_Return) // next customer
            verify(keystrokes <= 6, keystrokes + " keystrokes")
            tryVerify(() => search.activeFocus)

            // A check, verified: with no routing directory loaded it needs a supervisor, who overrides it.
            verify(PaymentController.selectAccount("100108"))
            mouseClick(findChild(counter(), "tenderCheck"))
            const checkDialog = findChild(counter(), "checkDialog")
            tryVerify(() => checkDialog.opened)
            checkTargets(checkDialog.contentItem, "check dialog")
            findChild(checkDialog.contentItem, "micrField").forceActiveFocus()
            typeText("T021000021T 123456789U 2001")
            keyClick(Qt.Key_Return) // on to the amount, prefilled with what is due
            keyClick(Qt.Key_Return) // verify
            compare(PaymentController.pendingCheck.decision, "needs_approval")
            mouseClick(findChild(checkDialog.contentItem, "checkOverride"))
            approveAs(findChild(checkDialog.contentItem, "approvalDialog"), "sam", "2468")
            mouseClick(findChild(checkDialog.contentItem, "checkTake"))
            tryVerify(() => !checkDialog.visible)
            const checkAmount = PaymentController.tenders[0].amount
            mouseClick(findChild(counter(), "completePayment"))
            tryVerify(() => findChild(counter(), "receiptConfirmation").visible)
            mouseClick(findChild(counter(), "printReceipt"))
            tryCompare(PrintController, "pending", false)
            compare(PrintController.error, "")
            keyClick(Qt.Key_Return)

            // Keyed to the wrong account: paid with change, then voided with the supervisor's approval (F8).
            verify(PaymentController.selectAccount("100136"))
            verify(PaymentController.addTender("cash", "300.00"))
            verify(PaymentController.complete())
            const wrong = PaymentController.lastReceipt.receipt
            tryVerify(() => findChild(counter(), "receiptConfirmation").visible)
            mouseClick(findChild(counter(), "newPayment"))
            tryVerify(() => !findChild(counter(), "receiptConfirmation").visible)
            keyClick(Qt.Key_F8)
            const receipts = findChild(counter(), "receiptsView")
            verify(receipts.visible)
            checkTargets(receipts, "void/refund")
            compare(findChild(receipts, "receiptLookup").text, wrong)
            mouseClick(findChild(receipts, "voidReceipt"))
            approveAs(findChild(receipts, "receiptApproval"), "sam", "2468")
            compare(PaymentController.foundReceipt.status, "voided")
            // And $3.50 of the first payment refunded in cash.
            fill(receipts, "receiptLookup", first)
            keyClick(Qt.Key_Return)
            fill(receipts, "refundAmount", "3.50")
            mouseClick(findChild(receipts, "refundCash"))
            mouseClick(findChild(receipts, "refundReceipt"))
            approveAs(findChild(receipts, "receiptApproval"), "sam", "2468")
            compare(PaymentController.foundReceipt.refunded, "$3.50")
            keyClick(Qt.Key_Escape)
            verify(!receipts.visible)

            // A payment arrangement on a delinquent balance, with its promissory note printed.
            verify(PaymentController.selectAccount("100122"))
            const arrangementButton = findChild(counter(), "arrangementButton")
            tryVerify(() => arrangementButton.visible)
            waitForRendering(counter())
            checkTargets(counter(), "counter with an account")
            mouseClick(arrangementButton)
            const arrangement = findChild(counter(), "arrangementView")
            verify(arrangement.visible)
            checkTargets(arrangement, "arrangement")
            fill(arrangement, "arrangementInstallments", "3")
            compare(ArrangementController.schedule.length, 3)
            mouseClick(findChild(arrangement, "arrangementCreate"))
            verify(ArrangementController.createdId !== "", ArrangementController.error)
            mouseClick(findChild(arrangement, "arrangementPrint"))
            tryCompare(PrintController, "pending", false)
            compare(PrintController.error, "")
            mouseClick(findChild(arrangement, "arrangementClose"))
            PaymentController.clear()

            // A drop to the safe: $100.00 in twenties.
            mouseClick(findChild(counter(), "dropButton"))
            panel = findChild(counter(), "drawerPanel")
            fill(panel, "count_bill_20", "5")
            mouseClick(findChild(panel, "drawerConfirm"))
            tryVerify(() => !panel.visible)

            // The X report, which a supervisor approves.
            mouseClick(findChild(counter(), "xReportButton"))
            const x = findChild(counter(), "xReportView")
            approveAs(findChild(x, "approvalDialog"), "sam", "2468")
            tryVerify(() => x.visible)
            checkTargets(x, "X report")
            mouseClick(findChild(x, "xReportClose"))

            // The blind close: $200.00 + $23.50 - $3.50 - $100.00 = $120.00 in cash, and the check.
            mouseClick(findChild(counter(), "closeDrawerButton"))
            panel = findChild(counter(), "drawerPanel")
            verify(!findChild(panel, "overShort").visible)
            checkTargets(panel, "close count")
            fill(panel, "count_rolled", "120.00")
            fill(panel, "itemAmount", checkAmount.replace("$", ""))
            keyClick(Qt.Key_Return)
            mouseClick(findChild(panel, "drawerConfirm")) // the count is recorded
            tryVerify(() => findChild(panel, "overShort").visible)
            compare(findChild(panel, "overShortTotal").text, "$0.00")
            mouseClick(findChild(panel, "drawerConfirm")) // close
            tryVerify(() => !DrawerController.isOpen)

            // The Z report and the deposit slip.
            const closed = findChild(counter(), "drawerClosedView")
            tryVerify(() => closed.visible)
            checkTargets(closed, "drawer closed")
            mouseClick(findChild(closed, "printZReport"))
            tryCompare(PrintController, "pending", false)
            compare(PrintController.error, "")
            mouseClick(findChild(closed, "printDepositSlip"))
            tryCompare(PrintController, "pending", false)
            compare(PrintController.error, "")
            mouseClick(findChild(closed, "drawerClosedDone"))

            // Sign out (F12): back to the sign-in screen.
            keyClick(Qt.Key_F12)
            tryVerify(() => !SessionController.signedIn)
            tryVerify(() => screens.item.objectName === "signInScreen")
            console.log("whole day: drawer " + DrawerController.lastClosedId + ", " + SessionController.ledgerSize
                        + " ledger records")
        }
    }
}
