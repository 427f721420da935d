// Sign-in and the counter screen it leads to, against a real (throwaway) station.
import QtQuick
import QtTest
import Tillbook.App
import Tillbook.Ui

// TestCase is invisible by design, so the screens under test are created under this visible root.
Item {
    id: root
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "SignIn"
        width: 1280
        height: 800
        when: windowShown

        Component {
            id: signInComponent
            SignInScreen {
                width: 1280
                height: 800
            }
        }
        Component {
            id: counterComponent
            CounterScreen {
                width: 1280
                height: 800
            }
        }

        function cleanup() {
            SessionController.signOut()
            SessionController.clearFeedback()
        }

        function selectOperator(screen, id) {
            const list = findChild(screen, "operatorList")
            for (let i = 0; i < list.count; ++i) {
                list.currentIndex = i
                if (screen.selectedId === id)
                    return
            }
            fail("operator " + id + " not listed")
        }

        function typePin(digits) {
            for (const d of digits)
                keyClick(Qt.Key_0 + Number(d))
        }

        function test_operatorsListed() {
            const screen = createTemporaryObject(signInComponent, root)
            const list = findChild(screen, "operatorList")
            compare(list.count, 5)
        }

        function test_wrongPinShowsErrorAndStaysSignedOut() {
            const screen = createTemporaryObject(signInComponent, root)
            screen.forceActiveFocus()
            selectOperator(screen, "ana")
            typePin("9999")
            keyClick(Qt.Key_Return)
            verify(!SessionController.signedIn)
            verify(/^Wrong PIN\. 4 tries left before .+ is locked out\.$/.test(findChild(screen, "signInError").text), findChild(screen, "signInError").text)
            compare(screen.pin, "") // the PIN is cleared after every attempt
        }

        function test_rightPinSignsInByKeyboardAlone() {
            const screen = createTemporaryObject(signInComponent, root)
            screen.forceActiveFocus()
            selectOperator(screen, "ben")
            const before = SessionController.ledgerSize
            typePin("2345")
            keyClick(Qt.Key_Enter)
            verify(SessionController.signedIn)
            compare(SessionController.operatorId, "ben")
            compare(SessionController.operatorRole, "cashier")
            compare(SessionController.ledgerSize, before + 1)
        }

        function test_arrowKeysChooseOperator() {
            const screen = createTemporaryObject(signInComponent, root)
            screen.forceActiveFocus()
            const list = findChild(screen, "operatorList")
            list.currentIndex = 0
            keyClick(Qt.Key_Down)
            compare(list.currentIndex, 1)
            keyClick(Qt.Key_Up)
            keyClick(Qt.Key_Up)
            compare(list.currentIndex, 0)
        }

        function test_counterShowsOperatorAndSignsOut() {
            verify(SessionController.signIn("sam", "2468"))
            const counter = createTemporaryObject(counterComponent, root)
            counter.forceActiveFocus()
            waitForRendering(counter)
            verify(findChild(counter, "accountSearch") !== null)
            verify(findChild(counter, "paymentLines") !== null)
            // Sign out is in the operator's menu, named in full.
            mouseClick(findChild(counter, "operatorButton"))
            tryCompare(findChild(counter, "operatorMenu"), "opened", true)
            mouseClick(findChild(counter, "signOutButton"))
            verify(!SessionController.signedIn)
        }

        function test_f12SignsOut() {
            verify(SessionController.signIn("ana", "1234"))
            const counter = createTemporaryObject(counterComponent, root)
            counter.forceActiveFocus()
            keyClick(Qt.Key_F12)
            verify(!SessionController.signedIn)
        }
    }
}
