// Card convenience fees at the station: set per fund (flat or percentage, malformed settings refused), quoted before
// the payment, recorded as lines of their own on the card's charge, on the receipt and in the posting export, returned
// by a void, kept by a refund; cash, checks and money orders never carry one.
#include "ledger/sqlite.h"
#include "station/rebuild.h"
#include "station/services.h"
#include "support/station_fixture.h"

#include <catch2/catch.hpp>

using namespace tillbook;
using nlohmann::json;
using test::m;

namespace {

// Account 100101 owes one WATER bill of $23.50; 100115 owes TRASH $43.04, WATER $62.35 and SEWER $81.66.
struct Counter : test::DemoStation {
    Counter()
        : test::DemoStation(test::DemoOptions{.drawerFloat = test::standardFloat()})
    {
    }

    void fee(const std::string& fund, const std::string& text)
    {
        st->settings().changeConvenienceFee("ada", "card_fee." + fund, text);
    }

    static station::TenderInput card(Money amount, std::string approval = "123456")
    {
        station::TenderInput t{TenderKind::Card, amount, {}};
        t.card = {std::move(approval), "visa", "4242", "T-01", "chip"};
        return t;
    }

    station::PaymentRequest request(const std::string& account, Money amount, std::vector<station::TenderInput> tenders)
    {
        station::PaymentRequest r;
        r.operatorId = "ana";
        r.requestId = "r" + std::to_string(++requests);
        r.accountAmounts.emplace_back(account, amount);
        r.tenders = std::move(tenders);
        return r;
    }

    station::PaymentOutcome pay(const std::string& account, Money amount, std::vector<station::TenderInput> tenders)
    {
        return st->payments().takePayment(request(account, amount, std::move(tenders)));
    }

    json body(std::uint64_t seq) const { return json::parse(st->store().at(seq)->body); }

    // The payment's card convenience fee lines as (fund, cents).
    std::vector<std::pair<std::string, std::int64_t>> feeLines(std::uint64_t seq) const
    {
        std::vector<std::pair<std::string, std::int64_t>> out;
        json record = body(seq); // kept: the loop reads into it
        for (const auto& l : record["lines"]) {
            if (l["fee"] == "convenience") {
                CHECK(l["bill"] == "");
                out.emplace_back(l["fund"].get<std::string>(), l["amount"].get<std::int64_t>());
            }
        }
        return out;
    }

    int requests = 0;
};

} // namespace

TEST_CASE("a flat convenience fee is quoted and charged on the card and recorded as its own line everywhere")
{
    Counter c;
    c.fee("WATER", "1.95");
    auto quote = c.st->payments().quote(c.request("100101", m(2350), {Counter::card(m(2350))}));
    CHECK(quote.lines == m(2350));
    CHECK(quote.convenienceFee == m(195));
    REQUIRE(quote.convenienceFees.size() == 1);
    CHECK(quote.convenienceFees[0].fund == "WATER");
    CHECK(quote.due == m(2545));
    CHECK(quote.charged == std::vector<Money>{m(2545)});

    auto paid = c.pay("100101", m(2350), {Counter::card(m(2350))});
    CHECK(c.feeLines(paid.seq) == std::vector<std::pair<std::string, std::int64_t>>{{"WATER", 195}});
    auto body = c.body(paid.seq);
    CHECK(body["tenders"][0]["amount"] == 2545); // what the terminal charged
    CHECK(body["tenders"][0]["convenience_fee"] == 195);
    CHECK(body["total"] == 2545);
    CHECK(body["change"] == 0);
    auto info = *c.st->payments().receipt(paid.receipt);
    CHECK(info.total == m(2545));
    CHECK(info.convenienceFee == m(195));
    CHECK(c.st->accounts().account("100101")->summary.balance == m(0));
    CHECK(c.st->drawers().openDrawer()->totals.cards == m(2545));
    CHECK(c.st->drawers().openDrawer()->expectedCash == m(20000));

    auto receipt = c.st->documents().receiptDocument(paid.receipt, false);
    REQUIRE(receipt.lines.size() == 2);
    CHECK(receipt.lines[1].label == "Card convenience fee (WATER)");
    CHECK(receipt.lines[1].amount == m(195));
    CHECK(receipt.tenders[0].amount == m(2545));
    CHECK(receipt.total == m(2545));
    // The posting export: its own row, fee column "convenience", fund WATER, the card tender.
    std::string postings = c.st->payments().exportPostings(c.st->today());
    INFO(postings);
    CHECK(postings.find(",payment,100101,,convenience,WATER,1.95,card\r\n") != std::string::npos);
    CHECK_FALSE(station::rebuildAndCompare(c.st->paths()).difference);
}

TEST_CASE("a percentage fee is rounded half-up to the cent on what the card pays")
{
    Counter c;
    c.fee("WATER", "2.5%");
    // 2.5% of $10.60 is 26.5 cents: 27.
    auto paid = c.pay("100101", m(1060), {Counter::card(m(1060))});
    CHECK(c.feeLines(paid.seq) == std::vector<std::pair<std::string, std::int64_t>>{{"WATER", 27}});
    CHECK(c.st->payments().receipt(paid.receipt)->total == m(1087));
    // 2.5% of $10.58 is 26.45 cents: 26.
    auto again = c.pay("100101", m(1058), {Counter::card(m(1058))});
    CHECK(c.feeLines(again.seq) == std::vector<std::pair<std::string, std::int64_t>>{{"WATER", 26}});
}

TEST_CASE("several funds in one payment: a fee line per fund that has a fee and none for the others")
{
    Counter c;
    c.fee("WATER", "2.5%");
    c.fee("SEWER", "1.00");
    auto paid = c.pay("100115", m(18705), {Counter::card(m(18705))});
    // WATER: 2.5% of $62.35 = 155.875 cents -> $1.56; SEWER: flat $1.00; TRASH: no fee.
    CHECK(c.feeLines(paid.seq) == std::vector<std::pair<std::string, std::int64_t>>{{"WATER", 156}, {"SEWER", 100}});
    CHECK(c.body(paid.seq)["tenders"][0]["amount"] == 18961);
    std::string postings = c.st->payments().exportPostings(c.st->today());
    CHECK(postings.find(",convenience,WATER,1.56,card") != std::string::npos);
    CHECK(postings.find(",convenience,SEWER,1.00,card") != std::string::npos);
    CHECK(postings.find(",convenience,TRASH,") == std::string::npos);
}

TEST_CASE("a split tender: only the card's part carries the fee and cash or checks never do")
{
    Counter c;
    c.fee("WATER", "2.5%");
    c.fee("SEWER", "1.00");
    c.fee("TRASH", "3%");
    // $100.00 of $187.05 on the card: its shares are TRASH 23.01, WATER 33.33, SEWER 43.66 (in proportion, to the
    // cent, largest remainder): fees TRASH 0.69, WATER 0.83, SEWER 1.00.
    auto quote = c.st->payments().quote(
        c.request("100115", m(18705), {{TenderKind::Cash, m(8705), ""}, Counter::card(m(10000))}));
    CHECK(quote.charged == std::vector<Money>{m(8705), m(10252)});
    CHECK(quote.due == m(18957));
    auto paid = c.pay("100115", m(18705), {{TenderKind::Cash, m(8705), ""}, Counter::card(m(10000))});
    CHECK(c.feeLines(paid.seq)
          == std::vector<std::pair<std::string, std::int64_t>>{{"TRASH", 69}, {"WATER", 83}, {"SEWER", 100}});
    auto body = c.body(paid.seq);
    CHECK(body["tenders"][0]["amount"] == 8705);
    CHECK_FALSE(body["tenders"][0].contains("convenience_fee"));
    CHECK(body["tenders"][1]["amount"] == 10252);
    CHECK(body["change"] == 0);

    // Cash only, or a check: no fee line at all, and the record has the shape it had before fees existed.
    auto cash = c.pay("100101", m(2350), {{TenderKind::Cash, m(2350), ""}});
    CHECK(c.feeLines(cash.seq).empty());
    c.fee("WATER", "1.00");
    auto check = c.pay("100122", c.owed("100122"),
                       {{TenderKind::Check, c.owed("100122"), test::verifiedItem(*c.st, "ana", c.owed("100122"))}});
    CHECK(c.feeLines(check.seq).empty());
    CHECK(c.st->payments().receipt(check.receipt)->convenienceFee == m(0));
    CHECK_FALSE(station::rebuildAndCompare(c.st->paths()).difference);
}

TEST_CASE("a void returns the convenience fee with the card charge and a refund keeps it and says so")
{
    Counter c;
    c.fee("WATER", "1.95");
    auto voided = c.pay("100101", m(1000), {Counter::card(m(1000), "VOID01")});
    auto v = c.st->payments().voidPayment("ana", voided.receipt,
                                          c.approve(c.st->payments().voidRequest("ana", voided.receipt)));
    auto vbody = json::parse(v.body);
    CHECK(vbody["cards"] == 1195);
    CHECK(vbody["total"] == 1195);
    CHECK(vbody["lines"].size() == 2); // the bill and the fee
    CHECK(c.st->drawers().openDrawer()->totals.cards == m(0));
    std::string postings = c.st->payments().exportPostings(c.st->today());
    CHECK(postings.find(",void,100101,,convenience,WATER,-1.95,void") != std::string::npos);

    auto paid = c.pay("100101", m(2000), {Counter::card(m(2000), "KEEP01")});
    auto info = *c.st->payments().receipt(paid.receipt);
    CHECK(info.total == m(2195));
    CHECK(info.refundable() == m(2000));
    auto before = c.size();
    CHECK_THROWS_WITH(c.st->payments().refundRequest("ana", paid.receipt, m(2195), "card"),
                      "a refund of receipt " + paid.receipt
                          + " must be more than $0.00 and at most $20.00; its $1.95 card convenience fee is not "
                            "refunded (a void returns it)");
    CHECK(c.size() == before);
    auto refund = c.st->payments().refundPayment("ana", paid.receipt, m(2000), "card",
                                                 c.approve(c.st->payments().refundRequest("ana", paid.receipt, m(2000), "card")));
    auto rbody = json::parse(refund.body);
    CHECK(rbody["convenience_fee_kept"] == 195);
    REQUIRE(rbody["lines"].size() == 1);
    CHECK(rbody["lines"][0]["line"] == 1); // the bill, not the fee
    CHECK(c.st->payments().receipt(paid.receipt)->refundable() == m(0));
    CHECK(c.st->drawers().openDrawer()->totals.cards == m(195));
    CHECK_FALSE(station::rebuildAndCompare(c.st->paths()).difference);
}

TEST_CASE("a malformed convenience fee setting is refused in one sentence and nothing is written and none removes it")
{
    Counter c;
    auto before = c.size();
    struct Row {
        const char* key;
        const char* value;
        const char* says;
    };
    const Row rows[] = {
        {"card_fee.WATER", "abc", "card_fee.WATER: a convenience fee is none, a flat amount such as 2.35, or a percentage"},
        {"card_fee.WATER", "2.555%", "at most two decimals"},
        {"card_fee.WATER", "0%", "more than 0% and at most 10.00%"},
        {"card_fee.WATER", "12%", "more than 0% and at most 10.00%"},
        {"card_fee.WATER", "-1.00", "more than $0.00 and at most $100.00"},
        {"card_fee.WATER", "250", "more than $0.00 and at most $100.00"},
        {"card_fee.", "1.00", "card_fee. names no fund"},
        {"card_fee.water", "1.00", "card_fee.water names no fund"},
        {"card_fee.CREDIT", "1.00", "not revenue"},
    };
    for (const Row& row : rows) {
        INFO(row.key << " " << row.value);
        CHECK_THROWS_WITH(c.st->settings().changeConvenienceFee("ada", row.key, row.value), Catch::Contains(row.says));
    }
    CHECK(c.size() == before);
    // Settings change outcomes: an admin's, like the others.
    CHECK_THROWS_WITH(c.st->settings().changeConvenienceFee("ana", "card_fee.WATER", "1.00"), Catch::Contains("admin"));
    CHECK(c.size() == before);

    auto set = c.st->settings().changeConvenienceFee("ada", "card_fee.WATER", " 2.5% ");
    CHECK(json::parse(set.body) == json{{"key", "card_fee.WATER"}, {"old", "none"}, {"new", "2.50%"}});
    CHECK(c.st->settings().convenienceFee("WATER") == ConvenienceFee{ConvenienceFee::Kind::Percent, Money(), 250});
    CHECK(c.st->settings().convenienceFees().size() == 1);
    auto removed = c.st->settings().changeConvenienceFee("ada", "card_fee.WATER", "none");
    CHECK(json::parse(removed.body)["old"] == "2.50%");
    CHECK_FALSE(c.st->settings().convenienceFee("WATER"));
    CHECK(c.st->settings().convenienceFees().empty());
    auto paid = c.pay("100101", m(2350), {Counter::card(m(2350))});
    CHECK(c.feeLines(paid.seq).empty());
    CHECK_FALSE(station::rebuildAndCompare(c.st->paths()).difference);
}

TEST_CASE("a returned check takes back what the check paid and leaves the card's convenience fee standing")
{
    Counter c;
    c.fee("WATER", "1.00");
    // $23.50: $13.50 by check, $10.00 by card, which carries the $1.00 fee.
    auto paid = c.pay("100101", m(2350),
                      {{TenderKind::Check, m(1350), test::verifiedItem(*c.st, "ana", m(1350))}, Counter::card(m(1000))});
    CHECK(c.feeLines(paid.seq) == std::vector<std::pair<std::string, std::int64_t>>{{"WATER", 100}});
    auto returned = c.st->checks().recordReturnedCheck("system", paid.receipt, "021000021", "5550001", "R01");
    auto body = json::parse(returned.body);
    INFO(body.dump());
    REQUIRE(body["lines"].size() == 1);
    CHECK(body["lines"][0] == json{{"line", 1}, {"amount", 1350}}); // the bill, not the fee
    CHECK(body["billed"] == 0);
    CHECK(c.st->accounts().account("100101")->summary.balance == m(1350) + m(3500)); // the bill again, and the NSF fee
    CHECK_FALSE(station::rebuildAndCompare(c.st->paths()).difference);
}
