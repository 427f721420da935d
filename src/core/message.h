// What the station says to a person: a message code from the one catalog (message_list.h) with named arguments. The
// station returns these; the app renders them in the session's language and the ledger keeps the code and arguments.
#pragma once

#include "core/money.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#ifndef QT_TRANSLATE_NOOP
// The catalog's texts are marked for Qt's lupdate; outside Qt the mark is the text itself.
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace tillbook {

enum class Msg : std::uint16_t {
#define TILLBOOK_MESSAGE(id, code, text) id,
#include "core/message_list.h"
#undef TILLBOOK_MESSAGE
};

struct MessageSpec {
    Msg id;
    std::string_view code; // stable: kept in the ledger, never reworded
    const char* english; // the translation source; {name} marks an argument
    // Tells two entries of the same English apart for the translator ("open" of an order and of a drawer differ in
    // Spanish): QT_TRANSLATE_NOOP3 in the list. Null for most.
    const char* comment = nullptr;
    // The text has plural forms ("{count} check(s)") chosen by the message's count(): QT_TRANSLATE_N_NOOP in the list.
    bool plural = false;
};

// Every message, in declaration order.
const std::vector<MessageSpec>& messageCatalog();
const MessageSpec& messageSpec(Msg id);
std::optional<Msg> messageByCode(std::string_view code);

// A data word the station returns as a key (a bill's kind "utility", an order's status "done") as a message the app
// renders in the session's language: the catalog's "word.DOMAIN.KEY". Nullopt for a key the catalog has no word for
// (data from an import, shown as it is).
std::optional<Msg> wordMessage(std::string_view domain, std::string_view key);
// The same, for a key the station itself defines: a missing word is a mistake in the code (std::logic_error).
class Message;
Message word(std::string_view domain, std::string_view key);

class Message;

// One named argument: text as it is, an amount, a count, an instant (rendered in the reader's time zone), or a whole
// message (the reason inside "Payment not recorded: {reason}").
struct MessageArg {
    enum class Type { Text, Money, Number, Time, Nested, List };

    MessageArg(std::string name, std::string text);
    MessageArg(std::string name, const char* text);
    MessageArg(std::string name, std::string_view text);
    MessageArg(std::string name, Money amount);
    MessageArg(std::string name, const Message& nested);
    // Several messages shown one after another ("reasons").
    MessageArg(std::string name, std::vector<Message> list);
    static MessageArg number(std::string name, std::int64_t value);
    static MessageArg time(std::string name, std::int64_t utcMs);

    std::string name;
    Type type = Type::Text;
    std::string text;
    std::int64_t value = 0; // cents, a count, or milliseconds since the epoch (UTC)
    std::shared_ptr<const Message> nested;
    std::shared_ptr<const std::vector<Message>> list;
};

class Message {
public:
    // Throws std::logic_error when the arguments are not exactly the text's {names}: a mistake in the code, caught by
    // the first test that reaches it.
    Message(Msg id, std::vector<MessageArg> args = {});

    Msg id() const { return m_id; }
    std::string_view code() const { return messageSpec(m_id).code; }
    const std::vector<MessageArg>& args() const { return m_args; }
    const MessageArg* arg(std::string_view name) const;
    // The count that chooses a plural message's form: its first number argument; -1 for other messages.
    std::int64_t count() const;

    // The English sentence: for tillctl, logs and the ledger's readers. Times are UTC ("2026-11-28 08:10 UTC").
    std::string english() const;
    // Fills `text` (this message's catalog text, or its translation) with the arguments: text, amounts and counts as
    // they are; a nested message, each message of a list, and an instant as the reader's renderers say.
    std::string fill(std::string_view text, const std::function<std::string(const Message&)>& renderNested,
                     const std::function<std::string(std::int64_t utcMs)>& renderTime) const;

private:
    Msg m_id;
    std::vector<MessageArg> m_args;
};

// English plural forms without a translator (tillctl, logs): "check(s)" and "batch(es)" drop the mark for a count of 1
// and keep the ending otherwise.
std::string englishPlural(std::string_view text, std::int64_t count);

// The {name} placeholders of a catalog text, in order of first appearance.
std::vector<std::string> messagePlaceholders(std::string_view text);

// Fills a text's placeholders with `render(name)`; a placeholder without a value is left as it is.
template <typename Render>
std::string fillPlaceholders(std::string_view text, Render render)
{
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        auto open = text.find('{', i);
        auto close = open == std::string_view::npos ? open : text.find('}', open);
        if (close == std::string_view::npos) {
            out.append(text.substr(i));
            break;
        }
        out.append(text.substr(i, open - i));
        out.append(render(text.substr(open + 1, close - open - 1)));
        i = close + 1;
    }
    return out;
}

} // namespace tillbook

namespace tillbook {
// The English sentence of a problem, or "" when there is none.
inline std::string englishOf(const std::optional<Message>& problem)
{
    return problem ? problem->english() : std::string();
}
} // namespace tillbook
