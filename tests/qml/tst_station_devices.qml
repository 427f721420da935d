// Runs after tst_drawer (file order), whose blind-close test needs Ben's drawer to hold only its float.
// Counter hardware against the simulated network printer: its state in the header, receipts printed on it, the
// drawer opened once per durable record that needs it, a drawer left open after the close, and the test screen.
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
        name: "Devices"
        when: windowShown

        function init() {
            TestPrinter.control("release-drawer")
            TestPrinter.control("paper-in")
            DeviceController.clearNotice()
        }
        function cleanup() {
            PaymentController.dismissReceipt()
            SessionController.signOut()
        }

        function test_printerStateInTheHeader() {
            verify(SessionController.signIn("ben", "2345"))
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            DeviceController.refresh()
            compare(DeviceController.printerState, "ready")
            const pill = findChild(counter, "printerPill")
            verify(pill.visible)
            compare(pill.value, "Ready")
            TestPrinter.control("paper-out")
            DeviceController.refresh()
            compare(DeviceController.printerState, "paper_end")
            compare(pill.value, "Out of paper")
            compare(DeviceController.printerMessage, "The receipt printer is out of paper: load a new roll and close the cover.")
        }

        function test_aPaymentOpensTheDrawerOnceAndPrintsOnThePrinter() {
            verify(SessionController.signIn("ben", "2345"))
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            const kicks = TestPrinter.kicks
            const jobs = TestPrinter.jobs
            verify(PaymentController.selectAccount("100143"))
            PaymentController.addFee("COPY")
            verify(PaymentController.addTender("cash", PaymentController.remainingPlain))
            verify(PaymentController.complete())
            tryCompare(TestPrinter, "kicks", kicks + 1)
            verify(PrintController.printReceipt(PaymentController.lastReceipt.receipt))
            verify(PrintController.ok)
            compare(PrintController.status, "Receipt " + PaymentController.lastReceipt.receipt + " printed.")
            tryCompare(TestPrinter, "jobs", jobs + 1)
            // Printing is not a ledger record and opens nothing.
            compare(TestPrinter.kicks, kicks + 1)
        }

        function test_aFailedPrintSaysSoAndTheReceiptCanBePrintedAgain() {
            verify(SessionController.signIn("ben", "2345"))
            verify(PaymentController.selectAccount("100150"))
            PaymentController.addFee("COPY")
            verify(PaymentController.addTender("cash", PaymentController.remainingPlain))
            verify(PaymentController.complete())
            const receipt = PaymentController.lastReceipt.receipt
            const size = SessionController.ledgerSize
            TestPrinter.control("paper-out")
            verify(!PrintController.printReceipt(receipt))
            verify(!PrintController.ok)
            verify(PrintController.status.indexOf("out of paper") >= 0, PrintController.status)
            verify(PrintController.status.indexOf("print it again") >= 0, PrintController.status)
            TestPrinter.control("paper-in")
            verify(PrintController.printReceipt(receipt))
            compare(SessionController.ledgerSize, size) // the payment was recorded once
        }

        function test_theDeviceScreenIsForSupervisors() {
            verify(SessionController.signIn("ben", "2345"))
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            verify(!findChild(counter, "devicesButton").visible)
            let size = SessionController.ledgerSize
            const kicks = TestPrinter.kicks
            verify(!DeviceController.testDrawer())
            verify(DeviceController.notice.indexOf("supervisor") >= 0, DeviceController.notice)
            compare(SessionController.ledgerSize, size)
            compare(TestPrinter.kicks, kicks)
            SessionController.signOut()
            verify(SessionController.signIn("sam", "2468"))
            size = SessionController.ledgerSize
            const view = findChild(counter, "deviceTestView")
            findChild(counter, "devicesButton").clicked()
            verify(view.visible)
            mouseClick(findChild(view, "testDrawer"))
            compare(SessionController.ledgerSize, size + 1, DeviceController.notice)
            tryCompare(TestPrinter, "kicks", kicks + 1)
            mouseClick(findChild(view, "testPrint"))
            compare(DeviceController.notice, "Printed.")
            mouseClick(findChild(view, "deviceTestDone"))
            verify(!view.visible)
        }

        // Last: it closes Ben's drawer. The count opens the drawer; the simulated cashier leaves it open.
        function test_z_aDrawerLeftOpenAfterTheCloseIsSaid() {
            verify(SessionController.signIn("ben", "2345"))
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            verify(DrawerController.isMine)
            const kicks = TestPrinter.kicks
            const pieces = ["", "", "", "", "", "", "", "", "", "", "", "", ""]
            verify(DrawerController.count(pieces, "100.00", []))
            tryCompare(TestPrinter, "kicks", kicks + 1)
            const closed = DrawerController.countResult.needsApproval
                ? DrawerController.close("counted by the device test", "sam", "2468")
                : DrawerController.close("")
            verify(closed, DrawerController.error)
            compare(DeviceController.drawerState, "open")
            verify(DeviceController.notice.indexOf("still open") >= 0, DeviceController.notice)
            compare(findChild(counter, "drawerNotice").text, DeviceController.notice)
            TestPrinter.control("release-drawer")
        }
    }
}
