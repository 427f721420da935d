// The lock screen: the same operator resumes with their PIN; switching signs them out.
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
        id: lockComponent
        LockScreen {
            width: 1280
            height: 800
        }
    }

    Component {
        id: smallLockComponent
        LockScreen {
            width: 1024
            height: 768
        }
    }

    TestCase {
        id: testCase
        name: "LockScreen"
        when: windowShown

        function init() {
            verify(SessionController.signIn("ana", "1234"))
            SessionController.lock()
            verify(SessionController.locked)
        }
        function cleanup() {
            SessionController.signOut()
            SessionController.clearFeedback()
            UiSettings.stationDefaults()
        }

        function typePin(digits) {
            for (const d of digits)
                keyClick(Qt.Key_0 + Number(d))
        }

        function test_wrongPinKeepsItLocked() {
            const screen = createTemporaryObject(lockComponent, root)
            screen.forceActiveFocus()
            const before = SessionController.ledgerSize
            typePin("1111")
            keyClick(Qt.Key_Return)
            verify(SessionController.locked)
            verify(/^Wrong PIN\. 4 tries left before .+ is locked out\.$/.test(findChild(screen, "lockError").text), findChild(screen, "lockError").text)
            compare(SessionController.ledgerSize, before + 1) // the failed attempt is recorded
            compare(screen.pin, "")
        }

        function test_samePinResumes() {
            const screen = createTemporaryObject(lockComponent, root)
            screen.forceActiveFocus()
            typePin("1234")
            keyClick(Qt.Key_Enter)
            verify(!SessionController.locked)
            verify(SessionController.signedIn)
            compare(SessionController.operatorId, "ana")
        }

        function test_switchOperatorSignsOut() {
            const screen = createTemporaryObject(lockComponent, root)
            waitForRendering(screen)
            mouseClick(findChild(screen, "switchOperatorButton"))
            verify(!SessionController.signedIn)
            verify(!SessionController.locked)
        }

        // In Spanish at double text on the smallest window the switch-operator button wraps rather than eliding the
        // name it signs out, and the digits fit their keys.
        function test_doubleTextSpanishKeepsTheSwitchOperatorLine() {
            UiSettings.setLanguage("es")
            for (let i = 0; i < 4; ++i)
                UiSettings.largerText()
            const screen = createTemporaryObject(smallLockComponent, root)
            waitForRendering(screen)
            const button = findChild(screen, "switchOperatorButton")
            verify(!button.contentItem.truncated, button.text)
            verify(button.contentItem.contentWidth <= button.contentItem.width, button.text)
            for (const name of ["key1", "key0", "keyEnter"]) {
                const key = findChild(screen, name)
                verify(key.contentItem.contentHeight <= key.height, name + ": " + key.contentItem.contentHeight
                       + " px of text in " + key.height + " px")
            }
        }
    }
}
