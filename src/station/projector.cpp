// Projection updates: the dispatch through the record-kind table, the account history, operators and imports.
// Payments, drawers and checks are in projector_payments.cpp; arrangements, maintenance, orders, batches and reviews in
// projector_back_office.cpp.
#include "station/projector.h"

#include "core/import_rows.h"
#include "ledger/hash.h"
#include "station/data_dir.h"
#include "station/message_json.h"
#include "station/settings.h"
#include "station/zone_info.h"

#include <cstdio>
#include <ctime>
#include <stdexcept>

namespace tillbook::station {

namespace fs = std::filesystem;
using ledger::Record;
using nlohmann::json;

fs::path importArchivePath(const fs::path& importsDir, const std::string& sha256Hex)
{
    return importsDir / (sha256Hex + ".csv");
}

std::string phoneDigits(std::string_view phone)
{
    std::string digits;
    for (char c : phone) {
        if (c >= '0' && c <= '9')
            digits.push_back(c);
    }
    return digits;
}

std::string utcTimestamp(std::int64_t timeMs)
{
    std::time_t seconds = static_cast<std::time_t>(timeMs / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                  utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(timeMs % 1000));
    return buffer;
}

Projector::Projector(ledger::Db& db, fs::path importsDir)
    : m_db(db)
    , m_importsDir(std::move(importsDir))
{
}

const BusinessCalendar& Projector::calendar()
{
    auto text = [&](const char* key, const char* fallback) {
        auto st = m_db.prepare("SELECT value FROM text_settings WHERE key = ?");
        st.bind(1, key);
        return st.step() ? st.columnText(0) : std::string(fallback);
    };
    std::string zoneName = text("station.time_zone", "UTC");
    int dayStart = parseClockTime(text("station.business_day_start", "00:00")).value_or(0);
    if (!m_calendar || zoneName != m_zoneName || dayStart != m_calendar->dayStartMinutes()) {
        auto zone = loadTimeZone(zoneName);
        if (!zone) // the setting was checked against tzdata when it was made: this machine's tzdata lacks it
            throw std::runtime_error("the station's time zone " + zoneName + " is not in this machine's tzdata (Debian package tzdata)");
        m_calendar.reset();
        m_zone = std::move(zone);
        m_zoneName = zoneName;
        m_calendar.emplace(*m_zone, dayStart);
    }
    return *m_calendar;
}

void Projector::apply(const Record& record)
{
    const RecordKind& kind = recordKind(record); // before anything changes: an unknown kind is refused whole
    json body = json::parse(record.body);
    switch (kind.projection) {
    case Projection::NoProjection:
        break;
    case Projection::Operators:
        applyOperators(record, body);
        break;
    case Projection::Imports:
        applyImport(record, body);
        break;
    case Projection::Payments:
        applyPayment(record, body);
        break;
    case Projection::Reversals:
        applyReversal(record, body);
        break;
    case Projection::Drawers:
        applyDrawer(record, body);
        break;
    case Projection::Checks:
        applyChecks(record, body);
        break;
    case Projection::Arrangements:
        applyArrangement(record, body);
        break;
    case Projection::Maintenance:
        applyMaintenance(record, body);
        break;
    case Projection::Orders:
        applyOrder(record, body);
        break;
    case Projection::Batches:
        applyBatch(record, body);
        break;
    case Projection::Reviews:
        applyReview(record, body);
        break;
    case Projection::Deposits:
        applyDeposit(record, body);
        break;
    case Projection::Extension:
        RecordKindExtension::projectionOf(record.kind)(m_db, record, body);
        break;
    }
    recordAccountEvents(record, kind.accountEvent, body);

    // An approval is used up by the record that carries it.
    if (body.contains("approval") && record.kind != "approval.granted")
        m_db.prepare("UPDATE approvals SET used_seq = ? WHERE id = ?")
            .bind(1, static_cast<std::int64_t>(record.seq))
            .bind(2, body["approval"].get<std::string>())
            .run();
}

void Projector::applyAccountEvents(const Record& record)
{
    HistoryEvent event = recordKind(record).accountEvent;
    if (event != HistoryEvent::NoEvent)
        recordAccountEvents(record, event, json::parse(record.body));
}

void Projector::applyOperators(const Record& r, const json& body)
{
    const std::string& kind = r.kind;
    auto setLock = [&](const std::string& id, std::int64_t failures, std::optional<std::int64_t> until) {
        auto st = m_db.prepare("UPDATE operators SET failures = ?, locked_until_ms = COALESCE(?, locked_until_ms) "
                               "WHERE id = ?");
        st.bind(1, failures);
        if (until)
            st.bind(2, *until);
        else
            st.bindNull(2);
        st.bind(3, id).run();
    };
    if (kind == "operator.added") {
        m_db.prepare("INSERT INTO operators(id, name, role, active, created_seq) VALUES (?, ?, ?, 1, ?)")
            .bind(1, body["id"].get<std::string>())
            .bind(2, body["name"].get<std::string>())
            .bind(3, body["role"].get<std::string>())
            .bind(4, static_cast<std::int64_t>(r.seq))
            .run();
    } else if (kind == "operator.disabled") {
        m_db.prepare("UPDATE operators SET active = 0 WHERE id = ?").bind(1, body["id"].get<std::string>()).run();
    } else if (kind == "operator.pin_reset" || kind == "session.lockout_cleared") {
        setLock(body["id"].get<std::string>(), 0, 0);
    } else if (kind == "session.sign_in_failed") {
        setLock(r.operatorId, body["failures"].get<std::int64_t>(), std::nullopt);
    } else if (kind == "session.locked_out") {
        setLock(r.operatorId, 0, body["locked_until_ms"].get<std::int64_t>());
    } else if (kind == "session.signed_in" || kind == "session.unlocked") {
        setLock(r.operatorId, 0, std::nullopt);
    } else if (kind == "approval.granted") {
        m_db.prepare("INSERT INTO approvals(id, action, subject, amount_cents, requested_by, approver, description, "
                     "granted_seq, expires_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, body["id"].get<std::string>())
            .bind(2, body["action"].get<std::string>())
            .bind(3, body["subject"].get<std::string>())
            .bind(4, body["amount"].get<std::int64_t>())
            .bind(5, r.operatorId)
            .bind(6, r.approver)
            .bind(7, body["description"].get<std::string>())
            .bind(8, static_cast<std::int64_t>(r.seq))
            .bind(9, body["expires_ms"].get<std::int64_t>())
            .run();
        setLock(r.approver, 0, std::nullopt);
    } else if (kind == "settings.changed" && body["new"].is_string()) {
        m_db.prepare("INSERT INTO text_settings(key, value, changed_seq) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE "
                     "SET value = excluded.value, changed_seq = excluded.changed_seq")
            .bind(1, body["key"].get<std::string>())
            .bind(2, body["new"].get<std::string>())
            .bind(3, static_cast<std::int64_t>(r.seq))
            .run();
    } else if (kind == "settings.changed") {
        m_db.prepare("INSERT INTO settings(key, value, changed_seq) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
                     "value = excluded.value, changed_seq = excluded.changed_seq")
            .bind(1, SettingsService::currentSettingKey(body["key"].get<std::string>()))
            .bind(2, body["new"].get<std::int64_t>())
            .bind(3, static_cast<std::int64_t>(r.seq))
            .run();
    }
}

namespace {

template <typename Rows>
const Rows& parsedRows(const std::variant<Rows, std::vector<ImportError>>& parsed)
{
    if (std::holds_alternative<std::vector<ImportError>>(parsed))
        throw std::runtime_error("an import file validated when it was imported no longer parses: "
                                 + formatImportError(std::get<std::vector<ImportError>>(parsed).front()));
    return std::get<Rows>(parsed);
}

} // namespace

void applyImportRows(ledger::Db& db, std::string_view kind, std::string_view csv)
{
    if (kind == "accounts") {
        auto parsed = parseAccountsCsv(csv);
        auto upsert = db.prepare(
            "INSERT INTO accounts(number, name, service_address, mailing_address, phone, phone_digits, email, status, "
            "language) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, COALESCE(?9, 'en')) ON CONFLICT(number) DO UPDATE SET "
            "name = excluded.name, service_address = excluded.service_address, "
            "mailing_address = excluded.mailing_address, phone = excluded.phone, phone_digits = excluded.phone_digits, "
            "email = excluded.email, status = excluded.status, language = COALESCE(?9, language)");
        for (const AccountRow& a : parsedRows(parsed)) {
            upsert.bind(1, a.number).bind(2, a.name).bind(3, a.serviceAddress).bind(4, a.mailingAddress);
            upsert.bind(5, a.phone).bind(6, phoneDigits(a.phone)).bind(7, a.email).bind(8, accountStatusName(a.status));
            // A file without the language (or an empty cell) keeps what the account has: a clerk may have set it.
            if (a.language.empty())
                upsert.bindNull(9);
            else
                upsert.bind(9, a.language);
            upsert.run();
        }
    } else if (kind == "bills") {
        auto parsed = parseBillsCsv(csv);
        // A re-imported bill keeps the open balance the counter has worked down; the billing system's own
        // balance arrives with the next new bill.
        // A file without the description or period columns leaves what an earlier file said.
        auto upsert = db.prepare(
            "INSERT INTO bills(id, account, kind, due_date, amount_cents, open_cents, fund, description, period_start, "
            "period_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, COALESCE(?8, ''), COALESCE(?9, ''), COALESCE(?10, '')) "
            "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, due_date = excluded.due_date, fund = excluded.fund, "
            "description = COALESCE(?8, description), period_start = COALESCE(?9, period_start), "
            "period_end = COALESCE(?10, period_end)");
        for (const BillRow& b : parsedRows(parsed)) {
            upsert.bind(1, b.id).bind(2, b.account).bind(3, billKindName(b.kind)).bind(4, b.dueDate);
            upsert.bind(5, b.amount.cents()).bind(6, b.openBalance.cents()).bind(7, b.fund);
            if (b.described)
                upsert.bind(8, b.description).bind(9, b.periodStart).bind(10, b.periodEnd);
            else
                upsert.bindNull(8).bindNull(9).bindNull(10);
            upsert.run();
        }
    } else {
        auto parsed = parseFeesCsv(csv);
        auto upsert = db.prepare("INSERT INTO fees(code, description, amount_cents, fund) VALUES (?, ?, ?, ?) "
                                   "ON CONFLICT(code) DO UPDATE SET description = excluded.description, "
                                   "amount_cents = excluded.amount_cents, fund = excluded.fund");
        for (const FeeRow& f : parsedRows(parsed))
            upsert.bind(1, f.code).bind(2, f.description).bind(3, f.amount.cents()).bind(4, f.fund).run();
    }
}

void Projector::applyImport(const Record& r, const json& body)
{
    std::string sha = body["file_sha256"].get<std::string>();
    fs::path file = importArchivePath(m_importsDir, sha);
    auto text = readSmallFile(file);
    if (!text && m_skipImportsWithoutFile)
        return;
    if (!text || ledger::toHex(ledger::sha256(*text)) != sha)
        throw std::runtime_error("the archived import file " + file.string() + " named by seq " + std::to_string(r.seq)
                                 + " is missing or changed");
    applyImportRows(m_db, r.kind.substr(0, r.kind.find('.')), *text);
}

namespace {

// A data word when the catalog has one ("weekly" of a frequency), else the key as it is (a record from an import).
MessageArg wordOrText(std::string name, std::string_view domain, const std::string& key)
{
    if (auto id = wordMessage(domain, key))
        return MessageArg(std::move(name), Message(*id));
    return MessageArg(std::move(name), key);
}

// The field an account change names ("phone"), as the history line says it ("the phone number").
MessageArg changedField(const std::string& key)
{
    static const std::pair<std::string_view, Msg> kFields[] = {{"name", Msg::FieldName},
                                                                {"mailing_address", Msg::FieldMailingAddress},
                                                                {"phone", Msg::FieldPhone},
                                                                {"email", Msg::FieldEmail},
                                                                {"language", Msg::FieldLanguage}};
    for (const auto& [field, id] : kFields) {
        if (field == key)
            return MessageArg("field", Message(id));
    }
    return MessageArg("field", key);
}

} // namespace

void Projector::recordAccountEvents(const Record& r, HistoryEvent kindEvent, const json& body)
{
    // The line is kept as its message's code and arguments (station/message_json.h), so the history view shows it in
    // the reader's language; AccountEvent says how a line from before is read.
    auto event = [&](const std::string& account, const Message& summary, std::int64_t amount) {
        if (account.empty())
            return;
        m_db.prepare("INSERT INTO account_events(seq, account, kind, time_ms, operator, summary, amount_cents) VALUES "
                     "(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(seq, account) DO UPDATE SET amount_cents = amount_cents + "
                     "excluded.amount_cents")
            .bind(1, static_cast<std::int64_t>(r.seq))
            .bind(2, account)
            .bind(3, r.kind)
            .bind(4, r.timeMs)
            .bind(5, r.operatorId)
            .bind(6, messageJson(summary).dump())
            .bind(7, amount)
            .run();
    };
    const std::string& kind = r.kind;
    switch (kindEvent) {
    case HistoryEvent::NoEvent:
        return;
    case HistoryEvent::PaymentEvent:
        for (const auto& l : body["lines"])
            event(l["account"].get<std::string>(), Message(Msg::HistoryPayment, {{"receipt", body["receipt"].get<std::string>()}}),
                  l["amount"].get<std::int64_t>());
        return;
    case HistoryEvent::ReversalEvent: {
        std::string receipt = body["receipt"].get<std::string>();
        Message what(kind == "payment.voided"     ? Msg::HistoryVoid
                     : kind == "payment.refunded" ? Msg::HistoryRefund
                                                  : Msg::HistoryReturnedCheck,
                     {{"receipt", receipt}});
        auto line = m_db.prepare("SELECT account FROM payment_lines WHERE receipt = ? AND line = ?");
        for (const auto& l : body["lines"]) {
            line.reset();
            line.bind(1, receipt).bind(2, l["line"].get<std::int64_t>());
            if (line.step())
                event(line.columnText(0), what, -l["amount"].get<std::int64_t>());
        }
        if (kind == "check.returned" && body.value("fee", std::int64_t{0}) > 0)
            event(body["customer_account"].get<std::string>(), Message(Msg::HistoryReturnedCheck, {{"receipt", receipt}}), 0);
        return;
    }
    case HistoryEvent::ArrangementEvent:
        event(body["account"].get<std::string>(),
              Message(Msg::HistoryArrangement,
                      {{"id", body["id"].get<std::string>()},
                       MessageArg::number("installments", body["installments"].get<int>()),
                       wordOrText("frequency", "frequency", body["frequency"].get<std::string>()),
                       {"total", Money::fromCents(body["total_of_payments"].get<std::int64_t>())}}),
              0);
        return;
    case HistoryEvent::BrokenArrangementEvent: {
        auto a = m_db.prepare("SELECT account FROM arrangements WHERE id = ?");
        a.bind(1, body["id"].get<std::string>());
        if (a.step())
            event(a.columnText(0),
                  Message(Msg::HistoryArrangementBroken,
                          {{"id", body["id"].get<std::string>()},
                           {"remaining", Money::fromCents(body["remaining"].get<std::int64_t>())}}),
                  0);
        return;
    }
    case HistoryEvent::ChangeEvent: {
        std::vector<Message> changes;
        for (const auto& [field, change] : body["changes"].items())
            changes.emplace_back(Msg::HistoryFieldChange, std::vector<MessageArg>{changedField(field),
                                                                                   {"old", change["old"].get<std::string>()},
                                                                                   {"new", change["new"].get<std::string>()}});
        const std::string reason = body["reason"].get<std::string>();
        event(body["account"].get<std::string>(),
              reason.empty() ? Message(Msg::HistoryChanged, {{"changes", std::move(changes)}})
                             : Message(Msg::HistoryChangedBecause, {{"changes", std::move(changes)}, {"reason", reason}}),
              0);
        return;
    }
    case HistoryEvent::AdjustmentEvent: {
        std::int64_t amount = body["amount"].get<std::int64_t>();
        event(body["account"].get<std::string>(),
              Message(amount < 0 ? Msg::HistoryCredit : Msg::HistoryDebit,
                      {{"amount", Money::fromCents(amount).abs()},
                       {"bill", body["bill"].get<std::string>()},
                       {"reason", body["reason"].get<std::string>()}}),
              amount);
        return;
    }
    case HistoryEvent::NoteEvent:
        event(body["account"].get<std::string>(), Message(Msg::HistoryNote, {{"note", body["note"].get<std::string>()}}), 0);
        return;
    case HistoryEvent::OrderEvent:
        event(body["account"].get<std::string>(),
              Message(Msg::HistoryOrder,
                      {{"id", body["id"].get<std::string>()},
                       wordOrText("type", "order_type", body["type"].get<std::string>()),
                       {"date", body["requested_date"].get<std::string>()},
                       {"reason", body["reason"].get<std::string>()}}),
              body["deposit"].get<std::int64_t>());
        return;
    case HistoryEvent::OrderUpdateEvent: {
        const std::string meter = body["meter_reading"].get<std::string>();
        std::vector<MessageArg> args{{"id", body["id"].get<std::string>()},
                                     wordOrText("status", "order_status", body["status"].get<std::string>())};
        if (!meter.empty())
            args.emplace_back("meter", meter);
        event(body["account"].get<std::string>(),
              Message(meter.empty() ? Msg::HistoryOrderUpdate : Msg::HistoryOrderUpdateMeter, std::move(args)), 0);
        return;
    }
    }
}

} // namespace tillbook::station
