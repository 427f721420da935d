#include "app/message_text.h"

#include "app/local_time.h"

#include "station/common.h"

#include <QCoreApplication>

namespace tillbook::app {

QString renderMessage(const Message& message)
{
    const QString text = QCoreApplication::translate("Message", messageSpec(message.id()).english);
    return QString::fromStdString(message.fill(
        text.toStdString(), [](const Message& nested) { return renderMessage(nested).toStdString(); },
        [](std::int64_t utcMs) { return localTime(utcMs).toStdString(); }));
}

QString describeFailure(const std::exception& error)
{
    if (const auto* refused = dynamic_cast<const station::CommandRefused*>(&error))
        return renderMessage(refused->message());
    return QString::fromUtf8(error.what());
}

} // namespace tillbook::app
