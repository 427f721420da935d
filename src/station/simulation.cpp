// A counter day: cashiers sign in, customers pay bills and fees with a realistic tender mix, a supervisor
// approves the occasional void or refund, everyone signs out. Deterministic for a seed.
#include "station/simulation.h"

#include "station/projector.h"

#include "core/calendar.h"
#include "core/scan_line.h"
#include "station/demo.h"

#include <algorithm>
#include <random>

namespace tillbook::station {

namespace {

constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kDay = 24 * 60 * kMinute;

std::string_view demoPin(std::string_view id)
{
    for (const auto& op : kDemoOperators) {
        if (op.id == id)
            return op.pin;
    }
    throw CommandRefused(Msg::SimulateNeedsDemoOperator, {{"id", id}});
}

// The demo directory's fictitious banks (demo.h): checks drawn on them are accepted as a real station accepts checks
// on banks in its directory, and the one merged into another needs a supervisor, as a replaced routing number does.
std::string demoRouting(std::size_t i)
{
    return std::string(kDemoBanks[i % std::size(kDemoBanks)].routing);
}

// Cash made of the fewest notes and coins: what a simulated cashier counts.
CashCount countOf(Money amount)
{
    CashCount count;
    std::int64_t left = amount.cents();
    for (const auto& d : denominations()) {
        if (d.denomination == Denomination::Bill2 || d.denomination == Denomination::Coin100)
            continue; // rare in a drawer
        count.pieces[static_cast<std::size_t>(d.denomination)] = left / d.cents;
        left %= d.cents;
    }
    return count;
}

Money roundUpTo(Money amount, std::int64_t cents)
{
    std::int64_t c = amount.cents();
    return Money::fromCents((c + cents - 1) / cents * cents);
}

// The back office after the window closes: a clerk updates records, issues service orders and keys the mail; the
// supervisor then proofs the day's drawers and batches and approves the day.
void simulateBackOffice(Station& station, FixedClock& clock, std::mt19937_64& random, const std::string& clerk,
                        const std::string& supervisor, const std::vector<std::string>& accounts, SimulationReport& report)
{
    auto chance = [&](int percent) { return std::uniform_int_distribution<int>(0, 99)(random) < percent; };
    auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
    const std::string day = station.today();
    station.operators().signIn(clerk, demoPin(clerk));
    clock.advance(kMinute);
    // A customer called with a new phone number; another about a high bill.
    {
        AccountChange change;
        change.phone = "(555) 01" + std::to_string(10 + pick(89)) + "-" + std::to_string(1000 + pick(8999));
        station.maintenance().changeAccount(clerk, accounts[pick(accounts.size())], change, "customer called with a new number");
        ++report.accountChanges;
        station.maintenance().noteAccount(clerk, accounts[pick(accounts.size())], "Customer called about a high bill; explained the tiers.");
        ++report.accountNotes;
    }
    // Orders: a new one most days, and field staff report on the oldest open one.
    if (chance(70)) {
        ServiceOrderRequest order;
        order.operatorId = clerk;
        order.account = accounts[pick(accounts.size())];
        order.type = chance(50) ? "start" : "stop";
        order.requestedDate = formatDate(addDays(*parseDate(day), 1 + static_cast<std::int64_t>(pick(7))));
        order.reason = order.type == "start" ? "new tenant moving in" : "tenant moving out";
        order.deposit = order.type == "start" && chance(50) ? Money::fromCents(7500) : Money();
        station.orders().createServiceOrder(order);
        ++report.ordersCreated;
    }
    for (const auto& o : station.orders().serviceOrders("open")) {
        if (o.requestedDate <= day) {
            station.orders().updateServiceOrder(clerk, o.id, "done", "", std::to_string(1000 + pick(90000)), "");
            ++report.ordersUpdated;
        } else if (chance(50)) {
            station.orders().updateServiceOrder(clerk, o.id, "scheduled", o.requestedDate, "", "crew A");
            ++report.ordersUpdated;
        }
        break;
    }
    // The mail: the envelopes are counted and their checks added up on a tape; then each is keyed.
    struct Remittance {
        std::string account;
        Money amount;
        std::string micr;
    };
    std::vector<Remittance> pile;
    int count = std::uniform_int_distribution<int>(4, 10)(random);
    Money tape;
    for (int i = 0; i < count; ++i) {
        const std::string& number = accounts[pick(accounts.size())];
        Money open;
        auto detail = station.accounts().account(number); // kept: a range-for over a member of a temporary would dangle
        for (const auto& b : detail->openBills)
            open += b.open;
        Money amount = open.isPositive() ? open : Money::fromCents(1000 + static_cast<std::int64_t>(pick(9000)));
        bool misread = chance(6);
        std::string micr = "T" + (misread ? std::string("021000022") : demoRouting(pick(std::size(kDemoBanks)))) + "T "
                           + std::to_string(100000 + pick(900000)) + "U " + std::to_string(2001 + 7 * i + static_cast<int>(pick(5)));
        pile.push_back({number, amount, micr});
        tape += amount;
    }
    MailBatchRequest request;
    request.operatorId = clerk;
    request.controlCount = count;
    request.controlTotal = tape;
    request.note = "Mail " + day;
    MailBatch batch = station.batches().openBatch(request);
    ++report.batches;
    bool typo = chance(30);
    for (const auto& r : pile) {
        clock.advance(kMinute);
        RemittanceInput in;
        in.scanLine = chance(60) ? makeStubScanLine(r.account, r.amount) : std::string();
        in.account = in.scanLine.empty() ? r.account : std::string();
        in.amount = r.amount;
        in.micr = r.micr;
        in.checkDate = day;
        in.micrSource = "reader";
        if (typo) { // keyed ten dollars off: the running difference shows it, the item is removed and keyed again
            RemittanceInput wrong = in;
            wrong.amount = r.amount + Money::fromCents(1000);
            auto item = station.batches().keyRemittance(clerk, batch.id, wrong);
            station.batches().removeRemittance(clerk, batch.id, item.n, "amount keyed wrong");
            typo = false;
        }
        station.batches().keyRemittance(clerk, batch.id, in);
    }
    batch = station.batches().closeBatch(clerk, batch.id);
    for (const auto& item : batch.items) {
        if (item.status == "accepted") {
            ++report.batchPayments;
            report.collected += item.amount;
        } else if (item.status == "exception") {
            ++report.batchExceptions;
        }
    }
    station.operators().signOut(clerk, "end of day");
    clock.advance(10 * kMinute);
    // The supervisor proofs the day: now and then a drawer goes back to its cashier with a question first.
    DayReview review = station.review().dayReview(day);
    for (const auto& e : review.entries) {
        if (e.state != "balanced" || e.operatorId == supervisor)
            continue;
        if (chance(10)) {
            station.review().rejectWork(supervisor, e.subject, e.id, "explain the over/short before I approve");
            ++report.reviewsRejected;
            station.review().resubmitWork(e.operatorId, e.subject, e.id, "recounted: the figure stands");
        }
        station.review().approveWork(supervisor, e.subject, e.id);
        ++report.reviewsApproved;
    }
    try {
        station.review().approveDay(supervisor, day);
        ++report.daysApproved;
    } catch (const CommandRefused&) {
        // Work still open or someone's own drawer: the day waits for another supervisor.
    }
}

} // namespace

std::int64_t nextMorningMs(std::int64_t timeMs)
{
    return (timeMs / kDay + 1) * kDay + 8 * 60 * kMinute;
}

int simulationDaysAvailable(std::int64_t lastMs, std::int64_t nowMs)
{
    std::int64_t firstDay = nextMorningMs(lastMs) / kDay;
    std::int64_t today = nowMs / kDay;
    return static_cast<int>(std::clamp<std::int64_t>(today - firstDay, 0, kDemoSetupDays));
}

SimulationReport simulate(Station& station, FixedClock& clock, const SimulationOptions& options)
{
    station.ledger().requireDemo("simulated days");
    SimulationReport report;
    std::mt19937_64 random(options.seed);
    auto chance = [&](int percent) { return std::uniform_int_distribution<int>(0, 99)(random) < percent; };
    auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };

    std::vector<std::string> cashiers;
    std::string supervisor;
    for (const auto& op : station.operators().list()) {
        if (op.role == Role::Cashier && static_cast<int>(cashiers.size()) < options.cashiers)
            cashiers.push_back(op.id);
        if (op.role == Role::Supervisor && supervisor.empty())
            supervisor = op.id;
    }
    if (cashiers.empty() || supervisor.empty())
        throw CommandRefused(Msg::SimulateNeedsStaff);
    std::vector<std::string> accounts = station.accounts().openAccountNumbers();
    if (accounts.empty())
        throw CommandRefused(Msg::SimulateNeedsAccounts);
    auto fees = station.accounts().fees();

    std::uint64_t requestNumber = 0;
    std::vector<std::string> receipts;
    Money floatAmount = station.settings().moneySetting("drawer.float");
    if (options.deposits)
        seedDemoChart(station); // the journal of each day's deposit posts to it
    for (int day = 0; day < options.days; ++day) {
        const std::string today = station.today();
        report.days.push_back(today);
        // One drawer per station at a time: the cashiers work the window in shifts, each with their own drawer.
        for (const auto& cashier : cashiers) {
            if (chance(10)) {
                station.operators().signIn(cashier, "0000");
                ++report.failedSignIns;
            }
            if (station.operators().signIn(cashier, demoPin(cashier)).ok)
                ++report.signIns;
            clock.advance(kMinute);
            // The float, counted; now and then a dollar over, which the supervisor approves.
            CashCount opening = countOf(floatAmount);
            if (chance(8))
                opening.pieces[static_cast<std::size_t>(Denomination::Bill1)] += 1;
            if (auto request = station.drawers().openDrawerApproval(cashier, opening)) {
                auto approval = station.operators().approve(*request, supervisor, demoPin(supervisor));
                station.drawers().openDrawer(cashier, opening, approval.approvalId);
            } else {
                station.drawers().openDrawer(cashier, opening);
            }
            ++report.drawersOpened;
            int customers = std::uniform_int_distribution<int>(10, 25)(random);
            for (int c = 0; c < customers; ++c) {
                clock.advance(std::uniform_int_distribution<std::int64_t>(2, 12)(random) * kMinute);
                // Cash goes to the safe when the drawer gets heavy.
                if (auto open = station.drawers().openDrawer(); open && open->level != CashLevel::Normal) {
                    Money keep = floatAmount;
                    if (open->expectedCash > keep) {
                        station.drawers().dropCash(cashier, countOf(open->expectedCash - keep));
                        ++report.drops;
                    }
                }
                const std::string& number = accounts[pick(accounts.size())];
                auto detail = station.accounts().account(number);
                PaymentRequest request;
                request.operatorId = cashier;
                request.requestId = "sim-" + std::to_string(options.seed) + "-" + std::to_string(++requestNumber);
                Money due;
                if (!detail->openBills.empty() && !chance(15)) {
                    Money open;
                    for (const auto& b : detail->openBills)
                        open += b.open;
                    Money amount = open;
                    if (chance(20)) // a partial payment
                        amount = Money::fromCents(std::max<std::int64_t>(100, open.cents() / 2));
                    else if (chance(5)) // paying ahead leaves a credit
                        amount = open + Money::fromCents(2000);
                    request.accountAmounts.emplace_back(number, amount);
                    due += amount;
                }
                if (request.accountAmounts.empty() || chance(10)) {
                    if (fees.empty())
                        continue;
                    const auto& fee = fees[pick(fees.size())];
                    request.fees.emplace_back(fee.code, 1);
                    due += fee.amount;
                }
                // Every check and money order is verified first; a declined one is paid in cash instead.
                auto verified = [&](TenderKind kind, Money amount) -> std::string {
                    CheckInput input;
                    bool misread = chance(8); // a damaged MICR line gives a routing number that fails its check digit
                    input.micr = "T" + (misread ? std::string("021000022") : demoRouting(pick(std::size(kDemoBanks)))) + "T "
                                 + std::to_string(100000 + pick(900000)) + "U " + std::to_string(1001 + pick(8000));
                    input.amount = amount;
                    input.date = utcDay(clock.nowMs() - static_cast<std::int64_t>(pick(20)) * kDay);
                    if (!request.accountAmounts.empty())
                        input.customerAccount = number;
                    input.amountDue = due;
                    if (kind == TenderKind::MoneyOrder)
                        input.instrument = CheckInstrument::MoneyOrder;
                    auto v = station.checks().verifyCheck(cashier, input);
                    ++report.checksVerified;
                    if (v.decision.kind == CheckDecisionKind::Decline) {
                        ++report.checksDeclined;
                        return {};
                    }
                    if (v.decision.kind == CheckDecisionKind::NeedsApproval) {
                        auto approval = station.operators().approve(station.checks().checkOverrideRequest(cashier, v.id), supervisor,
                                                        demoPin(supervisor));
                        station.checks().overrideCheck(cashier, v.id, approval.approvalId);
                        ++report.checkOverrides;
                    }
                    return v.id;
                };
                bool cashOnly = detail->summary.status == "cash_only";
                int mix = std::uniform_int_distribution<int>(0, 99)(random);
                Money cashPart = due;
                if (chance(50)) { // about half the customers at the window pay by card, charged on the terminal
                    static constexpr const char* kBrands[] = {"VISA", "MASTERCARD", "AMEX", "DISCOVER"};
                    static constexpr const char* kEntries[] = {"chip", "tap", "tap", "swipe"};
                    TenderInput card{TenderKind::Card, due, {}};
                    card.card = {std::to_string(100000 + pick(900000)), kBrands[pick(std::size(kBrands))],
                                 std::to_string(1000 + pick(9000)), "T-" + cashier, kEntries[pick(std::size(kEntries))]};
                    request.tenders.push_back(card);
                    cashPart = Money();
                } else if (!cashOnly && mix >= 55 && mix < 93) {
                    TenderKind kind = mix < 85 ? TenderKind::Check : TenderKind::MoneyOrder;
                    if (std::string id = verified(kind, due); !id.empty()) {
                        request.tenders.push_back({kind, due, id});
                        cashPart = Money();
                    }
                } else if (!cashOnly && mix >= 93) {
                    Money half = Money::fromCents(due.cents() / 2);
                    if (std::string id = verified(TenderKind::Check, half); !id.empty()) {
                        request.tenders.push_back({TenderKind::Check, half, id});
                        cashPart = due - half;
                    }
                }
                if (cashPart.isPositive())
                    request.tenders.push_back({TenderKind::Cash, roundUpTo(cashPart, chance(50) ? 2000 : 100), ""});
                try {
                    auto outcome = station.payments().takePayment(request);
                    ++report.payments;
                    if (request.tenders.front().kind == TenderKind::Card)
                        ++report.cardPayments;
                    receipts.push_back(outcome.receipt);
                    report.collected += outcome.settlement.tendered - outcome.settlement.change;
                    if (chance(4)) { // keyed to the wrong account: voided at once, with the supervisor's approval
                        auto approval = station.operators().approve(station.payments().voidRequest(cashier, outcome.receipt), supervisor,
                                                        demoPin(supervisor));
                        if (approval.ok) {
                            station.payments().voidPayment(cashier, outcome.receipt, approval.approvalId);
                            ++report.voids;
                            report.collected -= outcome.settlement.tendered - outcome.settlement.change;
                        }
                    }
                } catch (const CommandRefused&) {
                    // A refused payment records nothing; the customer is simply not served in this simulation.
                }
                if (chance(2) && receipts.size() > 3 && station.drawers().openDrawer()->expectedCash > Money::fromCents(10000)) {
                    const std::string& old = receipts[pick(receipts.size() - 1)];
                    auto info = station.payments().receipt(old);
                    Money refundable = info ? info->total - info->refunded : Money();
                    if (info && info->status == "paid" && refundable.isPositive()) {
                        Money amount = Money::fromCents(std::max<std::int64_t>(1, refundable.cents() / 4));
                        // A card payment goes back to the card it was charged to, up to what was charged.
                        Money charged = station.payments().cardCharged(old); // less what went back already
                        bool card = charged.isPositive() && amount <= charged;
                        std::string method = card ? "card" : chance(50) ? "cash" : "check_request";
                        auto approval = station.operators().approve(station.payments().refundRequest(cashier, old, amount, method), supervisor,
                                                        demoPin(supervisor));
                        if (approval.ok) {
                            station.payments().refundPayment(cashier, old, amount, method, approval.approvalId);
                            ++report.refunds;
                            report.cardRefunds += method == "card" ? 1 : 0;
                            report.collected -= amount;
                        }
                    }
                }
            }
            // The blind close: count what is there (now and then a small miscount), list the checks, close.
            auto open = station.drawers().openDrawer();
            Money cash = open->expectedCash;
            if (chance(15))
                cash += Money::fromCents(std::uniform_int_distribution<std::int64_t>(-800, 300)(random));
            if (cash.isNegative())
                cash = Money();
            std::vector<CountedItem> items;
            for (const auto& item : station.drawers().drawerReport(open->id).items)
                items.push_back(CountedItem{item.kind, item.amount, item.reference});
            // The card terminal's batch report: what it settles, keyed like the cash is counted.
            auto counted = station.drawers().countDrawer(cashier, countOf(cash), items, open->totals.cards);
            if (counted.needsApproval) {
                auto approval = station.operators().approve(station.drawers().overShortRequest(cashier), supervisor, demoPin(supervisor));
                station.drawers().closeDrawer(cashier, "miscount found at close", approval.approvalId);
            } else {
                station.drawers().closeDrawer(cashier, "");
            }
            ++report.drawersClosed;
            station.operators().signOut(cashier, "end of shift");
            clock.advance(15 * kMinute);
        }
        if (options.backOffice)
            simulateBackOffice(station, clock, random, cashiers.front(), supervisor, accounts, report);
        if (options.deposits) {
            // The supervisor bags the day's cash, checks and money orders for the bank; its confirmation comes back
            // keyed, now and then a dollar short with the bank's reason.
            clock.advance(5 * kMinute);
            DepositInfo deposit = station.deposits().prepare(
                {supervisor, today, "BAG-" + today, "SEAL-" + std::to_string(100000 + pick(900000)), {}});
            clock.advance(kMinute);
            bool short1 = chance(5);
            station.deposits().confirm({supervisor, deposit.id, deposit.total - Money::fromCents(short1 ? 100 : 0), today,
                                        "BNK-" + std::to_string(1000000 + pick(9000000)),
                                        short1 ? "the bank counted a dollar less in coin" : ""});
            ++report.deposits;
        }
        clock.set(nextMorningMs(clock.nowMs()));
    }
    return report;
}

} // namespace tillbook::station
