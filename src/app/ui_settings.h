// What the screens look like for the person at them: the language (English or Spanish) and the font size. The
// station's defaults are settings records (ui.language, ui.font_percent); a cashier may change both for their own
// session, and signing out returns to the station's defaults. No business rule lives here.
#pragma once

// moc does not need the station's types, and cannot parse the C++20 library headers they pull in.
#ifndef Q_MOC_RUN
#include "station/station.h"
#endif

#include <QObject>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace tillbook::app {

class SessionController;

// lupdate files C++ messages under the class name alone ("SessionController"); at run time tr() asks for the
// qualified one ("tillbook::app::SessionController"). This looks the message up under both.
class ContextTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
};

class UiSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language NOTIFY languageChanged) // "en", "es"
    Q_PROPERTY(int fontPercent READ fontPercent NOTIFY fontPercentChanged) // 100 .. 200
    Q_PROPERTY(qreal fontScale READ fontScale NOTIFY fontPercentChanged)

public:
    UiSettings(station::Station& station, SessionController& session, QObject* parent = nullptr);
    ~UiSettings() override;
    static void setInstance(UiSettings* instance);
    static UiSettings* create(QQmlEngine* engine, QJSEngine* scriptEngine);
    void setEngine(QQmlEngine* engine); // retranslated when the language changes

    QString language() const { return m_language; }
    int fontPercent() const { return m_fontPercent; }
    qreal fontScale() const { return m_fontPercent / 100.0; }

    Q_INVOKABLE bool setLanguage(const QString& code);
    Q_INVOKABLE void toggleLanguage();
    Q_INVOKABLE void largerText(); // +25 %, up to 200 %
    Q_INVOKABLE void smallerText(); // -25 %, down to 100 %
    void setFontPercent(int percent); // kept within 100 .. 200 %
    Q_INVOKABLE void stationDefaults();

signals:
    void languageChanged();
    void fontPercentChanged();

private:
    station::Station& m_station;
    QQmlEngine* m_engine = nullptr;
    std::unique_ptr<ContextTranslator> m_translator;
    QString m_language = QStringLiteral("en");
    int m_fontPercent = 100;
};

} // namespace tillbook::app
