// The drawer screens: a blind close shows over/short only after the count is recorded; a float that differs from
// the expected one is opened only with a supervisor's sign-off.
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
        name: "Drawer"
        when: windowShown

        function init() {
            verify(SessionController.signIn("ben", "2345"))
        }
        function cleanup() {
            SessionController.signOut()
        }
        function typeText(text) {
            for (const ch of text)
                keyClick(ch)
        }
        function fill(panel, name, text) {
            const field = findChild(panel, name)
            verify(field !== null, name)
            field.forceActiveFocus()
            field.selectAll()
            typeText(text)
        }

        // Runs first (alphabetical): Ben's drawer from the test setup holds exactly its $200.00 float.
        function test_a_blindCloseShowsOverShortOnlyAfterTheCount() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            verify(DrawerController.isMine)
            mouseClick(findChild(counter, "closeDrawerButton"))
            const panel = findChild(counter, "drawerPanel")
            verify(panel.visible)
            verify(!findChild(panel, "overShort").visible) // nothing expected is shown before the count
            fill(panel, "count_bill_20", "9")
            fill(panel, "count_bill_10", "1")
            fill(panel, "count_rolled", "9.45") // $199.45 in all: 55 cents short
            compare(findChild(panel, "countTotal").text, "$199.45")
            const before = SessionController.ledgerSize
            mouseClick(findChild(panel, "drawerConfirm")) // record the count
            compare(SessionController.ledgerSize, before + 1)
            tryVerify(() => findChild(panel, "overShort").visible)
            // One sentence from the station; a short within the tolerance is a warning, never green.
            const summary = findChild(panel, "closeSummary")
            compare(summary.text, "Short $0.55, within the $5.00 tolerance")
            compare(summary.color, Theme.warn)
            compare(findChild(panel, "overShortTotal").color, Theme.warn)
            compare(findChild(panel, "expectedCash").text, "$200.00") // expected beside counted
            // Counted again, exactly: only now is it good news.
            verify(DrawerController.count(findChild(panel, "denominationGrid").pieces, "10.00", [], ""))
            compare(summary.text, "Balanced: the count matches what the drawer should hold")
            compare(summary.color, Theme.ok)
            compare(findChild(panel, "overShortTotal").text, "$0.00")
            mouseClick(findChild(panel, "drawerConfirm")) // close
            verify(!DrawerController.isOpen)
            verify(!panel.visible)
            compare(SessionController.ledgerSize, before + 4) // two counts, the close, then its checkpoint
        }

        function test_b_aFloatThatDiffersNeedsTheSupervisor() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            verify(!DrawerController.isOpen)
            mouseClick(findChild(counter, "openDrawerButton"))
            const panel = findChild(counter, "drawerPanel")
            fill(panel, "count_rolled", "195.00")
            mouseClick(findChild(panel, "drawerConfirm"))
            const dialog = findChild(panel, "approvalDialog")
            tryVerify(() => dialog.opened)
            verify(findChild(dialog.contentItem, "approvalDescription").text.indexOf("$195.00") > 0)
            verify(!DrawerController.isOpen)
            const list = findChild(dialog.contentItem, "approverList")
            for (let i = 0; i < list.count && dialog.supervisorId !== "sam"; ++i)
                list.currentIndex = i
            typeText("2468")
            keyClick(Qt.Key_Return)
            tryVerify(() => DrawerController.isOpen)
            verify(DrawerController.isMine)
            verify(!panel.visible)
        }

        function test_c_aDropLargerThanTheDrawerIsRefused() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            mouseClick(findChild(counter, "dropButton"))
            const panel = findChild(counter, "drawerPanel")
            const before = SessionController.ledgerSize
            fill(panel, "count_bill_100", "5")
            mouseClick(findChild(panel, "drawerConfirm"))
            verify(findChild(panel, "drawerError").text.indexOf("more than the") > 0)
            compare(SessionController.ledgerSize, before)
            mouseClick(findChild(panel, "drawerCancel"))
            verify(!panel.visible)
        }
    
        function test_d_paidOutWithAReason() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            mouseClick(findChild(counter, "paidOutButton"))
            const panel = findChild(counter, "drawerPanel")
            verify(panel.visible)
            const before = SessionController.ledgerSize
            fill(panel, "paidOutAmount", "10.00")
            fill(panel, "paidOutReason", "postage for a certified letter")
            keyClick(Qt.Key_Return)
            compare(SessionController.ledgerSize, before + 1)
            verify(!panel.visible)
        }

        function test_e_xReportNeedsASupervisorAndShowsExpectedCash() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            mouseClick(findChild(counter, "xReportButton"))
            const view = findChild(counter, "xReportView")
            const dialog = findChild(view, "approvalDialog")
            tryVerify(() => dialog.opened)
            verify(!view.visible) // nothing is shown before the supervisor approves
            const list = findChild(dialog.contentItem, "approverList")
            for (let i = 0; i < list.count && dialog.supervisorId !== "sam"; ++i)
                list.currentIndex = i
            typeText("2468")
            keyClick(Qt.Key_Return)
            tryVerify(() => view.visible)
            const expected = view.rows.filter(r => r.label === "Expected cash")
            compare(expected.length, 1)
            compare(expected[0].amount, "$185.00") // the $195.00 float less the $10.00 paid out
            mouseClick(findChild(view, "xReportClose"))
            verify(!view.visible)
        }
    }
}
