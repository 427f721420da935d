// The office in the header, in words: nothing for a station without an office, then "Office: up to date", "Office:
// offline since <local time>, N records to send" and "Office: this station is frozen, call a supervisor" as the sync
// thread's reports arrive (TestOffice hands the controller the reports the thread would).
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
