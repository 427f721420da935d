// The screenshot script behind `tillbook --screenshots DIR`: one PNG per state of each screen.
#pragma once

#include <QString>
#include <QUrl>

class QQmlApplicationEngine;

namespace tillbook::app {

class AppContext;

// Loads `mainQml` into `engine` and drives the screens through `app`'s controllers, saving each state into `dir`.
// Meant for a throwaway demo station (it signs in, takes payments, closes the drawer). 0 when every PNG was saved.
int takeScreenshots(QQmlApplicationEngine& engine, const QUrl& mainQml, AppContext& app, const QString& dir);

} // namespace tillbook::app
