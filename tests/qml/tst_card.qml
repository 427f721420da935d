// Card tenders at the counter: the Card button's dialog keys the terminal's slip, the station refuses a missing
// approval, a last four that is not four digits and a full card number (nothing added, nothing recorded); the tender
// reads as on the receipt; and the blind close takes the terminal's batch total and shows the cards' over/short.
import QtQuick
import QtTest
import Tillbook.App
import Tillbook.Ui
import TestSupport

// TestCase is invisible by design, so the screens under test are created under this visible root.
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
        name: "Card"
        when: windowShown

        function init() {
            verify(SessionController.signIn("ben", "2345"))
        }
        function cleanup() {
            PaymentController.dismissReceipt()
            SessionController.signOut()
        }
        function typeText(text) {
            for (const ch of text)
                keyClick(ch)
        }
        function fill(parent, name, text) {
            const field = findChild(parent, name)
            verify(field !== null, name)
            field.forceActiveFocus()
            field.selectAll()
            typeText(text)
        }
        // A payment of exactly $10.00 on one bill of the account, so the drawer's figures are known.
        function tenDollarsOn(account) {
            verify(PaymentController.selectAccount(account))
            const bills = PaymentController.bills
            for (let i = 1; i < bills.length; ++i)
                verify(PaymentController.setBillAmount(bills[i].id, ""))
            verify(PaymentController.setBillAmount(bills[0].id, "10.00"))
            compare(PaymentController.totalDue, "$10.00")
        }

        // Runs first (alphabetical): Ben's drawer from the test setup holds exactly its $200.00 float.
        function test_a_cardTenderKeyedFromTheSlip() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            tenDollarsOn("100213")
            const before = SessionController.ledgerSize
            mouseClick(findChild(counter, "tenderCard"))
            const dialog = findChild(counter, "cardDialog")
            tryVerify(() => dialog.opened)
            compare(findChild(dialog.contentItem, "cardAmount").text, "10.00") // what remains due
            const content = dialog.contentItem
            // No approval code: the station's sentence, nothing added.
            mouseClick(findChild(content, "cardBrand_VISA"))
            fill(content, "cardLast4", "4242")
            mouseClick(findChild(content, "cardAdd"))
            verify(dialog.opened)
            compare(PaymentController.tenders.length, 0)
            compare(findChild(content, "cardError").text,
                    "Card tender not added: a card tender needs the terminal's approval code.")
            // A last four that is not four digits.
            fill(content, "cardApproval", "123456")
            fill(content, "cardLast4", "42")
            mouseClick(findChild(content, "cardAdd"))
            verify(findChild(content, "cardError").text.indexOf("exactly four digits") > 0)
            compare(PaymentController.tenders.length, 0)
            // A full card number typed where the last four go: refused, and never kept (not even on the screen).
            fill(content, "cardLast4", "4242 4242 4242 4242")
            mouseClick(findChild(content, "cardAdd"))
            verify(findChild(content, "cardError").text.indexOf("full card number") > 0)
            compare(PaymentController.tenders.length, 0)
            compare(SessionController.ledgerSize, before)
            // The slip's details: added, read as on the receipt.
            fill(content, "cardLast4", "4242")
            fill(content, "cardTerminal", "T-01")
            mouseClick(findChild(content, "cardEntry_chip"))
            compare(dialog.entry, "chip")
            mouseClick(findChild(content, "cardAdd"))
            tryVerify(() => !dialog.opened)
            compare(PaymentController.tenders.length, 1)
            compare(PaymentController.tenders[0].label, "VISA ****4242 approval 123456")
            compare(PaymentController.tenders[0].amount, "$10.00")
            verify(PaymentController.canComplete)
            mouseClick(findChild(counter, "completePayment"))
            compare(SessionController.ledgerSize, before + 1)
            compare(PaymentController.lastReceipt.change, "$0.00")
        }

        // A permit (fund PERMITS, a 2.5% card convenience fee in this test station): the card dialog says the fee and
        // what to charge before the card is charged, the cart shows it in the total before Complete, and the receipt
        // records it. Cash on the same payment would carry none.
        function test_a_convenienceFeeShownBeforeCompleting() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            verify(PaymentController.selectAccount("100129"))
            const bills = PaymentController.bills
            compare(bills[1].fund, "PERMITS")
            verify(PaymentController.setBillAmount(bills[0].id, ""))
            verify(PaymentController.setBillAmount(bills[1].id, "40.00"))
            compare(PaymentController.totalDue, "$40.00")
            compare(PaymentController.convenienceFee, "")
            verify(!findChild(counter, "convenienceFee").visible)
            const before = SessionController.ledgerSize
            mouseClick(findChild(counter, "tenderCard"))
            const dialog = findChild(counter, "cardDialog")
            tryVerify(() => dialog.opened)
            const content = dialog.contentItem
            // Before the terminal charges: 2.5% of $40.00.
            const preview = findChild(content, "cardFeePreview")
            verify(preview.visible)
            compare(preview.text, "Convenience fee $1.00: charge $41.00 on the terminal")
            // Half the payment on the card: 2.5% of $20.10 is 50.25 cents, $0.50.
            fill(content, "cardAmount", "20.10")
            compare(preview.text, "Convenience fee $0.50: charge $20.60 on the terminal")
            fill(content, "cardAmount", "40.00")
            fill(content, "cardApproval", "PERMIT1")
            mouseClick(findChild(content, "cardBrand_VISA"))
            fill(content, "cardLast4", "4242")
            if (TestClock.shotsDir() !== "")
                grabImage(root.Window.window.contentItem).save(TestClock.shotsDir() + "/card-convenience-fee-dialog.png")
            mouseClick(findChild(content, "cardAdd"))
            tryVerify(() => !dialog.opened)
            // The cart, before Complete: the fee's own line, the fee in the totals, the card as the terminal charged it.
            compare(PaymentController.convenienceFee, "$1.00")
            verify(findChild(counter, "convenienceFee").visible)
            compare(findChild(counter, "convenienceFee").text, "$1.00")
            compare(PaymentController.totalDue, "$41.00")
            const lines = PaymentController.lines
            compare(lines[lines.length - 1].label, "Card convenience fee (PERMITS)")
            compare(lines[lines.length - 1].amount, "$1.00")
            compare(PaymentController.tenders[0].amount, "$41.00")
            compare(PaymentController.remaining, "$0.00")
            compare(SessionController.ledgerSize, before)
            if (TestClock.shotsDir() !== "")
                grabImage(counter).save(TestClock.shotsDir() + "/card-convenience-fee.png")
            mouseClick(findChild(counter, "completePayment"))
            compare(SessionController.ledgerSize, before + 1)
            compare(PaymentController.lastReceipt.total, "$41.00")
            compare(PaymentController.lastReceipt.change, "$0.00")
        }

        // The terminal settled $5.00 less than the drawer's card tenders ($10.00 and $41.00): the close shows it with
        // the other tenders.
        function test_b_blindCloseWithTheCardBatch() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            mouseClick(findChild(counter, "closeDrawerButton"))
            const panel = findChild(counter, "drawerPanel")
            verify(panel.visible)
            verify(!findChild(panel, "overShort").visible)
            fill(panel, "count_rolled", "200.00")
            fill(panel, "cardBatch", "46.00")
            const before = SessionController.ledgerSize
            mouseClick(findChild(panel, "drawerConfirm")) // record the count
            compare(DrawerController.error, "")
            compare(SessionController.ledgerSize, before + 1)
            tryVerify(() => findChild(panel, "overShort").visible)
            compare(DrawerController.countResult.cards, "$46.00")
            compare(findChild(panel, "overShortCards").text, "-$5.00")
            compare(DrawerController.countResult.overShortCash, "$0.00")
            compare(findChild(panel, "overShortTotal").text, "-$5.00")
            // A batch total that is not an amount is refused by the controller's parse, nothing recorded.
            verify(!DrawerController.count(["", "", "", "", "", "", "", "", "", "", "", "", ""], "200.00", [], "five"))
            verify(DrawerController.error.indexOf("Card terminal batch total") === 0)
            compare(SessionController.ledgerSize, before + 1)
        }
    }
}
