// tillctl commands for checks: the routing directory, verifying an item, returned checks.
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/station_access.h"
#include "core/import_rows.h"
#include "core/routing.h"
#include "station/import_file.h"
#include "station/services.h"
#include "station/checks.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace tillbook::cli {

using nlohmann::json;
using station::Station;

int cmdRoutingImport(const Argv& argv)
{
    Args args(argv, {"data"}, {"replace-smaller"});
    if (args.positionals().size() != 1)
        throw UsageError("name the FedACH directory file to import");
    std::string text = station::readImportFile(args.positionals()[0]);
    auto st = openStation(args);
    auto outcome = st->checks().importRoutingDirectory(station::kSystemActor, text, args.positionals()[0],
                                              args.flag("replace-smaller"));
    auto [count, date] = st->checks().routingDirectoryState();
    std::cout << args.positionals()[0] << ": " << count << " participants, file date " << date << " (seq "
              << outcome.seq << ")\n";
    return kExitOk;
}

int cmdRoutingShow(const Argv& argv)
{
    Args args(argv, {"data"}, {});
    if (args.positionals().size() != 1)
        throw UsageError("name one routing number");
    const std::string& rtn = args.positionals()[0];
    if (std::string problem = routingProblem(rtn); !problem.empty()) {
        std::cout << problem << "\n";
        return kExitProblem;
    }
    auto st = openStation(args);
    auto info = st->checks().routing(rtn);
    if (!info) {
        std::cout << rtn << " is not in the FedACH directory (" << st->checks().routingDirectoryState().first
                  << " participants loaded)\n";
        return kExitProblem;
    }
    std::cout << info->routing << "\t" << info->name << "\t" << info->city << ", " << info->state
              << (info->recordType == "2" ? "\treplaced by " + info->newRouting : std::string()) << "\n";
    return kExitOk;
}

int cmdCheckVerify(const Argv& argv)
{
    Args args(argv, {"data", "micr", "amount", "date", "account", "type", "due"}, {"json", "third-party", "two-party"});
    station::CheckInput input;
    input.micr = args.required("micr");
    auto amount = parseMoney(args.required("amount"));
    if (!amount.value)
        throw UsageError("--amount: " + amount.error);
    input.amount = *amount.value;
    input.date = args.required("date");
    if (!isValidDate(input.date))
        throw UsageError("--date must be a date as YYYY-MM-DD");
    input.customerAccount = args.value("account").value_or("");
    if (auto type = args.value("type")) {
        CheckInstrument instrument;
        if (!parseCheckInstrument(*type, instrument))
            throw UsageError("--type must be personal, business, cashiers, money-order or postal-money-order");
        input.instrument = instrument;
    }
    if (auto due = args.value("due")) {
        auto parsed = parseMoney(*due);
        if (!parsed.value)
            throw UsageError("--due: " + parsed.error);
        input.amountDue = *parsed.value;
    }
    input.thirdParty = args.flag("third-party");
    input.twoParty = args.flag("two-party");
    auto st = openStation(args);
    auto v = st->checks().verifyCheck(station::kSystemActor, input);
    if (args.flag("json")) {
        json reasons = json::array();
        for (const auto& r : v.decision.reasons)
            reasons.push_back({{"code", r.code}, {"message", r.message.english()}, {"overridable", r.overridable}});
        json out = {{"verification", v.id},
                    {"seq", v.seq},
                    {"micr",
                     {{"routing", v.micr.routing},
                      {"account", v.micr.account},
                      {"serial", v.micr.serial},
                      {"epc", v.micr.epc},
                      {"amount", v.micr.amount ? json(v.micr.amount->cents()) : json(nullptr)},
                      {"type", std::string(checkInstrumentName(v.instrument))},
                      {"symbols", std::string(micrSymbolsName(v.micr.symbols))}}},
                    {"decision", std::string(checkDecisionName(v.decision.kind))},
                    {"reasons", reasons}};
        std::cout << out.dump(2) << "\n";
    } else {
        std::cout << "routing " << v.micr.routing << "  account " << v.micr.account << "  serial "
                  << (v.micr.serial.empty() ? "-" : v.micr.serial) << "  " << checkInstrumentName(v.instrument)
                  << (v.micr.amount ? "  encoded " + formatMoney(*v.micr.amount) : std::string()) << "\n";
        std::cout << "decision: " << checkDecisionName(v.decision.kind) << " (" << v.id << ", seq " << v.seq << ")\n";
        for (const auto& r : v.decision.reasons)
            std::cout << "  " << r.code << ": " << r.message.english() << (r.overridable ? "" : " (no override)") << "\n";
    }
    return v.decision.kind == CheckDecisionKind::Decline ? kExitProblem : kExitOk;
}

int cmdChecksReturned(const Argv& argv)
{
    Args args(argv, {"data", "receipt", "routing", "account", "reason"}, {});
    auto st = openStation(args);
    auto record = st->checks().recordReturnedCheck(station::kSystemActor, args.required("receipt"), args.required("routing"),
                                          args.required("account"), args.required("reason"));
    std::cout << "returned check on " << args.required("receipt") << " recorded at seq " << record.seq << "\n";
    return kExitOk;
}

} // namespace tillbook::cli
