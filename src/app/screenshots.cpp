// The screenshot script (tillbook --screenshots DIR): drives each screen through its states as a cashier or
// supervisor would, on a throwaway demo station, and saves one PNG per state for review.
#include "app/screenshots.h"

#include "app/app_context.h"
#include "app/back_office_controller.h"
#include "app/device_controller.h"
#include "app/drawer_controller.h"
#include "app/payment_controller.h"
#include "app/print_controller.h"
#include "app/session_controller.h"
#include "app/ui_settings.h"
#include "core/calendar.h"
#include "core/scan_line.h"
#include "ledger/store.h"
#include "station/atomic_file.h"
#include "station/office_feed.h"
#include "station/station.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <string>

namespace tillbook::app {

void settleScreens()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

namespace {

bool grab(QQuickWindow* window, const QString& file)
{
    settleScreens();
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

void selectOperator(QQuickWindow* window, const QString& id)
{
    settleScreens();
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

} // namespace

int walkScreens(QQmlApplicationEngine& engine, const QUrl& mainQml, AppContext& app, const ScreenVisitor& visitor)
{
    SessionController& session = app.session();
    PaymentController& payments = app.payments();
    DrawerController& drawers = app.drawers();
    PrintController& printer = app.printer();
    DeviceController& devices = app.devices();
    BackOfficeController& backOffice = app.backOffice();
    UiSettings& ui = app.uiSettings();
    const std::filesystem::path dataDir = app.station().paths().dir;
    const Clock& clock = app.station().clock();
    engine.load(mainQml);
    if (engine.rootObjects().isEmpty())
        return 1;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    auto visit = [window, &visitor](const QString& state) {
        settleScreens();
        return visitor(*window, state);
    };
    auto child = [window](const char* name) {
        settleScreens();
        return window->findChild<QObject*>(QString::fromLatin1(name));
    };
    bool ok = visit(QStringLiteral("sign-in"));

    selectOperator(window, QStringLiteral("ana"));
    child("pinKeypad")->setProperty("pin", QStringLiteral("12"));
    ok = visit(QStringLiteral("sign-in-typing")) && ok;
    child("pinKeypad")->setProperty("pin", QStringLiteral("9999"));
    QMetaObject::invokeMethod(child("pinKeypad"), "submit");
    ok = visit(QStringLiteral("sign-in-wrong-pin")) && ok;

    session.signIn(QStringLiteral("ana"), QStringLiteral("1234"));
    devices.refresh();
    settleUntil([&] { return devices.printerState() != QStringLiteral("unknown"); });
    ok = visit(QStringLiteral("counter-no-drawer")) && ok;
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
    ok = visit(QStringLiteral("drawer-open")) && ok;
    drawers.openDrawer(floatCount, QString());
    QMetaObject::invokeMethod(drawerPanel, "finish");
    ok = visit(QStringLiteral("counter")) && ok;
    if (auto* search = child("accountSearch")) {
        search->setProperty("text", QStringLiteral("gar"));
        payments.search(QStringLiteral("gar"));
    }
    ok = visit(QStringLiteral("search")) && ok;
    payments.selectAccount(QStringLiteral("100115"));
    payments.addFee(QStringLiteral("NOTARY"));
    // A check: read, verified with its reasons, overridden by the supervisor, taken.
    if (auto* checkDialog = child("checkDialog")) {
        checkDialog->setProperty("kind", QStringLiteral("check"));
        QMetaObject::invokeMethod(checkDialog, "open");
        settleScreens();
        if (auto* micr = child("micrField"))
            micr->setProperty("text", QStringLiteral("T021000021T 123456789U 0212"));
        if (auto* amount = child("checkAmount"))
            amount->setProperty("text", QStringLiteral("50.00")); // the screen shows what was verified
        payments.verifyItem(QStringLiteral("check"), QStringLiteral("T021000021T 123456789U 0212"),
                            QStringLiteral("50.00"), payments.today(), false, false);
        ok = visit(QStringLiteral("check-needs-supervisor")) && ok;
        payments.overrideItem(QStringLiteral("sam"), QStringLiteral("2468"));
        ok = visit(QStringLiteral("check-overridden")) && ok;
        payments.takeItem();
        QMetaObject::invokeMethod(checkDialog, "close");
    }
    // A card charged on the terminal, keyed from its slip.
    if (auto* cardDialog = child("cardDialog")) {
        QMetaObject::invokeMethod(cardDialog, "open");
        settleScreens();
        child("cardAmount")->setProperty("text", QStringLiteral("20.00"));
        child("cardApproval")->setProperty("text", QStringLiteral("123456"));
        child("cardLast4")->setProperty("text", QStringLiteral("4242"));
        child("cardTerminal")->setProperty("text", QStringLiteral("T-01"));
        cardDialog->setProperty("brand", QStringLiteral("VISA"));
        cardDialog->setProperty("entry", QStringLiteral("chip"));
        ok = visit(QStringLiteral("card-tender")) && ok;
        QMetaObject::invokeMethod(cardDialog, "add");
    }
    ok = visit(QStringLiteral("payment")) && ok;
    payments.addTender(QStringLiteral("cash"), QStringLiteral("130.00")); // with the card's $20.00, the same change
    payments.complete();
    ok = visit(QStringLiteral("receipt")) && ok;
    printer.printReceipt(payments.lastReceipt().receipt);
    settleUntil([&] { return !printer.pending(); });
    ok = visit(QStringLiteral("receipt-printed")) && ok;
    printer.clearFeedback();
    payments.dismissReceipt();
    // Voids and refunds (F8): the last receipt offered.
    if (auto* receipts = child("receiptsView")) {
        QMetaObject::invokeMethod(receipts, "show", Q_ARG(QVariant, QString()));
        ok = visit(QStringLiteral("void-refund")) && ok;
        QMetaObject::invokeMethod(receipts, "dismiss");
    }

    // The X report, with the supervisor's approval.
    if (auto* xView = child("xReportView")) {
        xView->setProperty("rows", drawers.xReport(QStringLiteral("sam"), QStringLiteral("2468")));
        xView->setProperty("visible", true);
        printer.printXReport();
        settleUntil([&] { return !printer.pending(); });
        ok = visit(QStringLiteral("x-report")) && ok;
        printer.clearFeedback();
        xView->setProperty("visible", false);
    }

    // A payment arrangement on an account with a balance: the live schedule, then recorded with its note printed.
    if (auto* arrangementView = child("arrangementView")) {
        payments.selectAccount(QStringLiteral("100122"));
        QMetaObject::invokeMethod(arrangementView, "show", Q_ARG(QVariant, QStringLiteral("100122")));
        settleScreens();
        child("arrangementDown")->setProperty("text", QStringLiteral("25.00"));
        child("arrangementRate")->setProperty("text", QStringLiteral("6"));
        QMetaObject::invokeMethod(arrangementView, "refresh");
        ok = visit(QStringLiteral("arrangement")) && ok;
        QMetaObject::invokeMethod(arrangementView, "createIt");
        settleScreens();
        QMetaObject::invokeMethod(child("arrangementPrint"), "clicked");
        settleUntil([&] { return !printer.pending(); });
        ok = visit(QStringLiteral("arrangement-recorded")) && ok;
        QMetaObject::invokeMethod(arrangementView, "dismiss");
        printer.clearFeedback();
        payments.clear();
    }

    // The blind close: count (the card sale took $20.00 that is not cash: one $20 less), the terminal's batch, then
    // the over/short, then sign-off.
    QMetaObject::invokeMethod(drawerPanel, "start", Q_ARG(QVariant, QStringLiteral("close")));
    const QVariantList closing{QString(), QString(), QStringLiteral("11"), QStringLiteral("6"), QStringLiteral("5"),
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
    child("cardBatch")->setProperty("text", QStringLiteral("20.00")); // the terminal's batch report
    ok = visit(QStringLiteral("drawer-close-count")) && ok;
    drawers.count(closing, QString(), items, QStringLiteral("20.00"));
    ok = visit(QStringLiteral("drawer-close-result")) && ok;
    // Signed off by the supervisor; then the Z report and the deposit slip.
    drawers.close(QStringLiteral("a $10 and a $5 went out as change twice"), QStringLiteral("sam"), QStringLiteral("2468"));
    QMetaObject::invokeMethod(drawerPanel, "finish");
    printer.printClosed(QStringLiteral("z"), drawers.lastClosedId());
    settleUntil([&] { return !printer.pending(); });
    ok = visit(QStringLiteral("drawer-closed")) && ok;
    QMetaObject::invokeMethod(child("drawerClosedView"), "dismiss");

    // The back office: an account's history after a call, a service order, a mail batch being keyed.
    if (auto* view = child("backOfficeView")) {
        QMetaObject::invokeMethod(view, "show", Q_ARG(QVariant, QStringLiteral("100101")));
        backOffice.addNote(QStringLiteral("100101"), QStringLiteral("Customer called about a high bill; explained the tiers."));
        ok = visit(QStringLiteral("back-office-account")) && ok;
        view->setProperty("tab", 1);
        QString date = QString::fromStdString(tillbook::formatDate(tillbook::addDays(*tillbook::parseDate(backOffice.today().toStdString()), 3)));
        backOffice.createOrder(QStringLiteral("100108"), QStringLiteral("stop"), QString(), date,
                               QStringLiteral("tenant moving out"), QString());
        backOffice.createOrder(QStringLiteral("100115"), QStringLiteral("start"), QString(), date,
                               QStringLiteral("new tenant"), QStringLiteral("75.00"));
        ok = visit(QStringLiteral("back-office-orders")) && ok;
        view->setProperty("tab", 2);
        backOffice.openBatch(QStringLiteral("4"), QStringLiteral("160.85"), QStringLiteral("Lockbox tray 1"));
        backOffice.keyRemittance(QString::fromStdString(tillbook::makeStubScanLine("100101", tillbook::Money::fromCents(2350))),
                                 QStringLiteral("23.50"), QStringLiteral("T021000021T 44455566U 1501"), backOffice.today());
        backOffice.keyRemittance(QStringLiteral("100108"), QStringLiteral("85.85"),
                                 QStringLiteral("T026009593T 1200456U 2210"), backOffice.today());
        backOffice.keyRemittance(QStringLiteral("100122"), QStringLiteral("50.00"),
                                 QStringLiteral("T021000022T 77880012U 0310"), backOffice.today());
        ok = visit(QStringLiteral("back-office-batch")) && ok;
        backOffice.keyRemittance(QStringLiteral("100129"), QStringLiteral("1.50"),
                                 QStringLiteral("T121000248T 99100U 4410"), backOffice.today());
        backOffice.closeBatch();
        ok = visit(QStringLiteral("back-office-batch-closed")) && ok;
        QMetaObject::invokeMethod(view, "dismiss");
    }
    session.lock();
    child("lockKeypad")->setProperty("pin", QStringLiteral("1"));
    ok = visit(QStringLiteral("lock")) && ok;
    session.unlock(QStringLiteral("1234"));
    session.signOut();

    // The supervisor's device screen, after a test receipt.
    session.signIn(QStringLiteral("sam"), QStringLiteral("2468"));
    if (auto* deviceView = child("deviceTestView")) {
        QMetaObject::invokeMethod(deviceView, "show");
        devices.testPrint();
        settleUntil([&] { return !devices.testPrinting(); });
        ok = visit(QStringLiteral("devices")) && ok;
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
        ok = visit(QStringLiteral("back-office-review")) && ok;
        // The same day once the station has pulled its office's figures of the day (as tillctl sync does): every
        // window's totals and the office's approval above the station's own review.
        {
            const std::string day = backOffice.today().toStdString();
            const nlohmann::json summary = {
                {"day", day},
                {"stations", {{{"station", "WIN-1"}, {"state", "ok"}, {"payments", 42}, {"collected", 318250},
                               {"reversals", 1}, {"reversed", 2500}, {"postings", 315750}},
                              {{"station", app.station().stationId()}, {"state", "ok"}, {"payments", 7},
                               {"collected", 61040}, {"reversals", 0}, {"reversed", 0}, {"postings", 61040}},
                              {{"station", "WIN-3"}, {"state", "forked"}, {"payments", 3}, {"collected", 9000},
                               {"reversals", 0}, {"reversed", 0}, {"postings", 9000}}}},
                {"postings", 385790},
                {"approved_by", "sam"},
                {"approved_at", day + "T23:10:00Z"}};
            ledger::LedgerStore& store = app.station().store();
            station::storeOfficeItems(store.db(), {{1, "", 0, "day_summary", summary.dump(), {}, 0}}, clock.nowMs(),
                                      static_cast<std::int64_t>(store.size()));
            QMetaObject::invokeMethod(view, "show", Q_ARG(QVariant, QString()));
            ok = visit(QStringLiteral("back-office-review-office")) && ok;
        }
        view->setProperty("tab", 4);
        QMetaObject::invokeMethod(view, "show", Q_ARG(QVariant, QString()));
        ok = visit(QStringLiteral("back-office-activity")) && ok;
        // The day's bank deposit: prepared from the closed drawer and mail batch, then the bank's confirmation.
        view->setProperty("tab", 5);
        QMetaObject::invokeMethod(view, "show", Q_ARG(QVariant, QString()));
        backOffice.prepareDeposit(backOffice.today(), QStringLiteral("B-20417"), QStringLiteral("S-778812"));
        if (auto* page = child("depositsPage"); page && !backOffice.deposits().isEmpty()) {
            QMetaObject::invokeMethod(page, "beginConfirm", Q_ARG(QVariant, backOffice.deposits().first()));
            child("confirmReference")->setProperty("text", QStringLiteral("BK-88412"));
        }
        ok = visit(QStringLiteral("back-office-deposits")) && ok;
        if (auto* page = child("depositsPage"); page && !backOffice.deposits().isEmpty()) {
            QMetaObject::invokeMethod(page, "confirm"); // as the Confirm button does
            printer.printDocument(QStringLiteral("deposit"),
                                  backOffice.deposits().first().toMap().value(QStringLiteral("id")).toString());
            settleUntil([&] { return !printer.pending(); });
        }
        ok = visit(QStringLiteral("back-office-deposit-confirmed")) && ok;
        printer.clearFeedback();
        QMetaObject::invokeMethod(view, "dismiss");
    }
    session.signOut();

    for (int i = 0; i < 5; ++i)
        session.signIn(QStringLiteral("ben"), QStringLiteral("0000"));
    selectOperator(window, QStringLiteral("ben"));
    ok = visit(QStringLiteral("sign-in-locked-out")) && ok;
    QMetaObject::invokeMethod(child("clearLockoutButton"), "clicked");
    QCoreApplication::processEvents();
    if (auto* keypad = child("approvalKeypad"))
        keypad->setProperty("pin", QStringLiteral("24"));
    ok = visit(QStringLiteral("approval")) && ok;
    if (auto* dialog = child("approvalDialog"))
        QMetaObject::invokeMethod(dialog, "close");

    // In Spanish, with larger text: the sign-in screen and the counter with an account.
    ui.setLanguage(QStringLiteral("es"));
    ok = visit(QStringLiteral("sign-in-spanish")) && ok;
    session.signIn(QStringLiteral("ana"), QStringLiteral("1234"));
    ui.setLanguage(QStringLiteral("es"));
    payments.selectAccount(QStringLiteral("100136"));
    ok = visit(QStringLiteral("counter-spanish")) && ok;
    ui.stationDefaults(); // back to the walk's language (tillbook --language) before the larger text
    ui.largerText();
    ui.largerText();
    ok = visit(QStringLiteral("counter-larger-text")) && ok;
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
        ok = visit(QStringLiteral("payment-offered-back")) && ok;
        payments.discardDraft();
        session.signOut();
    }
    return ok ? 0 : 1;
}

int takeScreenshots(QQmlApplicationEngine& engine, const QUrl& mainQml, AppContext& app, const QString& dir)
{
    QDir().mkpath(dir);
    return walkScreens(engine, mainQml, app, [&dir](QQuickWindow& window, const QString& state) {
        return grab(&window, dir + QLatin1Char('/') + state + QStringLiteral(".png"));
    });
}

} // namespace tillbook::app
