// The back office's Deposits tab: the day's deposit prepared from Ben's closed drawer (bag and seal), the station's
// refusals shown (a cashier, no bag, nothing left to deposit), the bank's confirmation keyed with a difference that
// needs its reason, and the slip printed.
import QtQuick
import QtTest
import Tillbook.App
import Tillbook.Ui

Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: viewComponent
        BackOfficeView {
            width: 1280
            height: 800
        }
    }

    TestCase {
        id: testCase
        name: "Deposits"
        when: windowShown

        function cleanup() {
            SessionController.signOut()
        }
        function typeInto(field, text) {
            field.input.forceActiveFocus()
            field.input.selectAll()
            for (const ch of text)
                keyClick(ch)
        }
        function openDeposits() {
            const view = createTemporaryObject(viewComponent, root)
            view.tab = 5
            view.show("")
            waitForRendering(view)
            verify(findChild(view, "depositsPage").visible)
            return view
        }

        // Ben takes $10.00 in cash on his $200.00 float and closes his drawer with $210.00 counted.
        function test_1_benClosesHisDrawer() {
            verify(SessionController.signIn("ben", "2345"))
            verify(PaymentController.selectAccount("100213"))
            const bills = PaymentController.bills
            for (let i = 1; i < bills.length; ++i)
                verify(PaymentController.setBillAmount(bills[i].id, ""))
            verify(PaymentController.setBillAmount(bills[0].id, "10.00"))
            verify(PaymentController.addTender("cash", "10.00"))
            verify(PaymentController.complete(), PaymentController.error)
            PaymentController.dismissReceipt()
            verify(DrawerController.count(["", "", "", "", "", "", "", "", "", "", "", "", ""], "210.00", []),
                   DrawerController.error)
            verify(DrawerController.close(""), DrawerController.error)
            verify(!DrawerController.isOpen)
        }

        function test_2_aCashierCannotPrepareADeposit() {
            verify(SessionController.signIn("ben", "2345"))
            const view = openDeposits()
            const before = SessionController.ledgerSize
            typeInto(findChild(view, "depositBag"), "B-1042")
            mouseClick(findChild(view, "depositPrepare"))
            verify(BackOfficeController.error.indexOf("Deposit not prepared: ") === 0, BackOfficeController.error)
            compare(findChild(view, "backOfficeMessage").text, BackOfficeController.error)
            compare(SessionController.ledgerSize, before)
            compare(BackOfficeController.deposits.length, 0)
        }

        function test_3_theSupervisorPreparesConfirmsAndPrints() {
            verify(SessionController.signIn("sam", "2468"))
            const view = openDeposits()
            const before = SessionController.ledgerSize
            compare(findChild(view, "depositDay").text, BackOfficeController.today)
            // No bag: the station's sentence, nothing written.
            mouseClick(findChild(view, "depositPrepare"))
            verify(BackOfficeController.error.indexOf("bag") > 0, BackOfficeController.error)
            compare(SessionController.ledgerSize, before)
            typeInto(findChild(view, "depositBag"), "B-1042")
            typeInto(findChild(view, "depositSeal"), "S-778812")
            keyClick(Qt.Key_Return)
            compare(BackOfficeController.error, "")
            compare(SessionController.ledgerSize, before + 1)
            compare(BackOfficeController.deposits.length, 1)
            const deposit = BackOfficeController.deposits[0]
            compare(deposit.status, BackOfficeController.DepositPrepared)
            compare(deposit.cash, "$10.00") // $210.00 counted less the $200.00 float kept back
            compare(deposit.total, "$10.00")
            compare(deposit.bag, "B-1042")
            verify(BackOfficeController.notice.indexOf(deposit.id) > 0)
            const list = findChild(view, "depositList")
            tryVerify(() => list.count === 1)
            compare(findChild(list.itemAtIndex(0), "depositStatus").text, "Prepared")
            // Nothing left for the day: refused.
            typeInto(findChild(view, "depositBag"), "B-1043")
            mouseClick(findChild(view, "depositPrepare"))
            verify(BackOfficeController.error.indexOf("nothing to deposit") > 0, BackOfficeController.error)
            compare(SessionController.ledgerSize, before + 1)

            // The bank credited a dollar less: a reason is needed.
            mouseClick(findChild(list.itemAtIndex(0), "depositConfirm"))
            verify(findChild(view, "depositConfirmation").visible)
            compare(findChild(view, "confirmAmount").text, "10.00")
            typeInto(findChild(view, "confirmAmount"), "9.00")
            typeInto(findChild(view, "confirmReference"), "BK-5521")
            mouseClick(findChild(view, "confirmDeposit"))
            verify(BackOfficeController.error.indexOf("give the reason") > 0, BackOfficeController.error)
            compare(SessionController.ledgerSize, before + 1)
            typeInto(findChild(view, "confirmReason"), "a dollar coin was counted as a quarter")
            keyClick(Qt.Key_Return)
            compare(BackOfficeController.error, "")
            compare(SessionController.ledgerSize, before + 2)
            compare(BackOfficeController.deposits[0].status, BackOfficeController.DepositConfirmed)
            verify(!findChild(view, "depositConfirmation").visible)
            tryVerify(() => findChild(list.itemAtIndex(0), "depositStatus").text === "Confirmed")
            verify(findChild(list.itemAtIndex(0), "depositDetail").text.indexOf("difference -$1.00") > 0)
            verify(!findChild(list.itemAtIndex(0), "depositConfirm").visible)

            // The slip, through the station's documents service.
            mouseClick(findChild(list.itemAtIndex(0), "depositPrint"))
            tryVerify(() => !PrintController.pending)
            compare(PrintController.error, "")
            verify(PrintController.notice.indexOf("printed") > 0, PrintController.notice)
        }
    }
}
