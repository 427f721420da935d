// UI settings: the translator for the chosen language, installed on the application, and the font scale.
#include "app/ui_settings.h"

#include "app/session_controller.h"
#include "station/settings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>

#include <algorithm>
#include <cstring>

namespace tillbook::app {

namespace {

UiSettings* s_instance = nullptr;

} // namespace

QString ContextTranslator::translate(const char* context, const char* sourceText, const char* disambiguation, int n) const
{
    QString found = QTranslator::translate(context, sourceText, disambiguation, n);
    if (found.isEmpty() && context) {
        if (const char* last = std::strrchr(context, ':'))
            found = QTranslator::translate(last + 1, sourceText, disambiguation, n);
    }
    return found;
}

UiSettings::UiSettings(station::Station& station, SessionController& session, QObject* parent)
    : QObject(parent)
    , m_station(station)
{
    stationDefaults();
    // Each session starts from the station's defaults; what one cashier chose is not the next one's.
    connect(&session, &SessionController::sessionChanged, this, [this, &session] {
        if (!session.signedIn())
            stationDefaults();
    });
}

UiSettings::~UiSettings()
{
    if (m_translator && QCoreApplication::instance())
        QCoreApplication::removeTranslator(m_translator.get());
}

void UiSettings::setInstance(UiSettings* instance)
{
    s_instance = instance;
}

UiSettings* UiSettings::create(QQmlEngine*, QJSEngine*)
{
    Q_ASSERT_X(s_instance, "UiSettings::create", "main() must install the instance first");
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

void UiSettings::setEngine(QQmlEngine* engine)
{
    m_engine = engine;
    if (engine)
        connect(engine, &QObject::destroyed, this, [this, engine] {
            if (m_engine == engine)
                m_engine = nullptr;
        });
}

bool UiSettings::setLanguage(const QString& code)
{
    if (code != QStringLiteral("en") && code != QStringLiteral("es"))
        return false;
    // English is the source language; its file only carries the plural forms. Loaded before the old one goes, so a
    // failure leaves the screens as they were.
    auto translator = std::make_unique<ContextTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/tillbook_%1.qm").arg(code)))
        return false;
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    QCoreApplication::installTranslator(translator.get());
    m_translator = std::move(translator);
    // Dates and times on the screens in the language's form (app/local_time.h).
    QLocale::setDefault(QLocale(code == QStringLiteral("es") ? QStringLiteral("es_US") : QStringLiteral("en_US")));
    bool changed = code != m_language;
    m_language = code;
    if (m_engine)
        m_engine->retranslate();
    if (changed)
        emit languageChanged();
    return true;
}

void UiSettings::toggleLanguage()
{
    setLanguage(m_language == QStringLiteral("en") ? QStringLiteral("es") : QStringLiteral("en"));
}

void UiSettings::largerText()
{
    setFontPercent(m_fontPercent + 25);
}

void UiSettings::smallerText()
{
    setFontPercent(m_fontPercent - 25);
}

void UiSettings::setFontPercent(int percent)
{
    int next = std::clamp(percent, 100, 200);
    if (next != m_fontPercent) {
        m_fontPercent = next;
        emit fontPercentChanged();
    }
}

void UiSettings::stationDefaults()
{
    setLanguage(QString::fromStdString(m_station.settings().textSetting("ui.language")));
    setFontPercent(static_cast<int>(m_station.settings().setting("ui.font_percent")));
}

} // namespace tillbook::app
