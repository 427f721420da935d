// Settings: numbers and words that change outcomes, each change a settings.changed record.
#include "station/settings.h"

#include "core/card.h"
#include "core/routing.h"
#include "core/text.h"
#include "printing/cups.h"
#include "station/command_context.h"
#include "station/projector.h"
#include "station/services.h"

#include <charconv>

namespace tillbook::station {

using ledger::Record;
namespace fs = std::filesystem;

const SettingSpec* SettingsService::numberSetting(std::string_view key)
{
    for (const SettingSpec& spec : kSettings) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

std::string_view SettingsService::currentSettingKey(std::string_view key)
{
    // Only the amounts were renamed; a "_cents" name that was never a setting stays unknown.
    constexpr std::string_view suffix = "_cents";
    if (key.size() > suffix.size() && key.substr(key.size() - suffix.size()) == suffix) {
        const SettingSpec* spec = numberSetting(key.substr(0, key.size() - suffix.size()));
        if (spec && spec->unit == SettingUnit::Amount)
            return spec->key;
    }
    return key;
}

std::int64_t SettingsService::setting(std::string_view key) const
{
    const SettingSpec* spec = numberSetting(key);
    if (!spec)
        throw std::logic_error("unknown setting " + std::string(key));
    auto st = m_ctx.db().prepare("SELECT value FROM settings WHERE key = ?");
    st.bind(1, key);
    return st.step() ? st.columnInt(0) : spec->defaultValue;
}

Money SettingsService::moneySetting(std::string_view key) const
{
    const SettingSpec* spec = numberSetting(key);
    if (!spec || spec->unit != SettingUnit::Amount)
        throw std::logic_error("not an amount setting " + std::string(key));
    return Money::fromCents(setting(key));
}

std::string SettingsService::formatSetting(const SettingSpec& spec, std::int64_t value)
{
    return spec.unit == SettingUnit::Amount ? formatPlain(Money::fromCents(value)) : std::to_string(value);
}

Record SettingsService::changeSetting(std::string_view actor, std::string_view key, std::int64_t value)
{
    const SettingSpec* spec = numberSetting(key);
    if (!spec) {
        if (std::string_view current = currentSettingKey(key); current != key)
            throw CommandRefused(Msg::SettingRenamed, {{"key", key}, {"current", current}});
        throw CommandRefused(Msg::SettingUnknown, {{"key", key}});
    }
    if (value < spec->min || value > spec->max) {
        if (spec->unit == SettingUnit::Amount)
            throw CommandRefused(Msg::SettingRange, {{"key", key}, {"min", Money::fromCents(spec->min)}, {"max", Money::fromCents(spec->max)}});
        throw CommandRefused(Msg::SettingRange, {{"key", key}, MessageArg::number("min", spec->min), MessageArg::number("max", spec->max)});
    }
    std::int64_t old = setting(key);
    return m_ctx.commit("settings.changed", actor, {{"key", key}, {"old", old}, {"new", value}}, CommitOptions::effect([](const Record&) {}));
}

Record SettingsService::changeSettingText(std::string_view actor, std::string_view key, std::string_view text)
{
    if (isTextSetting(key))
        return changeTextSetting(actor, key, text);
    const SettingSpec* spec = numberSetting(key);
    if (!spec)
        return changeSetting(actor, key, 0); // refused there: unknown or renamed
    if (spec->unit == SettingUnit::Amount) {
        MoneyParse parsed = parseMoney(text);
        if (!parsed.value)
            throw CommandRefused(Msg::SettingNotAmount, {{"key", key}, {"value", quoteForMessage(text)}});
        return changeSetting(actor, key, parsed.value->cents());
    }
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        throw CommandRefused(Msg::SettingNotCount, {{"key", key}, {"value", quoteForMessage(text)}});
    return changeSetting(actor, key, value);
}

namespace {

// A fund code as bills and fees name it: 1-20 of A-Z, 0-9, '-' and '.' (core/import_rows.h).
bool isFundCode(std::string_view code)
{
    return !code.empty() && code.size() <= 20 && std::all_of(code.begin(), code.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    });
}

// A general-ledger account as charts write them: "1010", "101-000-1010", "4100.20 WATER".
bool isGlAccount(std::string_view account)
{
    return std::all_of(account.begin(), account.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
            || c == '/' || c == ' ';
    });
}

} // namespace

const TextSettingSpec* findTextSetting(std::string_view key)
{
    for (const TextSettingSpec& spec : kTextSettings) {
        if (spec.key.ends_with(".*")) {
            std::string_view family = spec.key.substr(0, spec.key.size() - 1); // "gl.fund."
            if (key.starts_with(family) && isFundCode(key.substr(family.size())))
                return &spec;
        } else if (spec.key == key) {
            return &spec;
        }
    }
    return nullptr;
}

bool SettingsService::isTextSetting(std::string_view key)
{
    return findTextSetting(key) != nullptr;
}

std::string SettingsService::textSetting(std::string_view key) const
{
    const TextSettingSpec* spec = findTextSetting(key);
    if (!spec)
        throw std::logic_error("unknown setting " + std::string(key));
    auto st = m_ctx.db().prepare("SELECT value FROM text_settings WHERE key = ?");
    st.bind(1, key);
    return st.step() ? st.columnText(0) : std::string(spec->defaultValue);
}

std::vector<std::pair<std::string, std::string>> SettingsService::textSettingsOf(std::string_view family) const
{
    std::vector<std::pair<std::string, std::string>> out;
    auto st = m_ctx.db().prepare("SELECT key, value FROM text_settings WHERE substr(key, 1, length(?1)) = ?1 ORDER BY key");
    st.bind(1, family);
    while (st.step())
        out.emplace_back(st.columnText(0), st.columnText(1));
    return out;
}

Record SettingsService::changeTextSetting(std::string_view actor, std::string_view key, std::string_view value)
{
    const TextSettingSpec* spec = findTextSetting(key);
    if (!spec)
        throw CommandRefused(Msg::SettingUnknown, {{"key", key}});
    std::u32string characters = decodeUtf8(value);
    for (char32_t cp : characters) {
        if (cp == U'\uFFFD')
            throw CommandRefused(Msg::SettingUtf8, {{"key", key}});
        if (cp < 0x20 || cp == 0x7F)
            throw CommandRefused(Msg::SettingOneLine, {{"key", key}});
    }
    if (containsCardNumber(value))
        throw CommandRefused(cardNumberRefusal(Message(Msg::FieldSetting, {{"key", key}})));
    if (characters.size() > spec->maxCharacters)
        throw CommandRefused(Msg::SettingTooLong, {{"key", key}, MessageArg::number("max", static_cast<std::int64_t>(spec->maxCharacters))});
    if (!spec->allowed.empty()) {
        bool allowed = false;
        std::string_view rest = spec->allowed;
        while (!rest.empty()) {
            auto bar = rest.find('|');
            allowed = allowed || rest.substr(0, bar) == value;
            rest = bar == std::string_view::npos ? std::string_view{} : rest.substr(bar + 1);
        }
        if (!allowed)
            throw CommandRefused(Msg::SettingOneOf, {{"key", key}, {"allowed", spec->allowed}});
    }
    if (key == "printing.cups_queue" && !value.empty() && !printing::validQueueName(value))
        throw CommandRefused(Msg::SettingCupsQueue, {{"value", quoteForMessage(value)}});
    if (key.starts_with("gl.") && !isGlAccount(value))
        throw CommandRefused(Msg::SettingGlAccount, {{"key", key}});
    if (key == "deposit.bank_routing" && !value.empty())
        if (std::string problem = routingProblem(value); !problem.empty())
            throw CommandRefused(Msg::SettingBankRouting, {{"detail", problem}});
    std::string old = textSetting(key);
    return m_ctx.commit("settings.changed", actor, {{"key", key}, {"old", old}, {"new", std::string(value)}}, CommitOptions::effect([](const Record&) {}));
}

} // namespace tillbook::station
