// The self-test: loads each screen's QML file on its own and reports what failed.
#include "app/self_test.h"

#include <QDirIterator>
#include <QQmlComponent>
#include <QQmlEngine>

#include <cstdio>
#include <memory>

namespace tillbook::app {

int selfTest(QQmlEngine& engine)
{
    int failures = 0;
    int loaded = 0;
    QDirIterator it(QStringLiteral(":/qt/qml/Tillbook/Ui"), {QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QString path = it.next();
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + path));
        std::unique_ptr<QObject> object(component.create());
        if (!object) {
            ++failures;
            std::fprintf(stderr, "FAIL %s\n%s\n", qPrintable(path), qPrintable(component.errorString()));
        } else {
            ++loaded;
            std::printf("ok   %s\n", qPrintable(path));
        }
    }
    if (loaded == 0) {
        std::fprintf(stderr, "self-test found no QML files\n");
        return 1;
    }
    std::printf("%d QML files loaded, %d failed\n", loaded, failures);
    return failures == 0 ? 0 : 1;
}

} // namespace tillbook::app
