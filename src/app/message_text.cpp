#include "app/message_text.h"

#include "station/common.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tillbook::app {

QString renderMessage(const Message& message)
{
    const QString text = QCoreApplication::translate("Message", messageSpec(message.id()).english);
    return QString::fromStdString(message.fill(
        text.toStdString(), [](const Message& nested) { return renderMessage(nested).toStdString(); },
        [](std::int64_t utcMs) {
            return QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")).toStdString();
        }));
}

QString describeFailure(const std::exception& error)
{
    if (const auto* refused = dynamic_cast<const station::CommandRefused*>(&error))
        return renderMessage(refused->message());
    return QString::fromUtf8(error.what());
}

} // namespace tillbook::app
