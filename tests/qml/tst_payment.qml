// The payment flow at the counter, by keyboard alone: account number, Enter, Enter (exact cash), Enter (complete).
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

    // The smallest window the counter must fit.
    Component {
        id: smallCounterComponent
        CounterScreen {
            width: 1024
            height: 768
        }
    }

    TestCase {
        id: testCase
        name: "Payment"
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

        // The results are a list model: each row shows its account, and Down then Return chooses the highlighted one.
        function test_searchResultsAreRowsOfTheModel() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            const search = findChild(counter, "accountSearch")
            tryVerify(() => search.activeFocus)
            typeText("1001")
            const results = findChild(counter, "searchResults")
            tryVerify(() => results.count > 1)
            compare(results.count, PaymentController.searchResults.count)
            const second = PaymentController.searchResults.numberAt(1)
            verify(second.startsWith("1001"), second)
            compare(PaymentController.searchResults.numberAt(results.count), "")
            results.currentIndex = 0
            verify(results.currentItem.Accessible.name.startsWith(PaymentController.searchResults.numberAt(0) + ", "))
            keyClick(Qt.Key_Down)
            results.forceActiveFocus()
            results.currentIndex = 1
            keyClick(Qt.Key_Return)
            compare(PaymentController.account.number, second)
            PaymentController.clear()
        }

        function test_cashPaymentInThreeKeystrokesAfterTheNumber() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            const search = findChild(counter, "accountSearch")
            tryVerify(() => search.activeFocus)
            const before = SessionController.ledgerSize
            typeText("100115")
            keyClick(Qt.Key_Return) // the exact account number comes first: open it, with its bills
            compare(PaymentController.account.number, "100115")
            compare(search.text, "") // the account is on screen: the search box is ready for the next one
            verify(PaymentController.bills.length > 0)
            compare(PaymentController.lines.length, PaymentController.bills.length)
            const due = PaymentController.totalDue
            verify(findChild(counter, "tenderAmount").activeFocus)
            keyClick(Qt.Key_Return) // nothing typed: exact cash
            compare(PaymentController.tendered, due)
            verify(PaymentController.canComplete)
            keyClick(Qt.Key_Return) // complete
            compare(SessionController.ledgerSize, before + 1)
            const confirmation = findChild(counter, "receiptConfirmation")
            tryVerify(() => confirmation.visible)
            verify(findChild(counter, "receiptNumber").text.startsWith("Receipt QMLTEST-01-R"))
            compare(findChild(counter, "changeDue").text, "$0.00")
            keyClick(Qt.Key_Return) // next customer
            verify(!confirmation.visible)
            verify(search.activeFocus)
        }

        // The bill by its description, past due as the station says; "Exact $42.10" tenders what is still due.
        function test_billsByDescriptionAndExactCash() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            const complete = findChild(counter, "completePayment")
            verify(PaymentController.selectAccount("100276"))
            waitForRendering(counter)
            verify(!complete.enabled)
            verify(complete.background.border.color !== Theme.accent) // a disabled button looks disabled
            compare(findChild(counter, "billTitle_W-2025-11").text, "Water and sewer, November")
            verify(findChild(counter, "pastDue_W-2025-11").visible)
            // The payment's lines name the bills as the account's list does: the title, then the number in small print.
            compare(findChild(counter, "lineTitle_W-2025-11").text, "Water and sewer, November")
            compare(findChild(counter, "lineDetail_W-2025-11").text, "W-2025-11")
            compare(findChild(counter, "billTitle_B100276-1").text, "Sewer service") // the demo's bills are described
            compare(findChild(counter, "lineTitle_B100276-1").text, "Sewer service")
            compare(findChild(counter, "lineDetail_B100276-1").text, "B100276-1")
            const exact = findChild(counter, "tenderExact")
            compare(exact.text, "Exact " + PaymentController.remaining)
            verify(exact.enabled)
            const due = PaymentController.totalDue
            mouseClick(exact)
            compare(PaymentController.tendered, due)
            verify(PaymentController.canComplete)
            verify(!exact.enabled) // nothing is still due
            verify(complete.enabled)
            compare(complete.background.border.color, Theme.accent)
            PaymentController.clear()
        }

        function test_cashOverTheDueGivesChange() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            verify(PaymentController.selectAccount("100129"))
            PaymentController.addFee("NOTARY")
            verify(PaymentController.addTender("cash", "1000.00"))
            verify(PaymentController.complete())
            const change = findChild(counter, "changeDue").text
            verify(change !== "$0.00" && change.startsWith("$"))
        }

        function test_refusedPaymentSaysNotRecorded() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            const before = SessionController.ledgerSize
            PaymentController.clear()
            PaymentController.addFee("COPY") // a fee with no account: nowhere to keep a check's overpayment
            verify(PaymentController.addTender("check", "10.00", "1001"))
            verify(PaymentController.canComplete)
            verify(!PaymentController.complete())
            verify(findChild(counter, "paymentError").text.startsWith("Payment not recorded"))
            compare(SessionController.ledgerSize, before)
        }

        // Every text under `item` that is shown says all it holds: not elided, not cut to its lines, not wider than its box.
        function checkTextsWhole(item, where) {
            if (!item || !item.visible)
                return
            if (item.hasOwnProperty("truncated") && item.hasOwnProperty("contentWidth") && item.text !== "") {
                verify(!item.truncated, where + ": \"" + item.text + "\" is cut")
                verify(item.contentWidth <= item.width + 1,
                       where + ": \"" + item.text + "\" is " + item.contentWidth + " px wide in " + item.width + " px")
            }
            for (let i = 0; i < item.children.length; ++i)
                checkTextsWhole(item.children[i], where)
        }
        function sceneRect(item) {
            const p = item.mapToItem(null, 0, 0)
            return Qt.rect(p.x, p.y, item.width, item.height)
        }
        function intersects(a, b) {
            return a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1
        }

        // At 1024x768 with text at 200 %, a payment with bills, a fee and a tender: the lines, totals and the search
        // say everything they hold, and Complete stays clear of the footer's buttons, in the window.
        function test_paymentFitsTheSmallestWindowAtDoubleText() {
            for (let i = 0; i < 4; ++i)
                UiSettings.largerText()
            compare(UiSettings.fontPercent, 200)
            const counter = createTemporaryObject(smallCounterComponent, root)
            verify(PaymentController.selectAccount("100115"))
            PaymentController.addFee("NOTARY")
            verify(PaymentController.addTender("cash", "20.00"))
            waitForRendering(counter)
            checkTextsWhole(findChild(counter, "accountPanel"), "account panel")
            checkTextsWhole(findChild(counter, "transactionPanel"), "transaction panel")
            const complete = sceneRect(findChild(counter, "completePayment"))
            verify(complete.y + complete.height <= 768, "Complete ends at " + (complete.y + complete.height))
            for (const name of ["receiptsButton", "backOfficeButton", "drawerNotice"]) {
                const other = findChild(counter, name)
                if (other.visible)
                    verify(!intersects(complete, sceneRect(other)), "Complete overlaps " + name)
            }
            PaymentController.clear()
            UiSettings.stationDefaults()
        }

        function test_aDoubleTapRecordsOnePayment() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            verify(PaymentController.selectAccount("100136"))
            verify(PaymentController.addTender("cash", ""))
            const before = SessionController.ledgerSize
            const complete = findChild(counter, "completePayment")
            mouseClick(complete)
            mouseClick(complete) // the confirmation covers it now; and the request was already recorded
            compare(SessionController.ledgerSize, before + 1)
        }
    }
}
