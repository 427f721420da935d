// The station UI without its screens, for the office tests: the app's controllers (AppContext) over a station opened as
// the tillbook executable opens it, so the office thread syncs as it does at the counter. Prints each office state as
// "office: <words>"; with --pay, ana takes a cash payment through the PaymentController first, as at the counter.
//   office_sync_probe --data DIR [--pay ACCOUNT] --until up-to-date|offline|held
// up-to-date: exits 0 once the office holds every record; offline: once a sync failed; held: keeps the station open
// (printing "holding") until it is killed. Prints "records_to_send=N" and exits 1 if a sync ran on the GUI thread.
#include "app/app_context.h"
#include "app/office_controller.h"
#include "app/payment_controller.h"
#include "app/session_controller.h"
#include "station/station.h"

#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace app = tillbook::app;

int main(int argc, char** argv)
{
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    std::string data;
    std::string pay;
    std::string until;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string option = argv[i];
        if (option == "--data")
            data = argv[i + 1];
        else if (option == "--pay")
            pay = argv[i + 1];
        else if (option == "--until")
            until = argv[i + 1];
    }
    if (data.empty() || (until != "up-to-date" && until != "offline" && until != "held")) {
        std::fprintf(stderr, "usage: office_sync_probe --data DIR [--pay ACCOUNT] --until up-to-date|offline|held\n");
        return 2;
    }
    QGuiApplication application(argc, argv);
    tillbook::station::SystemClock clock;
    auto station = tillbook::station::Station::open(data, clock); // as tillbook opens it: the lock names "tillbook"
    app::AppContext context(*station);
    app::OfficeController& office = context.office();

    QString shown;
    int exitCode = -1;
    auto finish = [&](int code) {
        std::printf("records_to_send=%d\n", office.recordsToSend());
        if (office.syncCallsOnGuiThread() != 0) {
            std::printf("a sync ran on the GUI thread\n");
            code = 1;
        }
        std::fflush(stdout);
        exitCode = code;
        QCoreApplication::exit(code);
    };
    auto look = [&] {
        if (office.text() != shown) {
            shown = office.text();
            std::printf("office: %s\n", qPrintable(shown));
            std::fflush(stdout);
        }
        if (exitCode >= 0)
            return;
        if (until == "up-to-date" && office.state() == app::OfficeController::UpToDate)
            finish(0);
        else if (until == "offline" && office.state() == app::OfficeController::Offline)
            finish(0);
    };
    QObject::connect(&office, &app::OfficeController::stateChanged, &application, look);

    if (!pay.empty()) {
        app::SessionController& session = context.session();
        app::PaymentController& payments = context.payments();
        if (!session.signIn(QStringLiteral("ana"), QStringLiteral("1234")) || !payments.selectAccount(QString::fromStdString(pay))
            || !payments.addTender(QStringLiteral("cash"), payments.remainingPlain()) || !payments.complete()) {
            std::printf("the payment was not taken: %s %s\n", qPrintable(session.error()), qPrintable(payments.error()));
            return 1;
        }
        std::printf("paid %s\n", qPrintable(payments.lastReceipt().receipt));
        std::fflush(stdout);
    }
    if (until == "held") {
        std::printf("holding\n");
        std::fflush(stdout);
    } else {
        // Not a timing assertion: a guard so that a broken sync fails the test instead of hanging it.
        QTimer::singleShot(180000, &application, [&] {
            std::printf("gave up waiting; the office says: %s (%s)\n", qPrintable(office.text()), qPrintable(office.error()));
            finish(1);
        });
    }
    QTimer::singleShot(0, &application, look);
    return application.exec();
}
