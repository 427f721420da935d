// A damaged file of a payment kept from before a stop (run by tests/e2e/whole_day.sh, which writes it): signing in
// says so in one sentence and sets the file aside; the counter works as usual.
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
        name: "DamagedDraft"
        when: windowShown

        function test_aDamagedKeptPaymentIsSetAside() {
            verify(SessionController.signIn("ana", "1234"))
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            compare(PaymentController.draft.account, undefined)
            verify(!findChild(counter, "draftBanner").visible)
            verify(PaymentController.error.indexOf("could not be read") > 0, PaymentController.error)
            verify(PaymentController.selectAccount("100101")) // the counter works as usual
            console.log("damaged draft set aside: " + PaymentController.error)
        }
    }
}
