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

        // Every text of a screen shows whole: none elided, cut to its lines or drawn wider than its box.
        function squeezedTexts(item, found) {
            if (!item.visible)
                return found
            if (item.truncated !== undefined && item.contentWidth !== undefined && item.text !== undefined && item.text !== "") {
                if (item.truncated || item.contentWidth > item.width + 1)
                    found.push("\"" + item.text + "\" (" + Math.round(item.contentWidth) + " px in " + Math.round(item.width) + ")")
            }
            for (let i = 0; i < item.children.length; ++i)
                squeezedTexts(item.children[i], found)
            return found
        }
        function verifyWhole(item, what) {
            const found = squeezedTexts(item, [])
            verify(found.length === 0, what + ": " + found.join(", "))
        }
        function verifyOnScreen(screen, name) {
            const item = findChild(screen, name)
            const p = item.mapToItem(screen, 0, 0)
            verify(p.x >= 0 && p.y >= 0 && p.x + item.width <= screen.width && p.y + item.height <= screen.height,
                   name + " lies outside the screen")
        }

        // The smallest window with double text, in Spanish (the longer words): the drawer's screens fit (their pages
        // scroll), and no text is squeezed.
        function test_f_theDrawerFitsTheSmallestWindowWithDoubleText() {
            for (let i = 0; i < 4; ++i)
                UiSettings.largerText()
            compare(UiSettings.fontPercent, 200)
            verify(UiSettings.setLanguage("es"))
            const counter = createTemporaryObject(counterComponent, root, {width: 1024, height: 768})
            verify(DrawerController.isMine)
            const panel = findChild(counter, "drawerPanel")
            panel.start("close")
            fill(panel, "count_bill_20", "9")
            panel.items = [{kind: "check", amount: "50.00", reference: "0212"}]
            waitForRendering(counter)
            verifyWhole(panel, "the blind count")
            verifyOnScreen(counter, "drawerConfirm")
            verifyOnScreen(counter, "drawerCancel")
            // Test_b's $195.00 float less test_d's $10.00 paid out: exactly what the drawer should hold.
            verify(DrawerController.count(findChild(panel, "denominationGrid").pieces, "5.00", [], ""))
            waitForRendering(counter)
            verify(findChild(panel, "overShort").visible)
            verifyWhole(panel, "the count's result")
            verifyOnScreen(counter, "drawerConfirm")
            mouseClick(findChild(panel, "drawerConfirm")) // close
            verify(!DrawerController.isOpen)
            const closed = findChild(counter, "drawerClosedView")
            tryVerify(() => closed.visible)
            waitForRendering(counter)
            verifyWhole(closed, "the closed drawer")
            verifyOnScreen(counter, "drawerClosedDone")
        }

        function test_g_theXReportFitsTheSmallestWindowWithDoubleText() {
            for (let i = 0; i < 4; ++i)
                UiSettings.largerText()
            verify(UiSettings.setLanguage("es"))
            const counter = createTemporaryObject(counterComponent, root, {width: 1024, height: 768})
            mouseClick(findChild(counter, "openDrawerButton"))
            const panel = findChild(counter, "drawerPanel")
            fill(panel, "count_rolled", "200.00")
            waitForRendering(counter)
            verifyWhole(panel, "the float")
            verifyOnScreen(counter, "drawerConfirm")
            mouseClick(findChild(panel, "drawerConfirm"))
            verify(DrawerController.isOpen)
            const view = findChild(counter, "xReportView")
            view.rows = DrawerController.xReport("sam", "2468")
            verify(view.rows.length > 0)
            view.visible = true
            waitForRendering(counter)
            verifyWhole(view, "the X report")
            verifyOnScreen(counter, "xReportClose")
            // The figures on screen follow a language switch (the view binds to xReportRows once approved).
            compare(DrawerController.xReportRows[0].label, "Fondo de caja inicial (contado)")
            verify(DrawerController.xReportRows[6].expected)
            verify(UiSettings.setLanguage("en"))
            compare(DrawerController.xReportRows[0].label, "Opening float (counted)")
            compare(DrawerController.xReportRows[3].label, "Paid-outs and cash refunds")
            verify(UiSettings.setLanguage("es"))
            compare(DrawerController.xReportRows[3].label, "Pagos de caja y reembolsos en efectivo")
        }
    }
}
