// The money leaving the office: deposits across windows and the day's general-ledger journal. The office keeps no
// arithmetic of its own: each window's records, as verified, are replayed into the station's own projections
// (station::Station::replay), the station's deposit code says what that window deposits (DepositService::draft) and
// its journal code what that window's lines are; the office adds the windows up, records the deposit append-only and
// signs it with the office key.
#include "office/office.h"

#include "core/ids.h"
#include "core/import_rows.h"
#include "core/text.h"
#include "station/review.h"
#include "station/services.h"
#include "station/station.h"

#include <algorithm>
#include <map>

namespace tillbook::office {

using nlohmann::json;

namespace {

// What the office key signs for a deposit and for its bank confirmation: a domain line, then the JSON.
std::string depositMessage(const std::string& body)
{
    return "tillbook-office-deposit/v1\n" + body;
}
std::string confirmationMessage(const std::string& body)
{
    return "tillbook-office-deposit-confirmation/v1\n" + body;
}
std::string voidMessage(const std::string& body)
{
    return "tillbook-office-deposit-void/v1\n" + body;
}

// The office's deposits are numbered in one series of its own; the prefix keeps them apart from a window's own
// ("CITYHALL-01-DP000003").
constexpr std::string_view kOfficeDepositPrefix = "OFFICE";

// Drawers and batches the office's deposits took, per window: station -> "drawer:ID"/"batch:ID" -> deposit. A voided
// deposit took nothing: it was taken back at the bank.
std::map<std::string, station::TakenElsewhere> takenByOffice(PgConnection& db)
{
    std::map<std::string, station::TakenElsewhere> taken;
    auto rows = db.query("SELECT station, kind, id, deposit FROM office.deposit_sources s WHERE NOT EXISTS "
                         "(SELECT 1 FROM office.deposit_voids v WHERE v.deposit = s.deposit)");
    for (int i = 0; i < rows.rows(); ++i)
        taken[rows.text(i, 0)][rows.text(i, 1) + ":" + rows.text(i, 2)] = rows.text(i, 3);
    return taken;
}

// One window's part of an office deposit, as a deposit.prepared body of its own (what the station's journal reads).
station::DepositInfo windowPart(const json& deposit, const json& part)
{
    json body = part;
    for (const char* key : {"id", "day", "bag", "seal", "bank_name", "bank_routing", "bank_account"})
        body[key] = deposit.at(key);
    station::DepositInfo info = station::depositFromBody(body);
    info.seq = deposit.at("number").get<std::uint64_t>();
    return info;
}

} // namespace

std::vector<std::unique_ptr<station::Station>> Office::replayWindows(bool current)
{
    auto states = m_db->query(
        "SELECT s.station, st.state, st.verified_size, "
        "  (SELECT count(*) FROM office.pushed q WHERE q.station = s.station AND q.seq > st.verified_size) "
        "FROM office.stations s JOIN office.station_state st ON st.station = s.station ORDER BY s.station");
    std::vector<std::unique_ptr<station::Station>> windows;
    for (int i = 0; i < states.rows(); ++i) {
        const std::string id = states.text(i, 0);
        if (std::int64_t waiting = states.number(i, 3); waiting > 0 && current)
            throw station::CommandRefused(Msg::OfficeMoneyWaiting, {{"station", id}, MessageArg::number("count", waiting)});
        if (states.text(i, 1) != "ok" && current)
            throw station::CommandRefused(Msg::OfficeMoneyFrozen, {{"station", id}, {"state", states.text(i, 1)},
                                                                   MessageArg::number("seq", states.number(i, 2))});
        if (states.number(i, 2) == 0)
            continue; // joined, nothing pushed yet: nothing of its day is known
        windows.push_back(station::Station::replay(verifiedRecords(id), m_clock));
    }
    return windows;
}

OfficeDeposit Office::prepareDeposit(const station::DepositRequest& request)
{
    if (!isValidDate(request.day))
        throw station::CommandRefused(Msg::DepositDay, {{"day", quoteForMessage(request.day)}});
    const std::string bag = station::requireOneLine(request.bag, Msg::FieldBag, 40, true);
    if (bag.empty())
        throw station::CommandRefused(Msg::DepositBag);
    const std::string seal = station::requireOneLine(request.seal, Msg::FieldSeal, 40, true);

    PgTransaction tx(*m_db);
    m_db->query("SELECT pg_advisory_xact_lock(5420, 3)"); // one deposit at a time: no drawer goes in two
    auto windows = replayWindows(); // first: a supervisor added in records not verified yet is not known yet
    if (!isSupervisorAnywhere(request.operatorId))
        throw station::CommandRefused(Msg::OfficeMoneySupervisor, {{"operator", request.operatorId}});
    auto taken = takenByOffice(*m_db);

    // Drawers named: each goes to the window that holds it (drawer ids carry their station's).
    std::map<std::string, std::vector<std::string>> named;
    for (const std::string& drawer : request.drawers) {
        auto holder = std::find_if(windows.begin(), windows.end(),
                                   [&](const auto& w) { return w->drawers().drawer(drawer).has_value(); });
        if (holder == windows.end())
            throw station::CommandRefused(Msg::DrawerUnknown, {{"drawer", quoteForMessage(drawer)}});
        if (auto office = taken[(*holder)->stationId()].find("drawer:" + drawer);
            office != taken[(*holder)->stationId()].end())
            throw station::CommandRefused(Msg::OfficeDepositDrawerTaken, {{"drawer", drawer}, {"deposit", office->second}});
        named[(*holder)->stationId()].push_back(drawer);
    }

    station::DepositDraft whole;
    json parts = json::array();
    std::string bankStation;
    json bank;
    for (auto& window : windows) {
        const std::string id = window->stationId();
        station::DepositRequest part = request;
        part.drawers.clear();
        if (!request.drawers.empty()) {
            if (!named.contains(id))
                continue;
            part.drawers = named[id];
        }
        station::DepositDraft draft;
        try {
            draft = window->deposits().draft(part, taken[id]);
        } catch (const station::CommandRefused& e) {
            if (e.message().id() == Msg::DepositNothing && request.drawers.empty())
                continue; // this window has nothing left of the day; another may
            throw;
        }
        // One bag goes to one bank account.
        json windowBank = {{"bank_name", window->settings().textSetting("deposit.bank_name")},
                           {"bank_routing", window->settings().textSetting("deposit.bank_routing")},
                           {"bank_account", window->settings().textSetting("deposit.bank_account")}};
        if (bank.is_null()) {
            bank = windowBank;
            bankStation = id;
        } else if (windowBank != bank) {
            throw station::CommandRefused(Msg::OfficeDepositBanks,
                                          {{"station", bankStation}, {"account", bank["bank_account"].get<std::string>()},
                                           {"other", id}, {"other_account", windowBank["bank_account"].get<std::string>()}});
        }
        for (auto& row : draft.drawers)
            row["station"] = id;
        for (auto& item : draft.items)
            item["station"] = id;
        json body = draft.body();
        body["station"] = id;
        body["verified_size"] = window->store().size();
        parts.push_back(std::move(body));
        station::addDraft(whole, draft);
    }
    if (parts.empty())
        throw station::CommandRefused(Msg::DepositNothing, {{"day", request.day}});

    auto last = m_db->query("SELECT coalesce(max(number), 0) FROM office.deposits");
    const std::int64_t number = last.number(0, 0) + 1;
    const std::string id = stationScopedId(kOfficeDepositPrefix, "DP", static_cast<std::uint64_t>(number));
    json body = whole.body();
    body.update(bank);
    body.update({{"id", id},
                 {"number", number},
                 {"day", request.day},
                 {"bag", bag},
                 {"seal", seal},
                 {"office", m_cosigner->publicKey().name()},
                 {"windows", parts}});
    const std::string text = body.dump();
    m_db->query("INSERT INTO office.deposits (id, number, day, prepared_by, body, signature) VALUES ($1, $2, $3, $4, "
                "$5, $6)",
                {PgParam::text(id), PgParam::number(number), PgParam::text(request.day),
                 PgParam::text(request.operatorId), PgParam::text(text),
                 PgParam::bytes(m_cosigner->sign(depositMessage(text)))});
    for (const json& part : parts) {
        const PgParam station = PgParam::text(part["station"].get<std::string>());
        for (const json& drawer : part["drawers"])
            m_db->query("INSERT INTO office.deposit_sources (station, kind, id, deposit) VALUES ($1, 'drawer', $2, $3)",
                        {station, PgParam::text(drawer["drawer"].get<std::string>()), PgParam::text(id)});
        for (const json& batch : part["batches"])
            m_db->query("INSERT INTO office.deposit_sources (station, kind, id, deposit) VALUES ($1, 'batch', $2, $3)",
                        {station, PgParam::text(batch.get<std::string>()), PgParam::text(id)});
    }
    // Published back, one item per window it took from, so that the window's own deposit leaves those out (a station
    // deposits offline, from what it knows). The office's own item (no origin: a station pulls no item of its own
    // origin), naming the window in its body.
    lockPublishing();
    std::vector<PublishItem> published;
    for (const json& part : parts) {
        json taken = {{"deposit", id}, {"station", part["station"]}, {"drawers", json::array()},
                      {"batches", part["batches"]}};
        for (const json& drawer : part["drawers"])
            taken["drawers"].push_back(drawer["drawer"]);
        published.push_back({number, "deposit_taken", taken.dump()});
    }
    publish(std::nullopt, published);
    tx.commit();
    return *deposit(id);
}

OfficeDeposit Office::confirmDeposit(const station::DepositConfirmation& c)
{
    PgTransaction tx(*m_db);
    m_db->query("SELECT pg_advisory_xact_lock(5420, 3)");
    auto d = deposit(c.deposit);
    if (!d)
        throw station::CommandRefused(Msg::DepositUnknown, {{"deposit", quoteForMessage(c.deposit)}});
    if (d->voided)
        throw station::CommandRefused(Msg::OfficeDepositVoided, {{"deposit", d->id}, {"operator", d->voidedBy},
                                                                 {"reason", (*d->voided)["reason"].get<std::string>()}});
    if (d->confirmation)
        throw station::CommandRefused(Msg::DepositConfirmed, {{"deposit", d->id},
                                                              {"reference", (*d->confirmation)["reference"].get<std::string>()}});
    if (!isSupervisorAnywhere(c.operatorId))
        throw station::CommandRefused(Msg::OfficeMoneySupervisor, {{"operator", c.operatorId}});
    // A bank date left out is today's office day (the office's zone and day start).
    const std::string today = calendar().day(m_clock.nowMs());
    const json body = station::checkConfirmation(c, d->id, Money::fromCents(d->body.at("total").get<std::int64_t>()),
                                                 today);
    const std::string text = body.dump();
    m_db->query("INSERT INTO office.deposit_confirmations (deposit, confirmed_by, body, signature) VALUES ($1, $2, $3, "
                "$4)",
                {PgParam::text(d->id), PgParam::text(c.operatorId), PgParam::text(text),
                 PgParam::bytes(m_cosigner->sign(confirmationMessage(text)))});
    tx.commit();
    return *deposit(d->id);
}

OfficeDeposit Office::voidDeposit(const std::string& id, const std::string& reasonText, const std::string& supervisor)
{
    const std::string reason = station::requireOneLine(reasonText, Msg::FieldReason, 200, true);
    PgTransaction tx(*m_db);
    m_db->query("SELECT pg_advisory_xact_lock(5420, 3)");
    auto d = deposit(id);
    if (!d)
        throw station::CommandRefused(Msg::DepositUnknown, {{"deposit", quoteForMessage(id)}});
    if (d->voided)
        throw station::CommandRefused(Msg::OfficeDepositVoided, {{"deposit", d->id}, {"operator", d->voidedBy},
                                                                 {"reason", (*d->voided)["reason"].get<std::string>()}});
    // A deposit the bank credited was not taken back: its difference, if any, is the bank's confirmation's.
    if (d->confirmation)
        throw station::CommandRefused(Msg::OfficeDepositVoidConfirmed,
                                      {{"deposit", d->id}, {"reference", (*d->confirmation)["reference"].get<std::string>()}});
    if (reason.empty())
        throw station::CommandRefused(Msg::OfficeDepositVoidReason);
    if (!isSupervisorAnywhere(supervisor))
        throw station::CommandRefused(Msg::OfficeMoneySupervisor, {{"operator", supervisor}});
    const json body = {{"deposit", d->id}, {"reason", reason}, {"office", m_cosigner->publicKey().name()}};
    const std::string text = body.dump();
    m_db->query("INSERT INTO office.deposit_voids (deposit, voided_by, body, signature) VALUES ($1, $2, $3, $4)",
                {PgParam::text(d->id), PgParam::text(supervisor), PgParam::text(text),
                 PgParam::bytes(m_cosigner->sign(voidMessage(text)))});
    // Published back: the windows forget what it took, so that their own deposit may take it again.
    lockPublishing();
    publish(std::nullopt, d->body.at("number").get<std::int64_t>(), "deposit_voided", json{{"deposit", d->id}}.dump());
    tx.commit();
    return *deposit(d->id);
}

Message overlapMessage(const DepositOverlap& o)
{
    return Message(Msg::OfficeDepositOverlap, {{"station", o.station},
                                               {"work", station::reviewWorkMessage(o.kind, o.id)},
                                               {"own", o.deposit},
                                               {"deposit", o.officeDeposit}});
}

std::vector<DepositOverlap> Office::depositOverlaps(const std::string& day, bool unresolvedOnly)
{
    auto rows = m_db->query("SELECT o.station, o.seq, o.deposit, o.day, o.kind, o.id, o.office_deposit, d.day, "
                            "v.deposit IS NOT NULL, coalesce(v.voided_by, ''), coalesce(v.body::json->>'reason', '') "
                            "FROM office.deposit_overlaps o JOIN office.deposits d ON d.id = o.office_deposit "
                            "LEFT JOIN office.deposit_voids v ON v.deposit = o.office_deposit "
                            "WHERE ($1 = '' OR o.day = $1 OR d.day = $1) AND NOT ($2 AND v.deposit IS NOT NULL) "
                            "ORDER BY o.station, o.seq, o.kind, o.id",
                            {PgParam::text(day), PgParam::text(unresolvedOnly ? "true" : "false")});
    std::vector<DepositOverlap> out;
    for (int i = 0; i < rows.rows(); ++i)
        out.push_back({rows.text(i, 0), static_cast<std::uint64_t>(rows.number(i, 1)), rows.text(i, 2),
                       rows.text(i, 3), rows.text(i, 4), rows.text(i, 5), rows.text(i, 6), rows.text(i, 7),
                       rows.text(i, 8) == "t", rows.text(i, 9), rows.text(i, 10)});
    return out;
}

std::vector<OfficeDeposit> Office::readDeposits(const std::string& where, const std::vector<PgParam>& params)
{
    // `where` is one of this file's fixed conditions; values travel as parameters.
    auto rows = m_db->query("SELECT d.id, d.prepared_by, to_char(d.prepared_at AT TIME ZONE 'UTC', "
                            "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), d.body, d.signature, c.confirmed_by, c.body, c.signature, "
                            "(extract(epoch FROM d.prepared_at) * 1000)::bigint, v.voided_by, v.body, v.signature "
                            "FROM office.deposits d LEFT JOIN office.deposit_confirmations c ON c.deposit = d.id "
                            "LEFT JOIN office.deposit_voids v ON v.deposit = d.id WHERE "
                                + where + " ORDER BY d.number",
                            params);
    std::vector<OfficeDeposit> out;
    for (int i = 0; i < rows.rows(); ++i) {
        OfficeDeposit d;
        d.id = rows.text(i, 0);
        d.preparedBy = rows.text(i, 1);
        d.preparedAt = rows.text(i, 2);
        d.preparedAtMs = rows.number(i, 8);
        const std::string body = rows.text(i, 3);
        d.body = json::parse(body);
        d.signatureValid = m_cosigner->publicKey().verify(depositMessage(body), rows.bytes(i, 4));
        if (!rows.isNull(i, 6)) {
            const std::string confirmation = rows.text(i, 6);
            d.confirmation = json::parse(confirmation);
            d.confirmedBy = rows.text(i, 5);
            d.confirmationSignatureValid = m_cosigner->publicKey().verify(confirmationMessage(confirmation),
                                                                          rows.bytes(i, 7));
        }
        if (!rows.isNull(i, 10)) {
            const std::string voided = rows.text(i, 10);
            d.voided = json::parse(voided);
            d.voidedBy = rows.text(i, 9);
            d.voidSignatureValid = m_cosigner->publicKey().verify(voidMessage(voided), rows.bytes(i, 11));
        }
        out.push_back(std::move(d));
    }
    return out;
}

std::optional<OfficeDeposit> Office::deposit(const std::string& id)
{
    auto found = readDeposits("d.id = $1", {PgParam::text(id)});
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::vector<OfficeDeposit> Office::deposits(const std::string& day)
{
    return readDeposits("($1 = '' OR d.day = $1)", {PgParam::text(day)});
}

printing::BankDepositDocument Office::depositDocument(const std::string& id)
{
    auto d = deposit(id);
    if (!d)
        throw station::CommandRefused(Msg::DepositUnknown, {{"deposit", quoteForMessage(id)}});
    auto windows = replayWindows(false);
    auto windowOf = [&](const std::string& station) -> station::Station& {
        for (auto& w : windows)
            if (w->stationId() == station)
                return *w;
        throw std::runtime_error("office deposit " + id + " names window " + station + ", which has no records");
    };
    station::DepositInfo whole = station::depositFromBody(d->body);
    whole.seq = d->body.at("number").get<std::uint64_t>();
    whole.preparedBy = d->preparedBy;
    whole.timeMs = d->preparedAtMs;
    if (d->confirmation) {
        const json& c = *d->confirmation;
        whole.status = "confirmed";
        whole.confirmedAmount = Money::fromCents(c.at("amount").get<std::int64_t>());
        whole.bankDate = c.at("bank_date").get<std::string>();
        whole.reference = c.at("reference").get<std::string>();
        whole.difference = Money::fromCents(c.at("difference").get<std::int64_t>());
        whole.reason = c.at("reason").get<std::string>();
        whole.confirmedBy = d->confirmedBy;
    }
    // The whole's figures as the first window's slip puts them; each window names its own drawers and batches.
    const json& parts = d->body.at("windows");
    printing::BankDepositDocument doc =
        windowOf(parts.front().at("station").get<std::string>()).deposits().depositDocument(whole);
    doc.sources.clear();
    std::string stations;
    for (const json& part : parts) {
        const std::string station = part.at("station").get<std::string>();
        stations += (stations.empty() ? "" : ", ") + station;
        for (const std::string& source : windowOf(station).deposits().depositDocument(windowPart(d->body, part)).sources)
            doc.sources.push_back(station + ": " + source);
    }
    doc.station = stations;
    return doc;
}

station::Journal Office::journal(const std::string& day)
{
    if (!isValidDate(day))
        throw station::CommandRefused(Msg::JournalDay, {{"day", quoteForMessage(day)}});
    // A drawer or batch in two deposits would be posted twice: refused until the office's deposit is voided.
    if (auto overlaps = depositOverlaps(day, true); !overlaps.empty())
        throw station::CommandRefused(Msg::OfficeJournalOverlap, {{"day", day}, {"problem", overlapMessage(overlaps.front())}});
    auto taken = takenByOffice(*m_db);
    std::vector<OfficeDeposit> officeDeposits = deposits(day);
    std::erase_if(officeDeposits, [](const OfficeDeposit& d) { return d.voided.has_value(); }); // taken back
    auto windows = replayWindows();
    station::Journal journal;
    journal.day = day;
    for (const OfficeDeposit& d : officeDeposits)
        journal.deposits.push_back(d.id);
    for (auto& window : windows) {
        const std::string id = window->stationId();
        station::JournalScope scope;
        scope.window = true;
        scope.takenElsewhere = taken[id];
        for (const OfficeDeposit& d : officeDeposits) {
            for (const json& part : d.body.at("windows")) {
                if (part.at("station") == id) {
                    station::DepositInfo info = windowPart(d.body, part);
                    // The bank's difference, if any, is posted once: with the deposit's first window.
                    if (d.confirmation && d.body["windows"].front().at("station") == id) {
                        info.status = "confirmed";
                        info.confirmedSeq = info.seq;
                        info.confirmedAmount = Money::fromCents((*d.confirmation)["amount"].get<std::int64_t>());
                        info.difference = Money::fromCents((*d.confirmation)["difference"].get<std::int64_t>());
                        info.reason = (*d.confirmation)["reason"].get<std::string>();
                    }
                    scope.outsideDeposits.push_back(std::move(info));
                }
            }
        }
        station::Journal part = window->deposits().journal(day, scope);
        for (const station::DepositInfo& own : window->deposits().list(day))
            journal.deposits.push_back(own.id);
        for (station::JournalLine& line : part.lines) {
            line.memo = id + ": " + line.memo; // a line's seq is its window's record, or the office deposit's number
            journal.lines.push_back(std::move(line));
        }
        journal.debits += part.debits;
        journal.credits += part.credits;
    }
    if (journal.deposits.empty())
        throw station::CommandRefused(Msg::JournalNothingDeposited, {{"day", day}});
    if (journal.debits != journal.credits)
        throw std::logic_error("the office's journal of " + day + " does not balance");
    return journal;
}

} // namespace tillbook::office
