// The counter's dialogs fit the window: at 1024x768 with double-size text, in English and Spanish, the check, card
// and void/refund dialogs stay inside the window with their buttons inside them, their content scrolls, and a label
// beside a field sits level with it. Sizes and text sizes change here, so this file runs alone (its own station).
import QtQuick
import QtQuick.Controls
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
            width: root.width
            height: root.height
        }
    }

    TestCase {
        id: testCase
        name: "DialogsFit"
        when: windowShown

        function init() {
            verify(SessionController.signIn("ben", "2345"))
        }
        function cleanup() {
            PaymentController.clear()
            SessionController.signOut()
            setLook(1280, 800, "en", 100)
        }

        function setLook(width, height, language, percent) {
            const window = root.Window.window
            window.width = width
            window.height = height
            root.width = width
            root.height = height
            tryVerify(() => window.width === width && window.height === height)
            verify(UiSettings.setLanguage(language))
            while (UiSettings.fontPercent > 100)
                UiSettings.smallerText()
            while (UiSettings.fontPercent < percent)
                UiSettings.largerText()
            compare(UiSettings.fontPercent, percent)
        }
        // An item's rectangle in the window's coordinates.
        function sceneRect(item) {
            const p = item.mapToItem(null, 0, 0)
            return Qt.rect(p.x, p.y, item.width, item.height)
        }
        function verifyInside(item, outer, what) {
            const a = sceneRect(item)
            const b = outer === null ? Qt.rect(0, 0, root.Window.window.width, root.Window.window.height)
                                     : sceneRect(outer)
            verify(a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1
                   && a.y + a.height <= b.y + b.height + 1,
                   "%1 at %2,%3 %4x%5 is not inside %6,%7 %8x%9".arg(what).arg(a.x).arg(a.y).arg(a.width).arg(a.height)
                       .arg(b.x).arg(b.y).arg(b.width).arg(b.height))
        }
        // What does not fit in a scrolling area is reachable: the area scrolls, and shows the cue.
        function verifyScrollsWhatItHides(flickable, what) {
            if (flickable.contentHeight > flickable.height + 1) {
                verify(flickable.ScrollBar.vertical !== null && flickable.ScrollBar.vertical.visible, what)
                flickable.contentY = flickable.contentHeight - flickable.height // the end can be scrolled to
                compare(flickable.contentY, flickable.contentHeight - flickable.height, what)
                flickable.contentY = 0
            }
        }
        function openCheck(counter) {
            verify(PaymentController.selectAccount("100129"))
            const dialog = findChild(counter, "checkDialog")
            dialog.kind = "check"
            dialog.open()
            tryVerify(() => dialog.opened)
            return dialog
        }

        function test_theCheckDialogFits_data() {
            return [{tag: "1024x768 200% en", width: 1024, height: 768, language: "en", percent: 200},
                    {tag: "1024x768 200% es", width: 1024, height: 768, language: "es", percent: 200},
                    {tag: "1280x800 150% es", width: 1280, height: 800, language: "es", percent: 150},
                    {tag: "1280x800 100% en", width: 1280, height: 800, language: "en", percent: 100}]
        }
        function test_theCheckDialogFits(data) {
            setLook(data.width, data.height, data.language, data.percent)
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            const dialog = openCheck(counter)
            // A starter check: it needs a supervisor, so the decision, its reason and three buttons show.
            PaymentController.verifyItem("check", "T021000021T 123456789U 0212", "50.00", PaymentController.today,
                                         false, false)
            compare(PaymentController.pendingCheck.decision, "needs_approval")
            waitForRendering(counter)
            verifyInside(dialog.contentItem, null, "the check dialog")
            for (const name of ["checkCancel", "checkOverride", "checkTake"]) {
                const button = findChild(dialog.contentItem, name)
                verify(button.visible, name)
                verifyInside(button, dialog.contentItem, name)
            }
            // "Amount" is level with its field, as "Dated" is with its own.
            const label = findChild(dialog.contentItem, "checkAmountLabel")
            const field = findChild(dialog.contentItem, "checkAmount")
            const labelRect = sceneRect(label)
            const fieldRect = sceneRect(field)
            fuzzyCompare(labelRect.y + label.height / 2, fieldRect.y + field.height / 2, 1)
            verify(labelRect.x + label.width <= fieldRect.x, "the label is left of its field")
            verifyScrollsWhatItHides(findChild(dialog.contentItem, "checkScroller"), "the check dialog's content")
            for (const name of ["thirdPartyBox", "twoPartyBox"]) {
                const box = findChild(dialog.contentItem, name)
                compare(box.indicator.width, 48, name)
                compare(box.indicator.height, 48, name)
            }
            dialog.close()
            tryVerify(() => !dialog.visible)
        }

        // With room enough, nothing of the check dialog is scrolled away (the offscreen screen may keep the window
        // smaller than asked: the dialog is then as tall as the window lets it be).
        function test_theCheckDialogGrowsWhenTheWindowHasRoom() {
            setLook(1920, 1080, "es", 150)
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            const dialog = openCheck(counter)
            PaymentController.verifyItem("check", "T021000021T 123456789U 0212", "50.00", PaymentController.today,
                                         false, false)
            waitForRendering(counter)
            const scroller = findChild(dialog.contentItem, "checkScroller")
            // Scrolled only when the dialog already takes all the height the window gives it.
            verify(dialog.height >= dialog.parent.height - 33 || scroller.contentHeight <= scroller.height + 1,
                   "%1 px of content in %2 px, the dialog %3 px high in %4 px"
                       .arg(scroller.contentHeight).arg(scroller.height).arg(dialog.height).arg(dialog.parent.height))
            dialog.close()
            tryVerify(() => !dialog.visible)
        }

        function test_theCardDialogFits_data() {
            return [{tag: "1024x768 200% en", language: "en"}, {tag: "1024x768 200% es", language: "es"}]
        }
        function test_theCardDialogFits(data) {
            setLook(1024, 768, data.language, 200)
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            verify(PaymentController.selectAccount("100129"))
            const dialog = findChild(counter, "cardDialog")
            dialog.open()
            tryVerify(() => dialog.opened)
            waitForRendering(counter)
            verifyInside(dialog.contentItem, null, "the card dialog")
            for (const name of ["cardCancel", "cardAdd"])
                verifyInside(findChild(dialog.contentItem, name), dialog.contentItem, name)
            const scroller = findChild(dialog.contentItem, "cardScroller")
            for (const name of ["cardBrand_OTHER", "cardEntry_keyed", "cardTerminal"]) {
                const item = findChild(dialog.contentItem, name)
                verify(sceneRect(item).x + item.width <= sceneRect(scroller).x + scroller.width + 1, name)
            }
            verifyScrollsWhatItHides(scroller, "the card dialog's content")
            dialog.close()
            tryVerify(() => !dialog.visible)
        }

        // One column at larger text: the whole schedule under the terms, in a card as tall as the window allows that
        // scrolls as one (no list scrolling inside it).
        function test_theArrangementScrollsAsOne_data() {
            return [{tag: "1024x768 100% en", percent: 100, language: "en"},
                    {tag: "1024x768 200% es", percent: 200, language: "es"}]
        }
        function test_theArrangementScrollsAsOne(data) {
            setLook(1024, 768, data.language, data.percent)
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            verify(PaymentController.selectAccount("100122"))
            const view = findChild(counter, "arrangementView")
            view.show("100122")
            waitForRendering(counter)
            compare(ArrangementController.error, "")
            verify(ArrangementController.schedule.length > 0)
            const card = findChild(view, "arrangementCard")
            verify(!card.wide)
            verifyInside(card, null, "the arrangement card")
            const schedule = findChild(view, "arrangementSchedule")
            verify(!schedule.interactive)
            verify(schedule.height >= schedule.contentHeight - 1, "every row of the schedule shows")
            verifyScrollsWhatItHides(findChild(view, "arrangementScroller"), "the arrangement card's content")
            view.dismiss()
        }

        // "Payment recorded" and the receipt's number stay on the card (they ran past its sides at double size).
        function test_theReceiptConfirmationFits_data() {
            return [{tag: "1024x768 200% en", language: "en", account: "100311"},
                    {tag: "1024x768 200% es", language: "es", account: "100318"}]
        }
        function test_theReceiptConfirmationFits(data) {
            setLook(1024, 768, data.language, 200)
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            verify(PaymentController.selectAccount(data.account))
            verify(PaymentController.addTender("cash", ""))
            verify(PaymentController.complete())
            const confirmation = findChild(counter, "receiptConfirmation")
            tryVerify(() => confirmation.visible)
            waitForRendering(counter)
            const card = findChild(confirmation, "receiptCard")
            verifyInside(card, null, "the receipt card")
            for (const name of ["receiptTitle", "receiptNumber", "changeDue", "printReceipt", "newPayment"]) {
                const item = findChild(confirmation, name)
                verifyInside(item, card, name)
                if (item.contentWidth !== undefined)
                    verify(item.contentWidth <= item.width + 1, name + " is drawn within its box")
            }
            PaymentController.dismissReceipt()
        }

        function test_theVoidAndRefundViewFits_data() {
            return [{tag: "1024x768 200% en", language: "en"}, {tag: "1024x768 200% es", language: "es"}]
        }
        function test_theVoidAndRefundViewFits(data) {
            setLook(1024, 768, data.language, 200)
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            const view = findChild(counter, "receiptsView")
            view.show("")
            waitForRendering(counter)
            const card = findChild(view, "receiptsCard")
            verifyInside(card, null, "the void and refund card")
            verifyInside(findChild(view, "receiptsClose"), card, "receiptsClose")
            const amount = findChild(view, "refundAmount")
            for (let i = 0; i < amount.children.length; ++i) {
                if (amount.children[i].truncated !== undefined)
                    verify(!amount.children[i].truncated, "the refund amount's label is whole")
            }
            verifyScrollsWhatItHides(findChild(view, "receiptsScroller"), "the void and refund content")
            view.dismiss()
        }
    }
}
