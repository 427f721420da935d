// The back office screens: an account's contact log and history filter, a service order recorded and scheduled, a mail
// batch keyed out of balance then closed (a bad scan line refused, declined checks to the exceptions), and the
// supervisor's review: rejected with a reason, answered by the cashier, approved. Uses accounts no other test pays on.
import QtQuick
import QtTest
import Tillbook.App
import Tillbook.Ui

Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: viewComponent
        BackOfficeView {
            width: 1280
            height: 800
        }
    }

    Component {
        id: officePanelComponent
        OfficeDayPanel {
            width: 1200
        }
    }

    TestCase {
        id: testCase
        name: "BackOffice"
        when: windowShown

        function cleanup() {
            BackOfficeController.clearBatch()
            SessionController.signOut()
        }
        function typeInto(field, text) {
            field.input.forceActiveFocus()
            field.input.selectAll()
            for (const ch of text)
                keyClick(ch)
        }
        function open(tab, account) {
            const view = createTemporaryObject(viewComponent, root)
            view.tab = tab
            view.show(account || "")
            waitForRendering(view)
            verify(view.visible)
            return view
        }

        function test_1_accountNoteAndHistoryFilter() {
            verify(SessionController.signIn("ana", "1234"))
            const view = open(0)
            typeInto(findChild(view, "maintAccount"), "100213")
            keyClick(Qt.Key_Return)
            compare(BackOfficeController.account.number, "100213")
            verify(findChild(view, "maintSummary").text.indexOf("owes $98.95") >= 0)
            const before = SessionController.ledgerSize
            typeInto(findChild(view, "maintNote"), "Asked about the leak credit")
            keyClick(Qt.Key_Return)
            compare(BackOfficeController.error, "")
            compare(SessionController.ledgerSize, before + 1)
            compare(BackOfficeController.history[0].summary, "Note: Asked about the leak credit")
            mouseClick(findChild(view, "historyFilter_payment."))
            compare(BackOfficeController.history.length, 0)
            mouseClick(findChild(view, "historyFilter_all"))
            verify(BackOfficeController.history.length >= 1)
            // A bad phone number: one sentence, nothing recorded.
            typeInto(findChild(view, "maintPhone"), "12")
            typeInto(findChild(view, "maintReason"), "customer called")
            keyClick(Qt.Key_Return)
            verify(BackOfficeController.error.indexOf("Not changed:") === 0)
            compare(SessionController.ledgerSize, before + 1)
            compare(findChild(view, "backOfficeMessage").text, BackOfficeController.error)
            // The customer reads Spanish: their receipts will print in it.
            mouseClick(findChild(view, "maintLanguage_es"))
            typeInto(findChild(view, "maintPhone"), BackOfficeController.account.phone)
            typeInto(findChild(view, "maintReason"), "customer asked for Spanish")
            keyClick(Qt.Key_Return)
            compare(BackOfficeController.error, "")
            compare(BackOfficeController.account.language, "es")
            // Esc goes back to the counter.
            keyClick(Qt.Key_Escape)
            verify(!view.visible)
        }

        function test_2_serviceOrderRecordedAndScheduled() {
            verify(SessionController.signIn("ana", "1234"))
            const view = open(1)
            typeInto(findChild(view, "orderAccount"), "100234")
            mouseClick(findChild(view, "orderType_stop"))
            typeInto(findChild(view, "orderDate"), "2001-01-01")
            typeInto(findChild(view, "orderReason"), "moving out")
            keyClick(Qt.Key_Return)
            verify(BackOfficeController.error.indexOf("in the past") > 0)
            compare(BackOfficeController.orders.length, 0)
            typeInto(findChild(view, "orderDate"), BackOfficeController.today)
            mouseClick(findChild(view, "orderCreate"))
            compare(BackOfficeController.error, "")
            compare(BackOfficeController.orders.length, 1)
            compare(BackOfficeController.orders[0].type, "stop")
            compare(BackOfficeController.orders[0].status, "open")
            const list = findChild(view, "orderList")
            waitForRendering(list)
            mouseClick(list.itemAtIndex(0))
            mouseClick(findChild(view, "orderSchedule"))
            compare(BackOfficeController.error, "")
            compare(BackOfficeController.orders[0].status, "scheduled")
            compare(BackOfficeController.orders[0].scheduled, BackOfficeController.today)
        }

        function test_3_mailBatchBalancedThenClosed() {
            verify(SessionController.signIn("ana", "1234"))
            const view = open(2)
            typeInto(findChild(view, "batchCount"), "2")
            typeInto(findChild(view, "batchTotal"), "40.00")
            typeInto(findChild(view, "batchNote"), "Tray 1")
            keyClick(Qt.Key_Return)
            compare(BackOfficeController.error, "")
            verify(BackOfficeController.batch.id !== undefined)
            // "Batch ... open": a plain notice, in the success colour.
            verify(!BackOfficeController.noticeIsWarning)
            verify(Qt.colorEqual(findChild(view, "backOfficeMessage").color, Theme.ok))
            verify(!findChild(view, "batchClose").enabled)
            const size = SessionController.ledgerSize
            // A stub scan line with a wrong check digit: refused, nothing recorded.
            typeInto(findChild(view, "remitAccount"), "0000100269 0000011798 0")
            typeInto(findChild(view, "remitAmount"), "25.00")
            typeInto(findChild(view, "remitMicr"), "T021000021T 55500012U 7001")
            keyClick(Qt.Key_Return)
            verify(BackOfficeController.error.indexOf("Remittance not recorded: the scan line's check digit") === 0)
            compare(SessionController.ledgerSize, size)
            compare(BackOfficeController.batch.keyedCount, 0)
            // Keyed by account: with no routing directory on this station the check goes to the exceptions.
            typeInto(findChild(view, "remitAccount"), "100269")
            keyClick(Qt.Key_Return) // on to the amount
            typeInto(findChild(view, "remitAmount"), "25.00")
            typeInto(findChild(view, "remitMicr"), "T021000021T 55500012U 7001")
            keyClick(Qt.Key_Return)
            compare(BackOfficeController.error, "")
            compare(BackOfficeController.batch.keyedCount, 1)
            compare(BackOfficeController.batch.items[0].status, "exception")
            // The notice that says so is a warning, not a green success.
            verify(BackOfficeController.noticeIsWarning)
            verify(Qt.colorEqual(findChild(view, "backOfficeMessage").color, Theme.warn))
            // Each item names its payer; an exception and its reason are in the warning colour, the reason whole.
            const payer = BackOfficeController.batch.items[0].payer
            verify(payer !== "")
            waitForRendering(findChild(view, "batchItems"))
            verify(findChild(view, "batchPayer_1").text.indexOf(payer) >= 0)
            verify(Qt.colorEqual(findChild(view, "batchStatus_1").color, Theme.warn))
            const reason = findChild(view, "batchReason_1")
            verify(Qt.colorEqual(reason.color, Theme.warn))
            compare(reason.text, BackOfficeController.batch.items[0].reason)
            verify(!reason.truncated)
            // What removing an item means is said before anyone removes one.
            verify(findChild(view, "removeExplained").visible)
            verify(findChild(view, "removeExplained").text.indexOf("proof list") > 0)
            compare(findChild(view, "batchDifference").text, "$15.00 short, 1 item to key")
            verify(!findChild(view, "batchClose").enabled)
            typeInto(findChild(view, "remitAccount"), "100290")
            typeInto(findChild(view, "remitAmount"), "15.00")
            typeInto(findChild(view, "remitMicr"), "T021000021T 55500012U 7002")
            keyClick(Qt.Key_Return)
            compare(findChild(view, "batchDifference").text, "In balance")
            verify(findChild(view, "batchClose").enabled)
            mouseClick(findChild(view, "batchClose"))
            compare(BackOfficeController.error, "")
            compare(BackOfficeController.batch.status, "closed")
            compare(BackOfficeController.batch.exceptionCount, 2)
            verify(findChild(view, "batchClosedSummary").visible)
            // Closed with exceptions to mail back: the notice is a warning.
            verify(BackOfficeController.noticeIsWarning)
            verify(Qt.colorEqual(findChild(view, "backOfficeMessage").color, Theme.warn))
            mouseClick(findChild(view, "batchPrint"))
            tryCompare(PrintController, "pending", false)
            verify(PrintController.notice.indexOf("Mail batch") >= 0, PrintController.notice + PrintController.error)
            compare(PrintController.error, "")
        }

        function test_3b_theNextClerkDoesNotInheritAnOpenBatch() {
            verify(SessionController.signIn("ana", "1234"))
            let view = open(2)
            typeInto(findChild(view, "batchCount"), "1")
            typeInto(findChild(view, "batchTotal"), "5.00")
            keyClick(Qt.Key_Return)
            verify(BackOfficeController.batch.id !== undefined)
            const anasBatch = BackOfficeController.batch.id
            SessionController.signOut()
            compare(BackOfficeController.batch.id, undefined)
            verify(SessionController.signIn("ben", "2345"))
            view = open(2)
            compare(BackOfficeController.batch.id, undefined)
            verify(findChild(view, "batchOpen").visible) // Ben can open his own
            SessionController.signOut()
            verify(SessionController.signIn("ana", "1234"))
            view = open(2)
            compare(BackOfficeController.batch.id, anasBatch) // Ana's open batch comes back to her
            typeInto(findChild(view, "remitAccount"), "100304")
            typeInto(findChild(view, "remitAmount"), "5.00")
            typeInto(findChild(view, "remitMicr"), "T021000021T 55500012U 7003")
            keyClick(Qt.Key_Return)
            mouseClick(findChild(view, "batchClose"))
            compare(BackOfficeController.batch.status, "closed")
        }

        function test_4_reviewRejectedAnsweredApproved() {
            verify(SessionController.signIn("sam", "2468"))
            const view = open(3)
            const entries = BackOfficeController.review.entries
            let batch = null
            for (const e of entries)
                if (e.subject === "batch" && e.state === "balanced")
                    batch = e
            verify(batch !== null)
            const list = findChild(view, "reviewEntries")
            waitForRendering(list)
            // Column headers over the rows; Approve, Reject and the proof list on each row without choosing it first.
            verify(findChild(view, "reviewHeaders").visible)
            verify(findChild(view, "approveWork_" + batch.id).visible)
            verify(findChild(view, "approveWork_" + batch.id).enabled)
            verify(findChild(view, "printWork_" + batch.id).visible)
            compare(findChild(view, "printWork_" + batch.id).text, "Print the proof list")
            // Work is waiting, so "Approve the day" is off, and one sentence says why.
            verify(!findChild(view, "approveDay").enabled)
            verify(findChild(view, "approveDayWhy").visible)
            compare(findChild(view, "approveDayWhy").text, BackOfficeController.review.approvalBlocked)
            verify(findChild(view, "approveDayWhy").text.indexOf("is balanced") > 0
                   || findChild(view, "approveDayWhy").text.indexOf("is open") > 0)
            mouseClick(findChild(view, "rejectWork_" + batch.id))
            verify(findChild(view, "rejectReason").visible)
            mouseClick(findChild(view, "rejectWork"))
            verify(BackOfficeController.error.indexOf("Not rejected:") === 0) // a rejection needs its reason
            const longReason = "where is the letter for item 1? The customer wrote that a letter about the disputed meter reading is enclosed"
            typeInto(findChild(view, "rejectReason"), longReason)
            mouseClick(findChild(view, "rejectWork"))
            compare(BackOfficeController.error, "")
            // The rejection's reason is shown whole on its row.
            const shownReason = findChild(view, "reviewReason_" + batch.id)
            compare(shownReason.text, longReason)
            verify(!shownReason.truncated)
            verify(!findChild(view, "approveWork_" + batch.id).enabled) // back with its cashier: nothing to approve now
            SessionController.signOut()

            verify(SessionController.signIn("ana", "1234"))
            view.show("")
            view.select(3)
            compare(BackOfficeController.rejected.length, 1)
            compare(BackOfficeController.rejected[0].reason.indexOf("where is the letter for item 1?"), 0)
            const answer = findChild(view, "answer_" + batch.id)
            typeInto(answer, "letter attached to the proof list")
            mouseClick(findChild(view, "resubmit_" + batch.id))
            compare(BackOfficeController.error, "")
            compare(BackOfficeController.rejected.length, 0)
            verify(!findChild(view, "approveDay").visible) // cashiers do not approve
            SessionController.signOut()

            verify(SessionController.signIn("sam", "2468"))
            view.show("")
            view.select(3)
            const again = BackOfficeController.review.entries
            let row = -1
            for (let i = 0; i < again.length; ++i)
                if (again[i].id === batch.id)
                    row = i
            verify(row >= 0)
            compare(again[row].state, "balanced")
            waitForRendering(findChild(view, "reviewEntries"))
            mouseClick(findChild(view, "approveWork_" + batch.id))
            compare(BackOfficeController.error, "")
            compare(BackOfficeController.review.entries[row].id, batch.id)
            compare(BackOfficeController.review.entries[row].state, "approved")
            // The day is not approved while a drawer (Ben's, open since the start) is still open: the button stays
            // off and says so; the station refuses it too.
            verify(!findChild(view, "approveDay").enabled)
            verify(findChild(view, "approveDayWhy").text.indexOf("is open") > 0)
            verify(!BackOfficeController.approveDay(BackOfficeController.review.day))
            verify(BackOfficeController.error.indexOf("Day not approved:") === 0)
            verify(BackOfficeController.error.indexOf("is open") > 0)
            // This station never pulled the office's figures: the review shows no office panel.
            compare(Object.keys(BackOfficeController.review.office).length, 0)
            verify(!findChild(view, "officeDayPanel").visible)
        }

        // The office's figures of the day as a station pulled them: every window's totals and the office's approval.
        function test_5_officeDayPanel() {
            const empty = createTemporaryObject(officePanelComponent, root, {office: {}})
            verify(!empty.visible)
            const office = {postings: "$75.00", approvedBy: "", approvedAt: "",
                            stations: [{station: "WIN-A", state: "ok", payments: 1, collected: "$45.00", reversed: "$0.00", postings: "$45.00"},
                                       {station: "WIN-B", state: "forked", payments: 2, collected: "$30.00", reversed: "$0.00", postings: "$30.00"}]}
            const panel = createTemporaryObject(officePanelComponent, root, {office: office})
            verify(panel.visible)
            verify(panel.height > 0)
            compare(findChild(panel, "officeDayApproval").text, "Not approved at the office yet")
            compare(findChild(panel, "officeDayTotal").text, "postings $75.00")
            office.approvedBy = "sam"
            panel.office = office
            compare(findChild(panel, "officeDayApproval").text, "Approved at the office by sam")
        }
    }
}
