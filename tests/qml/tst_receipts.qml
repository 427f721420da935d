// Voids and refunds at the counter: the last receipt is offered, a supervisor approves, the void is recorded once and
// the receipt shows it; a partial refund by refund check prints its request for the finance office.
import QtQuick
import QtTest
import Tillbook.App
import Tillbook.Ui

Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: counterComponent
        CounterScreen {
            width: 1280
            height: 800
        }
    }

    TestCase {
        id: testCase
        name: "Receipts"
        when: windowShown

        function init() {
            verify(SessionController.signIn("ben", "2345"))
            verify(DrawerController.isMine) // Ben's drawer, opened for these tests
        }
        function cleanup() {
            PaymentController.dismissReceipt()
            SessionController.signOut()
        }
        function pay(account) {
            verify(PaymentController.selectAccount(account))
            verify(PaymentController.addTender("cash", ""))
            verify(PaymentController.complete())
            return PaymentController.lastReceipt.receipt
        }

        function test_voidTheLastReceiptWithASupervisor() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            const number = pay("100311")
            PaymentController.dismissReceipt()
            keyClick(Qt.Key_F8)
            const view = findChild(counter, "receiptsView")
            verify(view.visible)
            compare(findChild(view, "receiptLookup").text, number) // the last receipt is offered
            verify(findChild(view, "receiptFound").text.indexOf(number) === 0)
            const before = SessionController.ledgerSize
            mouseClick(findChild(view, "voidReceipt"))
            const approval = findChild(view, "receiptApproval")
            tryVerify(() => approval.opened)
            verify(approval.description.indexOf("Void receipt " + number) === 0)
            approval.submitted("sam", "0000") // a wrong PIN: nothing but the failed attempt
            compare(PaymentController.foundReceipt.status, "paid")
            verify(approval.opened)
            approval.submitted("sam", "2468")
            tryVerify(() => !approval.opened)
            compare(SessionController.ledgerSize, before + 3) // the failed attempt, the approval, the void
            compare(PaymentController.foundReceipt.status, "voided")
            verify(!findChild(view, "voidReceipt").enabled)
            keyClick(Qt.Key_Escape)
            verify(!view.visible)
        }

        function test_partialRefundByCheckPrintsItsRequest() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            const number = pay("100318")
            PaymentController.dismissReceipt()
            mouseClick(findChild(counter, "receiptsButton"))
            const view = findChild(counter, "receiptsView")
            verify(view.visible)
            const amount = findChild(view, "refundAmount")
            amount.input.forceActiveFocus()
            amount.input.selectAll()
            keyClick("5"); keyClick("."); keyClick("0"); keyClick("0")
            mouseClick(findChild(view, "refundCheck"))
            mouseClick(findChild(view, "refundReceipt"))
            const approval = findChild(view, "receiptApproval")
            tryVerify(() => approval.opened)
            verify(approval.description.indexOf("Refund $5.00 of receipt " + number) === 0)
            approval.submitted("sam", "2468")
            tryVerify(() => !approval.opened)
            compare(PaymentController.foundReceipt.refunded, "$5.00")
            const print = findChild(view, "printRefundRequest")
            verify(print.visible)
            mouseClick(print)
            verify(PrintController.notice.indexOf("Refund-check request") >= 0, PrintController.notice + PrintController.error)
            // More than is left to refund: one sentence, nothing recorded.
            amount.input.forceActiveFocus()
            amount.input.selectAll()
            keyClick("9"); keyClick("9"); keyClick("9")
            const before = SessionController.ledgerSize
            verify(PaymentController.error.indexOf("at most") < 0, PaymentController.error)
            mouseClick(findChild(view, "refundReceipt"))
            // The refusal is the click's answer: once it is on the screen, the supervisor was not asked.
            tryVerify(() => PaymentController.error.indexOf("at most") >= 0, 5000, PaymentController.error)
            verify(!approval.opened) // refused before a supervisor is asked
            compare(PaymentController.foundReceipt.refunded, "$5.00")
            compare(SessionController.ledgerSize, before)
        }
    }
}
