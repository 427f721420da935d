// The station's clock set back beyond the tolerance: a signed clock.stepped_back record, the station keeps working,
// and the counter tells whoever is at it so that a supervisor checks the clock.
import QtQuick
import QtTest
import Tillbook.App
import Tillbook.Ui
import TestSupport

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
        name: "ClockSetBack"
        when: windowShown

        function cleanup() {
            SessionController.signOut()
        }

        function test_aClockSetBackIsShownAtTheCounterAndTheStationKeepsWorking() {
            verify(SessionController.signIn("ana", "1234"))
            compare(SessionController.clockNotice, "")
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            const banner = findChild(counter, "clockNotice")
            verify(!banner.visible)
            const before = SessionController.ledgerSize
            // Two hours back: the next record is preceded by a signed clock.stepped_back record.
            TestClock.advanceSeconds(-2 * 3600)
            SessionController.lock()
            verify(SessionController.unlock("1234"))
            verify(SessionController.ledgerSize >= before + 3, SessionController.ledgerSize - before)
            verify(SessionController.clockNotice.indexOf("was set back") >= 0, SessionController.clockNotice)
            tryVerify(() => banner.visible)
            compare(findChild(counter, "clockText").text, SessionController.clockNotice)
            if (TestClock.shotsDir() !== "")
                grabImage(counter).save(TestClock.shotsDir() + "/counter-clock-set-back.png")
            // A day later the notice has done its work.
            TestClock.advanceSeconds(2 * 3600 + 25 * 3600)
            SessionController.lock()
            verify(SessionController.unlock("1234"))
            compare(SessionController.clockNotice, "")
            tryVerify(() => !banner.visible)
        }
    }
}
