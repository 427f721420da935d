// tillctl report x|z: a drawer session's figures as text or JSON (the printing layer renders them as PDF later).
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/station_access.h"
#include "printing/pdf.h"
#include "station/projector.h"
#include "station/services.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>
#include <sstream>

namespace tillbook::cli {

using nlohmann::json;
using station::Station;

namespace {

std::string line(const std::string& label, Money amount)
{
    std::ostringstream out;
    out << "  " << std::left << std::setw(30) << label << std::right << std::setw(14) << formatMoney(amount) << "\n";
    return out.str();
}

json countJson(const CashCount& count)
{
    json out = json::object();
    for (const auto& [key, value] : countEntries(count))
        out[key] = value;
    return out;
}

} // namespace

namespace {

int reportActivity(const Argv& argv)
{
    Args args(argv, {"data", "from", "to", "pdf"}, {"json", "csv"});
    auto st = openStation(args);
    auto r = st->reports().activityReport(args.required("from"), args.required("to"));
    if (auto pdfPath = args.value("pdf")) {
        auto pdf = printing::renderPdf(printing::tabularReportLayout(st->reports().activityReportDocument(r)), printing::Paper::Letter);
        station::writeFileAtomically(*pdfPath, std::string(pdf.begin(), pdf.end()));
        std::cout << "wrote " << *pdfPath << " (" << pdf.size() << " bytes)\n";
        return kExitOk;
    }
    if (args.flag("csv")) {
        std::cout << station::activityCsv(r);
        return kExitOk;
    }
    if (args.flag("json")) {
        json cashiers = json::array();
        for (const auto& c : r.cashiers) {
            json tenders = json::object();
            for (const auto& [kind, items, amount] : c.tenders)
                tenders[kind] = {{"items", items}, {"amount", formatPlain(amount)}};
            json funds = json::object();
            for (const auto& [fund, amount] : c.funds)
                funds[fund] = formatPlain(amount);
            cashiers.push_back({{"operator", c.operatorId},
                                {"name", c.name},
                                {"payments", c.payments},
                                {"collected", formatPlain(c.collected)},
                                {"tenders", tenders},
                                {"voids", {{"count", c.voids}, {"amount", formatPlain(c.voided)}}},
                                {"refunds", {{"count", c.refunds}, {"amount", formatPlain(c.refunded)}}},
                                {"returns_recorded", {{"count", c.returnsRecorded}, {"amount", formatPlain(c.returnsRecordedAmount)}}},
                                {"net", formatPlain(c.net)},
                                {"funds", funds},
                                {"customer_credit", formatPlain(c.customerCredit)},
                                {"approvals", c.approvals},
                                {"returned_checks", {{"count", c.returnedChecks}, {"amount", formatPlain(c.returned)}}},
                                {"drawers_closed", c.drawersClosed},
                                {"over_short", formatPlain(c.overShort)}});
        }
        json funds = json::object();
        for (const auto& [fund, amount] : r.funds)
            funds[fund] = formatPlain(amount);
        std::cout << json{{"from", r.from}, {"to", r.to}, {"cashiers", cashiers}, {"funds", funds},
                          {"customer_credit", formatPlain(r.customerCredit)}, {"postings", formatPlain(r.postings)}}
                         .dump(2)
                  << "\n";
        return kExitOk;
    }
    std::cout << "ACTIVITY " << r.from << " to " << r.to << "\n";
    for (const auto& c : r.cashiers) {
        std::cout << "\n" << c.name << " (" << c.operatorId << ")\n" << line("Payments, gross (" + std::to_string(c.payments) + ")", c.collected);
        for (const auto& [kind, items, amount] : c.tenders)
            std::cout << line("  " + std::string(station::tenderWords(kind)) + " (" + std::to_string(items) + ")", amount);
        std::cout << line("Less voids (" + std::to_string(c.voids) + ")", c.voided)
                  << line("Less refunds (" + std::to_string(c.refunds) + ")", c.refunded);
        if (c.returnsRecorded > 0)
            std::cout << line("Less returns recorded (" + std::to_string(c.returnsRecorded) + ")", c.returnsRecordedAmount);
        std::cout << line("Net", c.net);
        for (const auto& [fund, amount] : c.funds)
            std::cout << line("  fund " + fund, amount);
        if (!c.customerCredit.isZero())
            std::cout << line("  customer credit (liability)", c.customerCredit);
        std::cout << line("Returned checks (" + std::to_string(c.returnedChecks) + ")", c.returned)
                  << line("Over/short (" + std::to_string(c.drawersClosed) + " drawers)", c.overShort)
                  << "  supervisor approvals used: " << c.approvals << "\n";
    }
    std::cout << "\nALL CASHIERS BY FUND\n";
    for (const auto& [fund, amount] : r.funds)
        std::cout << line(fund, amount);
    if (!r.customerCredit.isZero())
        std::cout << line("customer credit (liability)", r.customerCredit);
    std::cout << line("Total postings", r.postings);
    return kExitOk;
}

} // namespace

int cmdReport(const Argv& argv)
{
    if (!argv.empty() && argv[0] == "activity")
        return reportActivity(Argv(argv.begin() + 1, argv.end()));
    if (argv.empty() || (argv[0] != "x" && argv[0] != "z"))
        throw UsageError("report needs x, z or activity");
    bool z = argv[0] == "z";
    Args args(Argv(argv.begin() + 1, argv.end()), {"data", "drawer"}, {"json"});
    station::SystemClock clock;
    Station::Options options;
    options.program = "tillctl";
    auto st = Station::open(station::resolveDataDir(args.value("data")), clock, options);
    std::string id;
    if (auto given = args.value("drawer")) {
        id = *given;
    } else if (auto open = st->drawers().openDrawer(); open && !z) {
        id = open->id;
    } else {
        throw UsageError(z ? "name the closed drawer with --drawer ID" : "no drawer is open; name one with --drawer ID");
    }
    station::DrawerReport r = st->drawers().drawerReport(id);
    if (z && r.info.status != "closed")
        throw station::CommandRefused(Msg::CliZDrawerOpen, {{"drawer", id}});
    const DrawerTotals& t = r.info.totals;
    if (args.flag("json")) {
        json out = {{"report", z ? "Z" : "X"},
                    {"drawer", r.info.id},
                    {"operator", r.info.operatorId},
                    {"status", r.info.status},
                    {"opened_ms", r.info.openedMs},
                    {"opening_float", t.openingFloat.cents()},
                    {"cash_received", t.cashReceived.cents()},
                    {"change_given", t.changeGiven.cents()},
                    {"paid_outs", t.paidOuts.cents()},
                    {"drops", t.drops.cents()},
                    {"pickups", t.pickups.cents()},
                    {"expected_cash", r.info.expectedCash.cents()},
                    {"checks", t.checks.cents()},
                    {"check_count", t.checkCount},
                    {"money_orders", t.moneyOrders.cents()},
                    {"money_order_count", t.moneyOrderCount},
                    {"cards", t.cards.cents()},
                    {"card_count", t.cardCount},
                    {"payments", r.info.payments},
                    {"voids", r.info.voids},
                    {"refunds", r.info.refunds},
                    {"no_sales", r.info.noSales}};
        json items = json::array();
        for (const auto& item : r.items)
            items.push_back({{"receipt", item.receipt},
                             {"kind", tenderKindName(item.kind)},
                             {"amount", item.amount.cents()},
                             {"reference", item.reference}});
        out["deposit_items"] = items;
        if (z && r.count) {
            out["closed_ms"] = r.info.closedMs;
            out["counted_cash"] = r.count->countedCash.cents();
            out["card_batch"] = r.count->cardBatch.cents();
            out["over_short"] = {{"cash", r.count->overShort.cash.cents()},
                                 {"checks", r.count->overShort.checks.cents()},
                                 {"money_orders", r.count->overShort.moneyOrders.cents()},
                                 {"cards", r.count->overShort.cards.cents()},
                                 {"total", r.count->overShort.total.cents()}};
            if (r.cashByDenomination)
                out["deposit_cash_by_denomination"] = countJson(*r.cashByDenomination);
            out["approver"] = r.approver;
            out["reason"] = r.reason;
            out["checkpoint"] = r.checkpointNote;
        }
        std::cout << out.dump(2) << "\n";
        return kExitOk;
    }
    std::cout << (z ? "Z REPORT" : "X REPORT") << "  drawer " << r.info.id << " (" << r.info.status << ")  operator "
              << r.info.operatorId << "\n"
              << "  opened " << station::utcTimestamp(r.info.openedMs)
              << (z ? "   closed " + station::utcTimestamp(r.info.closedMs) : std::string()) << "\n\n";
    std::cout << line("Opening float (counted)", t.openingFloat) << line("Cash received", t.cashReceived)
              << line("Change given", -t.changeGiven) << line("Paid-outs and cash refunds", -t.paidOuts)
              << line("Drops to the safe", -t.drops) << line("Pickups", -t.pickups)
              << line("Expected cash", r.info.expectedCash) << "\n"
              << line("Checks (" + std::to_string(t.checkCount) + ")", t.checks)
              << line("Money orders (" + std::to_string(t.moneyOrderCount) + ")", t.moneyOrders) << "\n"
              << "  payments " << r.info.payments << ", voids " << r.info.voids << ", refunds " << r.info.refunds
              << ", no-sales " << r.info.noSales << ", drops " << r.info.drops << "\n";
    if (z && r.count) {
        std::cout << "\n  COUNTED AT CLOSE\n" << line("Cash", r.count->countedCash)
                  << line("Checks", r.count->countedChecks) << line("Money orders", r.count->countedMoneyOrders)
                  << line("Over/short cash", r.count->overShort.cash)
                  << line("Over/short checks", r.count->overShort.checks)
                  << line("Over/short money orders", r.count->overShort.moneyOrders)
                  << line("Over/short total", r.count->overShort.total);
        if (!r.approver.empty())
            std::cout << "  approved by " << r.approver << ": " << r.reason << "\n";
        std::cout << "\n  DEPOSIT\n";
        if (r.cashByDenomination) {
            for (const auto& d : denominations()) {
                std::int64_t n = r.cashByDenomination->pieces[static_cast<std::size_t>(d.denomination)];
                if (n > 0)
                    std::cout << line(std::to_string(n) + " x " + std::string(d.label), Money::fromCents(n * d.cents));
            }
            if (r.cashByDenomination->rolledCoin.isPositive())
                std::cout << line("Rolled coin", r.cashByDenomination->rolledCoin);
            if (r.cashByDenomination->unitemized.isPositive())
                std::cout << line("Cash, not by denomination", r.cashByDenomination->unitemized);
        }
        for (const auto& item : r.items)
            std::cout << line(std::string(item.kind == TenderKind::Check ? "Check " : "Money order ") + item.reference
                                  + " (" + item.receipt + ")",
                              item.amount);
        std::cout << "\n  CHECKPOINT (verify with tillctl verify --checkpoint FILE)\n" << r.checkpointNote;
    }
    return kExitOk;
}

} // namespace tillbook::cli
