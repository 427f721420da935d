// `tillbook --startup-report`: how long until the sign-in screen's first frame, printed once, then quit.
#pragma once

#include <QtGlobal>

class QElapsedTimer;
class QQuickWindow;

namespace tillbook::station {
class Station;
}

namespace tillbook::app {

// When `window` (the sign-in screen, just loaded) has drawn its first frame: prints the time since `sinceMain`
// started, split into the station's open and the screen's load, with the station's size, and quits the application.
// `sinceMain` and `station` must outlive the event loop.
void reportWhenReady(QQuickWindow& window, const QElapsedTimer& sinceMain, qint64 stationOpenMs,
                     station::Station& station);

} // namespace tillbook::app
