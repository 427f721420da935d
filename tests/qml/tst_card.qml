// Card tenders at the counter: the Card button's dialog keys the terminal's slip, the station refuses a missing
// approval, a last four that is not four digits and a full card number (nothing added, nothing recorded); the tender
// reads as on the receipt; and the blind close takes the terminal's batch total and shows the cards' over/short.
import QtQuick
import QtTest
import Tillbook.App
import Tillbook.Ui

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

        // The terminal settled $5.00 less than the drawer's card tenders: the close shows it with the other tenders.
        function test_b_blindCloseWithTheCardBatch() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            mouseClick(findChild(counter, "closeDrawerButton"))
            const panel = findChild(counter, "drawerPanel")
            verify(panel.visible)
            verify(!findChild(panel, "overShort").visible)
            fill(panel, "count_rolled", "200.00")
            fill(panel, "cardBatch", "5.00")
            const before = SessionController.ledgerSize
            mouseClick(findChild(panel, "drawerConfirm")) // record the count
            compare(DrawerController.error, "")
            compare(SessionController.ledgerSize, before + 1)
            tryVerify(() => findChild(panel, "overShort").visible)
            compare(DrawerController.countResult.cards, "$5.00")
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
