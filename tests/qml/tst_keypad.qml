// The PIN keypad by touch and by keyboard.
import QtQuick
import QtTest
import Tillbook.Ui

// TestCase is invisible by design, so the screens under test are created under this visible root.
Item {
    id: root
    width: 420
    height: 480

    TestCase {
        id: testCase
        name: "PinKeypad"
        width: 420
        height: 480
        when: windowShown

        Component {
            id: keypadComponent
            FocusScope {
                property alias keypad: pad
                width: 400
                height: 460
                focus: true
                Keys.onPressed: event => { event.accepted = pad.handleKey(event) }
                PinKeypad {
                    id: pad
                    anchors.fill: parent
                    maxLength: 6
                }
            }
        }

        SignalSpy {
            id: submittedSpy
            signalName: "submitted"
        }

        function createKeypad() {
            const scope = createTemporaryObject(keypadComponent, root)
            verify(scope !== null)
            scope.forceActiveFocus()
            waitForRendering(scope) // layouts are positioned on the first frame; clicks need real geometry
            submittedSpy.clear()
            submittedSpy.target = scope.keypad
            return scope
        }

        function key(scope, name) {
            const item = findChild(scope.keypad, name)
            verify(item !== null, "no key " + name)
            return item
        }

        function test_touchDigits() {
            const scope = createKeypad()
            for (const d of ["1", "2", "0", "9"])
                mouseClick(key(scope, "key" + d))
            compare(scope.keypad.pin, "1209")
            mouseClick(key(scope, "keyBackspace"))
            compare(scope.keypad.pin, "120")
            mouseClick(key(scope, "keyClear"))
            compare(scope.keypad.pin, "")
        }

        function test_keyboardDigits() {
            const scope = createKeypad()
            keyClick(Qt.Key_4)
            keyClick(Qt.Key_2)
            keyClick(Qt.Key_7)
            compare(scope.keypad.pin, "427")
            keyClick(Qt.Key_Backspace)
            compare(scope.keypad.pin, "42")
            keyClick(Qt.Key_A) // not a keypad key: ignored
            compare(scope.keypad.pin, "42")
            keyClick(Qt.Key_Escape)
            compare(scope.keypad.pin, "")
        }

        function test_maxLength() {
            const scope = createKeypad()
            for (let i = 0; i < 9; ++i)
                keyClick(Qt.Key_1)
            compare(scope.keypad.pin, "111111")
        }

        function test_enterSubmitsOnlyWithDigits() {
            const scope = createKeypad()
            const enter = key(scope, "keyEnter")
            verify(!enter.enabled)
            keyClick(Qt.Key_Return)
            compare(submittedSpy.count, 0)
            keyClick(Qt.Key_5)
            keyClick(Qt.Key_6)
            verify(enter.enabled)
            keyClick(Qt.Key_Enter)
            compare(submittedSpy.count, 1)
            compare(submittedSpy.signalArguments[0][0], "56")
            mouseClick(enter)
            compare(submittedSpy.count, 2)
        }

        function test_touchTargetsAreLargeEnough() {
            const scope = createKeypad()
            for (const name of ["key1", "key0", "keyClear", "keyBackspace", "keyEnter"]) {
                const k = key(scope, name)
                verify(k.width >= 48 && k.height >= 48, name + " is " + k.width + "x" + k.height)
            }
        }
    }
}
