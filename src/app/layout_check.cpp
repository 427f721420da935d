// The layout check's combinations and its JSON report; the checks themselves are in layout_problems.cpp.
#include "app/layout_check.h"

#include "app/app_context.h"
#include "app/layout_problems.h"
#include "app/screenshots.h"
#include "app/ui_settings.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSize>

#include <cstdio>

namespace tillbook::app {

namespace {

const QSize kSizes[] = {{1024, 768}, {1280, 800}, {1920, 1080}};
const int kTextPercents[] = {100, 150, 200};
const char* const kLanguages[] = {"en", "es"};

QString sizeName(QSize size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

} // namespace

int checkLayouts(QQmlApplicationEngine& engine, const QUrl& mainQml, AppContext& app)
{
    UiSettings& ui = app.uiSettings();
    const QString shots = qEnvironmentVariable("TILLBOOK_LAYOUT_SHOTS"); // where to save a picture of each failure
    if (!shots.isEmpty())
        QDir().mkpath(shots);
    int checked = 0;
    QJsonArray problems;
    bool laidOut = true;
    const int walked = walkScreens(engine, mainQml, app, [&](QQuickWindow& window, const QString& state) {
        // The state as the walk left it, restored afterwards: the walk goes on from there.
        const QString language = ui.language();
        const int percent = ui.fontPercent();
        const QSize size = window.size();
        for (const char* lang : kLanguages) {
            ui.setLanguage(QString::fromLatin1(lang));
            for (int textPercent : kTextPercents) {
                ui.setFontPercent(textPercent);
                for (QSize s : kSizes) {
                    window.resize(s);
                    settleScreens();
                    window.grabWindow(); // lays the window out as a frame would
                    if (window.contentItem()->size() != QSizeF(s)) {
                        std::fprintf(stderr, "tillbook: the window did not take the size %s\n", qPrintable(sizeName(s)));
                        laidOut = false;
                    }
                    ++checked;
                    const QList<LayoutProblem> found = findLayoutProblems(window);
                    if (!found.isEmpty() && !shots.isEmpty())
                        window.grabWindow().save(QStringLiteral("%1/%2-%3-%4-%5.png")
                                                     .arg(shots, state, sizeName(s))
                                                     .arg(textPercent)
                                                     .arg(QString::fromLatin1(lang)));
                    for (const LayoutProblem& p : found)
                        problems.append(QJsonObject{{QStringLiteral("screen"), state},
                                                    {QStringLiteral("size"), sizeName(s)},
                                                    {QStringLiteral("text_percent"), textPercent},
                                                    {QStringLiteral("language"), QString::fromLatin1(lang)},
                                                    {QStringLiteral("item"), p.item},
                                                    {QStringLiteral("text"), p.text},
                                                    {QStringLiteral("problem"), p.problem}});
                }
            }
        }
        ui.setLanguage(language);
        ui.setFontPercent(percent);
        window.resize(size);
        settleScreens();
        return true;
    });
    const QJsonObject report{{QStringLiteral("checked"), checked}, {QStringLiteral("problems"), problems}};
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    std::fflush(stdout);
    if (walked != 0 || !laidOut)
        return 2;
    return problems.isEmpty() ? 0 : 1;
}

} // namespace tillbook::app
