// Test support: the demo station fixture and its helpers.
#include "support/station_fixture.h"

#include "station/demo.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

namespace tillbook::test {

station::Station::Options fastOptions()
{
    station::Station::Options options;
    options.scrypt.n = 1024;
    return options;
}

CashCount rolled(Money amount)
{
    CashCount c;
    c.rolledCoin = amount;
    return c;
}

CashCount standardFloat()
{
    CashCount c;
    c.pieces[static_cast<std::size_t>(Denomination::Bill20)] = 5;
    c.pieces[static_cast<std::size_t>(Denomination::Bill10)] = 6;
    c.pieces[static_cast<std::size_t>(Denomination::Bill5)] = 6;
    c.pieces[static_cast<std::size_t>(Denomination::Bill1)] = 10;
    return c;
}

std::string fedach()
{
    std::ifstream in(std::string(TILLBOOK_TESTDATA_DIR) + "/fedach/FedACHdir.txt", std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string verifiedItem(station::Station& st, const std::string& operatorId, Money amount, TenderKind kind)
{
    static int serial = 1100;
    station::CheckInput input;
    input.micr = "T021000021T 5550001U " + std::to_string(++serial);
    input.amount = amount;
    input.date = "2026-10-25";
    if (kind == TenderKind::MoneyOrder)
        input.instrument = CheckInstrument::MoneyOrder;
    auto v = st.checks().verifyCheck(operatorId, input);
    if (v.decision.kind == CheckDecisionKind::NeedsApproval) {
        auto approval = st.operators().approve(st.checks().checkOverrideRequest(operatorId, v.id), "sam", "2468");
        st.checks().overrideCheck(operatorId, v.id, approval.approvalId);
    }
    return v.id;
}

DemoStation::DemoStation(const DemoOptions& options)
    : clock(options.startMs)
{
    station::Station::create(dir.path(), options.stationId, clock, station::Station::Kind::Demo);
    st = station::Station::open(dir.path(), clock, fastOptions());
    station::seedDemo(*st);
    if (options.routingDirectory)
        st->checks().importRoutingDirectory("system", fedach(), "FedACHdir.txt");
    if (options.drawerFloat)
        st->drawers().openDrawer("ana", *options.drawerFloat);
}

Money DemoStation::owed(const std::string& account) const
{
    Money total;
    auto detail = st->accounts().account(account); // kept alive: the loop reads its bills
    for (const auto& b : detail->openBills)
        total += b.open;
    return total;
}

std::string DemoStation::approve(const station::ApprovalRequest& request)
{
    auto approval = st->operators().approve(request, "sam", "2468");
    REQUIRE(approval.ok);
    return approval.approvalId;
}

} // namespace tillbook::test
