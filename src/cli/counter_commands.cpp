// tillctl pay, void, refund and drawer: the counter's money paths without the screen, through the same station
// commands. The operator is named (as every tillctl command is run by whoever holds the data directory); a supervisor
// who approves gives their PIN on stdin, never on the command line.
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/station_access.h"
#include "core/drawer.h"
#include "core/import_rows.h"
#include "core/text.h"
#include "station/projector.h"
#include "station/services.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <iostream>
#include <random>

namespace tillbook::cli {

using nlohmann::json;
using station::CommandRefused;

namespace {

Money amountOf(const std::string& text, const std::string& what)
{
    auto parsed = parseMoney(text);
    if (!parsed.value)
        throw UsageError(what + ": " + parsed.error);
    return *parsed.value;
}

std::vector<std::string> splitColons(const std::string& text)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t colon; (colon = text.find(':', start)) != std::string::npos; start = colon + 1)
        parts.push_back(text.substr(start, colon - start));
    parts.push_back(text.substr(start));
    return parts;
}

std::string joined(const std::vector<std::string>& parts, std::size_t from, std::size_t to, char separator)
{
    std::string out;
    for (std::size_t i = from; i < to; ++i)
        out += (i == from ? "" : std::string(1, separator)) + parts[i];
    return out;
}

// The supervisor's PIN, read before the station is opened; an empty line would be recorded as a wrong PIN.
std::string supervisorPin(const std::string& supervisor)
{
    std::string pin = readLineFromStdin();
    if (pin.empty())
        throw UsageError("give " + supervisor + "'s PIN on stdin");
    return pin;
}

// Cash as counted: one amount (--float or --cash) or pieces by denomination (--count bill_20=10, rolled_coin=12.50).
CashCount cashCount(const Args& args, const std::string& amountOption)
{
    auto amount = args.value(amountOption);
    auto pieces = args.values("count");
    if (amount.has_value() == !pieces.empty())
        throw UsageError("give --" + amountOption + " AMOUNT or --count DENOM=N (one or more), not both");
    CashCount count;
    if (amount) {
        count.unitemized = amountOf(*amount, "--" + amountOption);
    } else {
        std::vector<std::pair<std::string, std::int64_t>> entries;
        for (const std::string& piece : pieces) {
            auto eq = piece.find('=');
            if (eq == std::string::npos)
                throw UsageError("--count takes DENOM=N, such as bill_20=10 or rolled_coin=12.50, not \"" + piece + "\"");
            std::string key = piece.substr(0, eq), value = piece.substr(eq + 1);
            std::int64_t n = 0;
            if (key == "rolled_coin") {
                n = amountOf(value, "--count rolled_coin").cents();
            } else {
                auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
                if (ec != std::errc() || end != value.data() + value.size())
                    throw UsageError("--count " + key + " needs a whole number of pieces, not \"" + value + "\"");
            }
            entries.emplace_back(key, n);
        }
        auto parsed = countFromEntries(entries);
        if (!parsed.count)
            throw UsageError(parsed.error);
        count = *parsed.count;
    }
    if (auto problem = checkCount(count))
        throw UsageError(problem->english());
    return count;
}

// A tender as handed over: cash:AMOUNT, check:AMOUNT:MICR:YYYY-MM-DD, money-order:AMOUNT:MICR:YYYY-MM-DD.
void addTender(const std::string& text, station::PaymentRequest& request)
{
    auto parts = splitColons(text);
    const std::string& kind = parts[0];
    if (kind == "cash" && parts.size() == 2) {
        request.tenders.push_back(station::TenderInput{TenderKind::Cash, amountOf(parts[1], "--tender " + text), {}});
        return;
    }
    if ((kind == "check" || kind == "money-order") && parts.size() >= 4) {
        station::CheckInput item;
        item.micr = joined(parts, 2, parts.size() - 1, ':'); // a MICR line has no colon, but keep it whole
        item.date = parts.back();
        item.micrSource = "keyed";
        if (item.micr.empty())
            throw UsageError("--tender " + kind + " needs the item's MICR line");
        if (!isValidDate(item.date))
            throw UsageError("--tender " + kind + " ends with the date on the item, as YYYY-MM-DD, not \"" + item.date
                             + "\"");
        request.items[request.tenders.size()] = item;
        request.tenders.push_back(station::TenderInput{kind == "check" ? TenderKind::Check : TenderKind::MoneyOrder,
                                                       amountOf(parts[1], "--tender " + kind), {}});
        return;
    }
    if (kind == "card" && parts.size() == 5) {
        station::TenderInput card{TenderKind::Card, amountOf(parts[1], "--tender card"), {}};
        card.card.approval = parts[2];
        card.card.brand = parts[3];
        card.card.last4 = parts[4];
        request.tenders.push_back(card);
        return;
    }
    throw UsageError("--tender is cash:AMOUNT, check:AMOUNT:MICR:YYYY-MM-DD, money-order:AMOUNT:MICR:YYYY-MM-DD or "
                     "card:AMOUNT:APPROVAL:BRAND:LAST4, not \"" + text + "\"");
}

// Each tillctl payment is its own request unless --request names one: repeating it then records one payment.
std::string newRequestId()
{
    std::random_device random;
    std::string id = "tillctl-";
    for (int i = 0; i < 4; ++i) {
        char hex[9];
        std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(random()));
        id += hex;
    }
    return id;
}

// A refusal says what was not recorded: "Void not recorded: receipt ... is already voided".
template <typename Work>
auto notRecorded(const std::string& what, Work work)
{
    try {
        return work();
    } catch (const CommandRefused& e) {
        throw CommandRefused(Msg::CliNotRecorded, {{"what", what}, {"reason", e.message()}});
    }
}

void requireApproval(const station::ApprovalResult& approval)
{
    if (!approval.ok)
        throw CommandRefused(*approval.message);
}

} // namespace

// tillctl pay
int cmdPay(const Argv& argv)
{
    Args args(argv, {"data", "operator", "account", "bill", "fee", "tender", "override-by", "request", "card-terminal",
                     "card-entry"},
              {"json", "quote"});
    station::PaymentRequest request;
    request.operatorId = args.required("operator");
    std::string account = args.required("account");
    for (const std::string& bill : args.values("bill")) {
        auto eq = bill.rfind('=');
        if (eq == std::string::npos || eq == 0)
            throw UsageError("--bill takes BILL=AMOUNT, not \"" + bill + "\"");
        request.billAmounts.push_back(Allocation{bill.substr(0, eq), account, amountOf(bill.substr(eq + 1), "--bill")});
    }
    for (const std::string& code : args.values("fee")) {
        auto same = std::find_if(request.fees.begin(), request.fees.end(), [&](const auto& f) { return f.first == code; });
        if (same == request.fees.end())
            request.fees.emplace_back(code, 1);
        else
            ++same->second; // a fee named twice is taken twice, as at the counter
    }
    for (const std::string& tender : args.values("tender"))
        addTender(tender, request);
    if (request.tenders.empty())
        throw UsageError("name what the customer hands over with --tender");
    for (auto& tender : request.tenders) {
        if (tender.kind == TenderKind::Card) {
            tender.card.terminal = args.value("card-terminal").value_or("");
            tender.card.entry = args.value("card-entry").value_or("");
        }
    }
    request.requestId = args.value("request").value_or(newRequestId());
    std::string supervisor = args.value("override-by").value_or("");
    std::string pin = supervisor.empty() ? std::string() : supervisorPin(supervisor);

    auto st = openStation(args);
    if (request.billAmounts.empty())
        request.billAmounts = st->payments().defaultBills(account);
    const bool quoting = args.flag("quote");
    // The card convenience fees by fund, and each card with what it is (or was) charged, as the customer is told.
    std::vector<FundAmount> feeFunds;
    std::vector<std::pair<std::string, Money>> cards; // last four, charge
    Money feeTotal;
    auto feesJson = [&] {
        json out = json::array();
        for (const auto& f : feeFunds)
            out.push_back({{"fund", f.fund}, {"amount", formatPlain(f.amount)}});
        return out;
    };
    auto feeLine = [&] {
        std::string text;
        for (const auto& f : feeFunds)
            text += (text.empty() ? "" : ", ") + formatMoney(f.amount) + " " + f.fund;
        if (!feeTotal.isPositive())
            return std::string("no card convenience fee");
        std::string line = "card convenience fee " + formatMoney(feeTotal) + " (" + text + ")";
        for (const auto& [last4, charge] : cards)
            line += quoting ? "; charge " + formatMoney(charge) + " to the card ending " + last4
                            : "; the card ending " + last4 + " was charged " + formatMoney(charge);
        return line;
    };
    if (quoting) {
        // What the customer is asked to pay, card convenience fees included; nothing is recorded.
        station::PaymentQuote quote = st->payments().quote(request);
        feeFunds = quote.convenienceFees;
        feeTotal = quote.convenienceFee;
        for (std::size_t i = 0; i < request.tenders.size(); ++i) {
            if (request.tenders[i].kind == TenderKind::Card)
                cards.emplace_back(request.tenders[i].card.last4, quote.charged[i]);
        }
        if (args.flag("json")) {
            json out = {{"lines", formatPlain(quote.lines)},
                        {"convenience_fee", formatPlain(quote.convenienceFee)},
                        {"convenience_fees", feesJson()},
                        {"due", formatPlain(quote.due)},
                        {"tendered", formatPlain(quote.tendered)}};
            std::cout << out.dump(2) << "\n";
        } else {
            std::cout << "due " << formatMoney(quote.due) << " (" << formatMoney(quote.lines) << " and " << feeLine()
                      << "); tendered " << formatMoney(quote.tendered) << "; nothing recorded\n";
        }
        return kExitOk;
    }
    auto outcome = st->payments().takePaymentWithItems(request, supervisor, pin);
    auto info = st->payments().receipt(outcome.receipt);
    if (!info)
        throw std::runtime_error("receipt " + outcome.receipt + " was recorded but cannot be read back");
    // As recorded (a repeated request answers with the first payment's figures).
    json recorded = json::parse(st->store().at(info->seq)->body);
    for (const auto& l : recorded["lines"]) {
        if (l["fee"] == station::kConvenienceFeeCode)
            feeFunds.push_back({l["fund"].get<std::string>(), Money::fromCents(l["amount"].get<std::int64_t>())});
    }
    for (const auto& t : recorded["tenders"]) {
        if (t["kind"] == "card")
            cards.emplace_back(t["card"]["last4"].get<std::string>(), Money::fromCents(t["amount"].get<std::int64_t>()));
    }
    feeTotal = info->convenienceFee;
    if (args.flag("json")) {
        json out = {{"receipt", info->number},
                    {"seq", info->seq},
                    {"total", formatPlain(info->total)},
                    {"convenience_fee", formatPlain(info->convenienceFee)},
                    {"convenience_fees", feesJson()},
                    {"change", formatPlain(info->change)},
                    {"duplicate", outcome.duplicate}};
        std::cout << out.dump(2) << "\n";
    } else {
        std::cout << "receipt " << info->number << (outcome.duplicate ? " was already recorded" : " recorded") << " at seq "
                  << info->seq << ": total " << formatMoney(info->total) << ", tendered " << formatMoney(info->tendered)
                  << ", change " << formatMoney(info->change) << "\n";
        if (feeTotal.isPositive())
            std::cout << "the total includes a " << feeLine() << "\n";
    }
    return kExitOk;
}

// tillctl void
int cmdVoid(const Argv& argv)
{
    Args args(argv, {"data", "receipt", "operator", "approver"}, {});
    std::string receipt = args.required("receipt"), op = args.required("operator"), approver = args.required("approver");
    std::string pin = supervisorPin(approver);
    auto st = openStation(args);
    auto record = notRecorded("Void not recorded", [&] {
        auto request = st->payments().voidRequest(op, receipt); // every refusal, before the supervisor's PIN is checked
        auto approval = st->operators().approve(request, approver, pin);
        requireApproval(approval);
        return st->payments().voidPayment(op, receipt, approval.approvalId);
    });
    std::cout << "receipt " << receipt << " voided at seq " << record.seq << ", approved by " << approver << "\n";
    return kExitOk;
}

// tillctl refund
int cmdRefund(const Argv& argv)
{
    Args args(argv, {"data", "receipt", "operator", "approver", "method", "amount"}, {});
    std::string receipt = args.required("receipt"), op = args.required("operator"), approver = args.required("approver");
    std::string method = args.required("method");
    if (method != "cash" && method != "check" && method != "card")
        throw UsageError("--method is cash (from the drawer), check (a refund-check request to the finance office) or "
                         "card (back to the card the payment was charged to)");
    std::optional<Money> amount;
    if (auto text = args.value("amount"))
        amount = amountOf(*text, "--amount");
    std::string pin = supervisorPin(approver);
    auto st = openStation(args);
    auto record = notRecorded("Refund not recorded", [&] {
        auto info = st->payments().receipt(receipt);
        Money value = amount ? *amount : info ? info->refundable() : Money(); // all that is left, unless named
        std::string how = method == "check" ? "check_request" : method;
        auto request = st->payments().refundRequest(op, receipt, value, how); // every refusal, before the PIN is checked
        auto approval = st->operators().approve(request, approver, pin);
        requireApproval(approval);
        return st->payments().refundPayment(op, receipt, value, how, approval.approvalId);
    });
    auto body = json::parse(record.body);
    std::cout << "refund of " << formatMoney(Money::fromCents(body["total"].get<std::int64_t>())) << " on receipt "
              << receipt << " recorded at seq " << record.seq << ", approved by " << approver
              << (method == "check" ? "; print the request with tillctl print refund --seq " + std::to_string(record.seq)
                                    : std::string())
              << "\n";
    if (body.contains("convenience_fee_kept"))
        std::cout << "the card convenience fee of "
                  << formatMoney(Money::fromCents(body["convenience_fee_kept"].get<std::int64_t>()))
                  << " is not refunded (only a void returns it)\n";
    return kExitOk;
}

// tillctl drawer list|open|close
int cmdDrawer(const Argv& argv)
{
    if (argv.empty())
        throw UsageError("drawer needs list, open, drop or close");
    std::string what = argv[0];
    Argv rest(argv.begin() + 1, argv.end());
    if (what == "list") {
        Args args(rest, {"data"}, {"json"});
        auto st = openStation(args);
        // The counted float and activity only: an open drawer's expected cash stays blind until it is counted.
        auto all = st->drawers().list();
        if (args.flag("json")) {
            json out = json::array();
            for (const auto& d : all)
                out.push_back({{"id", d.id},
                               {"operator", d.operatorId},
                               {"status", d.status},
                               {"opened", station::utcTimestamp(d.openedMs)},
                               {"closed", d.closedMs ? json(station::utcTimestamp(d.closedMs)) : json(nullptr)},
                               {"float", formatPlain(d.totals.openingFloat)},
                               {"payments", d.payments},
                               {"voids", d.voids},
                               {"refunds", d.refunds}});
            std::cout << out.dump(2) << "\n";
            return kExitOk;
        }
        for (const auto& d : all)
            std::cout << d.id << "\t" << d.operatorId << "\t" << d.status << "\topened " << st->printedTime(d.openedMs)
                      << (d.closedMs ? "\tclosed " + st->printedTime(d.closedMs) : std::string()) << "\tfloat "
                      << formatMoney(d.totals.openingFloat) << "\t" << d.payments << " payment(s)\n";
        std::cout << all.size() << " drawer(s)\n";
        return kExitOk;
    }
    if (what == "open") {
        Args args(rest, {"data", "operator", "float", "count", "approver"}, {});
        std::string op = args.required("operator");
        CashCount count = cashCount(args, "float");
        std::string approver = args.value("approver").value_or("");
        std::string pin = approver.empty() ? std::string() : supervisorPin(approver);
        auto st = openStation(args);
        auto record = notRecorded("Drawer not opened", [&] {
            std::string approvalId;
            if (auto request = st->drawers().openDrawerApproval(op, count)) { // every refusal first, then the approval if needed
                if (approver.empty())
                    throw CommandRefused(Msg::ApproverNeeded, {{"action", request->description}});
                auto approval = st->operators().approve(*request, approver, pin);
                requireApproval(approval);
                approvalId = approval.approvalId;
            }
            return st->drawers().openDrawer(op, count, approvalId);
        });
        auto open = st->drawers().openDrawer();
        std::cout << "drawer " << (open ? open->id : std::string("?")) << " opened by " << op << " with "
                  << formatMoney(countTotal(count)) << " at seq " << record.seq << "\n";
        return kExitOk;
    }
    if (what == "close") {
        Args args(rest, {"data", "operator", "cash", "count", "item", "reason", "approver", "card-batch"}, {});
        std::string op = args.required("operator");
        CashCount cash = cashCount(args, "cash");
        std::vector<station::CountedItem> items;
        for (const std::string& text : args.values("item")) {
            auto parts = splitColons(text);
            if (parts.size() < 3 || (parts[0] != "check" && parts[0] != "money-order"))
                throw UsageError("--item is check:AMOUNT:REF or money-order:AMOUNT:REF, not \"" + text + "\"");
            items.push_back(station::CountedItem{parts[0] == "check" ? TenderKind::Check : TenderKind::MoneyOrder,
                                                 amountOf(parts[1], "--item"), joined(parts, 2, parts.size(), ':')});
        }
        Money cardBatch = args.value("card-batch") ? amountOf(*args.value("card-batch"), "--card-batch") : Money();
        std::string reason = args.value("reason").value_or("");
        std::string approver = args.value("approver").value_or("");
        if (!approver.empty() && reason.empty())
            throw UsageError("an approver approves a reason: give --reason with --approver");
        std::string pin = approver.empty() ? std::string() : supervisorPin(approver);
        auto st = openStation(args);
        // The blind count is recorded first, as at the counter; only then is the over/short known and shown.
        auto count = notRecorded("Drawer not closed", [&] { return st->drawers().countDrawer(op, cash, items, cardBatch); });
        std::string overShort = formatMoney(count.overShort.total) + " over (+) or short (-)";
        auto record = notRecorded("Drawer not closed", [&] {
            std::string approvalId;
            if (count.needsApproval) {
                if (reason.empty() || approver.empty())
                    throw CommandRefused(Msg::CliCountNeedsApproval,
                                         {MessageArg::number("seq", static_cast<std::int64_t>(count.seq)), {"over_short", overShort}});
                auto approval = st->operators().approve(st->drawers().overShortRequest(op), approver, pin);
                requireApproval(approval);
                approvalId = approval.approvalId;
            }
            return st->drawers().closeDrawer(op, reason, approvalId);
        });
        std::cout << "drawer " << json::parse(record.body)["drawer"].get<std::string>() << " closed at seq " << record.seq
                  << ": counted cash " << formatMoney(count.countedCash) << ", " << overShort << "\n";
        return kExitOk;
    }
    if (what == "drop") {
        Args args(rest, {"data", "operator", "cash", "count"}, {});
        std::string op = args.required("operator");
        CashCount cash = cashCount(args, "cash");
        auto st = openStation(args);
        auto record = notRecorded("Drop not recorded", [&] { return st->drawers().dropCash(op, cash); });
        std::cout << "dropped " << formatMoney(countTotal(cash)) << " to the safe from drawer "
                  << json::parse(record.body)["drawer"].get<std::string>() << " at seq " << record.seq << "\n";
        return kExitOk;
    }
    throw UsageError("drawer needs list, open, drop or close");
}

} // namespace tillbook::cli
