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

        Component {
            id: smallSignInComponent
            SignInScreen {
                width: 1024
                height: 768
            }
        }

        function cleanup() {
            SessionController.signOut()
            SessionController.clearFeedback()
            UiSettings.stationDefaults()
        }

        // Where `item` sits in the sign-in page's scrolling content.
        function inPage(screen, item) {
            const page = findChild(screen, "signInPage")
            return item.mapToItem(page.contentItem, 0, 0, item.width, item.height)
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

        // At double text on the smallest window the digits fit their keys, and the page scrolls to the Sign in key.
        function test_doubleTextKeysHoldDigitsAndThePageScrollsToSignIn() {
            for (let i = 0; i < 4; ++i)
                UiSettings.largerText()
            compare(UiSettings.fontPercent, 200)
            const screen = createTemporaryObject(smallSignInComponent, root)
            waitForRendering(screen)
            for (const name of ["key1", "key5", "key0", "keyClear", "keyBackspace", "keyEnter"]) {
                const key = findChild(screen, name)
                verify(key.contentItem.contentHeight <= key.height, name + ": " + key.contentItem.contentHeight
                       + " px of text in " + key.height + " px")
                verify(key.height >= 48 && key.width >= 48, name + " is " + key.width + "x" + key.height)
            }
            const page = findChild(screen, "signInPage")
            const enter = inPage(screen, findChild(screen, "keyEnter"))
            verify(page.contentHeight > page.height, "the page does not scroll")
            verify(enter.y + enter.height <= page.contentHeight, "Sign in lies past the page's end")
            const station = findChild(screen, "signInStation")
            verify(!station.truncated && station.contentWidth <= station.width, station.text)
        }

        // On a narrow window the keypad goes under the names instead of beside them.
        function test_narrowWindowStacksTheKeypadUnderTheNames() {
            const screen = createTemporaryObject(signInComponent, root, {width: 700, height: 800})
            waitForRendering(screen)
            verify(!screen.wide)
            const list = inPage(screen, findChild(screen, "operatorList"))
            const keypad = inPage(screen, findChild(screen, "pinKeypad"))
            verify(keypad.y >= list.y + list.height, "the keypad is not under the names")
            verify(keypad.x + keypad.width <= screen.width, "the keypad is wider than the window")
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
