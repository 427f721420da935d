// The startup report: ready for sign-in means the sign-in screen, with its operators, has been drawn once.
#include "app/startup_report.h"

#include "station/operators.h"
#include "station/station.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QQuickWindow>

#include <cstdio>

namespace tillbook::app {

void reportWhenReady(QQuickWindow& window, const QElapsedTimer& sinceMain, qint64 stationOpenMs,
                     station::Station& station)
{
    const qint64 loadedMs = sinceMain.elapsed();
    QObject::connect(&window, &QQuickWindow::frameSwapped, QCoreApplication::instance(), [&, loadedMs] {
        std::printf("tillbook: ready for sign-in in %lld ms (station open %lld ms, screen loaded %lld ms, "
                    "%d operators, %llu ledger records)\n",
                    static_cast<long long>(sinceMain.elapsed()), static_cast<long long>(stationOpenMs),
                    static_cast<long long>(loadedMs), static_cast<int>(station.operators().list().size()),
                    static_cast<unsigned long long>(station.store().size()));
        std::fflush(stdout);
        QCoreApplication::quit();
    }, Qt::SingleShotConnection);
}

} // namespace tillbook::app
