// Language and text size: Spanish at the touch of a button, in the QML screens and in the C++ controllers' messages;
// larger text everywhere; signing out returns to the station's settings (English, 100 %).
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
            verify(PaymentController.bills.length > 0)
            compare(PaymentController.bills[0].kind, "utility")
            compare(PaymentController.bills[0].kindText, "utility")
            const state = DeviceController.printerStateText
            verify(UiSettings.setLanguage("es"))
            compare(PaymentController.bills[0].kind, "utility") // the key stays; only its word changes
            compare(PaymentController.bills[0].kindText, "servicios")
            verify(DeviceController.printerStateText !== state)
            PaymentController.clear()
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
