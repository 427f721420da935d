// The business day at the station: with station.time_zone America/Chicago, a payment at 23:30 local belongs to that
// local day in the posting export, the activity report, the day's review and on its receipt; with
// station.business_day_start 02:00, one at 01:30 belongs to the day before. Only the station's public commands are
// used, so the same file ran against the UTC-only station (and failed there).
#include "station/rebuild.h"
#include "station/services.h"
#include "support/station_fixture.h"

#include <catch2/catch.hpp>

using namespace tillbook;

namespace {

using test::m;

constexpr std::int64_t kNov2At0300Z = 1'793'588'400'000; // 2026-11-02T03:00Z: November 1, 21:00 CST
constexpr std::int64_t kNov2At0530Z = 1'793'597'400'000; // 2026-11-02T05:30Z: November 1, 23:30 CST
constexpr std::int64_t kNov3At0730Z = 1'793'691'000'000; // 2026-11-03T07:30Z: November 3, 01:30 CST

station::PaymentRequest cashPayment(const std::string& account, Money amount, const std::string& id)
{
    station::PaymentRequest r;
    r.operatorId = "ana";
    r.requestId = id;
    r.accountAmounts.emplace_back(account, amount);
    r.tenders.push_back({TenderKind::Cash, amount, ""});
    return r;
}

bool exports(station::Station& st, const std::string& day, const std::string& receipt)
{
    return st.payments().exportPostings(day).find(receipt) != std::string::npos;
}

void set(station::Station& st, const char* key, const char* value)
{
    st.settings().changeTextSetting(station::kSystemActor, key, value);
}

void openDrawerAt(test::DemoStation& demo, std::int64_t ms)
{
    demo.clock.set(ms);
    demo.st->drawers().openDrawer("ana", test::standardFloat());
}

// The payment is `day`'s and not `otherDay`'s in the posting export and the activity report; its receipt prints
// `printed`.
void checkDayOf(station::Station& st, const station::PaymentOutcome& paid, Money amount, const char* day,
                const char* otherDay, const char* printed)
{
    CHECK(exports(st, day, paid.receipt));
    CHECK_FALSE(exports(st, otherDay, paid.receipt));
    CHECK(st.reports().activityReport(day, day).postings == amount);
    CHECK(st.reports().activityReport(otherDay, otherDay).postings == m(0));
    CHECK(st.documents().receiptDocument(paid.receipt, false).dateTime == printed);
}

void checkRebuild(station::Station& st)
{
    auto rebuilt = station::rebuildAndCompare(st.paths());
    INFO(rebuilt.difference.value_or(""));
    CHECK_FALSE(rebuilt.difference);
}

} // namespace

TEST_CASE("a payment at 23:30 in Chicago is that local day's in the export, the activity report, the review and on paper")
{
    test::DemoStation demo;
    auto& st = *demo.st;
    set(st, "station.time_zone", "America/Chicago");
    openDrawerAt(demo, kNov2At0300Z);
    demo.clock.set(kNov2At0530Z);
    CHECK(st.today() == "2026-11-01");
    auto paid = st.payments().takePayment(cashPayment("100108", m(4250), "late-1"));
    checkDayOf(st, paid, m(4250), "2026-11-01", "2026-11-02", "2026-11-01 23:30 CST");
    auto review = st.review().dayReview("2026-11-01");
    REQUIRE(review.entries.size() == 1);
    CHECK(review.entries[0].subject == "drawer");
    CHECK(st.review().dayReview("2026-11-02").entries.empty());
    checkRebuild(st);
}

TEST_CASE("with the business day starting at 02:00 a payment at 01:30 belongs to the day before")
{
    test::DemoStation demo;
    auto& st = *demo.st;
    set(st, "station.time_zone", "America/Chicago");
    set(st, "station.business_day_start", "02:00");
    openDrawerAt(demo, kNov3At0730Z - 3'600'000);
    demo.clock.set(kNov3At0730Z);
    CHECK(st.today() == "2026-11-02");
    auto paid = st.payments().takePayment(cashPayment("100108", m(1000), "small-hours"));
    checkDayOf(st, paid, m(1000), "2026-11-02", "2026-11-03", "2026-11-03 01:30 CST");
}

TEST_CASE("payments keep the day they were taken on when the zone changes later, and rebuild agrees")
{
    test::DemoStation demo;
    auto& st = *demo.st;
    openDrawerAt(demo, kNov2At0300Z);
    demo.clock.set(kNov2At0530Z);
    auto utcPaid = st.payments().takePayment(cashPayment("100108", m(500), "utc-1"));
    set(st, "station.time_zone", "America/Chicago");
    auto localPaid = st.payments().takePayment(cashPayment("100108", m(600), "local-1"));
    CHECK(exports(st, "2026-11-02", utcPaid.receipt)); // taken while the station kept UTC
    CHECK(exports(st, "2026-11-01", localPaid.receipt));
    checkRebuild(st);
}

TEST_CASE("a time zone tzdata does not have and a day start that is not HH:MM are refused with one sentence")
{
    test::DemoStation demo;
    auto& st = *demo.st;
    auto before = demo.size();
    CHECK_THROWS_WITH(st.settings().changeTextSetting(station::kSystemActor, "station.time_zone", "Mars/Olympus_Mons"),
                      Catch::Contains("is not a time zone in tzdata"));
    CHECK_THROWS_WITH(st.settings().changeTextSetting(station::kSystemActor, "station.time_zone", ""),
                      Catch::Contains("is not a time zone in tzdata"));
    CHECK_THROWS_WITH(st.settings().changeTextSetting(station::kSystemActor, "station.business_day_start", "25:00"),
                      Catch::Contains("HH:MM"));
    CHECK_THROWS_WITH(st.settings().changeTextSetting(station::kSystemActor, "station.business_day_start", "2:00"),
                      Catch::Contains("HH:MM"));
    CHECK(demo.size() == before);
    CHECK(st.settings().textSetting("station.time_zone") == "UTC");
    CHECK(st.settings().textSetting("station.business_day_start") == "00:00");
}
