// The office in the header, in words: nothing for a station without an office, then "Office: up to date", "Office:
// offline since <local time>, N records to send" and "Office: this station is frozen, call a supervisor" as the sync
// thread's reports arrive (TestOffice hands the controller the reports the thread would). And the header's room: one
// row at 1280 px for a supervisor in English and Spanish, the state pills on a second line at 1024 px, nothing cut.
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
        name: "OfficeHeader"
        when: windowShown

        function cleanup() {
            SessionController.signOut()
        }

        // The header alone, for a person to look at ($TILLBOOK_SHOTS).
        function save(counter, name) {
            if (TestClock.shotsDir() !== "")
                grabImage(findChild(counter, "stationHeader")).save(TestClock.shotsDir() + "/" + name)
        }

        // Every leaf of the header inside it and beside, never over, another: the state pills against the buttons.
        function checkHeaderInside(header) {
            const pills = findChild(header, "headerPills")
            const buttons = ["lockButton", "operatorButton"]
            for (const name of buttons) {
                const item = findChild(header, name)
                if (!item.visible)
                    continue
                const r = item.mapToItem(header, 0, 0, item.width, item.height)
                verify(r.x >= 0 && r.x + r.width <= header.width + 1, name + " is outside the header: " + r.x)
                verify(r.y >= 0 && r.y + r.height <= header.height + 1, name + " is outside the header: " + r.y)
                verify(pills.mapToItem(header, pills.width, 0).x <= r.x, name + " lies under the pills")
            }
            for (const name of ["drawerPill", "cashDrawerPill", "printerPill", "readerPill"]) {
                const pill = findChild(header, name)
                if (pill.visible)
                    verify(pill.x + pill.width <= pills.width + 1, name + " is wider than the room for the pills")
            }
        }

        // A supervisor's header (the Devices button too) is one row at 1280 px, in English and in Spanish; at 1024 px
        // the state pills flow on to a second line between the station's name and the buttons, nothing cut.
        function test_theHeaderIsOneRowAt1280() {
            verify(SessionController.signIn("sam", "2468"))
            const counter = createTemporaryObject(counterComponent, root)
            const header = findChild(counter, "stationHeader")
            DeviceController.refresh()
            tryCompare(DeviceController, "printerState", "ready")
            waitForRendering(counter)
            verify(findChild(header, "cashDrawerPill").visible)
            verify(findChild(header, "printerPill").visible)
            compare(findChild(header, "lockButton").Accessible.name, "Lock")
            compare(findChild(header, "operatorButton").Accessible.name, "Sam Ærøskøbing, Supervisor")
            verify(header.oneRow, "the pills take " + findChild(header, "headerPills").height + " px")
            compare(header.height, Theme.headerHeight)
            checkHeaderInside(header)
            // The operator's menu: Devices for a supervisor, and Sign out, each in full.
            mouseClick(findChild(header, "operatorButton"))
            const menu = findChild(header, "operatorMenu")
            tryCompare(menu, "opened", true)
            verify(findChild(header, "devicesButton").visible)
            compare(findChild(header, "signOutButton").text, "Sign out (F12)")
            if (TestClock.shotsDir() !== "")
                grabImage(counter).save(TestClock.shotsDir() + "/header-operator-menu.png")
            menu.close()
            tryCompare(menu, "visible", false)
            verify(UiSettings.setLanguage("es"))
            waitForRendering(counter)
            verify(header.oneRow, "in Spanish the pills take " + findChild(header, "headerPills").height + " px")
            checkHeaderInside(header)
            counter.width = 1024
            waitForRendering(counter)
            verify(!header.oneRow)
            verify(header.height > Theme.headerHeight)
            checkHeaderInside(header)
            verify(UiSettings.setLanguage("en"))
        }

        function test_theOfficeStateInWords() {
            verify(SessionController.signIn("ben", "2345"))
            const counter = createTemporaryObject(counterComponent, root)
            waitForRendering(counter)
            const pill = findChild(counter, "officePill")
            verify(pill)

            // The test station never joined an office: no thread, no words.
            verify(!OfficeController.joined)
            compare(OfficeController.state, OfficeController.NoOffice)
            verify(!pill.visible)
            compare(OfficeController.syncCalls(), 0)

            TestOffice.report("up-to-date", 0)
            tryCompare(pill, "visible", true)
            compare(OfficeController.state, OfficeController.UpToDate)
            compare(pill.value, "Office: up to date")
            compare(pill.tone, "ok")
            compare(OfficeController.error, "")
            save(counter, "header-office-up-to-date.png")

            // The office held all but one record, then went away: one record is one record.
            TestOffice.report("up-to-date", 1)
            TestOffice.report("offline", 0)
            compare(OfficeController.state, OfficeController.Offline)
            compare(OfficeController.recordsToSend, 1)
            verify(/^Office: offline since \S.*\S, 1 record to send$/.test(pill.value), pill.value)
            // While it stays away, the time is the first failure's.
            const first = pill.value
            TestClock.advanceSeconds(180)
            TestOffice.report("offline", 0)
            compare(pill.value, first)

            TestOffice.report("up-to-date", 7)
            TestOffice.report("offline", 0)
            compare(OfficeController.recordsToSend, 7)
            verify(/^Office: offline since \S.*\S, 7 records to send$/.test(pill.value), pill.value)
            compare(pill.tone, "warn")
            verify(OfficeController.error.indexOf("cannot be reached") >= 0, OfficeController.error)
            save(counter, "header-office-offline.png")
            if (TestClock.shotsDir() !== "")
                grabImage(counter).save(TestClock.shotsDir() + "/counter-office-offline.png")

            TestOffice.report("frozen", 0)
            compare(OfficeController.state, OfficeController.Frozen)
            compare(pill.value, "Office: this station is frozen, call a supervisor")
            compare(pill.tone, "danger")
            verify(OfficeController.error.indexOf("frozen this station") >= 0, OfficeController.error)
            compare(findChild(counter, "officeReason").text, OfficeController.error)
            save(counter, "header-office-frozen.png")

            // Up to date again, then a record written since: the next sync has it to send.
            TestOffice.report("up-to-date", 1)
            compare(OfficeController.state, OfficeController.Sending)
            compare(pill.value, "Office: sending new records")
            compare(OfficeController.syncCalls(), 0) // no office: a report never starts a sync
        }
    }
}
