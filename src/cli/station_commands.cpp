// tillctl commands that create or change a station: init, demo, users, checkpoint, key rotation.
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/station_access.h"
#include "ledger/checkpoint.h"
#include "station/demo.h"
#include "station/simulation.h"
#include "station/services.h"

#include <iostream>
#include <string>

namespace tillbook::cli {

namespace fs = std::filesystem;
using station::Station;

int cmdInit(const Argv& argv)
{
    Args args(argv, {"data", "station"}, {});
    fs::path dir = dataDir(args);
    station::SystemClock clock;
    Station::create(dir, args.required("station"), clock);
    std::cout << "created station " << args.required("station") << " in " << dir.string() << "\n";
    return kExitOk;
}

int cmdDemo(const Argv& argv)
{
    Args args(argv, {"data", "station"}, {});
    fs::path dir = dataDir(args);
    station::SystemClock system;
    bool created = false;
    int written = 0;
    std::string stationId;
    if (!fs::exists(station::DataPaths(dir).database)) {
        // The setup is dated before the days `simulate` fills, so that no real record is ever earlier than a
        // simulated one.
        FixedClock past(system.nowMs() - station::kDemoSetupDays * 24LL * 60 * 60 * 1000);
        Station::create(dir, args.value("station").value_or("DEMO-01"), past, Station::Kind::Demo);
        created = true;
        auto st = Station::open(dir, past, tillctlOptions());
        written = station::seedDemo(*st);
        stationId = st->stationId();
    } else {
        auto st = Station::open(dir, system, tillctlOptions());
        written = station::seedDemo(*st); // refuses a station that is not a demo station
        stationId = st->stationId();
    }
    if (created || written > 0)
        std::cout << "demo station " << stationId << " in " << dir.string() << ": " << written
                  << " demo records added\n";
    else
        std::cout << "demo station " << stationId << " in " << dir.string() << " is up to date\n";
    return kExitOk;
}

int cmdUserAdd(const Argv& argv)
{
    Args args(argv, {"data", "id", "name", "role"}, {});
    auto role = station::parseRole(args.required("role"));
    if (!role)
        throw UsageError("--role must be cashier, supervisor or admin");
    station::SystemClock clock;
    auto st = Station::open(dataDir(args), clock, tillctlOptions());
    // The PIN never goes on the command line, where ps and shell history would keep it.
    std::string pin = readLineFromStdin();
    auto record = st->operators().addOperator(station::kSystemActor, args.required("id"), args.required("name"), *role, pin);
    std::cout << "added " << args.required("id") << " (" << station::roleName(*role) << ") at seq " << record.seq
              << "\n";
    return kExitOk;
}

int cmdUserList(const Argv& argv)
{
    Args args(argv, {"data"}, {});
    station::SystemClock clock;
    auto st = Station::open(dataDir(args), clock, tillctlOptions());
    for (const auto& op : st->operators().list(true))
        std::cout << op.id << "\t" << station::roleName(op.role) << "\t" << (op.active ? "active" : "disabled") << "\t"
                  << op.name << "\n";
    return kExitOk;
}

int cmdUserDisable(const Argv& argv)
{
    Args args(argv, {"data", "id"}, {});
    station::SystemClock clock;
    auto st = Station::open(dataDir(args), clock, tillctlOptions());
    auto record = st->operators().disableOperator(station::kSystemActor, args.required("id"));
    std::cout << "disabled " << args.required("id") << " at seq " << record.seq << "\n";
    return kExitOk;
}

int cmdUserResetPin(const Argv& argv)
{
    Args args(argv, {"data", "id"}, {});
    station::SystemClock clock;
    auto st = Station::open(dataDir(args), clock, tillctlOptions());
    std::string pin = readLineFromStdin();
    auto record = st->operators().resetPin(station::kSystemActor, args.required("id"), pin);
    std::cout << "new PIN set for " << args.required("id") << " at seq " << record.seq << "\n";
    return kExitOk;
}

int cmdSettingsList(const Argv& argv)
{
    Args args(argv, {"data"}, {});
    station::SystemClock clock;
    auto st = Station::open(dataDir(args), clock, tillctlOptions());
    for (const auto& spec : station::kSettings)
        std::cout << spec.key << "\t" << station::SettingsService::formatSetting(spec, st->settings().setting(spec.key)) << "\t("
                  << spec.meaning << "; default " << station::SettingsService::formatSetting(spec, spec.defaultValue) << ")\n";
    for (const auto& spec : station::kTextSettings) {
        if (!spec.key.ends_with(".*")) {
            std::cout << spec.key << "\t\"" << st->settings().textSetting(spec.key) << "\"\t(" << spec.meaning << ")\n";
            continue;
        }
        std::cout << spec.key << "\t(" << spec.meaning << ")\n";
        for (const auto& [key, value] : st->settings().textSettingsOf(spec.key.substr(0, spec.key.size() - 1)))
            std::cout << key << "\t\"" << value << "\"\n";
    }
    return kExitOk;
}

int cmdSettingsSet(const Argv& argv)
{
    Args args(argv, {"data"}, {});
    if (args.positionals().size() != 2)
        throw UsageError("settings set needs KEY VALUE");
    const std::string& key = args.positionals()[0];
    const std::string& text = args.positionals()[1];
    station::SystemClock clock;
    auto st = Station::open(dataDir(args), clock, tillctlOptions());
    auto record = st->settings().changeSettingText(station::kSystemActor, key, text);
    if (station::SettingsService::isTextSetting(key))
        std::cout << key << " = \"" << text << "\" at seq " << record.seq << "\n";
    else
        std::cout << key << " = " << station::SettingsService::formatSetting(*station::SettingsService::numberSetting(key), st->settings().setting(key))
                  << " at seq " << record.seq << "\n";
    return kExitOk;
}

int cmdCheckpoint(const Argv& argv)
{
    Args args(argv, {"data"}, {});
    station::SystemClock clock;
    auto st = Station::open(dataDir(args), clock, tillctlOptions());
    ledger::Checkpoint checkpoint = st->ledger().checkpoint(station::kSystemActor);
    std::cout << ledger::formatCheckpointNote(checkpoint);
    return kExitOk;
}

int cmdKeyRotate(const Argv& argv)
{
    Args args(argv, {"data", "reason"}, {});
    station::SystemClock clock;
    auto st = Station::open(dataDir(args), clock, tillctlOptions());
    auto record = st->ledger().rotateKey(station::kSystemActor, args.value("reason").value_or("scheduled rotation"));
    std::cout << "new key " << ledger::toHex(st->publicKey().keyId()) << " introduced at seq " << record.seq << "\n";
    return kExitOk;
}

} // namespace tillbook::cli
