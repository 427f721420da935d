// The general-ledger journal of a day's deposits: balanced, tied to the deposit, the drawers' card tenders and the
// posting export per fund; money outside any drawer in its own lines; the chart of accounts as settings; refusals.
// The journal is read back from its CSV, so the file's format is what these tests hold.
#include "core/csv.h"
#include "station/demo.h"
#include "station/journal.h"
#include "station/services.h"
#include "station/simulation.h"
#include "support/station_fixture.h"

#include <catch2/catch.hpp>

#include <map>
#include <regex>

using namespace tillbook;
using test::m;

namespace {

// The CSV's records by column name; fails the test on a malformed file.
std::vector<std::map<std::string, std::string>> records(const std::string& csv)
{
    auto parsed = parseCsv(csv);
    REQUIRE(std::holds_alternative<CsvTable>(parsed));
    const auto& table = std::get<CsvTable>(parsed);
    std::vector<std::map<std::string, std::string>> out;
    for (const auto& row : table.rows) {
        std::map<std::string, std::string> r;
        for (std::size_t i = 0; i < table.header.size(); ++i)
            r[table.header[i]] = row.fields[i];
        out.push_back(std::move(r));
    }
    return out;
}

Money amountOf(const std::string& cell)
{
    if (cell.empty())
        return {};
    auto parsed = parseMoney(cell);
    REQUIRE(parsed.value);
    return *parsed.value;
}

// What the journal's CSV says: debit - credit per account, per fund, and in all.
struct JournalTotals {
    std::map<std::string, Money> byAccount; // debit - credit
    std::map<std::string, Money> fundCredits; // credit - debit of the lines naming a fund
    Money debits;
    Money credits;
    std::size_t lines = 0;
};

JournalTotals totals(const std::string& csv)
{
    JournalTotals t;
    const std::regex amount("-?[0-9]+\\.[0-9]{2}");
    for (auto& r : records(csv)) {
        INFO(r["memo"]);
        // An amount is a plain decimal; zero is an empty cell; a line is a debit or a credit, not both.
        for (const char* column : {"debit", "credit"})
            CHECK((r[column].empty() || (std::regex_match(r[column], amount) && r[column] != "0.00")));
        CHECK((r["debit"].empty() != r["credit"].empty()));
        Money debit = amountOf(r["debit"]), credit = amountOf(r["credit"]);
        t.byAccount[r["account"]] += debit - credit;
        if (!r["fund"].empty())
            t.fundCredits[r["fund"]] += credit - debit;
        t.debits += debit;
        t.credits += credit;
        ++t.lines;
    }
    return t;
}

// The posting export's amounts per fund (the CREDIT fund included, as the export names it).
std::map<std::string, Money> postingsByFund(const std::string& csv)
{
    std::map<std::string, Money> out;
    for (auto& r : records(csv))
        out[r["fund"]] += amountOf(r["amount"]);
    return out;
}

struct Counter : test::DemoStation {
    Counter()
        : test::DemoStation(test::DemoOptions{.routingDirectory = true})
    {
        station::seedDemoChart(*st);
    }

    station::PaymentOutcome pay(std::vector<station::TenderInput> tenders, Money amount, std::string account = "100101")
    {
        station::PaymentRequest r;
        r.operatorId = "ana";
        r.requestId = "j" + std::to_string(++requests);
        r.accountAmounts.emplace_back(account, amount);
        r.tenders = std::move(tenders);
        return st->payments().takePayment(r);
    }

    station::TenderInput card(Money amount)
    {
        station::TenderInput t{TenderKind::Card, amount, {}};
        t.card = {"654321", "visa", "1881", "T-01", "tap"};
        return t;
    }

    void refund(const std::string& receipt, Money amount, const std::string& method)
    {
        auto request = st->payments().refundRequest("ana", receipt, amount, method);
        st->payments().refundPayment("ana", receipt, amount, method, approve(request));
    }

    int requests = 0;
};

} // namespace

TEST_CASE("the journal of a day balances and ties to its deposit, its card tenders and the posting export by fund")
{
    Counter c;
    auto& st = c.st;
    st->drawers().openDrawer("ana", test::standardFloat());
    std::string drawer = st->drawers().openDrawer()->id;
    auto cash = c.pay({{TenderKind::Cash, m(3000), ""}}, m(3000));
    auto card = c.pay({c.card(m(2500))}, m(2500), "100108");
    auto check = c.pay({{TenderKind::Check, m(4500), test::verifiedItem(*st, "ana", m(4500))}}, m(4500), "100115");
    // Paying $20.00 more than is owed leaves the customer a credit: a liability, not a fund.
    Money owed = c.owed("100122");
    c.pay({{TenderKind::Cash, owed + m(2000), ""}}, owed + m(2000), "100122");
    auto wrong = c.pay({{TenderKind::Cash, m(1000), ""}}, m(1000));
    st->payments().voidPayment("ana", wrong.receipt, c.approve(st->payments().voidRequest("ana", wrong.receipt)));
    c.refund(card.receipt, m(500), "card");
    c.refund(cash.receipt, m(300), "cash");
    c.refund(cash.receipt, m(200), "check_request"); // the finance office pays it: outside the drawer
    st->drawers().paidOut("ana", m(400), "postage stamps");
    Money expected = st->drawers().openDrawer()->expectedCash;
    st->drawers().countDrawer("ana", test::rolled(expected - m(100)), {{TenderKind::Check, m(4500), ""}}, m(2000));
    st->drawers().closeDrawer("ana", "");
    auto deposit = st->deposits().prepare({"sam", st->today(), "B-7", "S-1", {}});
    // The bank returns the check the same day.
    st->checks().recordReturnedCheck("system", check.receipt, "021000021", "5550001", "R01");

    auto before = c.size();
    station::Journal journal = st->deposits().journal(st->today());
    CHECK(c.size() == before); // a journal is a reading, not a record
    REQUIRE(journal.deposits == std::vector<std::string>{deposit.id});
    CHECK(journal.debits == journal.credits);
    const std::string csv = station::journalCsv(journal);
    CHECK_THAT(csv, Catch::StartsWith("date,account,fund,debit,credit,memo,seq\r\n"));
    JournalTotals t = totals(csv);
    CHECK(t.lines == journal.lines.size());
    CHECK(t.debits == t.credits);
    CHECK(t.debits == journal.debits);

    // The demo chart: 1010 bank, 1015 card clearing, 1020 change fund, 1210 returned items, 2020 refunds payable,
    // 2210 customer credit, 6810 over/short, 6820 paid-outs.
    Money bankDebit;
    for (const auto& line : journal.lines)
        if (line.account == "1010")
            bankDebit += line.debit;
    CHECK(bankDebit == deposit.total);
    CHECK(t.byAccount["1015"] == st->drawers().drawer(drawer)->totals.cards);
    CHECK(t.byAccount["1015"] == m(2000)); // $25.00 charged, $5.00 back to the card
    CHECK(t.byAccount["1020"] == m(0)); // the $200.00 float opened, and the $200.00 kept back for tomorrow
    CHECK(t.byAccount["6810"] == m(100)); // a dollar short
    CHECK(t.byAccount["6820"] == m(400));
    CHECK(t.byAccount["2020"] == m(-200));
    CHECK(t.byAccount["1210"] == m(-4500));

    // Credits by fund are the posting export's, fund by fund; its CREDIT lines are the customer credit account's.
    auto exported = postingsByFund(st->payments().exportPostings(st->today()));
    CHECK(exported["CREDIT"] >= m(2000));
    CHECK(-t.byAccount["2210"] == exported["CREDIT"]);
    exported.erase("CREDIT");
    std::erase_if(exported, [](const auto& entry) { return entry.second.isZero(); });
    std::erase_if(t.fundCredits, [](const auto& entry) { return entry.second.isZero(); });
    CHECK(t.fundCredits == exported);
    CHECK(t.fundCredits.count("CREDIT") == 0);
}

TEST_CASE("the card batch keyed at the blind close reaches the journal as card clearing and over/short")
{
    Counter c;
    auto& st = c.st;
    st->drawers().openDrawer("ana", test::standardFloat());
    c.pay({c.card(m(2500))}, m(2500), "100108");
    c.pay({{TenderKind::Cash, m(3000), ""}}, m(3000));
    // The terminal settled $24.00 against $25.00 of card tenders: a dollar short on cards, the cash exact.
    st->drawers().countDrawer("ana", test::rolled(st->drawers().openDrawer()->expectedCash), {}, m(2400));
    st->drawers().closeDrawer("ana", "");
    st->deposits().prepare({"sam", st->today(), "B-9", "", {}});
    station::Journal journal = st->deposits().journal(st->today());
    JournalTotals t = totals(station::journalCsv(journal));
    CHECK(t.debits == t.credits);
    CHECK(t.byAccount["1015"] == m(2400)); // what the processor will pay
    CHECK(t.byAccount["6810"] == m(100)); // the dollar short
    auto exported = postingsByFund(st->payments().exportPostings(st->today()));
    std::erase_if(exported, [](const auto& entry) { return entry.second.isZero(); });
    CHECK(-t.byAccount["2210"] == exported["CREDIT"]); // an overpayment is the customer's credit
    exported.erase("CREDIT");
    std::erase_if(t.fundCredits, [](const auto& entry) { return entry.second.isZero(); });
    CHECK(t.fundCredits == exported); // the funds keep what the customers paid
}

TEST_CASE("the journal refuses a malformed day, a day with nothing deposited, a drawer in no deposit and an unset account")
{
    Counter c;
    auto& st = c.st;
    auto before = c.size();
    CHECK_THROWS_WITH(st->deposits().journal("2026-02-30"), "the journal's day is a date as YYYY-MM-DD, not \"2026-02-30\"");
    CHECK_THROWS_WITH(st->deposits().journal(st->today()),
                      "nothing was deposited for 2026-11-01; prepare the day's deposit before its journal");
    st->drawers().openDrawer("ana", test::standardFloat());
    std::string drawer = st->drawers().openDrawer()->id;
    c.pay({{TenderKind::Cash, m(3000), ""}}, m(3000));
    CHECK_THROWS_WITH(st->deposits().journal(st->today()),
                      "drawer " + drawer + " of 2026-11-01 is in no deposit yet; deposit it before the day's journal");
    st->drawers().countDrawer("ana", test::rolled(st->drawers().openDrawer()->expectedCash), {});
    st->drawers().closeDrawer("ana", "");
    CHECK_THROWS_WITH(st->deposits().journal(st->today()), Catch::Contains("is in no deposit yet"));
    st->deposits().prepare({"sam", st->today(), "B-8", "", {}});
    st->settings().changeTextSetting("ada", "gl.account.bank", "");
    before = c.size();
    CHECK_THROWS_WITH(st->deposits().journal(st->today()),
                      "the journal of 2026-11-01 posts to the setting gl.account.bank, which names no general-ledger "
                      "account yet");
    CHECK(c.size() == before);
    st->settings().changeTextSetting("ada", "gl.account.bank", "1010");
    CHECK(st->deposits().journal(st->today()).debits.isPositive());
}

TEST_CASE("the chart of accounts is settings: a fund's account by its code, accounts in a chart's characters")
{
    Counter c;
    auto& st = c.st;
    CHECK(st->settings().textSetting("gl.account.bank") == "1010");
    st->settings().changeTextSetting("ada", "gl.fund.STORM-2", "4150.20 Storm");
    CHECK(st->settings().textSetting("gl.fund.STORM-2") == "4150.20 Storm");
    auto family = st->settings().textSettingsOf("gl.fund.");
    CHECK(std::count(family.begin(), family.end(), std::pair<std::string, std::string>{"gl.fund.STORM-2", "4150.20 Storm"}) == 1);
    auto before = c.size();
    CHECK_THROWS_WITH(st->settings().changeTextSetting("ada", "gl.fund.*", "4000"), Catch::Contains("gl.fund.*"));
    CHECK_THROWS(st->settings().changeTextSetting("ada", "gl.fund.water", "4000")); // fund codes are capitals
    CHECK_THROWS(st->settings().changeTextSetting("ada", "gl.fund.", "4000"));
    CHECK_THROWS_WITH(st->settings().changeTextSetting("ada", "gl.account.bank", "=1010"),
                      Catch::Contains("gl.account.bank: a general-ledger account is letters, digits"));
    CHECK_THROWS_WITH(st->settings().changeTextSetting("ada", "gl.account.bank", "4242 4242 4242 4242"),
                      Catch::Contains("card number"));
    CHECK_THROWS(st->settings().changeTextSetting("ada", "gl.account.bank", std::string(41, '1')));
    CHECK(c.size() == before);
}

TEST_CASE("every simulated day's journal balances and ties to its deposit and the posting export")
{
    test::DemoStation demo;
    station::SimulationOptions sim;
    sim.days = 5;
    sim.seed = 17;
    auto report = station::simulate(*demo.st, demo.clock, sim);
    REQUIRE(report.days.size() == 5);
    CHECK(report.deposits == 5);
    CHECK(report.cardPayments > 0);
    for (const std::string& day : report.days) {
        INFO(day);
        station::Journal journal = demo.st->deposits().journal(day);
        JournalTotals t = totals(station::journalCsv(journal));
        CHECK(t.debits == t.credits);
        Money deposits;
        for (const auto& d : demo.st->deposits().list(day))
            deposits += d.total + d.difference;
        CHECK(t.byAccount["1010"] == deposits); // the deposits, and what the bank's confirmation said differently
        auto exported = postingsByFund(demo.st->payments().exportPostings(day));
        CHECK(-t.byAccount["2210"] == exported["CREDIT"]);
        exported.erase("CREDIT");
        std::erase_if(exported, [](const auto& entry) { return entry.second.isZero(); });
        std::erase_if(t.fundCredits, [](const auto& entry) { return entry.second.isZero(); });
        CHECK(t.fundCredits == exported);
    }
}

TEST_CASE("card convenience fees are credited to the fee revenue account and the journal still balances")
{
    Counter c;
    auto& st = c.st;
    st->settings().changeConvenienceFee("ada", "card_fee.WATER", "2.5%");
    st->settings().changeConvenienceFee("ada", "card_fee.SEWER", "1.00");
    st->drawers().openDrawer("ana", test::standardFloat());
    // 100115 owes TRASH $43.04, WATER $62.35, SEWER $81.66: $100.00 of it by card carries WATER $0.83 and SEWER $1.00.
    c.pay({{TenderKind::Cash, m(8705), ""}, c.card(m(10000))}, m(18705), "100115");
    // A card payment voided (its $0.59 fee goes back with it) and one refunded (its $0.59 fee is kept).
    auto voided = c.pay({c.card(m(2350))}, m(2350), "100101");
    st->payments().voidPayment("ana", voided.receipt, c.approve(st->payments().voidRequest("ana", voided.receipt)));
    auto refunded = c.pay({c.card(m(2350))}, m(2350), "100101");
    c.refund(refunded.receipt, m(2350), "card");
    CHECK(st->payments().receipt(refunded.receipt)->convenienceFee == m(59));
    Money cards = st->drawers().openDrawer()->totals.cards;
    CHECK(cards == m(10183) + m(59));
    st->drawers().countDrawer("ana", test::rolled(st->drawers().openDrawer()->expectedCash), {}, cards);
    st->drawers().closeDrawer("ana", "");
    st->deposits().prepare({"sam", st->today(), "B-8", "S-2", {}});

    station::Journal journal = st->deposits().journal(st->today());
    CHECK(journal.debits == journal.credits);
    JournalTotals t = totals(station::journalCsv(journal));
    CHECK(t.debits == t.credits);
    CHECK(t.byAccount["1015"] == cards);
    // 4950, the demo chart's fee revenue: the fees that stand, with the fund each was charged on.
    CHECK(t.byAccount["4950"] == -(m(83) + m(100) + m(59)));
    std::map<std::string, Money> feeFunds;
    for (const auto& line : journal.lines) {
        if (line.account == "4950")
            feeFunds[line.fund] += line.credit - line.debit;
    }
    CHECK(feeFunds == std::map<std::string, Money>{{"SEWER", m(100)}, {"WATER", m(83) + m(59)}});
    // The funds' own accounts take the bills only: WATER's is the $62.35 the split paid, SEWER's $81.66.
    CHECK(t.byAccount["4110"] == -m(6235));
    CHECK(t.byAccount["4120"] == -m(8166));
    // By fund, the journal's credits (fees included) are still the posting export's.
    auto exported = postingsByFund(st->payments().exportPostings(st->today()));
    std::erase_if(exported, [](const auto& entry) { return entry.second.isZero(); });
    std::erase_if(t.fundCredits, [](const auto& entry) { return entry.second.isZero(); });
    CHECK(t.fundCredits == exported);
}
