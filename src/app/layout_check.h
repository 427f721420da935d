// `tillbook --layout-check`: every screen state the screenshots show, at each window size, text size and language a
// counter may use, checked for text that is cut and things drawn over each other.
#pragma once

#include <QUrl>

class QQmlApplicationEngine;

namespace tillbook::app {

class AppContext;

// Walks the screens as the screenshots do and, at each state, lays the window out at 1024x768, 1280x800 and
// 1920x1080, with text at 100, 150 and 200 %, in English and Spanish, and looks for problems (findLayoutProblems).
// Prints {"checked": N, "problems": [...]} on stdout; 0 when no problem was found, 1 otherwise.
int checkLayouts(QQmlApplicationEngine& engine, const QUrl& mainQml, AppContext& app);

} // namespace tillbook::app
