// Settings: numbers and words that change outcomes, each change a settings.changed record.
#include "station/settings.h"

#include "core/card.h"
#include "core/import_rows.h"
#include "core/routing.h"
#include "core/text.h"
#include "printing/cups.h"
#include "station/command_context.h"
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
    if (key == "deposit.bank_routing" && !value.empty())
        if (std::string problem = routingProblem(value); !problem.empty())
            throw CommandRefused(Msg::SettingBankRouting, {{"detail", problem}});
    std::string old = textSetting(key);
    return m_ctx.commit("settings.changed", actor, {{"key", key}, {"old", old}, {"new", std::string(value)}}, CommitOptions::effect([](const Record&) {}));
}

namespace {

constexpr std::string_view kConvenienceFeePrefix = "card_fee.";

// The setting's text was checked when it was recorded; a ledger that says otherwise is not one this station wrote.
std::optional<ConvenienceFee> storedConvenienceFee(std::string_view key, std::string_view text)
{
    ConvenienceFeeParse parsed = parseConvenienceFee(text);
    if (parsed.error)
        throw std::runtime_error("the setting " + std::string(key) + " holds \"" + std::string(text)
                                 + "\", which is not a convenience fee");
    return parsed.fee;
}

} // namespace

bool SettingsService::isConvenienceFeeKey(std::string_view key)
{
    return key.starts_with(kConvenienceFeePrefix);
}

std::optional<ConvenienceFee> SettingsService::convenienceFee(std::string_view fund) const
{
    std::string key = std::string(kConvenienceFeePrefix) + std::string(fund);
    auto st = m_ctx.db().prepare("SELECT value FROM text_settings WHERE key = ?");
    st.bind(1, key);
    return st.step() ? storedConvenienceFee(key, st.columnTextView(0)) : std::nullopt;
}

std::vector<std::pair<std::string, ConvenienceFee>> SettingsService::convenienceFees() const
{
    std::vector<std::pair<std::string, ConvenienceFee>> out;
    auto st = m_ctx.db().prepare("SELECT key, value FROM text_settings WHERE key LIKE 'card\\_fee.%' ESCAPE '\\' "
                                 "ORDER BY key");
    while (st.step()) {
        std::string key = st.columnText(0);
        if (auto fee = storedConvenienceFee(key, st.columnTextView(1)))
            out.emplace_back(key.substr(kConvenienceFeePrefix.size()), *fee);
    }
    return out;
}

Record SettingsService::changeConvenienceFee(std::string_view actor, std::string_view key, std::string_view text)
{
    if (!isConvenienceFeeKey(key) || !isFundCode(key.substr(kConvenienceFeePrefix.size())))
        throw CommandRefused(Msg::SettingConvenienceFeeFund, {{"key", key}});
    std::string_view fund = key.substr(kConvenienceFeePrefix.size());
    if (fund == "CREDIT")
        throw CommandRefused(Msg::SettingConvenienceFeeCredit, {{"key", key}});
    ConvenienceFeeParse parsed = parseConvenienceFee(text);
    if (parsed.error)
        throw CommandRefused(Msg::SettingConvenienceFee, {{"key", key}, {"reason", *parsed.error}});
    std::string old = formatConvenienceFee(convenienceFee(fund));
    return m_ctx.commit("settings.changed", actor, {{"key", key}, {"old", old}, {"new", formatConvenienceFee(parsed.fee)}},
                        CommitOptions::effect([](const Record&) {}));
}

} // namespace tillbook::station
