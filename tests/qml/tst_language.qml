// Language and text size: Spanish at the touch of a button, in the QML screens and in the C++ controllers' messages
// (those already on screen made again); larger text everywhere; signing out returns to the station's settings (English, 100 %).
import QtQuick
import QtTest
import Tillbook.App
import Tillbook.Ui

Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: signInComponent
        SignInScreen {
            width: 1280
            height: 800
        }
    }

    TestCase {
        name: "Language"
        when: windowShown

        function cleanup() {
            SessionController.signOut()
            UiSettings.stationDefaults()
        }
        function findText(item, text) {
            if (item.text === text)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findText(item.children[i], text)
                if (found)
                    return found
            }
            return null
        }

        function test_spanishOnTheScreenAndInMessages() {
            compare(UiSettings.language, "en")
            const screen = createTemporaryObject(signInComponent, root)
            waitForRendering(screen)
            verify(findText(screen, "Who is signing in?") !== null)
            const button = findChild(screen, "languageButton")
            compare(button.text, "Español")
            mouseClick(button)
            compare(UiSettings.language, "es")
            tryVerify(() => findText(screen, "¿Quién inicia sesión?") !== null)
            verify(findText(screen, "Who is signing in?") === null)
            compare(button.text, "English")
            // A C++ controller's message, translated too.
            verify(SessionController.signIn("ana", "1234"))
            verify(!PaymentController.findReceipt("NOPE-1"))
            compare(PaymentController.error, "No existe el recibo NOPE-1.")
            // Signing out returns to the station's language.
            SessionController.signOut()
            compare(UiSettings.language, "en")
            tryVerify(() => findText(screen, "Who is signing in?") !== null)
        }

        function test_dataWordsFollowTheLanguage() {
            verify(SessionController.signIn("ana", "1234"))
            verify(PaymentController.selectAccount("100185")) // no other test pays on it: its oldest bill is utility
            compare(PaymentController.bills.length, 2)
            compare(PaymentController.bills[0].kind, "utility")
            compare(PaymentController.bills[0].kindText, "utility")
            // A bill billing did not describe is named by its kind, on the account's list and the payment's line; one
            // it described (the demo's), by its description.
            compare(PaymentController.bills[0].title, "utility")
            compare(PaymentController.lines[0].label, "utility")
            compare(PaymentController.lines[0].detail, "U-2026-01")
            compare(PaymentController.lines[1].label, "Water service")
            compare(PaymentController.lines[1].detail, "B100185-1")
            const state = DeviceController.printerStateText
            compare(DrawerController.denominations[7].key, "coin_100")
            compare(DrawerController.denominations[7].label, "$1 coin")
            verify(UiSettings.setLanguage("es"))
            compare(PaymentController.bills[0].kind, "utility") // the key stays; only its word changes
            compare(PaymentController.bills[0].kindText, "servicios")
            compare(PaymentController.bills[0].title, "servicios")
            compare(PaymentController.lines[0].label, "servicios")
            compare(PaymentController.lines[1].label, "Water service") // billing's words are data: as given
            verify(DeviceController.printerStateText !== state)
            compare(DrawerController.denominations[7].key, "coin_100") // the cash count's grid names it anew
            compare(DrawerController.denominations[7].label, "moneda de $1")
            PaymentController.clear()
        }

        // A bill's dates on the account's list follow the language (month first in English, day first in Spanish),
        // and an amount the cashier typed stays what the payment puts on the bill when the list is made anew.
        function test_billDatesFollowTheLanguage() {
            verify(SessionController.signIn("ana", "1234"))
            verify(PaymentController.selectAccount("100185"))
            const bill = PaymentController.bills[1]
            compare(bill.dueIso.length, 10)
            const due = new Date(bill.dueIso + "T12:00:00")
            const month = due.getMonth() + 1, day = due.getDate()
            verify(day > 12 || day !== month, "a due date whose day and month read the same both ways")
            verify(bill.dueDate.startsWith(month + "/" + day + "/"), bill.dueDate)
            verify(PaymentController.setBillAmount(bill.id, "12.34"))
            let accountSignals = 0
            const count = () => ++accountSignals
            PaymentController.accountChanged.connect(count)
            verify(UiSettings.setLanguage("es"))
            PaymentController.accountChanged.disconnect(count)
            verify(accountSignals >= 1, "the screen is told to read the list again")
            verify(PaymentController.bills[1].dueDate.startsWith(day + "/" + month + "/"), PaymentController.bills[1].dueDate)
            compare(PaymentController.bills[1].payingPlain, "12.34")
            PaymentController.clear()
        }

        function test_backOfficeListsFollowTheLanguage() {
            // Texts already on screen when the language changes: an account's history, a mail batch's exception and
            // the sentence about it, the review's sentence. Each is made again in Spanish, not left in English.
            verify(SessionController.signIn("ana", "1234"))
            verify(BackOfficeController.addNote("100101", "Called about the bill"))
            compare(BackOfficeController.history[0].summary, "Note: Called about the bill")
            verify(BackOfficeController.openBatch("1", "25.00", ""))
            verify(BackOfficeController.keyRemittance("100269", "25.00", "T021000021T 55500012U 7001", ""))
            compare(BackOfficeController.batch.items[0].status, "exception") // no routing directory on this station
            const reason = BackOfficeController.batch.items[0].reason
            verify(reason.length > 0)
            verify(BackOfficeController.notice.indexOf("Item 1: $25.00 for account 100269 goes to the exceptions: " + reason) === 0)
            verify(BackOfficeController.loadReview(BackOfficeController.today))
            const blocked = BackOfficeController.review.approvalBlocked
            verify(blocked.length > 0)

            verify(UiSettings.setLanguage("es"))
            compare(BackOfficeController.history[0].summary, "Nota: Called about the bill")
            const motivo = BackOfficeController.batch.items[0].reason
            verify(motivo.length > 0 && motivo !== reason, motivo)
            compare(BackOfficeController.notice, "Partida 1: $25.00 para la cuenta 100269 pasa a excepciones: " + motivo)
            const bloqueado = BackOfficeController.review.approvalBlocked
            verify(bloqueado.length > 0 && bloqueado !== blocked, bloqueado)
            // And back: the same texts in English again.
            verify(UiSettings.setLanguage("en"))
            compare(BackOfficeController.history[0].summary, "Note: Called about the bill")
            compare(BackOfficeController.batch.items[0].reason, reason)
            compare(BackOfficeController.review.approvalBlocked, blocked)
            BackOfficeController.clearBatch()
        }

        function test_theLastSentenceFollowsTheLanguage() {
            // A refusal on screen (the station's message, and the app's own sentence) is said again in Spanish.
            verify(!SessionController.signIn("ben", "0000"))
            const wrongPin = SessionController.error
            verify(wrongPin.indexOf("Wrong PIN.") === 0, wrongPin)
            verify(UiSettings.setLanguage("es"))
            verify(SessionController.error.indexOf("PIN incorrecto") === 0, SessionController.error)
            verify(UiSettings.setLanguage("en"))
            compare(SessionController.error, wrongPin)
            verify(SessionController.signIn("ana", "1234"))
            verify(!PaymentController.findReceipt("NOPE-1"))
            compare(PaymentController.error, "There is no receipt NOPE-1.")
            verify(UiSettings.setLanguage("es"))
            compare(PaymentController.error, "No existe el recibo NOPE-1.")
            PaymentController.clearFeedback()
        }

        function test_largerTextForThisSessionOnly() {
            const screen = createTemporaryObject(signInComponent, root)
            waitForRendering(screen)
            compare(Theme.fontBody, 20)
            verify(!findChild(screen, "smallerText").enabled)
            mouseClick(findChild(screen, "largerText"))
            compare(UiSettings.fontPercent, 125)
            compare(Theme.fontBody, 25)
            for (let i = 0; i < 5; ++i)
                UiSettings.largerText()
            compare(UiSettings.fontPercent, 200) // at most double
            verify(!findChild(screen, "largerText").enabled)
            verify(SessionController.signIn("ana", "1234"))
            compare(UiSettings.fontPercent, 200) // kept while signed in
            SessionController.signOut()
            compare(UiSettings.fontPercent, 100)
            compare(Theme.fontBody, 20)
        }
    }
}
