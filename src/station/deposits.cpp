// Station: bank deposits. A deposit's figures are built from the records of the drawers and batches it takes, so it
// ties out by construction: cash = counted at each close + drops to the safe - float kept back.
#include "station/deposits.h"

#include "core/ids.h"
#include "core/import_rows.h"
#include "core/text.h"
#include "ledger/store.h"
#include "station/office_feed.h"
#include "station/projector.h"
#include "station/services.h"

#include <algorithm>

namespace tillbook::station {

using ledger::Record;
using nlohmann::json;

namespace {

CashCount countFrom(const json& body)
{
    auto count = countFromJson(body);
    if (!count)
        throw std::runtime_error("a cash count in the ledger is not readable");
    return *count;
}

Money cents(const json& value)
{
    return Money::fromCents(value.get<std::int64_t>());
}

// Which deposit already took this drawer or batch, or "".
std::string depositOf(ledger::Db& db, std::string_view kind, std::string_view id)
{
    auto st = db.prepare("SELECT deposit FROM deposit_sources WHERE kind = ? AND id = ?");
    st.bind(1, kind).bind(2, id);
    return st.step() ? st.columnText(0) : std::string();
}

} // namespace

DepositDraft DepositService::draft(const DepositRequest& request, const TakenElsewhere& takenElsewhere) const
{
    if (!isValidDate(request.day))
        throw CommandRefused(Msg::DepositDay, {{"day", quoteForMessage(request.day)}});
    // Which deposit took a drawer or batch: one of the station's own, or one made outside it (the office's, as the
    // office knows it, or as the station pulled it from the office).
    auto takenBy = [&](std::string_view kind, const std::string& id) {
        std::string deposit = depositOf(m_ctx.db(), kind, id);
        if (deposit.empty()) {
            auto elsewhere = takenElsewhere.find(std::string(kind) + ":" + id);
            if (elsewhere != takenElsewhere.end())
                deposit = elsewhere->second;
        }
        if (deposit.empty())
            deposit = officeDepositOf(m_ctx.db(), m_ctx.stationId(), kind, id);
        return deposit;
    };

    // The drawers: every one of the day's, or those named. An open one holds money the deposit cannot account for.
    std::vector<DrawerInfo> drawers;
    DepositDraft draft;
    if (request.drawers.empty()) {
        DaySources sources = sourcesOfDay(request.day);
        for (const auto& [d, deposit] : sources.drawers) {
            if (d.status != "closed")
                throw CommandRefused(Msg::DepositDrawerOfDayOpen, {{"drawer", d.id}, {"day", request.day}});
            if (takenBy("drawer", d.id).empty())
                drawers.push_back(d);
        }
        for (const auto& batch : sources.batches) {
            if (batch.open)
                throw CommandRefused(Msg::DepositBatchOpen, {{"batch", batch.id}, {"day", request.day}});
            if (takenBy("batch", batch.id).empty())
                draft.batches.push_back(batch.id); // their checks were never in a drawer
        }
    } else {
        for (const std::string& id : request.drawers) {
            auto d = m_station.drawers().drawer(id);
            if (!d)
                throw CommandRefused(Msg::DrawerUnknown, {{"drawer", quoteForMessage(id)}});
            if (d->status != "closed")
                throw CommandRefused(Msg::DepositDrawerStillOpen, {{"drawer", d->id}});
            if (std::string office = officeDepositOf(m_ctx.db(), m_ctx.stationId(), "drawer", d->id); !office.empty())
                throw CommandRefused(Msg::DepositDrawerTakenByOffice, {{"drawer", d->id}, {"deposit", office}});
            if (std::string earlier = takenBy("drawer", d->id); !earlier.empty())
                throw CommandRefused(Msg::DepositDrawerTaken, {{"drawer", d->id}, {"deposit", earlier}});
            if (std::none_of(drawers.begin(), drawers.end(), [&](const DrawerInfo& x) { return x.id == d->id; }))
                drawers.push_back(*d);
        }
    }
    if (drawers.empty() && draft.batches.empty())
        throw CommandRefused(Msg::DepositNothing, {{"day", request.day}});

    draft.drawers = json::array();
    draft.items = json::array();
    auto verification = m_ctx.db().prepare(
        "SELECT v.routing, v.account, v.serial, v.instrument, v.seq, COALESCE(a.name, '') FROM check_verifications v "
        "LEFT JOIN accounts a ON a.number = v.customer_account AND v.customer_account <> '' WHERE v.id = ?");
    auto addItem = [&](const std::string& verificationId, Money amount, const std::string& receipt,
                       const std::string& source, std::string fallbackSerial) {
        std::string routing, account, serial = std::move(fallbackSerial), instrument, maker;
        verification.bind(1, verificationId);
        if (verification.step()) {
            routing = verification.columnText(0);
            account = verification.columnText(1);
            serial = verification.columnText(2);
            instrument = verification.columnText(3);
            maker = verification.columnText(5);
            // A third party's check was made by someone other than the account holder: the maker is not known.
            if (auto record = m_ctx.store().at(static_cast<std::uint64_t>(verification.columnInt(4)))) {
                for (const auto& reason : json::parse(record->body).value("reasons", json::array()))
                    if (reason.value("code", "") == "third_party")
                        maker.clear();
            }
        }
        verification.reset();
        bool moneyOrder = instrument == "money_order" || instrument == "postal_money_order";
        (moneyOrder ? draft.moneyOrders : draft.checks) += amount;
        draft.items.push_back({{"kind", moneyOrder ? "money_order" : "check"},
                               {"routing", routing},
                               {"account", maskBankAccount(account)},
                               {"serial", serial},
                               {"amount", amount.cents()},
                               {"maker", maker},
                               {"receipt", receipt},
                               {"source", source}});
    };

    auto drawerItems = m_ctx.db().prepare(
        "SELECT i.receipt, i.amount_cents, i.reference, t.reference FROM drawer_items i JOIN payment_tenders t "
        "ON t.receipt = i.receipt AND t.line = i.line WHERE i.drawer = ? AND i.voided = 0 ORDER BY i.receipt, i.line");
    for (const DrawerInfo& d : drawers) {
        DrawerReport report = m_station.drawers().drawerReport(d.id);
        if (!report.count || !report.cashByDenomination)
            throw std::runtime_error("closed drawer " + d.id + " has no closing count");
        addCount(draft.cashOnHand, *report.cashByDenomination);
        addCount(draft.cashOnHand, report.dropped);
        Money drops = d.totals.drops + d.totals.pickups;
        draft.cashOnHandTotal += report.count->countedCash + drops;
        const DrawerTotals& t = d.totals;
        draft.drawers.push_back({{"drawer", d.id},
                                 {"counted", report.count->countedCash.cents()},
                                 {"drops", drops.cents()},
                                 {"float", t.openingFloat.cents()},
                                 {"cash_taken", (t.cashReceived - t.changeGiven).cents()},
                                 {"paid_outs", t.paidOuts.cents()},
                                 {"over_short", report.count->overShort.cash.cents()}});
        drawerItems.bind(1, d.id);
        while (drawerItems.step())
            addItem(drawerItems.columnText(3), Money::fromCents(drawerItems.columnInt(1)), drawerItems.columnText(0),
                    d.id, drawerItems.columnText(2));
        drawerItems.reset();
    }
    for (const std::string& id : draft.batches) {
        auto st = m_ctx.db().prepare("SELECT verification, amount_cents, receipt, serial FROM batch_items WHERE batch = ? "
                                     "AND status = 'accepted' ORDER BY n");
        st.bind(1, id);
        while (st.step())
            addItem(st.columnText(0), Money::fromCents(st.columnInt(1)), st.columnText(2), id, st.columnText(3));
    }

    draft.floatKept = m_ctx.settings().moneySetting("deposit.float_kept");
    if (draft.cashOnHandTotal < draft.floatKept)
        throw CommandRefused(Msg::DepositBelowFloat, {{"on_hand", draft.cashOnHandTotal}, {"float_kept", draft.floatKept}});
    draft.cash = draft.cashOnHandTotal - draft.floatKept;
    draft.total = draft.cash + draft.checks + draft.moneyOrders;
    return draft;
}

json DepositDraft::body() const
{
    return {{"drawers", drawers},
            {"batches", batches},
            {"cash_on_hand", countJson(cashOnHand)},
            {"cash_on_hand_total", cashOnHandTotal.cents()},
            {"float_kept", floatKept.cents()},
            {"cash", cash.cents()},
            {"checks", checks.cents()},
            {"money_orders", moneyOrders.cents()},
            {"total", total.cents()},
            {"items", items}};
}

void addDraft(DepositDraft& into, const DepositDraft& part)
{
    for (const auto& drawer : part.drawers)
        into.drawers.push_back(drawer);
    into.batches.insert(into.batches.end(), part.batches.begin(), part.batches.end());
    for (const auto& item : part.items)
        into.items.push_back(item);
    addCount(into.cashOnHand, part.cashOnHand);
    into.cashOnHandTotal += part.cashOnHandTotal;
    into.floatKept += part.floatKept;
    into.cash += part.cash;
    into.checks += part.checks;
    into.moneyOrders += part.moneyOrders;
    into.total += part.total;
}

DepositInfo DepositService::prepare(const DepositRequest& request)
{
    if (!isValidDate(request.day))
        throw CommandRefused(Msg::DepositDay, {{"day", quoteForMessage(request.day)}});
    std::string bag = requireOneLine(request.bag, Msg::FieldBag, 40, true);
    if (bag.empty())
        throw CommandRefused(Msg::DepositBag);
    std::string seal = requireOneLine(request.seal, Msg::FieldSeal, 40, true);
    const DepositDraft figures = draft(request);

    auto counter = m_ctx.db().prepare("SELECT COALESCE((SELECT value FROM counters WHERE series = 'deposit'), 0)");
    counter.step();
    std::int64_t number = counter.columnInt(0) + 1;
    std::string id = stationScopedId(m_ctx.stationId(), "DP", static_cast<std::uint64_t>(number));
    json body = figures.body();
    body.update({{"id", id},
                 {"number", number},
                 {"day", request.day},
                 {"bag", bag},
                 {"seal", seal},
                 {"bank_name", m_ctx.settings().textSetting("deposit.bank_name")},
                 {"bank_routing", m_ctx.settings().textSetting("deposit.bank_routing")},
                 {"bank_account", m_ctx.settings().textSetting("deposit.bank_account")}});
    m_ctx.commit("deposit.prepared", request.operatorId, body);
    return *deposit(id);
}

json checkConfirmation(const DepositConfirmation& c, const std::string& deposit, Money total, const std::string& today)
{
    if (c.amount.isNegative())
        throw CommandRefused(Msg::DepositBankNegative);
    std::string bankDate = c.bankDate.empty() ? today : c.bankDate;
    if (!isValidDate(bankDate))
        throw CommandRefused(Msg::DepositBankDate, {{"date", quoteForMessage(bankDate)}});
    std::string reference = requireOneLine(c.reference, Msg::FieldBankReference, 60, true);
    if (reference.empty())
        throw CommandRefused(Msg::DepositReference);
    std::string reason = requireOneLine(c.reason, Msg::FieldReason, 200, true);
    Money difference = c.amount - total;
    if (!difference.isZero() && reason.empty())
        throw CommandRefused(Msg::DepositDifference,
                             {{"amount", c.amount}, {"deposit", deposit}, {"total", total}, {"difference", difference}});
    return {{"deposit", deposit},
            {"amount", c.amount.cents()},
            {"bank_date", bankDate},
            {"reference", reference},
            {"difference", difference.cents()},
            {"reason", reason}};
}

DepositInfo DepositService::confirm(const DepositConfirmation& c)
{
    auto d = deposit(c.deposit);
    if (!d)
        throw CommandRefused(Msg::DepositUnknown, {{"deposit", quoteForMessage(c.deposit)}});
    if (d->status == "confirmed")
        throw CommandRefused(Msg::DepositConfirmed, {{"deposit", d->id}, {"reference", d->reference}});
    m_ctx.commit("deposit.confirmed", c.operatorId, checkConfirmation(c, d->id, d->total, m_ctx.today()));
    return *deposit(d->id);
}

std::optional<DepositInfo> DepositService::deposit(std::string_view id) const
{
    auto st = m_ctx.db().prepare("SELECT prepared_seq, status, COALESCE(confirmed_seq, 0), COALESCE(confirmed_cents, 0), "
                                 "bank_date, reference, difference_cents, reason FROM deposits WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    auto record = m_ctx.store().at(static_cast<std::uint64_t>(st.columnInt(0)));
    if (!record)
        throw std::runtime_error("deposit " + std::string(id) + " names a ledger record that is missing");
    DepositInfo d = depositFromBody(json::parse(record->body));
    d.seq = record->seq;
    d.timeMs = record->timeMs;
    d.preparedBy = record->operatorId;
    d.status = st.columnText(1);
    d.confirmedSeq = static_cast<std::uint64_t>(st.columnInt(2));
    d.confirmedAmount = Money::fromCents(st.columnInt(3));
    d.bankDate = st.columnText(4);
    d.reference = st.columnText(5);
    d.difference = Money::fromCents(st.columnInt(6));
    d.reason = st.columnText(7);
    if (d.confirmedSeq > 0)
        if (auto confirmed = m_ctx.store().at(d.confirmedSeq))
            d.confirmedBy = confirmed->operatorId;
    return d;
}

DepositInfo depositFromBody(const json& body)
{
    DepositInfo d;
    d.id = body["id"].get<std::string>();
    d.day = body["day"].get<std::string>();
    d.bag = body["bag"].get<std::string>();
    d.seal = body["seal"].get<std::string>();
    d.bankName = body["bank_name"].get<std::string>();
    d.bankRouting = body["bank_routing"].get<std::string>();
    d.bankAccount = body["bank_account"].get<std::string>();
    for (const auto& row : body["drawers"])
        d.drawers.push_back({row["drawer"].get<std::string>(), cents(row["counted"]), cents(row["drops"]),
                             cents(row["float"]), cents(row["cash_taken"]), cents(row["paid_outs"]),
                             cents(row["over_short"])});
    for (const auto& batch : body["batches"])
        d.batches.push_back(batch.get<std::string>());
    d.cashOnHand = countFrom(body["cash_on_hand"]);
    d.floatKept = cents(body["float_kept"]);
    d.cash = cents(body["cash"]);
    d.checks = cents(body["checks"]);
    d.moneyOrders = cents(body["money_orders"]);
    d.total = cents(body["total"]);
    for (const auto& item : body["items"])
        d.items.push_back({item["kind"] == "money_order" ? TenderKind::MoneyOrder : TenderKind::Check,
                           item["routing"].get<std::string>(), item["account"].get<std::string>(),
                           item["serial"].get<std::string>(), cents(item["amount"]), item["maker"].get<std::string>(),
                           item["receipt"].get<std::string>(), item["source"].get<std::string>()});
    d.status = "prepared";
    return d;
}

DaySources DepositService::sourcesOfDay(std::string_view day) const
{
    DaySources sources;
    for (const DrawerInfo& d : m_station.drawers().list()) {
        if (m_ctx.businessDay(d.openedMs) == day)
            sources.drawers.emplace_back(d, depositOf(m_ctx.db(), "drawer", d.id));
    }
    auto st = m_ctx.db().prepare("SELECT id, status FROM mail_batches WHERE day = ? ORDER BY opened_seq");
    st.bind(1, day);
    while (st.step()) {
        std::string id = st.columnText(0);
        sources.batches.push_back({id, st.columnText(1) != "closed", depositOf(m_ctx.db(), "batch", id)});
    }
    return sources;
}

std::vector<DepositInfo> DepositService::list(std::string_view day) const
{
    auto st = m_ctx.db().prepare("SELECT id FROM deposits WHERE ? = '' OR day = ? ORDER BY prepared_seq");
    st.bind(1, day).bind(2, day);
    std::vector<DepositInfo> out;
    while (st.step())
        out.push_back(*deposit(st.columnText(0)));
    return out;
}

printing::BankDepositDocument DepositService::depositDocument(std::string_view id)
{
    auto d = deposit(id);
    if (!d)
        throw CommandRefused(Msg::DepositUnknown, {{"deposit", quoteForMessage(id)}});
    return depositDocument(*d);
}

printing::BankDepositDocument DepositService::depositDocument(const DepositInfo& info)
{
    const DepositInfo* d = &info;
    auto nameOf = [&](const std::string& operatorId) {
        auto op = m_station.operators().findOperator(operatorId);
        return op ? op->name : operatorId;
    };
    printing::BankDepositDocument doc;
    doc.letterhead = m_station.documents().letterhead();
    doc.depositId = d->id;
    doc.day = d->day;
    doc.bag = d->bag;
    doc.seal = d->seal;
    doc.station = m_ctx.stationId();
    doc.preparedBy = nameOf(d->preparedBy) + ", " + m_ctx.printedTime(d->timeMs);
    doc.bankName = d->bankName;
    doc.bankRouting = d->bankRouting;
    doc.bankAccount = d->bankAccount;
    for (const DepositDrawer& drawer : d->drawers) {
        auto info = m_station.drawers().drawer(drawer.id);
        doc.sources.push_back("Drawer " + drawer.id + (info ? " (" + nameOf(info->operatorId) + ")" : std::string())
                              + ": counted " + formatMoney(drawer.counted) + ", dropped " + formatMoney(drawer.drops));
        doc.openingFloats += drawer.openingFloat;
        doc.cashTaken += drawer.cashTaken;
        doc.paidOuts += drawer.paidOuts;
        doc.overShort += drawer.overShort;
    }
    for (const std::string& batch : d->batches)
        doc.sources.push_back("Mail batch " + batch);
    doc.cashOnHand = d->cashOnHand;
    doc.cashOnHandTotal = d->cash + d->floatKept;
    doc.floatKept = d->floatKept;
    doc.cash = d->cash;
    for (const DepositItemInfo& item : d->items)
        doc.items.push_back({item.kind == TenderKind::MoneyOrder ? "Money order" : "Check", item.routing,
                             item.maskedAccount, item.serial, item.maker, item.amount});
    doc.checks = d->checks;
    doc.moneyOrders = d->moneyOrders;
    doc.total = d->total;
    if (d->status == "confirmed") {
        doc.confirmation.push_back("Credited " + formatMoney(d->confirmedAmount) + " on " + d->bankDate + ", reference "
                                   + d->reference + ", keyed by " + nameOf(d->confirmedBy));
        if (!d->difference.isZero())
            doc.confirmation.push_back("Difference " + formatMoney(d->difference) + ": " + d->reason);
    }
    return doc;
}

} // namespace tillbook::station
