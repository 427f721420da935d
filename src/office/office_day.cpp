// The office day: one business day across every window, in the office's own time zone (office.time_zone,
// office.business_day_start: office.settings, append-only and signed), read from the postings the office derived from
// verified records by their time. A station whose zone or day start differs keeps its own day in its own reports and
// export; the office's reports and export are the office's day. The day's review reads the stations' drawers, mail
// batches and reviews from their verified records (a drawer's or batch's day is the office day it opened on); the
// office's approval of the day is stored append-only and signed.
#include "office/office.h"

#include "station/checks.h"
#include "station/posting_csv.h"
#include "station/projector.h"
#include "station/review.h"
#include "station/zone_info.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace tillbook::office {

using nlohmann::json;

namespace {

// What the office key signs for a day's approval: a domain line, then the approval's JSON.
std::string approvalMessage(const std::string& body)
{
    return "tillbook-office-day-approval/v1\n" + body;
}

// What the office key signs for a change of one of its settings: a domain line, then every field the change is read by.
std::string settingMessage(std::int64_t id, const std::string& key, const std::string& value, std::int64_t effectiveMs)
{
    return "tillbook-office-setting/v1\nid " + std::to_string(id) + "\nkey " + key + "\nvalue " + value
           + "\neffective_ms " + std::to_string(effectiveMs) + "\n";
}

// Every drawer and mail batch of `day` at every window and where its review stands, from the verified records, by the
// rules of the station's own review (station/review.cpp): open until closed, then balanced until a supervisor approves
// or rejects it; an answered rejection is balanced again.
std::vector<OfficeWork> dayWork(PgConnection& db, const OfficeCalendar& calendar, const std::string& day)
{
    struct Work {
        std::string day;
        std::string operatorId;
        bool closed = false;
        std::string review = "balanced";
        std::string reviewer;
    };
    using Key = std::tuple<std::string, std::string, std::string>; // station, subject, id
    std::map<Key, Work> work;
    std::vector<Key> opened;
    auto rows = db.query("SELECT station, time_ms, operator, kind, body FROM office.records WHERE kind IN "
                         "('drawer.opened', 'drawer.closed', 'batch.opened', 'batch.closed', 'review.approved', "
                         "'review.rejected', 'review.resubmitted') ORDER BY station, seq");
    for (int i = 0; i < rows.rows(); ++i) {
        const std::string station = rows.text(i, 0);
        const std::string kind = rows.text(i, 3);
        const json body = json::parse(rows.text(i, 4));
        if (kind == "drawer.opened" || kind == "batch.opened") {
            const bool drawer = kind == "drawer.opened";
            Key key{station, drawer ? "drawer" : "batch", body.at(drawer ? "drawer" : "id").get<std::string>()};
            work[key] = Work{calendar.day(rows.number(i, 1)), rows.text(i, 2), false, "balanced", ""};
            opened.push_back(std::move(key));
        } else if (kind == "drawer.closed" || kind == "batch.closed") {
            const bool drawer = kind == "drawer.closed";
            work[Key{station, drawer ? "drawer" : "batch", body.at(drawer ? "drawer" : "batch").get<std::string>()}]
                .closed = true;
        } else {
            Work& w = work[Key{station, body.at("subject").get<std::string>(), body.at("id").get<std::string>()}];
            w.review = kind == "review.approved" ? "approved" : kind == "review.rejected" ? "rejected" : "balanced";
            if (kind != "review.resubmitted")
                w.reviewer = rows.text(i, 2);
        }
    }
    std::vector<OfficeWork> out;
    for (const Key& key : opened) {
        const Work& w = work[key];
        if (w.day == day)
            out.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), w.operatorId,
                           w.closed ? w.review : "open", w.closed ? w.reviewer : ""});
    }
    return out;
}

// Whether `id` is an active supervisor (or administrator) at some window, by the operator records the office holds.
bool isSupervisor(PgConnection& db, const std::string& id)
{
    auto rows = db.query("SELECT station, kind, body::json->>'role' FROM office.records WHERE kind IN "
                         "('operator.added', 'operator.disabled') AND body::json->>'id' = $1 ORDER BY station, seq",
                         {PgParam::text(id)});
    std::map<std::string, bool> supervisorAt;
    for (int i = 0; i < rows.rows(); ++i) {
        const std::string role = rows.isNull(i, 2) ? "" : rows.text(i, 2);
        supervisorAt[rows.text(i, 0)] = rows.text(i, 1) == "operator.added" && (role == "supervisor" || role == "admin");
    }
    return std::any_of(supervisorAt.begin(), supervisorAt.end(), [](const auto& at) { return at.second; });
}

// The office day as a query's ranges of instants: $1 and $2 are the starts and ends (OfficeCalendar::boundsArrays).
constexpr const char* kDayRanges = "WITH d(s, e) AS (SELECT * FROM unnest($1::bigint[], $2::bigint[])) ";

} // namespace

bool Office::isSupervisorAnywhere(const std::string& id)
{
    return isSupervisor(*m_db, id);
}

OfficeDay Office::dayReport(const std::string& day)
{
    OfficeDay out;
    out.day = day;
    const OfficeCalendar officeCalendar = calendar();
    out.timeZone = officeCalendar.zoneName();
    out.dayStart = officeCalendar.dayStart();
    out.bounds = officeCalendar.bounds(day);
    const auto [starts, ends] = officeCalendar.boundsArrays(day);
    const PgParam dayParam = PgParam::text(day);
    const std::vector<PgParam> dayRanges{PgParam::text(starts), PgParam::text(ends)};
    auto stations = m_db->query(
        std::string(kDayRanges)
            + ", p AS (SELECT p.* FROM office.postings p JOIN d ON p.time_ms >= d.s AND p.time_ms < d.e) "
        "SELECT s.station, st.state, st.verified_size, "
        "  (SELECT count(*) FROM office.pushed q WHERE q.station = s.station AND q.seq > st.verified_size), "
        "  count(DISTINCT p.seq) FILTER (WHERE p.type = 'payment'), "
        "  coalesce(sum(p.amount_cents) FILTER (WHERE p.type = 'payment'), 0), "
        "  count(DISTINCT p.seq) FILTER (WHERE p.type <> 'payment'), "
        "  coalesce(-sum(p.amount_cents) FILTER (WHERE p.type <> 'payment'), 0) "
        "FROM office.stations s JOIN office.station_state st ON st.station = s.station "
        "LEFT JOIN p ON p.station = s.station "
        "GROUP BY s.station, st.state, st.verified_size ORDER BY s.station",
        dayRanges);
    for (int i = 0; i < stations.rows(); ++i) {
        OfficeDayStation s;
        s.station = stations.text(i, 0);
        s.state = stations.text(i, 1);
        s.verifiedSize = static_cast<std::uint64_t>(stations.number(i, 2));
        s.waiting = static_cast<std::uint64_t>(stations.number(i, 3));
        s.payments = stations.number(i, 4);
        s.collected = Money::fromCents(stations.number(i, 5));
        s.reversals = stations.number(i, 6);
        s.reversed = Money::fromCents(stations.number(i, 7));
        s.postings = s.collected - s.reversed;
        out.postings += s.postings;
        out.stations.push_back(std::move(s));
    }
    auto funds = m_db->query(std::string(kDayRanges)
                                 + "SELECT fund, sum(amount_cents) FROM office.postings p JOIN d ON p.time_ms >= d.s "
                                   "AND p.time_ms < d.e GROUP BY fund ORDER BY fund",
                             dayRanges);
    for (int i = 0; i < funds.rows(); ++i)
        out.funds.emplace_back(funds.text(i, 0), Money::fromCents(funds.number(i, 1)));
    auto tenders = m_db->query(std::string(kDayRanges)
                                   + "SELECT tender, sum(amount_cents) FROM office.postings p JOIN d ON p.time_ms >= d.s "
                                     "AND p.time_ms < d.e GROUP BY tender ORDER BY tender",
                               dayRanges);
    for (int i = 0; i < tenders.rows(); ++i)
        out.tenders.emplace_back(tenders.text(i, 0), Money::fromCents(tenders.number(i, 1)));
    // A check taken twice: the second window verified it before it had pulled the first presentment (both offline).
    // Every presentment counts, whatever day it was first taken on, when one of them was taken on this day.
    auto duplicates = m_db->query(
        std::string(kDayRanges)
            + ", p AS (SELECT DISTINCT b.routing, b.account, b.serial, b.receipt, r.on_day FROM office.published pub "
        "  CROSS JOIN LATERAL (SELECT pub.body::json->>'routing' AS routing, pub.body::json->>'account' AS account, "
        "    pub.body::json->>'serial' AS serial, pub.body::json->>'receipt' AS receipt) b "
        "  JOIN (SELECT station, receipt, bool_or(d.s IS NOT NULL) AS on_day FROM office.postings "
        "    LEFT JOIN d ON time_ms >= d.s AND time_ms < d.e WHERE type = 'payment' GROUP BY station, receipt) r "
        "    ON r.station = pub.origin AND r.receipt = b.receipt "
        "  WHERE pub.kind = 'presentment') "
        "SELECT routing, account, serial, string_agg(receipt, ' ' ORDER BY receipt) FROM p "
        "GROUP BY routing, account, serial HAVING count(DISTINCT receipt) > 1 AND bool_or(on_day) "
        "ORDER BY routing, account, serial",
        dayRanges);
    for (int i = 0; i < duplicates.rows(); ++i) {
        DuplicatePresentment d{duplicates.text(i, 0), station::maskBankAccount(duplicates.text(i, 1)),
                               duplicates.text(i, 2), {}};
        const std::string receipts = duplicates.text(i, 3);
        for (std::size_t at = 0; at < receipts.size();) {
            auto end = std::min(receipts.find(' ', at), receipts.size());
            d.receipts.push_back(receipts.substr(at, end - at));
            at = end + 1;
        }
        out.duplicates.push_back(std::move(d));
    }
    out.work = dayWork(*m_db, officeCalendar, day);
    out.overlaps = depositOverlaps(day);
    auto approval = m_db->query("SELECT approved_by, to_char(approved_at AT TIME ZONE 'UTC', "
                                "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), body, signature FROM office.day_approvals "
                                "WHERE day = $1 ORDER BY id DESC LIMIT 1",
                                {dayParam});
    if (approval.rows() > 0) {
        OfficeDayApproval a;
        a.approvedBy = approval.text(0, 0);
        a.approvedAt = approval.text(0, 1);
        const std::string body = approval.text(0, 2);
        a.signatureValid = m_cosigner->publicKey().verify(approvalMessage(body), approval.bytes(0, 3));
        json parsed = json::parse(body, nullptr, false);
        a.work = parsed.is_object() && parsed.contains("work") ? parsed["work"].size() : 0;
        // Work opened on the day after its approval makes the day wait for another approval that covers it.
        a.current = a.signatureValid && parsed.is_object() && parsed.value("day", "") == day
                    && parsed.value("approved_by", "") == a.approvedBy && a.work == out.work.size();
        out.approval = a;
    }
    return out;
}

OfficeDay Office::approveDay(const std::string& day, const std::string& supervisor)
{
    PgTransaction tx(*m_db);
    lockPublishing(); // one approval, process run or import at a time: what it covers cannot move under it
    if (!isSupervisor(*m_db, supervisor))
        throw station::CommandRefused(Msg::OfficeApproverUnknown, {{"operator", supervisor}});
    OfficeDay report = dayReport(day);
    json stations = json::array();
    for (const OfficeDayStation& s : report.stations) {
        if (s.waiting > 0)
            throw station::CommandRefused(Msg::OfficeDayWaiting, {{"station", s.station},
                                                                  MessageArg::number("count", static_cast<std::int64_t>(s.waiting))});
        if (s.state != "ok")
            throw station::CommandRefused(Msg::OfficeDayFrozen, {{"station", s.station}, {"state", s.state},
                                                                 MessageArg::number("seq", static_cast<std::int64_t>(s.verifiedSize))});
        stations.push_back({{"station", s.station}, {"verified_size", s.verifiedSize}, {"postings", s.postings.cents()}});
    }
    if (report.work.empty())
        throw station::CommandRefused(Msg::DayEmpty, {{"day", day}});
    for (const DepositOverlap& o : report.overlaps)
        if (!o.resolved)
            throw station::CommandRefused(Msg::OfficeDayOverlap, {{"day", day}, {"problem", overlapMessage(o)}});
    json work = json::array();
    for (const OfficeWork& w : report.work) {
        if (w.state != "approved")
            throw station::CommandRefused(Msg::OfficeDayWorkPending,
                                          {{"station", w.station},
                                           {"work", station::reviewWorkMessage(w.subject, w.id)},
                                           {"state", station::reviewStateMessage(w.state)}});
        work.push_back({{"station", w.station}, {"subject", w.subject}, {"id", w.id}, {"operator", w.operatorId},
                        {"reviewer", w.reviewer}});
    }
    if (report.approval && report.approval->current)
        throw station::CommandRefused(Msg::OfficeDayApprovedAlready, {{"day", day},
                                                                      {"operator", report.approval->approvedBy},
                                                                      {"time", report.approval->approvedAt}});
    // The roots say exactly which records of each window the approval covers.
    auto roots = m_db->query("SELECT station, coalesce(encode(root, 'base64'), '') FROM office.station_state");
    for (auto& s : stations) {
        for (int i = 0; i < roots.rows(); ++i) {
            if (roots.text(i, 0) == s["station"].get<std::string>())
                s["root"] = roots.text(i, 1);
        }
    }
    json bounds = json::array();
    for (const DayBounds& b : report.bounds)
        bounds.push_back({{"from_ms", b.startMs}, {"to_ms", b.endMs}});
    const json body = {{"day", day},
                       {"time_zone", report.timeZone},
                       {"bounds", bounds},
                       {"approved_by", supervisor},
                       {"office", m_cosigner->publicKey().name()},
                       {"stations", stations},
                       {"work", work},
                       {"postings", report.postings.cents()}};
    const std::string text = body.dump();
    m_db->query("INSERT INTO office.day_approvals (day, approved_by, body, signature) VALUES ($1, $2, $3, $4)",
                {PgParam::text(day), PgParam::text(supervisor), PgParam::text(text),
                 PgParam::bytes(m_cosigner->sign(approvalMessage(text)))});
    publishDaySummary(day);
    tx.commit();
    return dayReport(day);
}

void Office::publishDaySummary(const std::string& day)
{
    const OfficeDay r = dayReport(day);
    json stations = json::array();
    for (const OfficeDayStation& s : r.stations)
        stations.push_back({{"station", s.station},
                            {"state", s.state},
                            {"payments", s.payments},
                            {"collected", s.collected.cents()},
                            {"reversals", s.reversals},
                            {"reversed", s.reversed.cents()},
                            {"postings", s.postings.cents()}});
    json body = {{"day", day}, {"stations", stations}, {"postings", r.postings.cents()}};
    const bool approved = r.approval && r.approval->current;
    body["approved_by"] = approved ? json(r.approval->approvedBy) : json(nullptr);
    body["approved_at"] = approved ? json(r.approval->approvedAt) : json(nullptr);
    publish(std::nullopt, 0, "day_summary", body.dump());
}

std::string Office::exportPostings(const std::string& day)
{
    CsvWriter csv;
    station::writePostingsHeader(csv);
    const auto [starts, ends] = calendar().boundsArrays(day);
    auto rows = m_db->query(std::string(kDayRanges)
                                + "SELECT receipt, time_ms, type, account, bill, fee, fund, amount_cents, tender "
                                  "FROM office.postings p JOIN d ON p.time_ms >= d.s AND p.time_ms < d.e "
                                  "ORDER BY station, seq, line",
                            {PgParam::text(starts), PgParam::text(ends)});
    for (int i = 0; i < rows.rows(); ++i)
        station::writePostingRow(csv, station::PostingRow{rows.text(i, 0), rows.number(i, 1), rows.text(i, 2),
                                                          rows.text(i, 3), rows.text(i, 4), rows.text(i, 5),
                                                          rows.text(i, 6), Money::fromCents(rows.number(i, 7)),
                                                          rows.text(i, 8)});
    return csv.str();
}

std::vector<OfficeSetting> Office::settings()
{
    auto rows = m_db->query("SELECT id, key, value, effective_ms, changed_by, to_char(recorded_at AT TIME ZONE 'UTC', "
                            "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), signature FROM office.settings ORDER BY id");
    std::vector<OfficeSetting> out;
    for (int i = 0; i < rows.rows(); ++i) {
        OfficeSetting s{rows.number(i, 0), rows.text(i, 1), rows.text(i, 2), rows.number(i, 3), rows.text(i, 4),
                        rows.text(i, 5), false};
        s.signatureValid = m_cosigner->publicKey().verify(settingMessage(s.id, s.key, s.value, s.effectiveMs),
                                                          rows.bytes(i, 6));
        out.push_back(std::move(s));
    }
    return out;
}

OfficeCalendar Office::calendar()
{
    const std::vector<OfficeSetting> changes = settings();
    for (const OfficeSetting& s : changes)
        if (!s.signatureValid)
            throw station::CommandRefused(Msg::OfficeSettingUnsigned, {MessageArg::number("id", s.id), {"key", s.key}});
    auto firstZone = std::find_if(changes.begin(), changes.end(),
                                  [](const OfficeSetting& s) { return s.key == "office.time_zone"; });
    const std::string first = firstZone != changes.end() ? firstZone->value : station::systemTimeZoneName();
    try {
        OfficeCalendar out(first);
        for (const OfficeSetting& s : changes)
            out.change(s.effectiveMs, s.key, s.value);
        return out;
    } catch (const std::invalid_argument&) {
        // Signed, so this office recorded it: a zone this machine's tzdata lost since.
        throw station::CommandRefused(Msg::SettingTimeZone, {{"value", first}});
    }
}

OfficeSetting Office::changeSetting(const std::string& key, const std::string& value, std::int64_t nowMs)
{
    if (key != "office.time_zone" && key != "office.business_day_start")
        throw station::CommandRefused(Msg::SettingUnknown, {{"key", key}});
    if (key == "office.time_zone" && !station::loadTimeZone(value))
        throw station::CommandRefused(Msg::SettingTimeZone, {{"value", value}});
    if (key == "office.business_day_start" && !parseClockTime(value))
        throw station::CommandRefused(Msg::SettingDayStart, {{"value", value}});
    PgTransaction tx(*m_db);
    lockPublishing(); // the day a process run files postings under cannot change under it
    calendar(); // refused while a stored change does not verify
    // In force from now on, and never before the previous change: the periods stay in order.
    auto last = m_db->query("SELECT coalesce(max(effective_ms), $1) FROM office.settings", {PgParam::number(nowMs)});
    const std::int64_t effective = std::max(nowMs, last.number(0, 0));
    const std::int64_t id = m_db->query("SELECT nextval('office.settings_id_seq')").number(0, 0);
    m_db->query("INSERT INTO office.settings (id, key, value, effective_ms, signature) VALUES ($1, $2, $3, $4, $5)",
                {PgParam::number(id), PgParam::text(key), PgParam::text(value), PgParam::number(effective),
                 PgParam::bytes(m_cosigner->sign(settingMessage(id, key, value, effective)))});
    tx.commit();
    return settings().back();
}

} // namespace tillbook::office
