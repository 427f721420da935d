// tillctl accounts, bills and fees imports, search, export, simulate, rebuild; account maintenance and service orders.
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/station_access.h"
#include "core/import_rows.h"
#include "ledger/store.h"
#include "printing/pdf.h"
#include "station/import_file.h"
#include "station/projector.h"
#include "station/rebuild.h"
#include "station/demo.h"
#include "station/simulation.h"
#include "station/services.h"

#include <iostream>

namespace tillbook::cli {

namespace fs = std::filesystem;
using station::Station;

namespace {

template <typename Import>
int runImport(const Argv& argv, Import import)
{
    Args args(argv, {"data"}, {});
    if (args.positionals().size() != 1)
        throw UsageError("name one CSV file to import");
    const std::string& file = args.positionals()[0];
    std::string text = station::readImportFile(file);
    station::SystemClock clock;
    auto st = Station::open(dataDir(args), clock, tillctlOptions());
    station::ImportOutcome outcome = import(*st, text, fs::path(file).filename().string());
    std::cout << file << ": " << outcome.added << " added, " << outcome.updated << " updated (seq " << outcome.seq
              << ", sha256 " << outcome.sha256 << ")\n";
    return kExitOk;
}

} // namespace

int cmdAccountsImport(const Argv& argv)
{
    return runImport(argv, [](Station& st, const std::string& text, const std::string& name) {
        return st.accounts().importAccounts(station::kSystemActor, text, name);
    });
}

int cmdBillsImport(const Argv& argv)
{
    return runImport(argv, [](Station& st, const std::string& text, const std::string& name) {
        return st.accounts().importBills(station::kSystemActor, text, name);
    });
}

int cmdFeesImport(const Argv& argv)
{
    return runImport(argv, [](Station& st, const std::string& text, const std::string& name) {
        return st.accounts().importFees(station::kSystemActor, text, name);
    });
}

int cmdAccountsSearch(const Argv& argv)
{
    Args args(argv, {"data", "limit"}, {});
    std::string query;
    for (const auto& word : args.positionals())
        query += (query.empty() ? "" : " ") + word;
    station::SystemClock clock;
    auto st = Station::open(dataDir(args), clock, tillctlOptions());
    for (const auto& a : st->accounts().searchAccounts(query, args.number("limit", 20)))
        std::cout << a.number << "\t" << a.name << "\t" << a.serviceAddress << "\t" << a.phone << "\t" << a.status
                  << "\t" << formatMoney(a.balance)
                  << (a.credit.isPositive() ? "\tcredit " + formatMoney(a.credit) : std::string()) << "\n";
    return kExitOk;
}

int cmdExportPayments(const Argv& argv)
{
    Args args(argv, {"data", "date", "out"}, {});
    std::string day = requiredDay(args, "date");
    station::SystemClock clock;
    auto st = Station::open(dataDir(args), clock, tillctlOptions());
    writeOutput(args, st->payments().exportPostings(day));
    return kExitOk;
}

int cmdRebuild(const Argv& argv)
{
    Args args(argv, {"data"}, {"check"});
    if (!args.flag("check"))
        throw UsageError("rebuild only checks for now: use --check");
    auto report = station::rebuildAndCompare(station::DataPaths(dataDir(args)));
    if (report.difference) {
        std::cout << "projections differ from the ledger: " << *report.difference << "\n";
        return kExitProblem;
    }
    std::cout << "projections match the ledger: " << report.records << " records replayed, " << report.tablesCompared
              << " tables and " << report.rowsCompared << " rows compared\n";
    return kExitOk;
}

int cmdSimulate(const Argv& argv)
{
    Args args(argv, {"data", "days", "seed", "cashiers"}, {"no-deposits"});
    station::SimulationOptions options;
    options.deposits = !args.flag("no-deposits");
    options.days = static_cast<int>(args.number("days", 1));
    options.seed = args.number("seed", 1);
    options.cashiers = static_cast<int>(args.number("cashiers", 2));
    if (options.days < 1 || options.days > station::kDemoSetupDays || options.cashiers < 1 || options.cashiers > 8)
        throw UsageError("--days must be 1 to " + std::to_string(station::kDemoSetupDays)
                         + " and --cashiers 1 to 8");
    fs::path dir = dataDir(args);
    std::int64_t last = 0;
    {
        auto db = station::openLedgerReadOnly(station::DataPaths(dir));
        ledger::LedgerStore store(*db);
        last = store.last()->timeMs;
    }
    // Simulated days fill the days between the latest record and today, so that the next real record is never
    // earlier than a simulated one.
    FixedClock clock(last);
    auto st = Station::open(dir, clock, tillctlOptions());
    st->ledger().requireDemo("simulated days");
    clock.set(station::nextMorningMs(last, st->calendar()));
    station::SystemClock system;
    int available = station::simulationDaysAvailable(last, system.nowMs(), st->calendar());
    if (options.days > available)
        throw station::CommandRefused(Msg::SimulateDaysAvailable, {MessageArg::number("days", available),
                                                                  {"last", st->businessDay(last)}});
    // Days left for their office to deposit still post to the demo chart and bank once deposited: set now, before
    // the first simulated day.
    if (!options.deposits)
        station::seedDemoChart(*st);
    auto report = station::simulate(*st, clock, options);
    std::cout << options.days << " day(s) simulated: " << report.payments << " payments, " << report.voids
              << " voids, " << report.refunds << " refunds, " << report.signIns << " sign-ins ("
              << report.failedSignIns << " wrong PINs), " << report.drawersOpened << " drawers opened and "
              << report.drawersClosed << " closed blind, " << report.drops << " drops, " << report.checksVerified
              << " checks and money orders verified (" << report.checksDeclined << " declined, " << report.checkOverrides
              << " overridden), " << formatMoney(report.collected) << " collected\n"
              << "back office: " << report.accountChanges << " account changes, " << report.accountNotes
              << " contact notes, " << report.ordersCreated << " service orders created and " << report.ordersUpdated
              << " updated, " << report.batches << " mail batches (" << report.batchPayments << " payments posted, "
              << report.batchExceptions << " exceptions), " << report.reviewsApproved << " reviews approved ("
              << report.reviewsRejected << " rejected first), " << report.daysApproved << " day(s) approved\n"
              << "cards: " << report.cardPayments << " payments, " << report.cardRefunds << " refunds to the card; "
              << report.deposits << " bank deposit(s) prepared and confirmed\n";
    // Each day's general-ledger journal, as `tillctl export gl` writes it, once the day is deposited.
    if (!options.deposits)
        return kExitOk;
    if (!report.days.empty())
        fs::create_directories(st->paths().exportsDir);
    for (const std::string& day : report.days) {
        auto journal = st->deposits().journal(day);
        fs::path out = st->paths().exportsDir / ("gl-" + day + ".csv");
        station::writeFileAtomically(out, station::journalCsv(journal));
        std::cout << "journal of " << day << ": " << journal.lines.size() << " lines, debits "
                  << formatMoney(journal.debits) << " = credits " << formatMoney(journal.credits) << ", wrote "
                  << out.string() << "\n";
    }
    return kExitOk;
}


// tillctl account change|adjust|note|history: account maintenance from the back office (as the system actor).
int cmdAccount(const Argv& argv)
{
    if (argv.empty())
        throw UsageError("account needs change, adjust, note or history");
    std::string what = argv[0];
    Argv rest(argv.begin() + 1, argv.end());
    if (what == "change") {
        Args args(rest, {"data", "account", "name", "mailing-address", "phone", "email", "language", "reason"}, {});
        station::AccountChange change;
        change.name = args.value("name");
        change.mailingAddress = args.value("mailing-address");
        change.phone = args.value("phone");
        change.email = args.value("email");
        change.language = args.value("language");
        auto st = openStation(args);
        auto record = st->maintenance().changeAccount(station::kSystemActor, args.required("account"), change,
                                        args.value("reason").value_or(""));
        std::cout << "account " << args.required("account") << " changed at seq " << record.seq << "\n";
        return kExitOk;
    }
    if (what == "adjust") {
        Args args(rest, {"data", "bill", "amount", "reason"}, {});
        auto amount = parseMoney(args.required("amount"));
        if (!amount.value)
            throw UsageError("--amount: " + amount.error + " (a credit is negative, e.g. -12.50)");
        auto st = openStation(args);
        auto record = st->maintenance().adjustBill(station::kSystemActor, args.required("bill"), *amount.value,
                                     args.value("reason").value_or(""));
        std::cout << "bill " << args.required("bill") << " adjusted by " << formatMoney(*amount.value) << " at seq "
                  << record.seq << "\n";
        return kExitOk;
    }
    if (what == "note") {
        Args args(rest, {"data", "account"}, {});
        if (args.positionals().size() != 1)
            throw UsageError("account note needs the note's text");
        auto st = openStation(args);
        auto record = st->maintenance().noteAccount(station::kSystemActor, args.required("account"), args.positionals()[0]);
        std::cout << "note recorded at seq " << record.seq << "\n";
        return kExitOk;
    }
    if (what == "history") {
        Args args(rest, {"data", "account", "kind", "limit"}, {"json"});
        auto st = openStation(args);
        auto events = st->maintenance().accountHistory(args.required("account"), args.value("kind").value_or(""),
                                         args.number("limit", 200));
        if (args.flag("json")) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& e : events)
                out.push_back({{"seq", e.seq},
                               {"time", station::utcTimestamp(e.timeMs)},
                               {"kind", e.kind},
                               {"operator", e.operatorId},
                               {"summary", e.summary},
                               {"amount", formatPlain(e.amount)}});
            std::cout << out.dump(2) << "\n";
            return kExitOk;
        }
        for (const auto& e : events)
            std::cout << st->printedTime(e.timeMs) << "  " << e.kind << "  " << e.summary
                      << (e.amount.isZero() ? std::string() : "  " + formatMoney(e.amount)) << "  (" << e.operatorId
                      << ", seq " << e.seq << ")\n";
        std::cout << events.size() << " event(s)\n";
        return kExitOk;
    }
    throw UsageError("account needs change, adjust, note or history");
}


// tillctl orders create|update|list|export|print: service orders for field operations.
int cmdOrders(const Argv& argv)
{
    if (argv.empty())
        throw UsageError("orders needs create, update, list, export or print");
    std::string what = argv[0];
    Argv rest(argv.begin() + 1, argv.end());
    if (what == "create") {
        Args args(rest, {"data", "account", "type", "address", "date", "reason", "deposit"}, {});
        station::ServiceOrderRequest r;
        r.operatorId = std::string(station::kSystemActor);
        r.account = args.required("account");
        r.type = args.required("type");
        r.serviceAddress = args.value("address").value_or("");
        r.requestedDate = args.required("date");
        r.reason = args.value("reason").value_or("");
        auto deposit = parseMoney(args.value("deposit").value_or("0"));
        if (!deposit.value)
            throw UsageError("--deposit: " + deposit.error);
        r.deposit = *deposit.value;
        auto st = openStation(args);
        auto o = st->orders().createServiceOrder(r);
        std::cout << "order " << o.id << " (" << o.type << ") for account " << o.account << " on " << o.requestedDate
                  << (o.deposit.isPositive() ? ", deposit " + formatMoney(o.deposit) + " billed as " + o.depositBill : "")
                  << "\n";
        return kExitOk;
    }
    if (what == "update") {
        Args args(rest, {"data", "id", "status", "date", "reading", "note"}, {});
        auto st = openStation(args);
        auto o = st->orders().updateServiceOrder(station::kSystemActor, args.required("id"), args.required("status"),
                                        args.value("date").value_or(""), args.value("reading").value_or(""),
                                        args.value("note").value_or(""));
        std::cout << "order " << o.id << " is " << o.status << "\n";
        return kExitOk;
    }
    if (what == "list" || what == "export") {
        Args args(rest, {"data", "status", "out"}, {});
        auto st = openStation(args);
        std::string status = args.value("status").value_or("");
        if (!status.empty() && status != "open" && status != "scheduled" && status != "done" && status != "cancelled")
            throw UsageError("--status is open, scheduled, done or cancelled");
        if (what == "export") {
            writeOutput(args, st->orders().exportServiceOrders(status));
            return kExitOk;
        }
        auto orders = st->orders().serviceOrders(status);
        for (const auto& o : orders)
            std::cout << o.id << "\t" << o.status << "\t" << o.type << "\t" << o.account << "\t" << o.requestedDate << "\t"
                      << o.serviceAddress << "\n";
        std::cout << orders.size() << " order(s)\n";
        return kExitOk;
    }
    if (what == "print") {
        Args args(rest, {"data", "id", "pdf"}, {});
        auto st = openStation(args);
        auto pdf = printing::renderPdf(printing::tabularReportLayout(st->orders().serviceOrderDocument(args.required("id"))),
                                       printing::Paper::Letter);
        station::writeFileAtomically(args.required("pdf"), std::string(pdf.begin(), pdf.end()));
        std::cout << "wrote " << args.required("pdf") << " (" << pdf.size() << " bytes)\n";
        return kExitOk;
    }
    throw UsageError("orders needs create, update, list, export or print");
}

} // namespace tillbook::cli
