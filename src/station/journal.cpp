// Station: the general-ledger journal of a day's deposits. Every line is built from what the deposit's drawers and
// batches recorded, so the journal balances by construction: per deposit, the bank's debit (the deposit) and the card
// clearing debit (the drawers' card tenders) equal the funds' credits (the same postings the posting export reads),
// with the change fund, paid-outs and over/short between them; money that moved outside any drawer (refund checks,
// card refunds with no drawer open, returned checks) is a block of its own.
#include "station/journal.h"

#include "core/csv.h"
#include "core/import_rows.h"
#include "core/text.h"
#include "ledger/store.h"
#include "station/office_feed.h"
#include "station/posting_csv.h"
#include "station/projector.h"
#include "station/review.h"
#include "station/services.h"

#include <map>

namespace tillbook::station {

using nlohmann::json;

namespace {

// The postings grouped by fund for the journal: a card convenience fee's row (fee 'convenience', as
// kConvenienceFeeCode) goes under "fee:" + its fund, which no fund code can be (they have no ':').
constexpr std::string_view kFeeRevenue = "fee:";
#define TILLBOOK_FUND_KEY(p) "CASE WHEN " p "fee = 'convenience' THEN 'fee:' || " p "fund ELSE " p "fund END"
static_assert(kConvenienceFeeCode == "convenience");

// Adds lines, each to the account a gl.* setting names, and keeps the totals.
class JournalBuilder {
public:
    JournalBuilder(const SettingsService& settings, Journal& journal)
        : m_settings(settings)
        , m_journal(journal)
    {
    }

    // A positive amount is a debit, a negative one a credit; zero writes no line (and needs no account).
    void post(std::string_view accountKey, std::string_view fund, Money debit, std::string memo, std::uint64_t seq)
    {
        if (debit.isZero())
            return;
        std::string account = m_settings.textSetting(accountKey);
        if (account.empty())
            throw CommandRefused(Msg::JournalAccountUnset, {{"day", m_journal.day}, {"key", accountKey}});
        JournalLine line{m_journal.day, account, std::string(fund), {}, {}, std::move(memo), seq};
        if (debit.isPositive()) {
            line.debit = debit;
            m_journal.debits += debit;
        } else {
            line.credit = -debit;
            m_journal.credits += line.credit;
        }
        m_journal.lines.push_back(std::move(line));
    }

    // The funds' side: what the postings say per fund, as credits. The customer's credit from an overpayment is a
    // liability, not a fund; a card convenience fee (keyed by kFeeRevenue + fund, see kFundKey) is fee revenue, credited
    // to its own account with the fund it was charged on.
    void creditFunds(const std::map<std::string, Money>& byFund, const std::string& memo, std::uint64_t seq)
    {
        for (const auto& [fund, amount] : byFund) {
            if (fund == kCustomerCreditFund)
                post("gl.account.customer_credit", "", -amount, memo + ": customer credit", seq);
            else if (fund.starts_with(kFeeRevenue))
                post("gl.account.convenience_fees", fund.substr(kFeeRevenue.size()), -amount,
                     memo + ": card convenience fees", seq);
            else
                post("gl.fund." + fund, fund, -amount, memo, seq);
        }
    }

private:
    const SettingsService& m_settings;
    Journal& m_journal;
};

// The drawer a refund's money went through: the cash drawer it was paid from, or the drawer whose card batch it came
// off; "" when none (a refund check from the finance office, a card refund with no drawer open).
std::string refundDrawer(const json& body)
{
    std::string drawer = body.value("drawer", "");
    return drawer.empty() ? body.value("card_drawer", "") : drawer;
}

void addByFund(ledger::Statement& st, std::map<std::string, Money>& byFund)
{
    while (st.step())
        byFund[st.columnText(0)] += Money::fromCents(st.columnInt(1));
    st.reset();
}

} // namespace

Journal DepositService::journal(std::string_view dayText, const JournalScope& scope) const
{
    const std::string day(dayText);
    if (!isValidDate(day))
        throw CommandRefused(Msg::JournalDay, {{"day", quoteForMessage(day)}});
    DaySources sources = sourcesOfDay(day);
    auto takenElsewhere = [&](const char* kind, const std::string& id) {
        return scope.takenElsewhere.contains(std::string(kind) + ":" + id);
    };
    // A window's own journal of a day its office deposited part of (a deposit_taken item it pulled): the station
    // knows which drawers the office took, not the office's figures or the bank's confirmation of them, and the
    // office's journal posts them with the window's own deposits. Refused, so that nothing is posted twice or left out.
    if (!scope.window) {
        auto refuseTaken = [&](const char* kind, const std::string& id) {
            if (std::string office = officeDepositOf(m_ctx.db(), m_ctx.stationId(), kind, id); !office.empty())
                throw CommandRefused(Msg::JournalTakenByOffice,
                                     {{"work", reviewWorkMessage(kind, id)}, {"day", day}, {"deposit", office}});
        };
        for (const auto& [drawer, deposit] : sources.drawers)
            refuseTaken("drawer", drawer.id);
        for (const auto& batch : sources.batches)
            refuseTaken("batch", batch.id);
    }
    for (const auto& [drawer, deposit] : sources.drawers) {
        if (deposit.empty() && !takenElsewhere("drawer", drawer.id))
            throw CommandRefused(Msg::JournalDrawerNotDeposited, {{"drawer", drawer.id}, {"day", day}});
    }
    for (const auto& batch : sources.batches) {
        if (batch.deposit.empty() && !takenElsewhere("batch", batch.id))
            throw CommandRefused(Msg::JournalBatchNotDeposited, {{"batch", batch.id}, {"day", day}});
    }
    std::vector<DepositInfo> deposits = list(day);
    deposits.insert(deposits.end(), scope.outsideDeposits.begin(), scope.outsideDeposits.end());
    if (deposits.empty() && !scope.window)
        throw CommandRefused(Msg::JournalNothingDeposited, {{"day", day}});

    Journal journal;
    journal.day = day;
    JournalBuilder out(m_ctx.settings(), journal);
    auto& db = m_ctx.db();
    auto drawerFunds = db.prepare("SELECT " TILLBOOK_FUND_KEY("p.") " AS k, SUM(p.amount_cents) FROM postings p JOIN "
                                  "receipts r ON r.number = p.receipt WHERE r.drawer = ? AND p.type IN ('payment', 'void') "
                                  "GROUP BY k");
    auto batchFunds = db.prepare("SELECT " TILLBOOK_FUND_KEY("p.") " AS k, SUM(p.amount_cents) FROM postings p JOIN "
                                 "batch_items b ON b.receipt = p.receipt WHERE b.batch = ? AND b.receipt <> '' AND "
                                 "p.type = 'payment' GROUP BY k");
    auto recordFunds = db.prepare("SELECT " TILLBOOK_FUND_KEY("") " AS k, SUM(amount_cents) FROM postings WHERE seq = ? "
                                  "GROUP BY k");
    auto refundsWhile = db.prepare("SELECT DISTINCT seq FROM postings WHERE type = 'refund' AND time_ms >= ? AND "
                                   "time_ms <= ? ORDER BY seq");
    auto paidOuts = db.prepare("SELECT COALESCE(SUM(amount_cents), 0) FROM drawer_movements WHERE drawer = ? AND "
                               "type = 'paid_out'");
    auto bodyOf = [&](std::uint64_t seq) {
        auto record = m_ctx.store().at(seq);
        if (!record)
            throw std::runtime_error("a posting names ledger record " + std::to_string(seq) + ", which is missing");
        return json::parse(record->body);
    };

    for (const DepositInfo& d : deposits) {
        journal.deposits.push_back(d.id);
        const std::string tag = "deposit " + d.id;
        Money floats, overShort, cards, cardsOverShort, paidOut;
        std::map<std::string, Money> byFund;
        for (const DepositDrawer& row : d.drawers) {
            auto drawer = m_station.drawers().drawer(row.id);
            if (!drawer)
                throw std::runtime_error(tag + " names drawer " + row.id + ", which the station does not have");
            floats += row.openingFloat;
            overShort += row.overShort;
            cards += drawer->totals.cards;
            // The terminal's batch keyed at the close settles what it settles: the difference is over/short.
            if (auto count = m_station.drawers().drawerReport(row.id).count)
                cardsOverShort += count->overShort.cards;
            paidOuts.bind(1, row.id);
            paidOuts.step();
            paidOut += Money::fromCents(paidOuts.columnInt(0));
            paidOuts.reset();
            drawerFunds.bind(1, row.id);
            addByFund(drawerFunds, byFund);
            // Refunds while it was open that went through it: cash paid from it, or a card refund off its batch.
            refundsWhile.bind(1, drawer->openedMs).bind(2, drawer->closedMs);
            std::vector<std::uint64_t> refunds;
            while (refundsWhile.step())
                refunds.push_back(static_cast<std::uint64_t>(refundsWhile.columnInt(0)));
            refundsWhile.reset();
            for (std::uint64_t seq : refunds) {
                if (refundDrawer(bodyOf(seq)) != row.id)
                    continue;
                recordFunds.bind(1, static_cast<std::int64_t>(seq));
                addByFund(recordFunds, byFund);
            }
        }
        for (const std::string& batch : d.batches) {
            batchFunds.bind(1, batch);
            addByFund(batchFunds, byFund);
        }
        out.post("gl.account.bank", "", d.total, tag + ", bag " + d.bag, d.seq);
        out.post("gl.account.card_clearing", "", cards, tag + ": card tenders of its drawers", d.seq);
        out.post("gl.account.card_clearing", "", cardsOverShort,
                 tag + ": card batches over (+) or short (-) of the card tenders", d.seq);
        out.post("gl.account.over_short", "", -cardsOverShort,
                 tag + ": card batches over (+) or short (-) at the closes", d.seq);
        out.post("gl.account.change_fund", "", -floats, tag + ": its drawers' opening floats", d.seq);
        out.post("gl.account.change_fund", "", d.floatKept, tag + ": float kept back", d.seq);
        out.post("gl.account.paid_outs", "", paidOut, tag + ": paid-outs from its drawers", d.seq);
        out.post("gl.account.over_short", "", -overShort, tag + ": cash over (+) or short (-) at the closes", d.seq);
        out.creditFunds(byFund, tag, d.seq);
        if (d.status == "confirmed" && !d.difference.isZero()) {
            std::string memo = tag + ": the bank credited " + formatPlain(d.confirmedAmount) + " (" + d.reason + ")";
            out.post("gl.account.bank", "", d.difference, memo, d.confirmedSeq);
            out.post("gl.account.over_short", "", -d.difference, memo, d.confirmedSeq);
        }
    }

    // Money that moved on the day outside any drawer.
    auto outside = db.prepare("SELECT DISTINCT seq, type, receipt FROM postings WHERE day = ? AND type IN ('refund', "
                              "'returned_check') ORDER BY seq");
    outside.bind(1, day);
    while (outside.step()) {
        auto seq = static_cast<std::uint64_t>(outside.columnInt(0));
        std::string type = outside.columnText(1);
        std::string receipt = outside.columnText(2);
        std::string memo, offset;
        if (type == "returned_check") {
            memo = "check on receipt " + receipt + " returned by the bank";
            offset = "gl.account.returned_items";
        } else {
            json body = bodyOf(seq);
            if (!refundDrawer(body).empty())
                continue; // in its drawer's deposit
            bool card = body.value("method", "") == "card";
            memo = "refund of receipt " + receipt + (card ? " back to the card" : " by a refund check");
            offset = card ? "gl.account.card_clearing" : "gl.account.refunds_payable";
        }
        std::map<std::string, Money> byFund;
        recordFunds.bind(1, static_cast<std::int64_t>(seq));
        addByFund(recordFunds, byFund);
        Money total;
        for (const auto& [fund, amount] : byFund)
            total += amount;
        out.creditFunds(byFund, memo, seq);
        out.post(offset, "", total, memo, seq); // the postings are negative: the offset is a credit
    }
    if (journal.debits != journal.credits)
        throw std::logic_error("the journal of " + day + " does not balance: debits " + formatPlain(journal.debits)
                               + ", credits " + formatPlain(journal.credits));
    return journal;
}

std::string journalCsv(const Journal& journal)
{
    CsvWriter csv;
    csv.row({"date", "account", "fund", "debit", "credit", "memo", "seq"});
    auto amount = [&](Money m) -> CsvWriter& { return m.isZero() ? csv.text("") : csv.amount(m); };
    for (const JournalLine& line : journal.lines) {
        csv.text(line.date).text(line.account).text(line.fund);
        amount(line.debit);
        amount(line.credit);
        csv.text(line.memo).integer(static_cast<std::int64_t>(line.seq)).endRow();
    }
    return csv.str();
}

} // namespace tillbook::station
