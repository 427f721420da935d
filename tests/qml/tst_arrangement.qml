// The arrangement screen: terms typed, the schedule shown at once, refusals in words, then recorded and the note
// printed. Uses an account no other test pays on.
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
        id: testCase
        name: "Arrangement"
        when: windowShown

        function init() {
            verify(SessionController.signIn("ana", "1234"))
        }
        function cleanup() {
            PaymentController.clear()
            SessionController.signOut()
        }
        function typeInto(field, text) {
            field.forceActiveFocus()
            field.selectAll()
            for (const ch of text)
                keyClick(ch)
        }

        function test_liveScheduleThenRecordAndPrint() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            verify(PaymentController.selectAccount("100171"))
            const button = findChild(counter, "arrangementButton")
            tryVerify(() => button.visible)
            waitForRendering(counter) // the account's header is laid out in the bill list before anyone can touch it
            mouseClick(button)
            const view = findChild(counter, "arrangementView")
            verify(view.visible)
            typeInto(findChild(view, "arrangementRate"), "6")
            typeInto(findChild(view, "arrangementInstallments"), "4")
            compare(ArrangementController.schedule.length, 4)
            compare(ArrangementController.error, "")
            const last = ArrangementController.schedule[3]
            compare(last.balance, "$0.00")
            verify(findChild(view, "arrangementSummary").text.indexOf("4 payments of") >= 0)
            typeInto(findChild(view, "arrangementInstallments"), "0")
            compare(ArrangementController.error, "An arrangement needs at least one installment.")
            verify(!findChild(view, "arrangementCreate").enabled)
            typeInto(findChild(view, "arrangementInstallments"), "3")
            typeInto(findChild(view, "arrangementFirstDue"), "2001-01-01")
            verify(ArrangementController.error.startsWith("The first installment cannot be due in the past"),
                   ArrangementController.error)
            typeInto(findChild(view, "arrangementFirstDue"), ArrangementController.defaultFirstDue)
            compare(ArrangementController.schedule.length, 3)
            const before = SessionController.ledgerSize
            mouseClick(findChild(view, "arrangementCreate"))
            compare(SessionController.ledgerSize, before + 1)
            verify(ArrangementController.createdId.startsWith("QMLTEST-01-P"), ArrangementController.createdId + " / " + ArrangementController.error)
            const print = findChild(view, "arrangementPrint")
            verify(print.visible)
            mouseClick(print)
            tryCompare(PrintController, "pending", false)
            compare(PrintController.error, "")
            compare(PrintController.notice, "Promissory note " + ArrangementController.createdId + " printed.")
            mouseClick(findChild(view, "arrangementClose"))
            verify(!view.visible)
            // The account's bills now include the installments.
            verify(PaymentController.bills.some(b => b.id.startsWith(ArrangementController.createdId)))
        }
    }
}
