// Settings: numbers and words that change outcomes, each change a settings.changed record.
#include "station/settings.h"

#include "core/card.h"
#include "core/routing.h"
#include "core/text.h"
#include "printing/cups.h"
#include "station/command_context.h"
#include "station/projector.h"
#include "station/projector.h"
#include "station/services.h"

namespace tillbook::station {

using ledger::Record;
namespace fs = std::filesystem;

std::int64_t SettingsService::setting(std::string_view key) const
{
    for (const SettingSpec& spec : kSettings) {
        if (spec.key != key)
            continue;
        auto st = m_ctx.db().prepare("SELECT value FROM settings WHERE key = ?");
        st.bind(1, key);
        return st.step() ? st.columnInt(0) : spec.defaultValue;
    }
    throw std::logic_error("unknown setting " + std::string(key));
}

Record SettingsService::changeSetting(std::string_view actor, std::string_view key, std::int64_t value)
{
    const SettingSpec* spec = nullptr;
    for (const SettingSpec& candidate : kSettings) {
        if (candidate.key == key)
            spec = &candidate;
    }
    if (!spec)
        throw CommandRefused(Msg::SettingUnknown, {{"key", key}});
    if (value < spec->min || value > spec->max)
        throw CommandRefused(Msg::SettingRange, {{"key", key}, MessageArg::number("min", spec->min), MessageArg::number("max", spec->max)});
    std::int64_t old = setting(key);
    return m_ctx.commit("settings.changed", actor, {{"key", key}, {"old", old}, {"new", value}}, CommitOptions::effect([](const Record&) {}));
}

namespace {

// A customer's phone opens it: an http(s) address with a host, nothing a scanner would cut or a browser re-read
// (spaces, a fragment that would swallow the code parameter).
bool isVerifyUrl(std::string_view url)
{
    std::string_view rest = url.starts_with("https://") ? url.substr(8) : url.starts_with("http://") ? url.substr(7) : "";
    if (rest.empty() || rest.front() == '/' || rest.front() == '?')
        return false;
    return std::none_of(url.begin(), url.end(), [](char c) { return c == ' ' || c == '#' || c == '"' || c == '<' || c == '>'; });
}

} // namespace

bool SettingsService::isTextSetting(std::string_view key)
{
    return std::any_of(std::begin(kTextSettings), std::end(kTextSettings),
                       [&](const TextSettingSpec& spec) { return spec.key == key; });
}

std::string SettingsService::textSetting(std::string_view key) const
{
    for (const TextSettingSpec& spec : kTextSettings) {
        if (spec.key != key)
            continue;
        auto st = m_ctx.db().prepare("SELECT value FROM text_settings WHERE key = ?");
        st.bind(1, key);
        return st.step() ? st.columnText(0) : std::string(spec.defaultValue);
    }
    throw std::logic_error("unknown setting " + std::string(key));
}

Record SettingsService::changeTextSetting(std::string_view actor, std::string_view key, std::string_view value)
{
    const TextSettingSpec* spec = nullptr;
    for (const TextSettingSpec& candidate : kTextSettings) {
        if (candidate.key == key)
            spec = &candidate;
    }
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
    if (key == "receipt.verify_url" && !value.empty() && !isVerifyUrl(value))
        throw CommandRefused(Msg::SettingVerifyUrl, {{"value", quoteForMessage(value)}});
    if (key == "deposit.bank_routing" && !value.empty())
        if (std::string problem = routingProblem(value); !problem.empty())
            throw CommandRefused(Msg::SettingBankRouting, {{"detail", problem}});
    std::string old = textSetting(key);
    return m_ctx.commit("settings.changed", actor, {{"key", key}, {"old", old}, {"new", std::string(value)}}, CommitOptions::effect([](const Record&) {}));
}

} // namespace tillbook::station
