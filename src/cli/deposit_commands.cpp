// tillctl deposit: the supervisor prepares the day's bank deposit and keys the bank's confirmation later.
#include "cli/commands.h"
#include "cli/station_access.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace tillbook::cli {

nlohmann::json depositJson(const station::DepositInfo& d)
{
    nlohmann::json items = nlohmann::json::array();
    for (const auto& i : d.items)
        items.push_back({{"kind", i.kind == TenderKind::MoneyOrder ? "money_order" : "check"},
                         {"routing", i.routing},
                         {"account", i.maskedAccount},
                         {"serial", i.serial},
                         {"amount", formatPlain(i.amount)},
                         {"maker", i.maker},
                         {"receipt", i.receipt},
                         {"source", i.source}});
    nlohmann::json drawers = nlohmann::json::array();
    for (const auto& dr : d.drawers)
        drawers.push_back({{"drawer", dr.id},
                           {"counted", formatPlain(dr.counted)},
                           {"drops", formatPlain(dr.drops)},
                           {"float", formatPlain(dr.openingFloat)},
                           {"cash_taken", formatPlain(dr.cashTaken)},
                           {"paid_outs", formatPlain(dr.paidOuts)},
                           {"over_short", formatPlain(dr.overShort)}});
    nlohmann::json out = {{"id", d.id},
                          {"seq", d.seq},
                          {"day", d.day},
                          {"bag", d.bag},
                          {"seal", d.seal},
                          {"status", d.status},
                          {"float_kept", formatPlain(d.floatKept)},
                          {"cash", formatPlain(d.cash)},
                          {"checks", formatPlain(d.checks)},
                          {"money_orders", formatPlain(d.moneyOrders)},
                          {"total", formatPlain(d.total)},
                          {"drawers", drawers},
                          {"batches", d.batches},
                          {"items", items}};
    if (d.status == "confirmed") {
        out["confirmed"] = formatPlain(d.confirmedAmount);
        out["bank_date"] = d.bankDate;
        out["reference"] = d.reference;
        out["difference"] = formatPlain(d.difference);
    }
    return out;
}

namespace {

void printDeposit(const station::DepositInfo& d)
{
    std::cout << "deposit " << d.id << " (" << d.status << ") for " << d.day << ", bag " << d.bag << ": cash "
              << formatMoney(d.cash) << " (float kept back " << formatMoney(d.floatKept) << "), checks "
              << formatMoney(d.checks) << ", money orders " << formatMoney(d.moneyOrders) << ", total "
              << formatMoney(d.total) << "; " << d.drawers.size() << " drawer(s), " << d.batches.size()
              << " mail batch(es), " << d.items.size() << " item(s)\n";
    if (d.status == "confirmed")
        std::cout << "  confirmed " << formatMoney(d.confirmedAmount) << " on " << d.bankDate << ", reference "
                  << d.reference << (d.difference.isZero() ? std::string() : ", difference " + formatMoney(d.difference))
                  << "\n";
}

void show(const Args& args, const station::DepositInfo& d)
{
    if (args.flag("json"))
        std::cout << depositJson(d).dump(2) << "\n";
    else
        printDeposit(d);
}

} // namespace

nlohmann::json journalJson(const station::Journal& journal)
{
    nlohmann::json lines = nlohmann::json::array();
    for (const auto& l : journal.lines)
        lines.push_back({{"date", l.date},
                         {"account", l.account},
                         {"fund", l.fund},
                         {"debit", formatPlain(l.debit)},
                         {"credit", formatPlain(l.credit)},
                         {"memo", l.memo},
                         {"seq", l.seq}});
    return {{"day", journal.day},
            {"deposits", journal.deposits},
            {"debits", formatPlain(journal.debits)},
            {"credits", formatPlain(journal.credits)},
            {"lines", lines}};
}

station::DepositRequest depositRequest(const Args& args)
{
    station::DepositRequest request;
    request.operatorId = args.required("operator");
    request.day = args.required("day");
    request.bag = args.required("bag");
    request.seal = args.value("seal").value_or("");
    request.drawers = args.values("drawer");
    return request;
}

station::DepositConfirmation depositConfirmation(const Args& args)
{
    station::DepositConfirmation c;
    c.operatorId = args.required("operator");
    c.deposit = args.required("deposit");
    auto amount = parseMoney(args.required("amount"));
    if (!amount.value)
        throw UsageError("--amount: " + amount.error);
    c.amount = *amount.value;
    c.bankDate = args.value("date").value_or("");
    c.reference = args.required("reference");
    c.reason = args.value("reason").value_or("");
    return c;
}

// tillctl export gl: the day's general-ledger journal, as the station builds it.
int cmdExportGl(const Argv& argv)
{
    Args args(argv, {"data", "day", "out", "format"}, {});
    std::string format = args.value("format").value_or("csv");
    if (format != "csv" && format != "json")
        throw UsageError("--format is csv or json, not \"" + format + "\"");
    std::string day = requiredDay(args, "day");
    auto st = openStation(args);
    auto journal = st->deposits().journal(day);
    writeOutput(args, format == "json" ? journalJson(journal).dump(2) + "\n" : station::journalCsv(journal));
    return kExitOk;
}

// tillctl deposit prepare|confirm|list
int cmdDeposit(const Argv& argv)
{
    if (argv.empty())
        throw UsageError("deposit needs prepare, confirm or list");
    std::string what = argv[0];
    Argv rest(argv.begin() + 1, argv.end());
    if (what == "prepare") {
        Args args(rest, {"data", "day", "bag", "seal", "operator", "drawer"}, {"json"});
        station::DepositRequest request = depositRequest(args);
        auto st = openStation(args);
        show(args, st->deposits().prepare(request));
        return kExitOk;
    }
    if (what == "confirm") {
        Args args(rest, {"data", "deposit", "amount", "date", "reference", "reason", "operator"}, {"json"});
        station::DepositConfirmation c = depositConfirmation(args);
        auto st = openStation(args);
        show(args, st->deposits().confirm(c));
        return kExitOk;
    }
    if (what == "list") {
        Args args(rest, {"data", "day"}, {"json"});
        auto st = openStation(args);
        auto all = st->deposits().list(args.value("day").value_or(""));
        if (args.flag("json")) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& d : all)
                out.push_back(depositJson(d));
            std::cout << out.dump(2) << "\n";
            return kExitOk;
        }
        for (const auto& d : all)
            printDeposit(d);
        std::cout << all.size() << " deposit(s)\n";
        return kExitOk;
    }
    throw UsageError("deposit needs prepare, confirm or list, not \"" + what + "\"");
}

} // namespace tillbook::cli
