// tillbook: the station UI. Parses the options, opens the station, builds the controllers, loads Main.qml, runs.
// --self-test loads every QML file and exits non-zero on any error; --screenshots DIR renders each screen to PNG;
// --layout-check looks for cut text and overlaps in each screen state at each size, text size and language.
#include "app/app_context.h"
#include "app/layout_check.h"
#include "app/screenshots.h"
#include "app/self_test.h"
#include "app/startup_report.h"
#include "app/tooling_station.h"
#include "station/arrangements.h"
#include "station/settings.h"
#include "station/station.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <variant>

Q_IMPORT_QML_PLUGIN(Tillbook_AppPlugin)
Q_IMPORT_QML_PLUGIN(Tillbook_UiPlugin)

namespace {

namespace station = tillbook::station;
namespace app = tillbook::app;

const QUrl kMainQml(QStringLiteral("qrc:/qt/qml/Tillbook/Ui/Main.qml"));

struct Options {
    std::optional<std::string> dataDir;
    bool selfTest = false;
    int quitAfterSeconds = 0; // for smoke tests of the run command
    bool startupReport = false; // print how long until the sign-in screen's first frame, then quit
    std::string screenshotDir;
    bool layoutCheck = false;
    std::string language; // --language es: the screenshots' sessions start in Spanish (the tooling station's ui.language)

    bool screens() const { return !screenshotDir.empty() || layoutCheck; } // walks the screens on counter hardware
    bool tooling() const { return selfTest || screens(); }
};

// The options, or the exit code when there is nothing to run (--help, or an unknown argument).
std::variant<Options, int> parseOptions(int argc, char** argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--data" && i + 1 < argc)
            options.dataDir = argv[++i];
        else if (a == "--self-test")
            options.selfTest = true;
        else if (a == "--screenshots" && i + 1 < argc)
            options.screenshotDir = argv[++i];
        else if (a == "--language" && i + 1 < argc)
            options.language = argv[++i];
        else if (a == "--layout-check")
            options.layoutCheck = true;
        else if (a == "--quit-after" && i + 1 < argc)
            options.quitAfterSeconds = std::atoi(argv[++i]);
        else if (a == "--startup-report")
            options.startupReport = true;
        else if (a == "--help") {
            std::printf("usage: tillbook [--data DIR] [--self-test] [--screenshots DIR] [--quit-after SECONDS] "
                        "[--language en|es] [--layout-check] [--startup-report]\n");
            return 0;
        } else {
            std::fprintf(stderr, "tillbook: unknown argument %s (see tillbook --help)\n", a.c_str());
            return 2;
        }
    }
    return options;
}

bool hasDisplay()
{
    auto set = [](const char* name) {
        const char* v = std::getenv(name);
        return v && *v;
    };
    return set("QT_QPA_PLATFORM") || set("DISPLAY") || set("WAYLAND_DISPLAY");
}

// The station follows its arrangements: one past its grace days is broken before the day's work starts.
void reviewArrangements(station::Station& st)
{
    try {
        for (const auto& a : st.arrangements().reviewArrangements(station::kSystemActor))
            std::printf("tillbook: arrangement %s on account %s is broken; %s is due now\n", a.id.c_str(),
                        a.account.c_str(), formatMoney(a.open).c_str());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "tillbook: arrangements were not reviewed: %s\n", e.what());
    }
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    auto parsed = parseOptions(argc, argv);
    if (const int* rc = std::get_if<int>(&parsed))
        return *rc;
    const Options& options = std::get<Options>(parsed);
    if (options.tooling() && !std::getenv("QT_QPA_PLATFORM"))
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    if (!hasDisplay()) {
        std::fprintf(stderr, "tillbook: there is no display here; to run headless, start it with "
                             "QT_QPA_PLATFORM=offscreen (for example QT_QPA_PLATFORM=offscreen ./run.sh).\n");
        return 2;
    }

    QGuiApplication application(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Tillbook"));
    QGuiApplication::setOrganizationName(QStringLiteral("Tillbook"));

    station::SystemClock clock;
    std::unique_ptr<app::ToolingStation> tooling;
    std::unique_ptr<station::Station> opened;
    try {
        if (options.tooling()) {
            tooling = std::make_unique<app::ToolingStation>(clock, options.screens());
            if (!options.language.empty())
                tooling->station().settings().changeTextSetting(station::kSystemActor, "ui.language", options.language);
        }
        else
            opened = station::Station::open(station::resolveDataDir(options.dataDir), clock);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "tillbook: %s\n", e.what());
        return 2;
    }
    station::Station& st = tooling ? tooling->station() : *opened;
    const qint64 stationOpenMs = sinceMain.elapsed();
    if (!tooling)
        reviewArrangements(st);

    app::AppContext context(st);
    QQmlApplicationEngine engine;
    context.attachEngine(engine);

    if (options.selfTest)
        return app::selfTest(engine);
    if (!options.screenshotDir.empty())
        return app::takeScreenshots(engine, kMainQml, context, QString::fromStdString(options.screenshotDir));
    if (options.layoutCheck)
        return app::checkLayouts(engine, kMainQml, context);

    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &application,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(kMainQml);
    if (engine.rootObjects().isEmpty())
        return 1;
    std::printf("tillbook: station %s is running on %s\n", st.stationId().c_str(), st.paths().dir.string().c_str());
    std::fflush(stdout);
    if (options.startupReport)
        app::reportWhenReady(*qobject_cast<QQuickWindow*>(engine.rootObjects().first()), sinceMain, stationOpenMs, st);
    if (options.quitAfterSeconds > 0)
        QTimer::singleShot(options.quitAfterSeconds * 1000, &application, &QCoreApplication::quit);
    return application.exec();
}
