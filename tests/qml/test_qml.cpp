// Qt Quick Test runner: a throwaway demo station behind the real controllers, then every tst_*.qml here.
#include "app/app_context.h"
#include "app/office_controller.h"
// moc cannot parse the C++20 library headers these pull in.
#ifndef Q_MOC_RUN
#include "devices/printer_simulator.h"
#include "station/demo.h"
#include "station/drawers.h"
#include "station/operators.h"
#include "station/settings.h"
#include "station/station.h"
#endif

#include <QQmlEngine>
#include <QtQml/qqml.h>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <cstdlib>
#include <fstream>
#include <memory>

Q_IMPORT_QML_PLUGIN(Tillbook_AppPlugin)
Q_IMPORT_QML_PLUGIN(Tillbook_UiPlugin)

// The simulated receipt printer, for the device tests to steer and to ask what it saw.
class TestPrinter : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int kicks READ kicks)
    Q_PROPERTY(int jobs READ jobs)

public:
    explicit TestPrinter(tillbook::devices::PrinterSimulator& sim)
        : m_sim(sim)
    {
    }
    int kicks() const { return m_sim.kicks(); }
    int jobs() const { return static_cast<int>(m_sim.jobs().size()); }
    Q_INVOKABLE bool control(const QString& word) { return m_sim.control(word.toStdString()); }

private:
    tillbook::devices::PrinterSimulator& m_sim;
};

// The station's clock, for the test that sets it back: the station writes clock.stepped_back and the counter says so.
class TestClock : public QObject
{
    Q_OBJECT

public:
    explicit TestClock(tillbook::FixedClock& clock)
        : m_clock(clock)
    {
    }
    Q_INVOKABLE void advanceSeconds(int seconds) { m_clock.advance(static_cast<std::int64_t>(seconds) * 1000); }
    // Where a test may save what it rendered, for a person to look at ($TILLBOOK_SHOTS); empty: nowhere.
    Q_INVOKABLE QString shotsDir() const { return qEnvironmentVariable("TILLBOOK_SHOTS"); }

private:
    tillbook::FixedClock& m_clock;
};

// The office as the header hears of it: the test station has no office, so the tests hand the controller the reports its
// sync thread would (OfficeController::applyReport): a sync that reached the office, which holds all but `toSend` of the
// ledger, or one that did not (`toSend` is then not known, as for a real failed sync).
class TestOffice : public QObject
{
    Q_OBJECT

public:
    TestOffice(tillbook::app::OfficeController& office, tillbook::station::Station& station)
        : m_office(office)
        , m_station(station)
    {
    }
    // kind: up-to-date, offline (the office unreachable) or frozen.
    Q_INVOKABLE void report(const QString& kind, int toSend)
    {
        tillbook::app::OfficeSyncReport report;
        report.ok = kind != QStringLiteral("offline");
        report.unreachable = !report.ok;
        report.localSize = m_station.store().size();
        report.officeHas = report.localSize - std::min(report.localSize, static_cast<std::uint64_t>(toSend));
        if (kind == QStringLiteral("offline"))
            report.problem = QStringLiteral("The office at postgresql://office.example:5432/tillbook cannot be reached.");
        else if (kind == QStringLiteral("frozen"))
            report.problem = QStringLiteral("The office has frozen this station at seq 12 (forked); a supervisor must look.");
        m_office.applyReport(report);
    }

private:
    tillbook::app::OfficeController& m_office;
    tillbook::station::Station& m_station;
};

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        // The end-to-end run (tests/e2e/whole_day.sh) keeps its station, in a directory it names, to verify afterwards;
        // its day starts with no drawer open.
        const char* e2eDir = std::getenv("TILLBOOK_E2E_DATA");
        const bool endToEnd = e2eDir != nullptr && *e2eDir != '\0';
        std::filesystem::path dir = endToEnd ? std::filesystem::path(e2eDir) : std::filesystem::path(m_dir.path().toStdString());
        // A second end-to-end run on the same directory is the station starting again (after a stop).
        const bool again = endToEnd && std::filesystem::exists(dir / "tillbook.db");
        if (!again)
            tillbook::station::Station::create(dir, endToEnd ? "E2E-01" : "QMLTEST-01", m_clock,
                                                   tillbook::station::Station::Kind::Demo);
        tillbook::station::Station::Options options;
        options.scrypt.n = 1024;
        m_station = tillbook::station::Station::open(dir, m_clock, options);
        if (!again)
            tillbook::station::seedDemo(*m_station);
        if (endToEnd) {
            startDevices(dir);
            return;
        }
        // Cleo is locked out and cleared by the approval tests, so the other tests' operators stay usable.
        m_station->operators().addOperator("system", "cleo", "Cleo Park", tillbook::station::Role::Cashier, "5555");
        // Ben takes the payments in the payment tests: his drawer is open with the expected float.
        tillbook::CashCount openingFloat;
        openingFloat.rolledCoin = m_station->settings().moneySetting("drawer.float");
        m_station->drawers().openDrawer("ben", openingFloat);
        // A bill the billing system describes, due before the test clock's day (2026-01-01): the account view names
        // it and marks it past due (tst_payment). And one it does not describe, named by its kind (tst_language).
        m_station->accounts().importBills("system",
                                          "id,account,kind,due_date,amount,fund,description,period_start,period_end\n"
                                          "W-2025-11,100276,utility,2025-12-15,42.10,WATER,\"Water and sewer, November\",2025-11-01,2025-11-30\n"
                                          "U-2026-01,100185,utility,2026-01-20,12.00,WATER,,,\n",
                                          "described.csv");
        // Permit payments by card carry a 2.5% convenience fee (tst_card shows it before Complete).
        m_station->settings().changeConvenienceFee("ada", "card_fee.PERMITS", "2.5%");
        startDevices(dir);
    }
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        m_app->attachEngine(*engine);
        qmlRegisterSingletonInstance("TestSupport", 1, 0, "TestPrinter", m_testPrinter.get());
        qmlRegisterSingletonInstance("TestSupport", 1, 0, "TestClock", &m_testClock);
        m_testOffice = std::make_unique<TestOffice>(m_app->office(), *m_station);
        qmlRegisterSingletonInstance("TestSupport", 1, 0, "TestOffice", m_testOffice.get());
    }
    void cleanupTestCase()
    {
        m_testOffice.reset();
        m_app.reset();
    }

private:
    void startDevices(const std::filesystem::path& dir)
    {
        // A simulated network receipt printer with the drawer on its port; the drawer stays open once kicked, as a
        // cashier might leave it, until a test releases it. The longest device timeout, so a test that silences the
        // printer finds its job still waiting for an answer when it looks.
        tillbook::devices::PrinterSimOptions sim;
        sim.outDir = dir / "printer-jobs";
        sim.holdDrawerOpen = true;
        m_printerSim = std::make_unique<tillbook::devices::PrinterSimulator>(sim);
        m_printerSim->start();
        std::ofstream(dir / "devices.json")
            << "{\"printer\": {\"transport\": \"tcp\", \"address\": \"" << m_printerSim->address()
            << "\", \"timeout_ms\": 30000}, \"drawer\": {\"via\": \"printer\", \"open_when\": \"high\"}}";
        m_testPrinter = std::make_unique<TestPrinter>(*m_printerSim);
        m_app = std::make_unique<tillbook::app::AppContext>(*m_station);
    }

    QTemporaryDir m_dir;
    tillbook::FixedClock m_clock;
    TestClock m_testClock{m_clock};
    std::unique_ptr<tillbook::station::Station> m_station;
    std::unique_ptr<tillbook::devices::PrinterSimulator> m_printerSim;
    std::unique_ptr<TestPrinter> m_testPrinter;
    std::unique_ptr<tillbook::app::AppContext> m_app; // the controllers, over the station and its printer
    std::unique_ptr<TestOffice> m_testOffice;
};

// Catch2's and ctest's habit of running binaries headless: default to offscreen unless told otherwise.
static const bool kOffscreen = [] {
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    return true;
}();

QUICK_TEST_MAIN_WITH_SETUP(tillbook_qml, Setup)

#include "test_qml.moc"
