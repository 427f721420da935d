// tillctl office ... and tillctl sync: the office on PostgreSQL and a station's link to it (docs/office.md).
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/station_access.h"
#include "office/office.h"
#include "office/station_link.h"
#include "station/atomic_file.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ctime>
#include <iostream>

#include <pthread.h>
#include <signal.h>

namespace tillbook::cli {

namespace fs = std::filesystem;
using nlohmann::json;

int cmdOfficeInit(const Argv& argv)
{
    Args args(argv, {"data", "db", "station-url", "ca", "time-zone"}, {});
    fs::path dir = args.required("data");
    std::string vkey = office::Office::init(dir, args.required("db"), args.required("station-url"), args.required("ca"),
                                            args.value("time-zone").value_or(""));
    std::cout << "office ready in " << dir.string() << "; its key: " << vkey << "\n";
    return kExitOk;
}

int cmdOfficeAddStation(const Argv& argv)
{
    Args args(argv, {"data", "station", "out"}, {});
    auto officeDir = office::Office::open(args.required("data"));
    fs::path out = args.required("out");
    json join = officeDir->addStation(args.required("station"));
    // It holds the station's password: only its owner may read it, as the key files.
    station::writeFileAtomically(out, join.dump(2) + "\n", 0600);
    std::cout << "station " << join["station"].get<std::string>() << " may join as role "
              << join["role"].get<std::string>() << ": give it " << out.string()
              << " (it holds a password) and run tillctl office join there\n";
    return kExitOk;
}

int cmdOfficeJoin(const Argv& argv)
{
    Args args(argv, {"data", "file"}, {});
    auto station = openStation(args);
    std::string url = office::joinOffice(*station, args.required("file"));
    std::cout << "station " << station->stationId() << " joined the office at " << url << "\n";
    return kExitOk;
}

int cmdSync(const Argv& argv)
{
    Args args(argv, {"data", "batch"}, {"json"});
    const std::uint64_t batch = args.number("batch", 500);
    if (batch == 0 || batch > 100000)
        throw UsageError("--batch must be 1 to 100000 records");
    // The writer lock: one writer at a time, as for every other command. The station UI holds it while it runs, and
    // syncs by itself then (app/office_controller.h): said in one sentence, with an exit code of its own.
    std::unique_ptr<station::Station> station;
    try {
        station = openStation(args);
    } catch (const station::StationBusy& e) {
        if (e.holder != station::Station::Options{}.program
            || !fs::exists(office::OfficeLinkPaths(station::DataPaths(dataDir(args))).config))
            throw;
        std::cerr << "tillctl: " << Message(Msg::OfficeSyncedByUi).english() << "\n";
        return kExitUiSyncs;
    }
    office::SyncOutcome out;
    try {
        out = office::syncWithOffice(*station, static_cast<std::size_t>(batch));
    } catch (const office::OfficeUnreachable& e) {
        std::cerr << "tillctl: " << e.what() << "\n";
        return kExitError;
    }
    if (args.flag("json")) {
        std::cout << json{{"station", station->stationId()},
                          {"local_size", out.localSize},
                          {"sent", out.sent},
                          {"office_has", out.officeHas},
                          {"office_verified", out.officeVerified},
                          {"office_state", out.officeState},
                          {"cosignatures_pulled", out.cosignaturesPulled},
                          {"latest_cosigned", out.latestCosigned},
                          {"office_items_pulled", out.itemsPulled},
                          {"problem", out.problem ? json(*out.problem) : json(nullptr)}}
                         .dump()
                  << "\n";
    } else {
        if (out.sent > 0)
            std::cout << "sent " << out.sent << " records (seq " << out.firstSent << " to " << out.lastSent << ")";
        else
            std::cout << "nothing to send";
        std::cout << "; the office holds " << out.officeHas << " of " << out.localSize << " records and had verified "
                  << out.officeVerified << "; " << out.cosignaturesPulled << " cosigned checkpoints pulled";
        if (out.latestCosigned > 0)
            std::cout << " (latest covers " << out.latestCosigned << " records)";
        std::cout << "; " << out.itemsPulled << " items from other windows applied\n";
        if (out.problem)
            std::cerr << "tillctl: " << *out.problem << "\n";
    }
    return out.problem ? kExitProblem : kExitOk;
}

namespace {

// One line per station that something happened to (every station when `all`); true when any station is frozen.
bool printOutcomes(const std::vector<office::ProcessOutcome>& outcomes, bool all)
{
    bool flagged = false;
    for (const auto& s : outcomes) {
        flagged = flagged || s.state != "ok";
        flagged = flagged || !s.publishProblem.empty();
        if (!all && s.verifiedAfter == s.verifiedBefore && s.published == 0 && s.state == "ok" && s.publishProblem.empty())
            continue;
        if (!all && s.frozenBefore && s.publishProblem.empty())
            continue; // said when it froze
        std::cout << s.station << ": ";
        if (s.frozenBefore)
            std::cout << "frozen at " << s.verifiedAfter << " (" << s.state << "): " << s.problem
                      << (s.publishProblem.empty() ? "" : "; NOT PUBLISHED: " + s.publishProblem) << "\n";
        else {
            std::cout << (s.verifiedAfter - s.verifiedBefore) << " records verified, " << s.verifiedAfter
                      << " in all";
            if (s.cosignedSize > 0)
                std::cout << "; checkpoint of " << s.cosignedSize << " cosigned";
            if (s.published > 0)
                std::cout << "; " << s.published << " items published";
            if (s.state != "ok")
                std::cout << "; FROZEN (" << s.state << "): " << s.problem;
            if (!s.publishProblem.empty())
                std::cout << "; NOT PUBLISHED: " << s.publishProblem;
            std::cout << "\n";
        }
    }
    std::cout << std::flush;
    return flagged;
}

} // namespace

int cmdOfficeProcess(const Argv& argv)
{
    Args args(argv, {"data"}, {});
    auto officeDir = office::Office::open(args.required("data"));
    return printOutcomes(officeDir->process(), true) ? kExitProblem : kExitOk;
}

int cmdOfficeServe(const Argv& argv)
{
    Args args(argv, {"data", "interval"}, {});
    const std::uint64_t interval = args.number("interval", 5);
    if (interval == 0 || interval > 3600)
        throw UsageError("--interval must be 1 to 3600 seconds");
    const fs::path dir = args.required("data");
    // SIGTERM and SIGINT wait until a run is over: blocked here, taken only between runs by sigtimedwait, so a stop
    // never cuts a transaction short (and a cut one would roll back anyway).
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop, nullptr);
    auto officeDir = office::Office::open(dir);
    std::cout << "office serving " << dir.string() << " every " << interval << " s until SIGTERM" << std::endl;
    for (;;) {
        try {
            if (!officeDir)
                officeDir = office::Office::open(dir);
            printOutcomes(officeDir->process(), false);
        } catch (const office::PgError& e) {
            // The database restarted or is away: said once per run, and the next run connects again.
            std::cerr << "tillctl: " << e.what() << std::endl;
            officeDir.reset();
        }
        const timespec wait{static_cast<time_t>(interval), 0};
        const int signal = sigtimedwait(&stop, nullptr, &wait);
        if (signal == SIGTERM || signal == SIGINT) {
            std::cout << "office stopped" << std::endl;
            return kExitOk;
        }
    }
}

namespace {

json overlapsJson(const std::vector<office::DepositOverlap>& overlaps)
{
    json out = json::array();
    for (const auto& o : overlaps)
        out.push_back({{"station", o.station},
                       {"seq", o.seq},
                       {"deposit", o.deposit},
                       {"day", o.day},
                       {"kind", o.kind},
                       {"id", o.id},
                       {"office_deposit", o.officeDeposit},
                       {"office_day", o.officeDay},
                       {"resolved", o.resolved},
                       {"voided_by", o.resolved ? json(o.voidedBy) : json(nullptr)},
                       {"void_reason", o.resolved ? json(o.voidReason) : json(nullptr)},
                       {"problem", office::overlapMessage(o).english()}});
    return out;
}

} // namespace

int cmdOfficeStatus(const Argv& argv)
{
    Args args(argv, {"data"}, {"json"});
    auto officeDir = office::Office::open(args.required("data"));
    auto stations = officeDir->status();
    // Money in two deposits waits for a supervisor: said beside the stations, every day's.
    const auto overlaps = officeDir->depositOverlaps("", true);
    const std::string published = officeDir->publishedProblem();
    if (args.flag("json")) {
        json list = json::array();
        for (const auto& s : stations)
            list.push_back({{"station", s.station},
                            {"records", s.records},
                            {"verified_size", s.verifiedSize},
                            {"root", s.root.empty() ? json(nullptr) : json(s.root)},
                            {"last_sync", s.lastSync.empty() ? json(nullptr) : json(s.lastSync)},
                            {"state", s.state},
                            {"stored", s.storedProblem.empty() ? json("intact") : json(s.storedProblem)}});
        std::cout << json{{"stations", list},
                          {"deposit_overlaps", overlapsJson(overlaps)},
                          {"published", published.empty() ? json("intact") : json(published)}}
                         .dump()
                  << "\n";
    } else {
        for (const auto& s : stations) {
            std::cout << s.station << "\t" << s.state << "\t" << s.verifiedSize << "/" << s.records << " verified\t"
                      << (s.lastSync.empty() ? "never synced" : "last sync " + s.lastSync);
            if (!s.problem.empty())
                std::cout << "\t" << s.problem;
            if (!s.storedProblem.empty())
                std::cout << "\tSTORED RECORDS CHANGED: " << s.storedProblem;
            std::cout << "\n";
        }
        for (const auto& o : overlaps)
            std::cout << "PROBLEM: " << office::overlapMessage(o).english() << "\n";
        if (!published.empty())
            std::cout << "PUBLISHED ITEMS CHANGED: " << published << "\n";
    }
    // A stored copy or a published item changed in the database is the office's problem, not the station's: said,
    // and exit 1.
    const bool changed = !published.empty()
                         || std::any_of(stations.begin(), stations.end(),
                                        [](const office::StationStatus& s) { return !s.storedProblem.empty(); });
    return changed ? kExitProblem : kExitOk;
}

int cmdOfficeReportDay(const Argv& argv)
{
    Args args(argv, {"data", "day"}, {"json"});
    const std::string day = requiredDay(args, "day");
    auto officeDir = office::Office::open(args.required("data"));
    office::OfficeDay r = officeDir->dayReport(day);
    if (args.flag("json")) {
        json stations = json::array();
        for (const auto& s : r.stations)
            stations.push_back({{"station", s.station},
                                {"state", s.state},
                                {"verified_size", s.verifiedSize},
                                {"waiting", s.waiting},
                                {"payments", {{"count", s.payments}, {"amount", formatPlain(s.collected)}}},
                                {"reversals", {{"count", s.reversals}, {"amount", formatPlain(s.reversed)}}},
                                {"postings", formatPlain(s.postings)}});
        json funds = json::object();
        for (const auto& [fund, amount] : r.funds)
            funds[fund] = formatPlain(amount);
        json tenders = json::object();
        for (const auto& [tender, amount] : r.tenders)
            tenders[tender] = formatPlain(amount);
        json duplicates = json::array();
        for (const auto& d : r.duplicates)
            duplicates.push_back({{"routing", d.routing}, {"account", d.maskedAccount}, {"serial", d.serial},
                                  {"receipts", d.receipts}});
        json work = json::array();
        for (const auto& w : r.work)
            work.push_back({{"station", w.station}, {"subject", w.subject}, {"id", w.id}, {"operator", w.operatorId},
                            {"state", w.state}, {"reviewer", w.reviewer}});
        json approval = nullptr;
        if (r.approval)
            approval = {{"by", r.approval->approvedBy},
                        {"at", r.approval->approvedAt},
                        {"work", r.approval->work},
                        {"signature_valid", r.approval->signatureValid},
                        {"current", r.approval->current}};
        json bounds = json::array();
        for (const DayBounds& b : r.bounds)
            bounds.push_back({{"from_ms", b.startMs}, {"to_ms", b.endMs}});
        std::cout << json{{"day", r.day},
                          {"time_zone", r.timeZone},
                          {"business_day_start", r.dayStart},
                          {"bounds", bounds},
                          {"stations", stations},
                          {"funds", funds},
                          {"tenders", tenders},
                          {"postings", formatPlain(r.postings)},
                          {"duplicate_presentments", duplicates},
                          {"deposit_overlaps", overlapsJson(r.overlaps)},
                          {"work", work},
                          {"approved", r.approval && r.approval->current},
                          {"approval", approval}}
                         .dump(2)
                  << "\n";
        return kExitOk;
    }
    std::cout << "OFFICE DAY " << r.day << " (the office's business day, " << r.timeZone << ", from " << r.dayStart
              << ")\n";
    for (const auto& s : r.stations) {
        std::cout << s.station << "\t" << s.payments << " payments " << formatMoney(s.collected) << "\t" << s.reversals
                  << " reversals " << formatMoney(s.reversed) << "\tpostings " << formatMoney(s.postings);
        if (s.state != "ok")
            std::cout << "\tFROZEN (" << s.state << ") at " << s.verifiedSize;
        if (s.waiting > 0)
            std::cout << "\t" << s.waiting << " records not verified yet";
        std::cout << "\n";
    }
    for (const auto& [fund, amount] : r.funds)
        std::cout << "fund " << fund << "\t" << formatMoney(amount) << "\n";
    std::cout << "postings\t" << formatMoney(r.postings) << "\n";
    for (const auto& d : r.duplicates) {
        std::cout << "check " << d.routing << " " << d.maskedAccount << " #" << d.serial << " taken more than once:";
        for (const auto& receipt : d.receipts)
            std::cout << " " << receipt;
        std::cout << "\n";
    }
    for (const auto& o : r.overlaps) {
        if (o.resolved)
            std::cout << "resolved: " << o.station << "'s " << o.kind << " " << o.id << " was in " << o.deposit
                      << " and " << o.officeDeposit << "; " << o.officeDeposit << " voided by " << o.voidedBy << ": "
                      << o.voidReason << "\n";
        else
            std::cout << "PROBLEM: " << office::overlapMessage(o).english() << "\n";
    }
    for (const auto& w : r.work)
        std::cout << w.station << "\t" << w.subject << " " << w.id << " (" << w.operatorId << ")\t" << w.state
                  << (w.reviewer.empty() ? "" : " by " + w.reviewer) << "\n";
    if (!r.approval)
        std::cout << "not approved at the office\n";
    else if (!r.approval->signatureValid)
        std::cout << "NOT APPROVED: the stored approval by " << r.approval->approvedBy
                  << " does not carry a valid signature by the office key\n";
    else if (!r.approval->current)
        std::cout << "approved by " << r.approval->approvedBy << " at " << r.approval->approvedAt << " for "
                  << r.approval->work << " drawers and batches; work opened since waits for another approval\n";
    else
        std::cout << "approved by " << r.approval->approvedBy << " at " << r.approval->approvedAt << "\n";
    return kExitOk;
}

int cmdOfficeApproveDay(const Argv& argv)
{
    Args args(argv, {"data", "day", "operator"}, {});
    const std::string day = requiredDay(args, "day");
    auto officeDir = office::Office::open(args.required("data"));
    office::OfficeDay r = officeDir->approveDay(day, args.required("operator"));
    std::cout << day << " approved at the office by " << r.approval->approvedBy << " (" << r.work.size()
              << " drawers and mail batches at " << r.stations.size() << " windows, postings "
              << formatMoney(r.postings) << "), signed by the office key\n";
    return kExitOk;
}

namespace {

std::string utcText(std::int64_t ms)
{
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char text[32] = {};
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

} // namespace

int cmdOfficeSettingsList(const Argv& argv)
{
    Args args(argv, {"data"}, {});
    auto officeDir = office::Office::open(args.required("data"));
    const office::OfficeCalendar calendar = officeDir->calendar();
    std::cout << "office.time_zone\t\"" << calendar.zoneName() << "\"\t(the office day's time zone)\n"
              << "office.business_day_start\t\"" << calendar.dayStart()
              << "\"\t(the local time the office day starts)\n";
    for (const office::OfficeSetting& s : officeDir->settings())
        std::cout << "change " << s.id << "\t" << s.key << " = \"" << s.value << "\"\tin force from "
                  << utcText(s.effectiveMs) << "\trecorded " << s.recordedAt << " by " << s.changedBy << "\t"
                  << (s.signatureValid ? "signed by the office key" : "NOT SIGNED by the office key") << "\n";
    return kExitOk;
}

int cmdOfficeSettingsSet(const Argv& argv)
{
    Args args(argv, {"data"}, {});
    if (args.positionals().size() != 2)
        throw UsageError("office settings set needs KEY VALUE");
    auto officeDir = office::Office::open(args.required("data"));
    const office::OfficeSetting s = officeDir->changeSetting(args.positionals()[0], args.positionals()[1],
                                                              station::SystemClock().nowMs());
    std::cout << s.key << " = \"" << s.value << "\" from " << utcText(s.effectiveMs) << " (change " << s.id
              << ", signed by the office key)\n";
    return kExitOk;
}

int cmdOfficeImport(const Argv& argv)
{
    if (argv.empty() || (argv[0] != "accounts" && argv[0] != "bills" && argv[0] != "fees"))
        throw UsageError("office import needs accounts, bills or fees");
    Args args(Argv(argv.begin() + 1, argv.end()), {"data", "file"}, {});
    const std::string file = args.required("file");
    auto officeDir = office::Office::open(args.required("data"));
    auto out = officeDir->importFile(argv[0], file);
    std::cout << file << ": " << out.added << " added, " << out.updated << " updated (office import " << out.id
              << ", sha256 " << out.sha256 << "), published to every window\n";
    return kExitOk;
}

int cmdOfficeExportPayments(const Argv& argv)
{
    Args args(argv, {"data", "date", "out"}, {});
    const std::string day = requiredDay(args, "date");
    auto officeDir = office::Office::open(args.required("data"));
    writeOutput(args, officeDir->exportPostings(day));
    return kExitOk;
}

} // namespace tillbook::cli
