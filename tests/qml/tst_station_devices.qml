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

        function typeText(text) {
            for (const ch of text)
                keyClick(ch)
        }

        function test_printerStateInTheHeader() {
            verify(SessionController.signIn("ben", "2345"))
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            DeviceController.refresh()
            tryCompare(DeviceController, "printerState", "ready")
            const pill = findChild(counter, "printerPill")
            verify(pill.visible)
            compare(pill.value, "Ready")
            TestPrinter.control("paper-out")
            DeviceController.refresh()
            tryCompare(DeviceController, "printerState", "paper_end")
            compare(pill.value, "Out of paper")
            compare(DeviceController.printerMessage, "The receipt printer is out of paper: load a new roll and close the cover.")
        }

        // The drawer session and the cash drawer's sensor in plain words, each in its own pill.
        function test_a_theDrawerPillsSayItInPlainWords() {
            verify(SessionController.signIn("ben", "2345"))
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            verify(DrawerController.isMine)
            compare(findChild(counter, "drawerPill").value, "Drawer " + DrawerController.drawerId.slice(-7) + " open")
            compare(findChild(counter, "drawerPill").label, "")
            const sensor = findChild(counter, "cashDrawerPill")
            TestPrinter.control("release-drawer") // pushed shut, whatever an earlier test left: it shuts soon after
            tryVerify(() => {
                if (DeviceController.drawerState !== DeviceController.SensorClosed)
                    DeviceController.refresh() // asks again; the answer comes back on the device thread
                return DeviceController.drawerState === DeviceController.SensorClosed
            }, 10000)
            verify(sensor.visible)
            compare(sensor.label + ": " + sensor.value, "Cash drawer: shut")
            SessionController.signOut()
            verify(SessionController.signIn("sam", "2468")) // the open drawer is Ben's, not Sam's
            verify(DrawerController.isOpen && !DrawerController.isMine)
            compare(findChild(counter, "drawerPill").value, DrawerController.ownerName + "'s drawer open")
        }

        // States are enums the screen compares by name: an unknown name would be undefined and match nothing.
        function test_statesAreEnumsOfTheControllers() {
            verify(SessionController.signIn("ben", "2345"))
            for (const value of [DrawerController.Normal, DrawerController.Warn, DrawerController.DropRequired,
                                 DeviceController.NoSensor, DeviceController.SensorUnknown, DeviceController.SensorOpen,
                                 DeviceController.SensorClosed])
                verify(value !== undefined)
            verify(DrawerController.isOpen)
            compare(DrawerController.level, DrawerController.Normal)
            verify(DeviceController.drawerState !== DeviceController.NoSensor) // the test station has a drawer sensor
            SessionController.signOut()
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
            tryCompare(PrintController, "pending", false)
            compare(PrintController.error, "")
            compare(PrintController.notice, "Receipt " + PaymentController.lastReceipt.receipt + " printed.")
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
            verify(PrintController.printReceipt(receipt)) // kept as PDF; the printer's answer follows
            tryCompare(PrintController, "pending", false)
            verify(PrintController.error !== "")
            verify(PrintController.error.indexOf("out of paper") >= 0, PrintController.error)
            verify(PrintController.error.indexOf("print it again") >= 0, PrintController.error)
            tryCompare(DeviceController, "printerState", "paper_end") // its sentence came back in English
            // The printer's answer on screen is said again in Spanish, the device's own sentence in it too.
            verify(UiSettings.setLanguage("es"))
            compare(PrintController.error, "No se imprimió. La impresora de recibos no tiene papel: cargue un rollo nuevo y cierre la tapa. "
                    + "Se conserva el PDF; volver a imprimir cuando la impresora esté lista.")
            compare(DeviceController.printerMessage, "La impresora de recibos no tiene papel: cargue un rollo nuevo y cierre la tapa.")
            TestPrinter.control("paper-in")
            verify(PrintController.printReceipt(receipt))
            compare(PrintController.notice, "Recibo " + receipt + ": imprimiendo…")
            tryCompare(PrintController, "pending", false)
            compare(PrintController.error, "")
            compare(PrintController.notice, "Recibo " + receipt + ": impreso.") // the first whole one: not a reprint
            DeviceController.refresh()
            tryCompare(DeviceController, "printerMessage", "La impresora de recibos está lista.")
            verify(UiSettings.setLanguage("en"))
            compare(PrintController.notice, "Receipt " + receipt + " printed.")
            compare(DeviceController.printerMessage, "The receipt printer is ready.")
            compare(SessionController.ledgerSize, size) // the payment was recorded once
        }

        // A printer that takes the connection and never answers holds up the device thread, not the counter: while
        // the receipt's job waits, the cashier keys the next payment and it is recorded.
        function test_theCounterWorksWhileThePrinterDoesNotAnswer() {
            verify(SessionController.signIn("ben", "2345"))
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            verify(PaymentController.selectAccount("100157"))
            PaymentController.addFee("COPY")
            verify(PaymentController.addTender("cash", PaymentController.remainingPlain))
            verify(PaymentController.complete())
            const first = PaymentController.lastReceipt.receipt
            PaymentController.dismissReceipt()
            const calls = DeviceController.deviceCalls()
            verify(TestPrinter.control("silent"))
            verify(PrintController.printReceipt(first))
            verify(PrintController.pending)
            compare(PrintController.notice, "Receipt " + first + " is printing…")
            tryVerify(() => DeviceController.deviceCalls() > calls) // the job is with the printer now

            const search = findChild(counter, "accountSearch")
            tryVerify(() => search.activeFocus)
            const before = SessionController.ledgerSize
            typeText("100164")
            keyClick(Qt.Key_Return) // the account
            keyClick(Qt.Key_Return) // exact cash
            keyClick(Qt.Key_Return) // complete
            tryCompare(SessionController, "ledgerSize", before + 1)
            const number = findChild(counter, "receiptNumber")
            tryVerify(() => number.visible && number.text.startsWith("Receipt QMLTEST-01-R"))
            verify(number.text !== "Receipt " + first, number.text)
            // Still waiting on the printer, and every device call so far ran off the GUI thread.
            verify(PrintController.pending)
            compare(PrintController.notice, "Receipt " + first + " is printing…")
            compare(DeviceController.deviceCallsOnGuiThread(), 0)
            // Asking the printer's state again and again while it does not answer leaves one question out, not a queue.
            for (let i = 0; i < 3; ++i)
                DeviceController.refresh()
            // The same receipt again while its job is out is refused: one job per document.
            verify(!PrintController.printReceipt(first))
            verify(PrintController.error.indexOf("still printing") >= 0, PrintController.error)
            verify(PrintController.pending)

            verify(TestPrinter.control("respond"))
            tryCompare(PrintController, "pending", false)
            compare(PrintController.error, "")
            compare(PrintController.notice, "Receipt " + first + " printed.")
            tryCompare(DeviceController, "printerState", "ready")
            compare(DeviceController.deviceCallsOnGuiThread(), 0)
            compare(DeviceController.mostStatusQuestionsOut(), 1)
        }

        function test_theDeviceScreenIsForSupervisors() {
            verify(SessionController.signIn("ben", "2345"))
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            verify(!findChild(counter, "devicesButton").visible)
            let size = SessionController.ledgerSize
            const kicks = TestPrinter.kicks
            verify(!DeviceController.testDrawer())
            verify(DeviceController.error.indexOf("supervisor") >= 0, DeviceController.error)
            compare(SessionController.ledgerSize, size)
            compare(TestPrinter.kicks, kicks)
            SessionController.signOut()
            verify(SessionController.signIn("sam", "2468"))
            size = SessionController.ledgerSize
            const view = findChild(counter, "deviceTestView")
            findChild(counter, "devicesButton").clicked()
            verify(view.visible)
            // The device test is a page under the header: the counter's work is hidden, not read through a backdrop.
            verify(findChild(counter, "stationHeader").visible)
            verify(!findChild(counter, "accountSearch").visible)
            verify(!findChild(counter, "backOfficeButton").visible)
            mouseClick(findChild(view, "testDrawer"))
            compare(SessionController.ledgerSize, size + 1, DeviceController.error)
            tryCompare(TestPrinter, "kicks", kicks + 1)
            mouseClick(findChild(view, "testPrint"))
            tryCompare(DeviceController, "notice", "Printed.")
            verify(UiSettings.setLanguage("es")) // the outcome on the screen follows the language
            compare(DeviceController.notice, "Impreso.")
            verify(UiSettings.setLanguage("en"))
            mouseClick(findChild(view, "deviceTestDone"))
            verify(!view.visible)
            verify(findChild(counter, "accountSearch").visible)
            // The back office covers the whole counter, header too: nothing of the counter shows, or is walked, under it.
            const backOffice = findChild(counter, "backOfficeView")
            backOffice.show("")
            verify(backOffice.visible)
            verify(!findChild(counter, "stationHeader").visible)
            verify(!findChild(counter, "accountSearch").visible)
            backOffice.dismiss()
            verify(findChild(counter, "stationHeader").visible)
            verify(findChild(counter, "accountSearch").visible)
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
            tryVerify(() => DeviceController.error.indexOf("still open") >= 0, 5000, DeviceController.error)
            compare(DeviceController.drawerState, DeviceController.SensorOpen)
            compare(findChild(counter, "drawerNotice").text, DeviceController.error)
            TestPrinter.control("release-drawer")
        }
    }
}
