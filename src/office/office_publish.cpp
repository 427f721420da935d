// Publish back: from each station's verified records the office derives its postings (the office day reads them) and
// the items every window must know: bank accounts on the negative file, cash-only customers, checks presented, and
// what each payment, void, refund or returned check did to a bill. The record bodies are the station's own (see
// station/projector_payments.cpp, which projects the same fields into a station's tables). A body without a field this
// office reads (a station of another version) throws json::exception: the station's publishing stops there, said.
#include "office/office.h"
#include "office/published_check.h"
#include "office/station_calendar.h"

#include "station/office_feed.h"
#include "station/posting_csv.h"
#include "station/projector.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>

namespace tillbook::office {

using nlohmann::json;

namespace {

class Publisher {
public:
    // Writes a batch of items, signed, in the order given (Office::publish).
    using Publish = std::function<void(const std::vector<PublishItem>& items)>;
    Publisher(PgConnection& db, std::string station, Publish publish, const OfficeCalendar& officeCalendar,
              std::set<std::string>& days)
        : m_db(db)
        , m_station(std::move(station))
        , m_who(PgParam::text(m_station))
        , m_publish(std::move(publish))
        , m_officeCalendar(officeCalendar)
        , m_days(days)
        , m_calendar(m_station)
    {
    }

    void record(std::int64_t seq, std::int64_t timeMs, const std::string& kind, const json& body)
    {
        if (kind == "settings.changed") {
            setting(seq, body);
        } else if (kind == "check.verified") {
            const std::string id = body.at("id").get<std::string>();
            const std::string serial = body.at("serial").get<std::string>();
            add(m_verifications, {m_who, PgParam::text(id), PgParam::text(body.at("routing").get<std::string>()),
                                  PgParam::text(body.at("account").get<std::string>()), PgParam::text(serial)});
            if (!serial.empty())
                m_presentable.emplace(id, json{{"routing", body.at("routing")}, {"account", body.at("account")},
                                               {"serial", serial}});
        } else if (kind == "payment.taken") {
            payment(seq, timeMs, body);
        } else if (kind == "payment.voided" || kind == "payment.refunded" || kind == "check.returned") {
            reversal(seq, timeMs, kind, body);
        } else if (kind == "deposit.prepared") {
            overlaps(seq, body);
        }
        if (m_postings.size() > 13 * 10000)
            flush(); // a station back after weeks offline: memory stays bounded
        if (kind == "check.returned") {
            publish(seq, "negative_file",
                    {{"routing", body.at("routing")},
                     {"account", body.at("account")},
                     {"reason", body.at("reason_code").get<std::string>() + " " + body.at("reason").get<std::string>()}});
            const std::string customer = body.at("customer_account").get<std::string>();
            if (!customer.empty() && body.value("cash_only", false))
                publish(seq, "cash_only", {{"account", customer}});
        }
    }

    std::uint64_t published() const { return m_published; }

    // The station's zone and business day start, as its own settings.changed records set them: a posting's day is the
    // station's business day, as in the station's own posting export.
    void setting(std::int64_t seq, const json& body) { m_calendar.setting(seq, body); }

    // Writes what is buffered, table by table: many rows a statement.
    void flush()
    {
        insertRows(m_db, "INSERT INTO office.check_verifications (station, id, routing, account, serial)", 5,
                   m_verifications, " ON CONFLICT DO NOTHING");
        insertRows(m_db, "INSERT INTO office.payment_lines (station, receipt, line, account, bill, fee, fund, "
                         "amount_cents)",
                   8, m_lines);
        insertRows(m_db, "INSERT INTO office.postings (station, seq, line, day, time_ms, type, receipt, account, bill, "
                         "fee, fund, amount_cents, tender)",
                   13, m_postings);
        if (!m_items.empty())
            m_publish(m_items);
        m_verifications.clear();
        m_lines.clear();
        m_postings.clear();
        m_items.clear();
    }

private:
    void payment(std::int64_t seq, std::int64_t timeMs, const json& body)
    {
        const std::string receipt = body.at("receipt").get<std::string>();
        const std::string tender = station::tenderSummary(body.at("tenders"));
        std::int64_t n = 0;
        for (const auto& l : body.at("lines")) {
            ++n;
            const std::string account = l.at("account").get<std::string>();
            const std::string bill = l.at("bill").get<std::string>();
            const std::string fee = l.at("fee").get<std::string>();
            const std::string fund = l.at("fund").get<std::string>();
            const std::int64_t amount = l.at("amount").get<std::int64_t>();
            add(m_lines, {m_who, PgParam::text(receipt), PgParam::number(n), PgParam::text(account), PgParam::text(bill),
                          PgParam::text(fee), PgParam::text(fund), PgParam::number(amount)});
            posting(seq, n, timeMs, "payment", receipt, account, bill, fee, fund, amount, tender);
            if (!bill.empty())
                publish(seq, "bill_paid", {{"account", account}, {"bill", bill}, {"amount", amount}, {"receipt", receipt}});
        }
        // A check or money order used in a payment is presented: the same item at another window is a duplicate.
        // Its verification is one of this run's records or an earlier run's; a cash tender names none.
        for (const auto& t : body.at("tenders")) {
            const std::string reference = t.at("reference").get<std::string>();
            if (reference.empty())
                continue;
            auto known = m_presentable.find(reference);
            if (known != m_presentable.end()) {
                json item = known->second;
                item["receipt"] = receipt;
                publish(seq, "presentment", item);
                continue;
            }
            auto v = m_db.query("SELECT routing, account, serial FROM office.check_verifications WHERE station = $1 "
                                "AND id = $2 AND serial <> ''",
                                {m_who, PgParam::text(reference)});
            if (v.rows() > 0)
                publish(seq, "presentment",
                        {{"routing", v.text(0, 0)}, {"account", v.text(0, 1)}, {"serial", v.text(0, 2)}, {"receipt", receipt}});
        }
    }

    void reversal(std::int64_t seq, std::int64_t timeMs, const std::string& kind, const json& body)
    {
        const std::string receipt = body.at("receipt").get<std::string>();
        const char* type = kind == "payment.voided" ? "void" : kind == "check.returned" ? "returned_check" : "refund";
        flush(); // the lines it reverses may be this run's
        std::int64_t n = 0;
        for (const auto& l : body.at("lines")) {
            const std::int64_t amount = l.at("amount").get<std::int64_t>();
            auto line = m_db.query("SELECT account, bill, fee, fund FROM office.payment_lines WHERE station = $1 AND "
                                   "receipt = $2 AND line = $3",
                                   {m_who, PgParam::text(receipt), PgParam::number(l.at("line").get<std::int64_t>())});
            if (line.rows() == 0)
                throw PgError("seq " + std::to_string(seq) + " of " + m_station + " reverses a line its receipt does not have");
            const std::string account = line.text(0, 0);
            const std::string bill = line.text(0, 1);
            posting(seq, ++n, timeMs, type, receipt, account, bill, line.text(0, 2), line.text(0, 3), -amount,
                    body.at("method").get<std::string>());
            if (!bill.empty())
                publish(seq, "bill_paid", {{"account", account}, {"bill", bill}, {"amount", -amount}, {"receipt", receipt}});
        }
    }

    // The window's own deposit of a drawer or mail batch a live office deposit took already: it deposited it before
    // it had pulled the office's deposit (both offline of each other), and the money is in two deposits. Kept for the
    // supervisor (office.deposit_overlaps); the window's record stays as it is, verified.
    void overlaps(std::int64_t seq, const json& body)
    {
        std::vector<std::pair<std::string, std::string>> taken;
        for (const auto& d : body.at("drawers"))
            taken.emplace_back("drawer", d.at("drawer").get<std::string>());
        for (const auto& b : body.at("batches"))
            taken.emplace_back("batch", b.get<std::string>());
        for (const auto& [kind, id] : taken)
            m_db.query("INSERT INTO office.deposit_overlaps (station, seq, deposit, day, kind, id, office_deposit) "
                       "SELECT $1, $2, $3, $4, $5, $6, s.deposit FROM office.deposit_sources s WHERE s.station = $1 "
                       "AND s.kind = $5 AND s.id = $6 AND NOT EXISTS (SELECT 1 FROM office.deposit_voids v WHERE "
                       "v.deposit = s.deposit) ON CONFLICT DO NOTHING",
                       {m_who, PgParam::number(seq), PgParam::text(body.at("id").get<std::string>()),
                        PgParam::text(body.at("day").get<std::string>()), PgParam::text(kind), PgParam::text(id)});
    }

    void posting(std::int64_t seq, std::int64_t line, std::int64_t timeMs, const std::string& type,
                 const std::string& receipt, const std::string& account, const std::string& bill, const std::string& fee,
                 const std::string& fund, std::int64_t amount, const std::string& tender)
    {
        const std::string day = m_calendar.day(timeMs);
        m_days.insert(m_officeCalendar.day(timeMs));
        add(m_postings, {m_who, PgParam::number(seq), PgParam::number(line), PgParam::text(day),
                         PgParam::number(timeMs), PgParam::text(type), PgParam::text(receipt), PgParam::text(account),
                         PgParam::text(bill), PgParam::text(fee), PgParam::text(fund), PgParam::number(amount),
                         PgParam::text(tender)});
    }

    void publish(std::int64_t seq, const char* kind, const json& body)
    {
        m_items.push_back({seq, kind, body.dump()});
        ++m_published;
    }

    static void add(std::vector<PgParam>& rows, std::initializer_list<PgParam> row)
    {
        rows.insert(rows.end(), row);
    }

    PgConnection& m_db;
    std::string m_station;
    PgParam m_who;
    Publish m_publish;
    const OfficeCalendar& m_officeCalendar;
    std::set<std::string>& m_days;
    std::uint64_t m_published = 0;
    StationCalendar m_calendar;
    // Rows waiting for flush(), in order, each table's parameters row after row.
    std::vector<PgParam> m_verifications;
    std::vector<PgParam> m_lines;
    std::vector<PgParam> m_postings;
    std::vector<PublishItem> m_items; // signed and written at flush(), after the rows above
    std::map<std::string, json> m_presentable; // this run's checks and money orders with a serial, by verification id
};

} // namespace

void Office::lockPublishing()
{
    // process() holds the session's lock for its whole run; anyone else publishing waits for it, for a transaction.
    if (!m_processing)
        m_db->query("SELECT pg_advisory_xact_lock(5420, 2)");
}

std::vector<std::int64_t> Office::publish(const std::optional<std::string>& origin,
                                          const std::vector<PublishItem>& items)
{
    std::vector<std::int64_t> ids;
    if (items.empty())
        return ids;
    // The ids first, all in one statement, so that the signature covers every item's id: an item moved to another
    // place in the order does not verify. The publishing lock makes these ids the next ones written, so the batch is
    // ids first..last with nothing of anyone else's between them.
    auto reserved = m_db->query("SELECT nextval('office.published_id_seq') FROM generate_series(1, $1) ORDER BY 1",
                                {PgParam::number(static_cast<std::int64_t>(items.size()))});
    const PgParam who = origin ? PgParam::text(*origin) : PgParam::null();
    std::vector<station::OfficeItem> signedItems;
    std::vector<const station::OfficeItem*> batch;
    std::vector<PgParam> rows;
    signedItems.reserve(items.size());
    batch.reserve(items.size());
    rows.reserve(items.size() * 5);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const PublishItem& p = items[i];
        signedItems.push_back({reserved.number(static_cast<int>(i), 0), origin.value_or(""), p.seq, p.kind, p.body, {}, 0});
        batch.push_back(&signedItems.back());
        ids.push_back(signedItems.back().id);
        rows.insert(rows.end(), {PgParam::number(ids.back()), who, PgParam::number(p.seq), PgParam::text(p.kind),
                                 PgParam::text(p.body)});
    }
    // One signature for the batch (station/office_feed.h, signedBatchMessage): a station checks it once and each
    // item's hash against it, instead of one Ed25519 check per item. The batch is numbered one after the last batch
    // (not from the id sequence, which a rolled-back run leaves gaps in) and names that batch's signature, so that a
    // batch deleted from the database breaks the signature of the one after it at every station.
    auto previous = m_db->query("SELECT id, signature FROM office.published_batches ORDER BY id DESC LIMIT 1");
    const station::BatchLink link = previous.rows() == 0
                                        ? station::BatchLink{1, ""}
                                        : station::BatchLink{previous.number(0, 0) + 1,
                                                             station::batchLinkHash(previous.bytes(0, 1))};
    const ledger::Bytes signature = m_cosigner->sign(station::signedBatchMessage(ids.front(), ids.back(), batch, link));
    insertRows(*m_db, "INSERT INTO office.published (id, origin, seq, kind, body)", 5, rows);
    m_db->query("INSERT INTO office.published_batches (id, first_id, last_id, signature) VALUES ($1, $2, $3, $4)",
                {PgParam::number(link.number), PgParam::number(ids.front()), PgParam::number(ids.back()),
                 PgParam::bytes(signature)});
    return ids;
}

std::int64_t Office::publish(const std::optional<std::string>& origin, std::int64_t seq, const std::string& kind,
                             const std::string& body)
{
    return publish(origin, std::vector<PublishItem>{{seq, kind, body}}).front();
}

void Office::signUnsigned()
{
    PgTransaction tx(*m_db);
    // Everything published since the first batch is in a batch, so only older items can lack a signature; an item
    // whose batch row went missing is never signed again here (that would sign whatever the row now holds).
    auto rows = m_db->query("SELECT p.id, coalesce(p.origin, ''), p.seq, p.kind, p.body FROM office.published p "
                            "WHERE NOT EXISTS (SELECT 1 FROM office.published_signatures s WHERE s.id = p.id) "
                            "AND NOT EXISTS (SELECT 1 FROM office.published_batches b WHERE b.first_id <= p.id) "
                            "ORDER BY p.id");
    std::vector<PgParam> signatures;
    for (int i = 0; i < rows.rows(); ++i) {
        station::OfficeItem item{rows.number(i, 0), rows.text(i, 1), rows.number(i, 2), rows.text(i, 3),
                                 rows.text(i, 4), {}, 0};
        signatures.insert(signatures.end(), {PgParam::number(item.id),
                                             PgParam::bytes(m_cosigner->sign(station::signedItemMessage(item)))});
    }
    insertRows(*m_db, "INSERT INTO office.published_signatures (id, signature)", 2, signatures);
    tx.commit();
}

std::string Office::publishedProblem()
{
    Published published = readPublished(*m_db, 0, std::nullopt);
    return checkPublished(published.items, published.batches, 0, std::nullopt, m_cosigner->publicKey(),
                          {"the office key", "so every window refuses what the office publishes until it is put back."})
        .value_or("");
}

std::uint64_t Office::publishStation(const std::string& station, const OfficeCalendar& officeCalendar,
                                     std::set<std::string>& days)
{
    const PgParam who = PgParam::text(station);
    PgTransaction tx(*m_db);
    auto state = m_db->query("SELECT published_size, verified_size FROM office.station_state WHERE station = $1 FOR UPDATE",
                             {who});
    const std::int64_t from = state.number(0, 0);
    const std::int64_t to = state.number(0, 1);
    if (from >= to)
        return 0;
    Publisher publisher(
        *m_db, station, [&](const std::vector<PublishItem>& items) { publish(station, items); }, officeCalendar,
        days);
    // The station's calendar as its records up to here set it.
    auto settings = m_db->query("SELECT seq, body FROM office.records WHERE station = $1 AND seq <= $2 AND kind = "
                                "'settings.changed' ORDER BY seq",
                                {who, PgParam::number(from)});
    for (int i = 0; i < settings.rows(); ++i)
        publisher.setting(settings.number(i, 0), json::parse(settings.text(i, 1)));
    auto records = m_db->query("SELECT seq, time_ms, kind, body FROM office.records WHERE station = $1 AND seq > $2 "
                               "AND seq <= $3 AND kind IN ('check.verified', 'payment.taken', 'payment.voided', "
                               "'payment.refunded', 'check.returned', 'settings.changed', 'deposit.prepared') ORDER BY seq",
                               {who, PgParam::number(from), PgParam::number(to)});
    for (int i = 0; i < records.rows(); ++i)
        publisher.record(records.number(i, 0), records.number(i, 1), records.text(i, 2), json::parse(records.text(i, 3)));
    publisher.flush();
    m_db->query("UPDATE office.station_state SET published_size = $2 WHERE station = $1", {who, PgParam::number(to)});
    tx.commit();
    return publisher.published();
}

} // namespace tillbook::office
