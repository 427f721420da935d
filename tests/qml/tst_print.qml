// Printing from the counter: the receipt (P), then a reprint; the X report only after a supervisor's approval. No
// queue is set in the test station, so each document is kept as a PDF and the cashier is told so. Printing writes no
// ledger record.
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
        name: "Print"
        when: windowShown

        function init() {
            verify(SessionController.signIn("ben", "2345"))
            PrintController.clearFeedback()
        }
        function cleanup() {
            PaymentController.dismissReceipt()
            SessionController.signOut()
        }

        function test_receiptPrintsThenReprints() {
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            verify(PaymentController.selectAccount("100136"))
            PaymentController.addFee("COPY")
            // Exact cash, whatever the account owes on this station (each test file has its own station now).
            verify(PaymentController.addTender("cash", PaymentController.totalDue.replace(/[$,]/g, "")))
            verify(PaymentController.complete())
            const confirmation = findChild(counter, "receiptConfirmation")
            tryVerify(() => confirmation.visible)
            const receipt = PaymentController.lastReceipt.receipt
            const before = SessionController.ledgerSize
            confirmation.forceActiveFocus()
            keyClick(Qt.Key_P)
            tryCompare(PrintController, "pending", false) // the receipt printer answers on its own thread
            compare(PrintController.error, "")
            // The test station has a (simulated) receipt printer; without one the status names the kept PDF.
            compare(PrintController.notice, DeviceController.hasPrinter ? "Receipt " + receipt + " printed."
                    : "Receipt " + receipt + " saved as Receipt_" + receipt.replace(/[^A-Za-z0-9_-]/g, "_"))
            const status = findChild(confirmation, "printStatus")
            verify(status.visible)
            compare(status.text, PrintController.notice)
            mouseClick(findChild(confirmation, "printReceipt"))
            tryCompare(PrintController, "pending", false)
            verify(PrintController.notice.indexOf("REPRINT") >= 0 || PrintController.notice.indexOf("-reprint-") >= 0,
                   PrintController.notice + PrintController.error)
            compare(SessionController.ledgerSize, before)
            keyClick(Qt.Key_Return) // next customer clears the message
            compare(PrintController.notice, "")
            compare(PrintController.error, "")
        }

        function test_xReportDoesNotPrintWithoutApproval() {
            verify(!PrintController.printXReport())
            verify(PrintController.error !== "")
            verify(PrintController.error.indexOf("after a supervisor approves") >= 0, PrintController.error)
        }

        function test_closedDrawerDocumentsNeedAClosedDrawer() {
            verify(!PrintController.printClosed("z", DrawerController.drawerId))
            verify(PrintController.error.startsWith("Not printed:"), PrintController.error)
            verify(PrintController.error.indexOf("still open") >= 0, PrintController.error)
            verify(!PrintController.printClosed("w", DrawerController.drawerId))
        }
    }
}
