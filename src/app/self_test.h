// `tillbook --self-test`: every QML file of the screens loaded once, so a screen that fails to load fails ctest.
#pragma once

class QQmlEngine;

namespace tillbook::app {

// Loads every .qml under the Tillbook.Ui module into `engine`, printing "ok" or "FAIL" and the errors for each;
// 0 when all loaded (and there was at least one).
int selfTest(QQmlEngine& engine);

} // namespace tillbook::app
