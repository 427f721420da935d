// The screenshot script behind `tillbook --screenshots DIR`: one PNG per state of each screen. The same walk through
// the screens' states serves `tillbook --layout-check`.
#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QQmlApplicationEngine;
class QQuickWindow;

namespace tillbook::app {

class AppContext;

// Lets bindings, layouts and the Loader settle, and really deletes screens the Loader replaced, so that
// findChild never returns a screen that is on its way out.
void settleScreens();

// Called at each screen state with the window and the state's name ("sign-in", "payment"...), once bindings settled;
// false when what it did with the state failed.
using ScreenVisitor = std::function<bool(QQuickWindow& window, const QString& state)>;

// Loads `mainQml` into `engine` and drives the screens through `app`'s controllers, calling `visitor` at each state.
// Meant for a throwaway demo station (it signs in, takes payments, closes the drawer). 0 when every visit succeeded.
int walkScreens(QQmlApplicationEngine& engine, const QUrl& mainQml, AppContext& app, const ScreenVisitor& visitor);

// Loads `mainQml` into `engine` and drives the screens through `app`'s controllers, saving each state into `dir`.
// Meant for a throwaway demo station (it signs in, takes payments, closes the drawer). 0 when every PNG was saved.
int takeScreenshots(QQmlApplicationEngine& engine, const QUrl& mainQml, AppContext& app, const QString& dir);

} // namespace tillbook::app
