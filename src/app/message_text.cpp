#include "app/message_text.h"

#include "app/local_time.h"

#include "station/common.h"

#include <QCoreApplication>

namespace tillbook::app {

QString renderMessage(const Message& message)
{
    // A plural message's count chooses the form (the English file holds "day" and "days" for "day(s)"); for any other
    // message the count must stay -1, or Qt looks for a plural form it does not have.
    const MessageSpec& spec = messageSpec(message.id());
    const QString text = QCoreApplication::translate("Message", spec.english, spec.comment,
                                                     static_cast<int>(message.count()));
    return QString::fromStdString(message.fill(
        text.toStdString(), [](const Message& nested) { return renderMessage(nested).toStdString(); },
        [](std::int64_t utcMs) { return localTime(utcMs).toStdString(); }));
}

QString renderWord(std::string_view domain, const QString& key)
{
    if (auto id = wordMessage(domain, key.toStdString()))
        return renderMessage(Message(*id));
    return key;
}

QString describeFailure(const std::exception& error)
{
    if (const auto* refused = dynamic_cast<const station::CommandRefused*>(&error))
        return renderMessage(refused->message());
    return QString::fromUtf8(error.what());
}

std::function<QString()> failureText(const std::exception& error)
{
    if (const auto* refused = dynamic_cast<const station::CommandRefused*>(&error))
        return [message = refused->message()] { return renderMessage(message); };
    return [text = QString::fromUtf8(error.what())] { return text; };
}

} // namespace tillbook::app
