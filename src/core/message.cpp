#include "core/message.h"

#include <algorithm>
#include <functional>
#include <ctime>
#include <stdexcept>

namespace tillbook {

const std::vector<MessageSpec>& messageCatalog()
{
    // The list's translation marks become the spec's fields: a comment, or the plural flag.
#pragma push_macro("QT_TRANSLATE_NOOP3")
#pragma push_macro("QT_TRANSLATE_N_NOOP")
#undef QT_TRANSLATE_NOOP3
#undef QT_TRANSLATE_N_NOOP
#define QT_TRANSLATE_NOOP3(scope, text, comment) text, comment
#define QT_TRANSLATE_N_NOOP(scope, text) text, nullptr, true
    static const std::vector<MessageSpec> catalog{
#define TILLBOOK_MESSAGE(id, code, text) MessageSpec{Msg::id, code, text},
#include "core/message_list.h"
#undef TILLBOOK_MESSAGE
    };
#pragma pop_macro("QT_TRANSLATE_N_NOOP")
#pragma pop_macro("QT_TRANSLATE_NOOP3")
    return catalog;
}

const MessageSpec& messageSpec(Msg id)
{
    return messageCatalog().at(static_cast<std::size_t>(id));
}

std::optional<Msg> messageByCode(std::string_view code)
{
    for (const auto& spec : messageCatalog())
        if (spec.code == code)
            return spec.id;
    return std::nullopt;
}

std::optional<Msg> wordMessage(std::string_view domain, std::string_view key)
{
    std::string code = "word.";
    code.append(domain).append(".").append(key);
    return messageByCode(code);
}

Message word(std::string_view domain, std::string_view key)
{
    auto id = wordMessage(domain, key);
    if (!id)
        throw std::logic_error("the catalog has no word." + std::string(domain) + "." + std::string(key));
    return Message(*id);
}

MessageArg::MessageArg(std::string name, std::string text)
    : name(std::move(name))
    , text(std::move(text))
{
}

MessageArg::MessageArg(std::string name, const char* text)
    : MessageArg(std::move(name), std::string(text))
{
}

MessageArg::MessageArg(std::string name, std::string_view text)
    : MessageArg(std::move(name), std::string(text))
{
}

MessageArg::MessageArg(std::string name, Money amount)
    : name(std::move(name))
    , type(Type::Money)
    , value(amount.cents())
{
}

MessageArg::MessageArg(std::string name, const Message& nested)
    : name(std::move(name))
    , type(Type::Nested)
    , nested(std::make_shared<const Message>(nested))
{
}

MessageArg::MessageArg(std::string name, std::vector<Message> list)
    : name(std::move(name))
    , type(Type::List)
    , list(std::make_shared<const std::vector<Message>>(std::move(list)))
{
}

MessageArg MessageArg::number(std::string name, std::int64_t value)
{
    MessageArg a(std::move(name), std::string());
    a.type = Type::Number;
    a.value = value;
    return a;
}

MessageArg MessageArg::time(std::string name, std::int64_t utcMs)
{
    MessageArg a(std::move(name), std::string());
    a.type = Type::Time;
    a.value = utcMs;
    return a;
}

std::vector<std::string> messagePlaceholders(std::string_view text)
{
    std::vector<std::string> names;
    fillPlaceholders(text, [&](std::string_view name) {
        if (std::find(names.begin(), names.end(), name) == names.end())
            names.emplace_back(name);
        return std::string();
    });
    return names;
}

Message::Message(Msg id, std::vector<MessageArg> args)
    : m_id(id)
    , m_args(std::move(args))
{
    const auto& spec = messageSpec(id);
    auto wanted = messagePlaceholders(spec.english);
    std::vector<std::string> given;
    for (const auto& a : m_args)
        given.push_back(a.name);
    std::sort(wanted.begin(), wanted.end());
    std::sort(given.begin(), given.end());
    if (wanted != given)
        throw std::logic_error("message " + std::string(spec.code) + " was given the wrong arguments");
}

const MessageArg* Message::arg(std::string_view name) const
{
    for (const auto& a : m_args)
        if (a.name == name)
            return &a;
    return nullptr;
}

std::int64_t Message::count() const
{
    if (!messageSpec(m_id).plural)
        return -1;
    for (const auto& a : m_args)
        if (a.type == MessageArg::Type::Number)
            return a.value;
    return -1;
}

std::string englishPlural(std::string_view text, std::int64_t count)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto mark = [&](std::string_view m) { return text.substr(i, m.size()) == m; };
        if (mark("(s)") || mark("(es)")) {
            std::size_t len = text[i + 1] == 's' ? 3 : 4;
            if (count != 1)
                out.append(text.substr(i + 1, len - 2));
            i += len - 1;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

namespace {

std::string utcMinute(std::int64_t ms)
{
    std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
    return buf;
}

} // namespace

std::string Message::fill(std::string_view text, const std::function<std::string(const Message&)>& renderNested,
                          const std::function<std::string(std::int64_t)>& renderTime) const
{
    return fillPlaceholders(text, [&](std::string_view name) -> std::string {
        const MessageArg* a = arg(name);
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
            return renderTime(a->value);
        case MessageArg::Type::Nested:
            return renderNested(*a->nested);
        case MessageArg::Type::List: {
            std::string joined;
            for (const auto& m : *a->list)
                joined += (joined.empty() ? "" : " ") + renderNested(m);
            return joined;
        }
        }
        return {};
    });
}

std::string Message::english() const
{
    const auto& spec = messageSpec(m_id);
    const std::string text = spec.plural ? englishPlural(spec.english, count()) : std::string(spec.english);
    return fill(text, [](const Message& m) { return m.english(); }, utcMinute);
}

} // namespace tillbook
