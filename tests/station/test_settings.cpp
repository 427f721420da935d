// Settings as people type them: amounts in dollars under names without "_cents", counts as whole numbers, the ledger
// keeping cents; records written under the old "_cents" names still apply.
#include "station/rebuild.h"
#include "station/settings.h"
#include "support/simulated_station.h"

#include <catch2/catch.hpp>

using namespace tillbook;
using test::SimulatedStation;

namespace {

std::string refusal(const std::function<void()>& f)
{
    try {
        f();
    } catch (const station::CommandRefused& e) {
        return e.what();
    }
    return "not refused";
}

} // namespace

TEST_CASE("settings: an amount is typed in dollars and kept in cents, a count as a whole number")
{
    SimulatedStation s;
    auto st = s.open();
    auto size = s.ledgerSize();
    auto record = st->settings().changeSettingText("system", "drawer.float", "250.00");
    auto body = nlohmann::json::parse(record.body);
    CHECK(body["key"] == "drawer.float");
    CHECK(body["new"] == 25000); // the ledger keeps cents
    CHECK(st->settings().moneySetting("drawer.float") == Money::fromCents(25000));
    st->settings().changeSettingText("system", "drawer.tolerance", "$1,000");
    CHECK(st->settings().setting("drawer.tolerance") == 100000);
    st->settings().changeSettingText("system", "signin.max_failures", "7");
    CHECK(st->settings().setting("signin.max_failures") == 7);
    CHECK(s.ledgerSize() == size + 3);

    const auto& floatSpec = *station::SettingsService::numberSetting("drawer.float");
    CHECK(station::SettingsService::formatSetting(floatSpec, 25000) == "250.00");
    CHECK(station::SettingsService::formatSetting(*station::SettingsService::numberSetting("signin.max_failures"), 7) == "7");

    // Bad values: one sentence, nothing written.
    CHECK(refusal([&] { st->settings().changeSettingText("system", "drawer.float", "200.005"); })
          == "drawer.float is an amount in dollars such as 200.00, not \"200.005\"");
    CHECK(refusal([&] { st->settings().changeSettingText("system", "signin.max_failures", "7.5"); })
          == "signin.max_failures is a whole number, not \"7.5\"");
    CHECK(refusal([&] { st->settings().changeSettingText("system", "drawer.float", "20000.00"); })
          == "drawer.float must be between $0.00 and $10,000.00");
    CHECK(refusal([&] { st->settings().changeSettingText("system", "drawer.float_cents", "20000"); })
          == "drawer.float_cents is now drawer.float, typed in dollars (for example 200.00)");
    CHECK(refusal([&] { st->settings().changeSettingText("system", "signin.max_failures_cents", "1"); })
          == "there is no setting \"signin.max_failures_cents\"");
    CHECK(s.ledgerSize() == size + 3);
}

TEST_CASE("settings: a record under an old _cents name still applies, live and when rebuilt")
{
    SimulatedStation s;
    s.append("settings.changed", {{"key", "drawer.tolerance_cents"}, {"old", 500}, {"new", 725}}, true);
    auto st = s.open();
    CHECK(st->settings().moneySetting("drawer.tolerance") == Money::fromCents(725));
    auto rebuilt = station::rebuildAndCompare(s.paths);
    INFO(rebuilt.difference.value_or(""));
    CHECK_FALSE(rebuilt.difference);
}
