// Clearing a lockout with a supervisor's approval: the supervisor sees what they approve, picks their name and
// enters their PIN; a wrong PIN approves nothing; nobody is offered to approve their own action.
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
        id: signInComponent
        SignInScreen {
            width: 1280
            height: 800
        }
    }

    TestCase {
        id: testCase
        name: "Approval"
        when: windowShown

        function lockOutCleo() {
            for (let i = 0; i < 5; ++i)
                SessionController.signIn("cleo", "0000")
            verify(SessionController.isLockedOut("cleo"))
        }

        function openApproval() {
            const screen = createTemporaryObject(signInComponent, root)
            screen.forceActiveFocus()
            const list = findChild(screen, "operatorList")
            for (let i = 0; i < list.count && screen.selectedId !== "cleo"; ++i)
                list.currentIndex = i
            compare(screen.selectedId, "cleo")
            waitForRendering(screen)
            const button = findChild(screen, "clearLockoutButton")
            verify(button.visible)
            mouseClick(button)
            const dialog = findChild(screen, "approvalDialog")
            tryVerify(() => dialog.opened)
            return {screen: screen, dialog: dialog}
        }

        function chooseApprover(dialog, id) {
            const list = findChild(dialog.contentItem, "approverList")
            for (let i = 0; i < list.count; ++i) {
                list.currentIndex = i
                if (dialog.supervisorId === id)
                    return
            }
            fail("approver " + id + " not offered")
        }

        function typePin(digits) {
            for (const d of digits)
                keyClick(Qt.Key_0 + Number(d))
        }

        function test_dialogShowsTheActionAndOnlyOtherSupervisors() {
            lockOutCleo()
            const ui = openApproval()
            compare(findChild(ui.dialog.contentItem, "approvalDescription").text,
                    "You are approving: Clear the sign-in lockout of Cleo Park")
            const list = findChild(ui.dialog.contentItem, "approverList")
            compare(list.count, 2) // Ada (admin) and Sam (supervisor); never a cashier
            ui.dialog.close()
        }

        function test_wrongSupervisorPinApprovesNothing() {
            lockOutCleo()
            const ui = openApproval()
            chooseApprover(ui.dialog, "sam")
            typePin("1111")
            keyClick(Qt.Key_Return)
            verify(ui.dialog.opened)
            verify(/^Wrong PIN\. 4 tries left before .+ is locked out\.$/.test(findChild(ui.dialog.contentItem, "approvalError").text), findChild(ui.dialog.contentItem, "approvalError").text)
            verify(SessionController.isLockedOut("cleo"))
            ui.dialog.close()
        }

        function test_supervisorClearsTheLockout() {
            lockOutCleo()
            const ui = openApproval()
            chooseApprover(ui.dialog, "sam")
            const before = SessionController.ledgerSize
            typePin("2468")
            keyClick(Qt.Key_Enter)
            tryVerify(() => !ui.dialog.visible)
            verify(!SessionController.isLockedOut("cleo"))
            compare(SessionController.ledgerSize, before + 2) // approval.granted, then session.lockout_cleared
            verify(SessionController.signIn("cleo", "5555"))
            SessionController.signOut()
        }

        // At double text the clear-lockout button keeps its words and the dialog's digits fit their keys.
        function test_doubleTextFits() {
            lockOutCleo()
            for (let i = 0; i < 4; ++i)
                UiSettings.largerText()
            const ui = openApproval()
            const button = findChild(ui.screen, "clearLockoutButton")
            verify(!button.contentItem.truncated, button.text)
            for (const name of ["key1", "key0", "keyClear", "keyEnter"]) {
                const key = findChild(ui.dialog.contentItem, name)
                verify(key.contentItem.contentHeight <= key.height, name + ": " + key.contentItem.contentHeight
                       + " px of text in " + key.height + " px")
            }
            verify(ui.dialog.height <= root.height, "the dialog is taller than the window")
            ui.dialog.close()
            UiSettings.stationDefaults()
        }

        function test_supervisorsAreNotOfferedTheirOwnApproval() {
            const approvers = SessionController.approvers("sam")
            for (const a of approvers)
                verify(a.operatorId !== "sam")
            compare(approvers.length, 1)
        }
    }
}
