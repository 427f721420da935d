// tillctl batch (mail payment batches) and review (the supervisor's proof of the day's drawers and batches).
#include "cli/commands.h"
#include "cli/station_access.h"
#include "core/text.h"
#include "printing/pdf.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace tillbook::cli {

namespace {

std::string actor(const Args& args)
{
    return args.value("operator").value_or(std::string(station::kSystemActor));
}

Money moneyOption(const Args& args, const std::string& name)
{
    auto parsed = parseMoney(args.required(name));
    if (!parsed.value)
        throw UsageError("--" + name + ": " + parsed.error);
    return *parsed.value;
}

nlohmann::json batchJson(const station::MailBatch& b)
{
    nlohmann::json items = nlohmann::json::array();
    for (const auto& i : b.items)
        items.push_back({{"item", i.n},
                         {"account", i.account},
                         {"amount", formatPlain(i.amount)},
                         {"verification", i.verification},
                         {"serial", i.serial},
                         {"status", i.status},
                         {"reason", i.reason},
                         {"receipt", i.receipt}});
    return {{"id", b.id},
            {"operator", b.operatorId},
            {"note", b.note},
            {"status", b.status},
            {"day", b.day},
            {"control_count", b.controlCount},
            {"control_total", formatPlain(b.controlTotal)},
            {"keyed_count", b.keyedCount},
            {"keyed_total", formatPlain(b.keyedTotal)},
            {"difference", formatPlain(b.keyedTotal - b.controlTotal)},
            {"exception_count", b.exceptionCount},
            {"exception_total", formatPlain(b.exceptionTotal)},
            {"deposit_total", formatPlain(b.depositTotal)},
            {"items", items}};
}

void printBatchLine(const station::MailBatch& b)
{
    std::cout << b.id << "\t" << b.status << "\t" << b.operatorId << "\tkeyed " << b.keyedCount << "/" << b.controlCount
              << " for " << formatMoney(b.keyedTotal) << " of " << formatMoney(b.controlTotal) << " (difference "
              << formatMoney(b.keyedTotal - b.controlTotal) << "), " << b.exceptionCount << " exception(s)\n";
}

} // namespace

// tillctl batch open|key|remove|close|show|list|print
int cmdBatch(const Argv& argv)
{
    if (argv.empty())
        throw UsageError("batch needs open, key, remove, close, show, list or print");
    std::string what = argv[0];
    Argv rest(argv.begin() + 1, argv.end());
    if (what == "open") {
        Args args(rest, {"data", "operator", "count", "total", "note"}, {});
        station::MailBatchRequest r;
        r.operatorId = actor(args);
        std::uint64_t count = args.number("count", 0);
        if (count == 0)
            throw UsageError("--count: the number of remittances in the pile, 1 or more");
        r.controlCount = static_cast<std::int64_t>(std::min<std::uint64_t>(count, 1'000'000));
        r.controlTotal = moneyOption(args, "total");
        r.note = args.value("note").value_or("");
        auto st = openStation(args);
        auto b = st->batches().openBatch(r);
        std::cout << "batch " << b.id << " open: control " << b.controlCount << " for " << formatMoney(b.controlTotal)
                  << "\n";
        return kExitOk;
    }
    if (what == "key") {
        Args args(rest, {"data", "operator", "batch", "account", "scan", "amount", "micr", "date"}, {"reader"});
        station::RemittanceInput in;
        in.account = args.value("account").value_or("");
        in.scanLine = args.value("scan").value_or("");
        in.amount = moneyOption(args, "amount");
        in.micr = args.required("micr");
        in.checkDate = args.required("date");
        in.micrSource = args.flag("reader") ? "reader" : "keyed";
        auto st = openStation(args);
        auto item = st->batches().keyRemittance(actor(args), args.required("batch"), in);
        auto b = st->batches().batch(args.required("batch"));
        std::cout << "item " << item.n << ": account " << item.account << " " << formatMoney(item.amount) << " "
                  << item.status << (item.reason.empty() ? "" : " (" + item.reason + ")") << "\n";
        printBatchLine(*b);
        return kExitOk;
    }
    if (what == "remove") {
        Args args(rest, {"data", "operator", "batch", "item", "reason"}, {});
        auto st = openStation(args);
        std::uint64_t n = args.number("item", 0);
        st->batches().removeRemittance(actor(args), args.required("batch"), static_cast<std::int64_t>(std::min<std::uint64_t>(n, 1'000'000)),
                             args.required("reason"));
        printBatchLine(*st->batches().batch(args.required("batch")));
        return kExitOk;
    }
    if (what == "close") {
        Args args(rest, {"data", "operator", "batch"}, {});
        auto st = openStation(args);
        auto b = st->batches().closeBatch(actor(args), args.required("batch"));
        std::int64_t posted = 0;
        for (const auto& i : b.items)
            posted += i.receipt.empty() ? 0 : 1;
        std::cout << "batch " << b.id << " closed: " << posted << " payment(s) posted for " << formatMoney(b.depositTotal)
                  << ", " << b.exceptionCount << " exception(s) for " << formatMoney(b.exceptionTotal) << "\n";
        return kExitOk;
    }
    if (what == "show") {
        Args args(rest, {"data", "batch"}, {"json"});
        auto st = openStation(args);
        auto b = st->batches().batch(args.required("batch"));
        if (!b)
            throw station::CommandRefused(Msg::BatchUnknown, {{"batch", quoteForMessage(args.required("batch"))}});
        if (args.flag("json")) {
            std::cout << batchJson(*b).dump(2) << "\n";
            return kExitOk;
        }
        printBatchLine(*b);
        for (const auto& i : b->items)
            std::cout << "  " << i.n << "\t" << i.account << "\t" << formatMoney(i.amount) << "\t" << i.status << "\t"
                      << i.receipt << i.reason << "\n";
        return kExitOk;
    }
    if (what == "list") {
        Args args(rest, {"data", "status"}, {});
        auto st = openStation(args);
        auto all = st->batches().list(args.value("status").value_or(""));
        for (const auto& b : all)
            printBatchLine(b);
        std::cout << all.size() << " batch(es)\n";
        return kExitOk;
    }
    if (what == "print") {
        Args args(rest, {"data", "batch", "pdf", "slip"}, {});
        auto st = openStation(args);
        auto write = [](const printing::Layout& layout, const std::string& file) {
            auto pdf = printing::renderPdf(layout, printing::Paper::Letter);
            station::writeFileAtomically(file, std::string(pdf.begin(), pdf.end()));
            std::cout << "wrote " << file << " (" << pdf.size() << " bytes)\n";
        };
        if (auto pdf = args.value("pdf"))
            write(printing::tabularReportLayout(st->batches().batchDocument(args.required("batch"))), *pdf);
        if (auto slip = args.value("slip"))
            write(printing::depositSlipLayout(st->batches().batchDepositSlipDocument(args.required("batch"))), *slip);
        if (!args.value("pdf") && !args.value("slip"))
            throw UsageError("batch print needs --pdf FILE (the proof list) or --slip FILE (the deposit slip)");
        return kExitOk;
    }
    throw UsageError("batch needs open, key, remove, close, show, list or print");
}

// tillctl review day|approve|reject|resubmit|approve-day
int cmdReview(const Argv& argv)
{
    if (argv.empty())
        throw UsageError("review needs day, approve, reject, resubmit or approve-day");
    std::string what = argv[0];
    Argv rest(argv.begin() + 1, argv.end());
    auto show = [](const station::DayReview& review, bool asJson) {
        if (asJson) {
            nlohmann::json entries = nlohmann::json::array();
            for (const auto& e : review.entries)
                entries.push_back({{"subject", e.subject},
                                   {"id", e.id},
                                   {"operator", e.operatorId},
                                   {"state", e.state},
                                   {"reason", e.reason},
                                   {"reviewer", e.reviewer},
                                   {"total", formatPlain(e.total)},
                                   {"over_short", formatPlain(e.overShort)},
                                   {"exceptions", e.exceptions}});
            std::cout << nlohmann::json{{"day", review.day},
                                        {"approved_seq", review.approvedSeq},
                                        {"checkpoint", review.checkpointNote},
                                        {"entries", entries}}
                             .dump(2)
                      << "\n";
            return;
        }
        for (const auto& e : review.entries)
            std::cout << e.subject << "\t" << e.id << "\t" << e.operatorId << "\t" << e.state << "\t"
                      << formatMoney(e.total) << (e.reason.empty() ? "" : "\t" + e.reason) << "\n";
        std::cout << review.day << (review.approvedSeq ? " approved at ledger record " + std::to_string(review.approvedSeq)
                                                       : std::string(" not approved"))
                  << "\n";
    };
    if (what == "day") {
        Args args(rest, {"data", "day"}, {"json"});
        auto st = openStation(args);
        show(st->review().dayReview(args.value("day").value_or(st->today())), args.flag("json"));
        return kExitOk;
    }
    if (what == "approve" || what == "reject" || what == "resubmit") {
        Args args(rest, {"data", "operator", "drawer", "batch", "reason"}, {});
        bool isDrawer = args.value("drawer").has_value();
        if (isDrawer == args.value("batch").has_value())
            throw UsageError("name one --drawer ID or --batch ID");
        std::string subject = isDrawer ? "drawer" : "batch";
        std::string id = args.required(subject);
        auto st = openStation(args);
        if (what == "approve")
            st->review().approveWork(actor(args), subject, id);
        else if (what == "reject")
            st->review().rejectWork(actor(args), subject, id, args.required("reason"));
        else
            st->review().resubmitWork(actor(args), subject, id, args.required("reason"));
        std::string operatorId, state;
        st->review().workDay(subject, id, operatorId, state);
        std::cout << subject << " " << id << " is " << state << "\n";
        return kExitOk;
    }
    if (what == "approve-day") {
        Args args(rest, {"data", "operator", "day"}, {"json"});
        auto st = openStation(args);
        show(st->review().approveDay(actor(args), args.value("day").value_or(st->today())), args.flag("json"));
        return kExitOk;
    }
    throw UsageError("review needs day, approve, reject, resubmit or approve-day");
}

} // namespace tillbook::cli
