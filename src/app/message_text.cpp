#include "app/message_text.h"

#include "station/common.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace tillbook::app {

QString renderMessage(const Message& message)
{
    const QString text = QCoreApplication::translate("Message", messageSpec(message.id()).english);
    const std::string filled = fillPlaceholders(text.toStdString(), [&](std::string_view name) -> std::string {
        const MessageArg* a = message.arg(name);
        if (!a)
            return "{" + std::string(name) + "}";
        switch (a->type) {
        case MessageArg::Type::Text:
            return a->text;
        case MessageArg::Type::Money:
            return formatMoney(Money::fromCents(a->value));
        case MessageArg::Type::Number:
            return std::to_string(a->value);
        case MessageArg::Type::Time:
            return QDateTime::fromMSecsSinceEpoch(a->value).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")).toStdString();
        case MessageArg::Type::Nested:
            return renderMessage(*a->nested).toStdString();
        case MessageArg::Type::List: {
            QStringList parts;
            for (const auto& m : *a->list)
                parts << renderMessage(m);
            return parts.join(QLatin1Char(' ')).toStdString();
        }
        }
        return {};
    });
    return QString::fromStdString(filled);
}

QString describeFailure(const std::exception& error)
{
    if (const auto* refused = dynamic_cast<const station::CommandRefused*>(&error))
        return renderMessage(refused->message());
    return QString::fromUtf8(error.what());
}

} // namespace tillbook::app
