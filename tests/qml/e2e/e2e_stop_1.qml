// The station stops with a payment on the screen (run by tests/e2e/whole_day.sh): Ben opens his drawer, puts a split
// payment (cash and a card) on the screen and the process ends without completing it, as in a crash or a power cut.
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
        name: "StationStops"
        when: windowShown

        function test_aPaymentIsOnTheScreenWhenTheStationStops() {
            verify(SessionController.signIn("ben", "2345"))
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            verify(DrawerController.openDrawer(["", "", "10", "", "", "", "", "", "", "", "", "", ""], ""))
            verify(PaymentController.selectAccount("100325"))
            verify(PaymentController.addTender("cash", "100.00"))
            // A card charged on the terminal is kept with its slip's details, so it is offered back as it was keyed.
            verify(PaymentController.addCardTender("5.00", "654321", "visa", "4242", "T-01", "tap"), PaymentController.error)
            verify(PaymentController.inProgress)
            console.log("stopping with account 100325 on the screen, " + PaymentController.totalDue + " due")
            // No sign-out, no completion: the process ends here.
        }
    }
}
