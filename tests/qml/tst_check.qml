// Taking a check: the MICR line by keyboard (as a reader's burst), the decision and reasons, a supervisor override
// where allowed, and no way to take a declined item.
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
        name: "Check"
        when: windowShown

        function init() {
            verify(SessionController.signIn("ben", "2345"))
        }
        function cleanup() {
            PaymentController.clear() // nothing is completed here: Ben's drawer stays as the drawer tests expect
            SessionController.signOut()
        }
        function typeText(text) {
            for (const ch of text)
                keyClick(ch)
        }
        function openCheckDialog(counter) {
            verify(PaymentController.selectAccount("100129"))
            waitForRendering(counter)
            mouseClick(findChild(counter, "tenderCheck"))
            const dialog = findChild(counter, "checkDialog")
            tryVerify(() => dialog.opened)
            tryVerify(() => findChild(dialog.contentItem, "micrField").activeFocus)
            return dialog
        }

        // Plain words for the line to scan, and tick boxes a finger can hit.
        function test_thePromptIsPlainAndTheTickBoxesAreTouchTargets() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            const dialog = openCheckDialog(counter)
            compare(findChild(dialog.contentItem, "micrPrompt").text, "Scan or type the line at the bottom of the check")
            for (const name of ["thirdPartyBox", "twoPartyBox"]) {
                const box = findChild(dialog.contentItem, name)
                verify(box.indicator.width >= 48 && box.indicator.height >= 48, name)
            }
            dialog.close()
        }

        // A wedge reader types the line in one fast burst; a person leaves gaps. The verification records which.
        function test_aReadersBurstIsToldFromTyping() {
            const counter = createTemporaryObject(counterComponent, root)
            const dialog = openCheckDialog(counter)
            const source = findChild(dialog.contentItem, "micrSource")
            compare(source.text, "") // nothing said until a line is in
            // The dialog's clock, not the machine's: 5 ms between a reader's keys, 70 ms between a person's.
            let clock = 1000000
            let gap = 5
            dialog.now = () => (clock += gap)
            typeText("T021000021T 123456789U 1050")
            keyClick(Qt.Key_Return)
            compare(dialog.micrSource, "reader")
            compare(source.text, "Read by the check reader")
            const micr = findChild(dialog.contentItem, "micrField")
            micr.forceActiveFocus()
            keyClick(Qt.Key_Backspace) // changed by hand afterwards
            keyClick("1")
            compare(dialog.micrSource, "keyed")
            dialog.close()
            const again = openCheckDialog(counter)
            gap = 70
            again.now = () => (clock += gap)
            typeText("T021000021T 123456789U 1051")
            keyClick(Qt.Key_Return)
            compare(again.micrSource, "keyed")
            verify(findChild(again.contentItem, "micrSource").text.startsWith("Keyed by hand"))
            again.close()
        }

        function test_readVerifyOverrideTake() {
            const counter = createTemporaryObject(counterComponent, root)
            const dialog = openCheckDialog(counter)
            const before = SessionController.ledgerSize
            typeText("T021000021T 123456789U 1043")
            keyClick(Qt.Key_Return) // the reader's Enter: on to the amount, prefilled with what is due
            keyClick(Qt.Key_Return) // verify
            compare(SessionController.ledgerSize, before + 1) // the decision is a record
            compare(PaymentController.pendingCheck.decision, "needs_approval")
            compare(PaymentController.pendingCheck.account, "****6789") // masked to the last four, as on the receipt
            const take = findChild(dialog.contentItem, "checkTake")
            verify(!take.enabled)
            mouseClick(findChild(dialog.contentItem, "checkOverride"))
            const approval = findChild(dialog.contentItem, "approvalDialog")
            tryVerify(() => approval.opened)
            const list = findChild(approval.contentItem, "approverList")
            for (let i = 0; i < list.count && approval.supervisorId !== "sam"; ++i)
                list.currentIndex = i
            typeText("2468")
            keyClick(Qt.Key_Return)
            tryVerify(() => PaymentController.pendingCheck.overridden === true)
            verify(take.enabled)
            mouseClick(take)
            tryVerify(() => !dialog.visible)
            compare(PaymentController.tenders.length, 1)
            compare(PaymentController.tenders[0].label, "Check 1043")
        }

        function test_aDeclinedItemCannotBeTaken() {
            const counter = createTemporaryObject(counterComponent, root)
            const dialog = openCheckDialog(counter)
            typeText("T021000022T 123456789U 1044") // the routing number fails its check digit
            keyClick(Qt.Key_Return)
            keyClick(Qt.Key_Return)
            compare(PaymentController.pendingCheck.decision, "decline")
            verify(!findChild(dialog.contentItem, "checkOverride").visible)
            verify(!findChild(dialog.contentItem, "checkTake").enabled)
            verify(findChild(dialog.contentItem, "checkDecisionTitle").text === "Declined")
            mouseClick(findChild(dialog.contentItem, "checkCancel"))
            compare(PaymentController.tenders.length, 0)
        }

        function test_anUnreadableLineIsReportedNotGuessed() {
            const counter = createTemporaryObject(counterComponent, root)
            const dialog = openCheckDialog(counter)
            const before = SessionController.ledgerSize
            typeText("T0210?0021T 123456789U 1045")
            keyClick(Qt.Key_Return)
            keyClick(Qt.Key_Return)
            verify(findChild(dialog.contentItem, "checkError").text.indexOf("could not be read") >= 0)
            compare(SessionController.ledgerSize, before)
            dialog.close()
        }
    }
}
