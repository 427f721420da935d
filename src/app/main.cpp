// tillbook: the station UI. Opens the station, installs the controllers, loads Main.qml.
// --self-test loads every QML file and exits non-zero on any error; --screenshots DIR renders each screen to PNG.
#include "app/arrangement_controller.h"
#include "app/back_office_controller.h"
#include "app/ui_settings.h"
#include "app/device_controller.h"
#include "app/drawer_controller.h"
#include "app/print_controller.h"
#include "app/payment_controller.h"
#include "app/session_controller.h"
#include "core/calendar.h"
#include "core/scan_line.h"
#include "devices/printer_simulator.h"
#include "station/demo.h"
#include "station/services.h"
#include "station/arrangements.h"
#include "station/checks.h"
#include "station/operators.h"
#include "station/review.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <fstream>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>

Q_IMPORT_QML_PLUGIN(Tillbook_AppPlugin)
Q_IMPORT_QML_PLUGIN(Tillbook_UiPlugin)

namespace {

using tillbook::app::SessionController;
namespace station = tillbook::station;

const QUrl kMainQml(QStringLiteral("qrc:/qt/qml/Tillbook/Ui/Main.qml"));

struct Options {
    std::optional<std::string> dataDir;
    bool selfTest = false;
    int quitAfterSeconds = 0; // for smoke tests of the run command
    bool startupReport = false; // print how long until the sign-in screen's first frame, then quit
    std::string screenshotDir;
};

bool hasDisplay()
{
    auto set = [](const char* name) {
        const char* v = std::getenv(name);
        return v && *v;
    };
    return set("QT_QPA_PLATFORM") || set("DISPLAY") || set("WAYLAND_DISPLAY");
}

int selfTest(QQmlEngine& engine)
{
    int failures = 0;
    int loaded = 0;
    QDirIterator it(QStringLiteral(":/qt/qml/Tillbook/Ui"), {QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QString path = it.next();
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + path));
        std::unique_ptr<QObject> object(component.create());
        if (!object) {
            ++failures;
            std::fprintf(stderr, "FAIL %s\n%s\n", qPrintable(path), qPrintable(component.errorString()));
        } else {
            ++loaded;
            std::printf("ok   %s\n", qPrintable(path));
        }
    }
    if (loaded == 0) {
        std::fprintf(stderr, "self-test found no QML files\n");
        return 1;
    }
    std::printf("%d QML files loaded, %d failed\n", loaded, failures);
    return failures == 0 ? 0 : 1;
}

// Lets bindings, layouts and the Loader settle, and really deletes screens the Loader replaced, so that
// findChild never returns a screen that is on its way out.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

bool grab(QQuickWindow* window, const QString& file)
{
    settle();
    QImage image = window->grabWindow();
    if (image.isNull() || !image.save(file)) {
        std::fprintf(stderr, "could not save %s\n", qPrintable(file));
        return false;
    }
    std::printf("wrote %s\n", qPrintable(file));
    return true;
}

// Device answers come back from the device thread as queued signals: a screenshot of a printed state waits for it
// (the simulated printer answers at once; the deadline only keeps a broken one from hanging the run).
void settleUntil(const std::function<bool()>& done)
{
    QTimer tick; // wakes the wait below now and then, so the deadline is seen
    tick.start(100);
    QDeadlineTimer deadline(10000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

void settle();

void selectOperator(QQuickWindow* window, const QString& id)
{
    settle();
    auto* list = window->findChild<QObject*>(QStringLiteral("operatorList"));
    auto* screen = window->findChild<QObject*>(QStringLiteral("signInScreen"));
    if (!list || !screen)
        return;
    for (int i = 0; i < list->property("count").toInt(); ++i) {
        list->setProperty("currentIndex", i);
        QCoreApplication::processEvents();
        if (screen->property("selectedId").toString() == id)
            return;
    }
}

// Drives each screen into its states as a cashier or supervisor would and saves one PNG per state.
int screenshots(QQmlApplicationEngine& engine, SessionController& session, tillbook::app::PaymentController& payments,
                tillbook::app::DrawerController& drawers, tillbook::app::PrintController& printer,
                tillbook::app::DeviceController& devices, tillbook::app::BackOfficeController& backOffice,
                tillbook::app::UiSettings& ui, const std::filesystem::path& dataDir, const tillbook::Clock& clock,
                const QString& dir)
{
    QDir().mkpath(dir);
    engine.load(kMainQml);
    if (engine.rootObjects().isEmpty())
        return 1;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    auto child = [window](const char* name) {
        settle();
        return window->findChild<QObject*>(QString::fromLatin1(name));
    };
    bool ok = grab(window, dir + QStringLiteral("/sign-in.png"));

    selectOperator(window, QStringLiteral("ana"));
    child("pinKeypad")->setProperty("pin", QStringLiteral("12"));
    ok = grab(window, dir + QStringLiteral("/sign-in-typing.png")) && ok;
    child("pinKeypad")->setProperty("pin", QStringLiteral("9999"));
    QMetaObject::invokeMethod(child("pinKeypad"), "submit");
    ok = grab(window, dir + QStringLiteral("/sign-in-wrong-pin.png")) && ok;

    session.signIn(QStringLiteral("ana"), QStringLiteral("1234"));
    devices.refresh();
    settleUntil([&] { return devices.printerState() != QStringLiteral("unknown"); });
    ok = grab(window, dir + QStringLiteral("/counter-no-drawer.png")) && ok;
    // The float: 5 x $20, 6 x $10, 6 x $5, 10 x $1 = $200.00, typed into the grid as a cashier would.
    const QVariantList floatCount{QString(), QString(), QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("6"),
                                  QString(), QStringLiteral("10"), QString(), QString(), QString(), QString(),
                                  QString(), QString()};
    auto* drawerPanel = child("drawerPanel");
    QMetaObject::invokeMethod(drawerPanel, "start", Q_ARG(QVariant, QStringLiteral("open")));
    for (QObject* o : drawerPanel->findChildren<QObject*>()) {
        if (o->metaObject()->indexOfProperty("pieces") >= 0)
            o->setProperty("pieces", floatCount);
    }
    ok = grab(window, dir + QStringLiteral("/drawer-open.png")) && ok;
    drawers.openDrawer(floatCount, QString());
    QMetaObject::invokeMethod(drawerPanel, "finish");
    ok = grab(window, dir + QStringLiteral("/counter.png")) && ok;
    if (auto* search = child("accountSearch")) {
        search->setProperty("text", QStringLiteral("gar"));
        payments.search(QStringLiteral("gar"));
    }
    ok = grab(window, dir + QStringLiteral("/search.png")) && ok;
    payments.selectAccount(QStringLiteral("100115"));
    payments.addFee(QStringLiteral("NOTARY"));
    // A check: read, verified with its reasons, overridden by the supervisor, taken.
    if (auto* checkDialog = child("checkDialog")) {
        checkDialog->setProperty("kind", QStringLiteral("check"));
        QMetaObject::invokeMethod(checkDialog, "open");
        settle();
        if (auto* micr = child("micrField"))
            micr->setProperty("text", QStringLiteral("T021000021T 123456789U 0212"));
        if (auto* amount = child("checkAmount"))
            amount->setProperty("text", QStringLiteral("50.00")); // the screen shows what was verified
        payments.verifyItem(QStringLiteral("check"), QStringLiteral("T021000021T 123456789U 0212"),
                            QStringLiteral("50.00"), payments.today(), false, false);
        ok = grab(window, dir + QStringLiteral("/check-needs-supervisor.png")) && ok;
        payments.overrideItem(QStringLiteral("sam"), QStringLiteral("2468"));
        ok = grab(window, dir + QStringLiteral("/check-overridden.png")) && ok;
        payments.takeItem();
        QMetaObject::invokeMethod(checkDialog, "close");
    }
    ok = grab(window, dir + QStringLiteral("/payment.png")) && ok;
    payments.addTender(QStringLiteral("cash"), QStringLiteral("150.00"));
    payments.complete();
    ok = grab(window, dir + QStringLiteral("/receipt.png")) && ok;
    printer.printReceipt(payments.lastReceipt().value(QStringLiteral("receipt")).toString());
    settleUntil([&] { return !printer.pending(); });
    ok = grab(window, dir + QStringLiteral("/receipt-printed.png")) && ok;
    printer.clearStatus();
    payments.dismissReceipt();
    // Voids and refunds (F8): the last receipt offered.
    if (auto* receipts = child("receiptsView")) {
        QMetaObject::invokeMethod(receipts, "show", Q_ARG(QVariant, QString()));
        ok = grab(window, dir + QStringLiteral("/void-refund.png")) && ok;
        QMetaObject::invokeMethod(receipts, "dismiss");
    }

    // The X report, with the supervisor's approval.
    if (auto* xView = child("xReportView")) {
        xView->setProperty("rows", drawers.xReport(QStringLiteral("sam"), QStringLiteral("2468")));
        xView->setProperty("visible", true);
        printer.printXReport();
        settleUntil([&] { return !printer.pending(); });
        ok = grab(window, dir + QStringLiteral("/x-report.png")) && ok;
        printer.clearStatus();
        xView->setProperty("visible", false);
    }

    // A payment arrangement on an account with a balance: the live schedule, then recorded with its note printed.
    if (auto* arrangementView = child("arrangementView")) {
        payments.selectAccount(QStringLiteral("100122"));
        QMetaObject::invokeMethod(arrangementView, "show", Q_ARG(QVariant, QStringLiteral("100122")));
        settle();
        child("arrangementDown")->setProperty("text", QStringLiteral("25.00"));
        child("arrangementRate")->setProperty("text", QStringLiteral("6"));
        QMetaObject::invokeMethod(arrangementView, "refresh");
        ok = grab(window, dir + QStringLiteral("/arrangement.png")) && ok;
        QMetaObject::invokeMethod(arrangementView, "createIt");
        settle();
        QMetaObject::invokeMethod(child("arrangementPrint"), "clicked");
        settleUntil([&] { return !printer.pending(); });
        ok = grab(window, dir + QStringLiteral("/arrangement-recorded.png")) && ok;
        QMetaObject::invokeMethod(arrangementView, "dismiss");
        printer.clearStatus();
        payments.clear();
    }

    // The blind close: count ($15 short of what the station expects), then the over/short, then sign-off.
    QMetaObject::invokeMethod(drawerPanel, "start", Q_ARG(QVariant, QStringLiteral("close")));
    const QVariantList closing{QString(), QString(), QStringLiteral("12"), QStringLiteral("6"), QStringLiteral("5"),
                               QString(), QStringLiteral("14"), QString(), QString(), QStringLiteral("8"),
                               QStringLiteral("5"), QString(), QString()};
    for (QObject* o : drawerPanel->findChildren<QObject*>()) {
        if (o->metaObject()->indexOfProperty("pieces") >= 0)
            o->setProperty("pieces", closing);
    }
    const QVariantList items{QVariantMap{{QStringLiteral("kind"), QStringLiteral("check")},
                                         {QStringLiteral("amount"), QStringLiteral("50.00")},
                                         {QStringLiteral("reference"), QStringLiteral("0212")}}};
    drawerPanel->setProperty("items", items);
    ok = grab(window, dir + QStringLiteral("/drawer-close-count.png")) && ok;
    drawers.count(closing, QString(), items);
    ok = grab(window, dir + QStringLiteral("/drawer-close-result.png")) && ok;
    // Signed off by the supervisor; then the Z report and the deposit slip.
    drawers.close(QStringLiteral("a $10 and a $5 went out as change twice"), QStringLiteral("sam"), QStringLiteral("2468"));
    QMetaObject::invokeMethod(drawerPanel, "finish");
    printer.printClosed(QStringLiteral("z"), drawers.lastClosedId());
    settleUntil([&] { return !printer.pending(); });
    ok = grab(window, dir + QStringLiteral("/drawer-closed.png")) && ok;
    QMetaObject::invokeMethod(child("drawerClosedView"), "dismiss");

    // The back office: an account's history after a call, a service order, a mail batch being keyed.
    if (auto* view = child("backOfficeView")) {
        QMetaObject::invokeMethod(view, "show", Q_ARG(QVariant, QStringLiteral("100101")));
        backOffice.addNote(QStringLiteral("100101"), QStringLiteral("Customer called about a high bill; explained the tiers."));
        ok = grab(window, dir + QStringLiteral("/back-office-account.png")) && ok;
        view->setProperty("tab", 1);
        QString date = QString::fromStdString(tillbook::formatDate(tillbook::addDays(*tillbook::parseDate(backOffice.today().toStdString()), 3)));
        backOffice.createOrder(QStringLiteral("100108"), QStringLiteral("stop"), QString(), date,
                               QStringLiteral("tenant moving out"), QString());
        backOffice.createOrder(QStringLiteral("100115"), QStringLiteral("start"), QString(), date,
                               QStringLiteral("new tenant"), QStringLiteral("75.00"));
        ok = grab(window, dir + QStringLiteral("/back-office-orders.png")) && ok;
        view->setProperty("tab", 2);
        backOffice.openBatch(QStringLiteral("4"), QStringLiteral("160.85"), QStringLiteral("Lockbox tray 1"));
        backOffice.keyRemittance(QString::fromStdString(tillbook::makeStubScanLine("100101", tillbook::Money::fromCents(2350))),
                                 QStringLiteral("23.50"), QStringLiteral("T021000021T 44455566U 1501"), backOffice.today());
        backOffice.keyRemittance(QStringLiteral("100108"), QStringLiteral("85.85"),
                                 QStringLiteral("T026009593T 1200456U 2210"), backOffice.today());
        backOffice.keyRemittance(QStringLiteral("100122"), QStringLiteral("50.00"),
                                 QStringLiteral("T021000022T 77880012U 0310"), backOffice.today());
        ok = grab(window, dir + QStringLiteral("/back-office-batch.png")) && ok;
        backOffice.keyRemittance(QStringLiteral("100129"), QStringLiteral("1.50"),
                                 QStringLiteral("T121000248T 99100U 4410"), backOffice.today());
        backOffice.closeBatch();
        ok = grab(window, dir + QStringLiteral("/back-office-batch-closed.png")) && ok;
        QMetaObject::invokeMethod(view, "dismiss");
    }
    session.lock();
    child("lockKeypad")->setProperty("pin", QStringLiteral("1"));
    ok = grab(window, dir + QStringLiteral("/lock.png")) && ok;
    session.unlock(QStringLiteral("1234"));
    session.signOut();

    // The supervisor's device screen, after a test receipt.
    session.signIn(QStringLiteral("sam"), QStringLiteral("2468"));
    if (auto* deviceView = child("deviceTestView")) {
        QMetaObject::invokeMethod(deviceView, "show");
        devices.testPrint();
        settleUntil([&] { return !devices.testPrinting(); });
        ok = grab(window, dir + QStringLiteral("/devices.png")) && ok;
        QMetaObject::invokeMethod(deviceView, "dismiss");
    }
    // The supervisor's review of the day: the drawer approved, the batch sent back with a question; the activity.
    if (auto* view = child("backOfficeView")) {
        view->setProperty("tab", 3);
        QMetaObject::invokeMethod(view, "show", Q_ARG(QVariant, QString()));
        backOffice.approveWork(QStringLiteral("drawer"), drawers.lastClosedId());
        QVariantList entries = backOffice.review().value(QStringLiteral("entries")).toList();
        for (const QVariant& e : entries) {
            QVariantMap entry = e.toMap();
            if (entry.value(QStringLiteral("subject")).toString() == QStringLiteral("batch"))
                backOffice.rejectWork(QStringLiteral("batch"), entry.value(QStringLiteral("id")).toString(),
                                      QStringLiteral("item 4 is $1.50: is the customer's letter with it?"));
        }
        ok = grab(window, dir + QStringLiteral("/back-office-review.png")) && ok;
        view->setProperty("tab", 4);
        QMetaObject::invokeMethod(view, "show", Q_ARG(QVariant, QString()));
        ok = grab(window, dir + QStringLiteral("/back-office-activity.png")) && ok;
        QMetaObject::invokeMethod(view, "dismiss");
    }
    session.signOut();

    for (int i = 0; i < 5; ++i)
        session.signIn(QStringLiteral("ben"), QStringLiteral("0000"));
    selectOperator(window, QStringLiteral("ben"));
    ok = grab(window, dir + QStringLiteral("/sign-in-locked-out.png")) && ok;
    QMetaObject::invokeMethod(child("clearLockoutButton"), "clicked");
    QCoreApplication::processEvents();
    if (auto* keypad = child("approvalKeypad"))
        keypad->setProperty("pin", QStringLiteral("24"));
    ok = grab(window, dir + QStringLiteral("/approval.png")) && ok;
    if (auto* dialog = child("approvalDialog"))
        QMetaObject::invokeMethod(dialog, "close");

    // In Spanish, with larger text: the sign-in screen and the counter with an account.
    ui.setLanguage(QStringLiteral("es"));
    ok = grab(window, dir + QStringLiteral("/sign-in-spanish.png")) && ok;
    session.signIn(QStringLiteral("ana"), QStringLiteral("1234"));
    ui.setLanguage(QStringLiteral("es"));
    payments.selectAccount(QStringLiteral("100136"));
    ok = grab(window, dir + QStringLiteral("/counter-spanish.png")) && ok;
    ui.setLanguage(QStringLiteral("en"));
    ui.largerText();
    ui.largerText();
    ok = grab(window, dir + QStringLiteral("/counter-larger-text.png")) && ok;
    payments.clear();
    session.signOut();

    // The station stopped with Ana's payment on the screen: signing in, she is offered it back.
    {
        station::writeFileAtomically(
            dataDir / "drafts" / "ana.json",
            R"({"request":"screenshot-draft","account":"100136","bills":[{"bill":"B100136-1","account":"100136",)"
            R"("amount":9166}],"fees":[],"tenders":[{"kind":"cash","amount":10000,"reference":"","number":""}],)"
            R"("due":9166,"saved_ms":)" + std::to_string(clock.nowMs()) + "}");
        session.signIn(QStringLiteral("ana"), QStringLiteral("1234"));
        ok = grab(window, dir + QStringLiteral("/payment-offered-back.png")) && ok;
        payments.discardDraft();
        session.signOut();
    }
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    Options options;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--data" && i + 1 < argc)
            options.dataDir = argv[++i];
        else if (a == "--self-test")
            options.selfTest = true;
        else if (a == "--screenshots" && i + 1 < argc)
            options.screenshotDir = argv[++i];
        else if (a == "--quit-after" && i + 1 < argc)
            options.quitAfterSeconds = std::atoi(argv[++i]);
        else if (a == "--startup-report")
            options.startupReport = true;
        else if (a == "--help") {
            std::printf("usage: tillbook [--data DIR] [--self-test] [--screenshots DIR] [--quit-after SECONDS] "
                        "[--startup-report]\n");
            return 0;
        } else {
            std::fprintf(stderr, "tillbook: unknown argument %s (see tillbook --help)\n", a.c_str());
            return 2;
        }
    }
    bool tooling = options.selfTest || !options.screenshotDir.empty();
    if (tooling && !std::getenv("QT_QPA_PLATFORM"))
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    if (!hasDisplay()) {
        std::fprintf(stderr, "tillbook: there is no display here; to run headless, start it with "
                             "QT_QPA_PLATFORM=offscreen (for example QT_QPA_PLATFORM=offscreen ./run.sh).\n");
        return 2;
    }

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Tillbook"));
    QGuiApplication::setOrganizationName(QStringLiteral("Tillbook"));

    station::SystemClock clock;
    std::unique_ptr<QTemporaryDir> scratch;
    std::unique_ptr<tillbook::devices::PrinterSimulator> printerSim;
    std::unique_ptr<station::Station> st;
    try {
        if (tooling) {
            // A throwaway demo station, so tooling never touches real data.
            scratch = std::make_unique<QTemporaryDir>();
            std::filesystem::path dir = scratch->path().toStdString();
            station::Station::create(dir, "DEMO-01", clock, station::Station::Kind::Demo);
            station::Station::Options fast;
            fast.scrypt.n = 1024; // throwaway PINs: keep tooling quick
            st = station::Station::open(dir, clock, fast);
            station::seedDemo(*st);
            if (!options.screenshotDir.empty()) {
                // Checks are judged against the FedACH directory when one is given (TILLBOOK_FEDACH=FILE); without
                // one, every check needs a supervisor and every mailed check is an exception, as on a real station.
                if (const char* fedach = std::getenv("TILLBOOK_FEDACH")) {
                    std::ifstream in(fedach, std::ios::binary);
                    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
                    st->checks().importRoutingDirectory(station::kSystemActor, text, "FedACHdir.txt");
                }
                // The screenshots show a counter with a receipt printer and drawer: a simulated one.
                tillbook::devices::PrinterSimOptions sim;
                sim.outDir = dir / "printer-jobs";
                printerSim = std::make_unique<tillbook::devices::PrinterSimulator>(sim);
                printerSim->start();
                station::writeFileAtomically(dir / "devices.json",
                                             "{\"printer\": {\"transport\": \"tcp\", \"address\": \""
                                                 + printerSim->address() + "\"}, \"drawer\": {\"via\": \"printer\"}}");
            }
        } else {
            st = station::Station::open(station::resolveDataDir(options.dataDir), clock);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "tillbook: %s\n", e.what());
        return 2;
    }
    const qint64 stationOpenMs = sinceMain.elapsed();

    if (!tooling) {
        // The station follows its arrangements: one past its grace days is broken before the day's work starts.
        try {
            for (const auto& a : st->arrangements().reviewArrangements(station::kSystemActor))
                std::printf("tillbook: arrangement %s on account %s is broken; %s is due now\n", a.id.c_str(),
                            a.account.c_str(), formatMoney(a.open).c_str());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "tillbook: arrangements were not reviewed: %s\n", e.what());
        }
    }
    SessionController session(*st);
    SessionController::setInstance(&session);
    tillbook::app::PaymentController payments(*st, session);
    tillbook::app::PaymentController::setInstance(&payments);
    tillbook::app::DrawerController drawers(*st, session);
    tillbook::app::DrawerController::setInstance(&drawers);
    tillbook::app::DeviceController devices(*st, session);
    tillbook::app::DeviceController::setInstance(&devices);
    tillbook::app::PrintController printer(*st, session, drawers, &devices);
    tillbook::app::ArrangementController arrangements(*st, session);
    tillbook::app::ArrangementController::setInstance(&arrangements);
    tillbook::app::BackOfficeController backOffice(*st, session);
    tillbook::app::BackOfficeController::setInstance(&backOffice);
    tillbook::app::UiSettings uiSettings(*st, session);
    tillbook::app::UiSettings::setInstance(&uiSettings);
    tillbook::app::PrintController::setInstance(&printer);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    uiSettings.setEngine(&engine);
    // Texts the controllers made (the payment's lines and tenders) are made again in the new language.
    QObject::connect(&uiSettings, &tillbook::app::UiSettings::languageChanged, &payments,
                     &tillbook::app::PaymentController::cartChanged);

    int rc = 0;
    if (options.selfTest) {
        rc = selfTest(engine);
    } else if (!options.screenshotDir.empty()) {
        rc = screenshots(engine, session, payments, drawers, printer, devices, backOffice, uiSettings, st->paths().dir,
                         st->clock(), QString::fromStdString(options.screenshotDir));
    } else {
        QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                         [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
        engine.load(kMainQml);
        if (engine.rootObjects().isEmpty())
            return 1;
        std::printf("tillbook: station %s is running on %s\n", st->stationId().c_str(),
                    st->paths().dir.string().c_str());
        std::fflush(stdout);
        if (options.startupReport) {
            // Ready for sign-in: the sign-in screen, with its operators, has been drawn once.
            auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
            const qint64 loadedMs = sinceMain.elapsed();
            QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&, loadedMs] {
                std::printf("tillbook: ready for sign-in in %lld ms (station open %lld ms, screen loaded %lld ms, "
                            "%d operators, %llu ledger records)\n",
                            static_cast<long long>(sinceMain.elapsed()), static_cast<long long>(stationOpenMs),
                            static_cast<long long>(loadedMs), static_cast<int>(st->operators().list().size()),
                            static_cast<unsigned long long>(st->store().size()));
                std::fflush(stdout);
                QCoreApplication::quit();
            }, Qt::SingleShotConnection);
        }
        if (options.quitAfterSeconds > 0)
            QTimer::singleShot(options.quitAfterSeconds * 1000, &app, &QCoreApplication::quit);
        rc = app.exec();
    }
    tillbook::app::UiSettings::setInstance(nullptr);
    tillbook::app::BackOfficeController::setInstance(nullptr);
    tillbook::app::ArrangementController::setInstance(nullptr);
    tillbook::app::PrintController::setInstance(nullptr);
    tillbook::app::DeviceController::setInstance(nullptr);
    tillbook::app::DrawerController::setInstance(nullptr);
    tillbook::app::PaymentController::setInstance(nullptr);
    SessionController::setInstance(nullptr);
    return rc;
}
