// Local times for the screens through QTimeZone and the default QLocale (UiSettings sets it with the language).
#include "app/local_time.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace tillbook::app {

namespace {

QTimeZone& displayZone()
{
    static QTimeZone zone = QTimeZone::utc();
    return zone;
}

} // namespace

void setDisplayZone(const std::string& ianaName)
{
    QTimeZone zone(QByteArray::fromStdString(ianaName));
    displayZone() = zone.isValid() ? zone : QTimeZone::utc();
}

QString localTime(std::int64_t utcMs)
{
    const QTimeZone& zone = displayZone();
    QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    QString abbreviation = zone == QTimeZone::utc() ? QStringLiteral("UTC") : zone.abbreviation(at);
    return QLocale().toString(at, QLocale::ShortFormat) + QLatin1Char(' ') + abbreviation;
}

QString localDate(const std::string& isoDate)
{
    QString text = QString::fromStdString(isoDate);
    QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : text;
}

} // namespace tillbook::app
