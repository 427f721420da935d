// How tillctl subcommands reach a station: the data directory from --data and the options tillctl opens it with.
#pragma once

#include "cli/args.h"
#include "core/import_rows.h"
#include "station/atomic_file.h"
#include "station/services.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <string>

namespace tillbook::cli {

inline std::filesystem::path dataDir(const Args& args)
{
    return station::resolveDataDir(args.value("data"));
}

inline station::Station::Options tillctlOptions()
{
    station::Station::Options options;
    options.program = "tillctl"; // what a second writer is told holds the directory
    return options;
}

// Opens the station for writing with the system clock (tillctl acts now, as the system actor).
inline std::unique_ptr<station::Station> openStation(const Args& args)
{
    static station::SystemClock clock;
    return station::Station::open(dataDir(args), clock, tillctlOptions());
}

// An export to --out FILE (written atomically, then named) or to stdout.
inline void writeOutput(const Args& args, const std::string& text)
{
    if (auto out = args.value("out")) {
        station::writeFileAtomically(*out, text);
        std::cout << "wrote " << *out << "\n";
    } else {
        std::cout << text;
    }
}

// A day option, YYYY-MM-DD.
inline std::string requiredDay(const Args& args, const std::string& option)
{
    std::string day = args.required(option);
    if (!isValidDate(day))
        throw UsageError("--" + option + " must be a date as YYYY-MM-DD, not \"" + day + "\"");
    return day;
}

// A deposit and a journal as tillctl prints them with --json (deposit_commands.cpp): amounts as decimal strings. The
// office's deposits and journal (office_money_commands.cpp) print in the same shape.
nlohmann::json depositJson(const station::DepositInfo& deposit);
nlohmann::json journalJson(const station::Journal& journal);
// `deposit prepare` and `deposit confirm`'s options (the station's and the office's): --operator, --day, --bag,
// --seal, --drawer...; --operator, --deposit, --amount, --date, --reference, --reason.
station::DepositRequest depositRequest(const Args& args);
station::DepositConfirmation depositConfirmation(const Args& args);

// One line of stdin without its line ending: a PIN never goes on the command line, where ps and shell history
// would keep it.
inline std::string readLineFromStdin()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

} // namespace tillbook::cli
