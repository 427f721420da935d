// The station starts again after stopping with a payment on the screen (run by tests/e2e/whole_day.sh): when Ben
// signs in, the counter says what was lost and offers to resume it; resumed, it completes as one payment.
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
        name: "StationStartsAgain"
        when: windowShown

        function test_thePaymentOnTheScreenIsOfferedBack() {
            verify(SessionController.signIn("ben", "2345"))
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            const banner = findChild(counter, "draftBanner")
            verify(banner.visible)
            compare(PaymentController.draft.account, "100325")
            compare(PaymentController.draft.saved, "1/1/26 12:00 AM UTC") // the station's clock, not the wall's, in its zone
            verify(findChild(counter, "draftText").text.indexOf("account 100325") > 0)
            verify(findChild(counter, "draftText").text.indexOf("Nothing was recorded") > 0)
            const before = SessionController.ledgerSize
            waitForRendering(banner)
            mouseClick(findChild(counter, "draftResume"))
            verify(!banner.visible)
            compare(PaymentController.account.number, "100325")
            compare(PaymentController.tenders.length, 2)
            compare(PaymentController.tenders[0].amount, "$100.00")
            compare(PaymentController.tenders[1].label, "VISA ****4242 approval 654321")
            compare(PaymentController.tenders[1].amount, "$5.00")
            verify(PaymentController.addTender("cash", "")) // the rest, as the customer hands it over
            verify(PaymentController.complete(), PaymentController.error)
            compare(SessionController.ledgerSize, before + 1)
            verify(!PaymentController.inProgress)
            console.log("resumed and recorded as " + PaymentController.lastReceipt.receipt)
            // Still signed in when the process ends: tests/e2e/whole_day.sh checks the kept file is gone.
        }
    }
}
