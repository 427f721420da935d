// Station: receipts as documents (from the ledger record and the projections) and checking a receipt's QR payload.
#include "ledger/hash.h"
#include "ledger/keys.h"
#include "ledger/store.h"
#include "station/projector.h"
#include "station/services.h"

#include "core/text.h"

#include <sstream>

namespace tillbook::station {

using nlohmann::json;

namespace {

constexpr std::string_view kPayloadTag = "TB1";
// The query parameter that carries the proof when the code is a URL (receipt.verify_url).
constexpr std::string_view kCodeParameter = "code";

// The printed word for a bill's kind (bills.kind, from the import), looked up in the customer's language.
const char* billKindWord(const std::string& kind)
{
    return kind == "permit" ? "Permit" : kind == "license" ? "License" : kind == "fee" ? "Fee" : kind == "installment" ? "Installment" : "Utility bill";
}

// The proof out of a code that is a URL: its code parameter, percent-decoded; any other text as it is.
std::optional<std::string> proofOf(std::string_view scanned)
{
    if (!scanned.starts_with("https://") && !scanned.starts_with("http://"))
        return std::string(scanned);
    auto query = scanned.find('?');
    if (query == std::string_view::npos)
        return std::nullopt;
    std::string_view rest = scanned.substr(query + 1);
    while (!rest.empty()) {
        auto amp = rest.find('&');
        std::string_view parameter = rest.substr(0, amp);
        if (parameter.starts_with(kCodeParameter) && parameter.size() > kCodeParameter.size()
            && parameter[kCodeParameter.size()] == '=')
            return percentDecode(parameter.substr(kCodeParameter.size() + 1));
        rest = amp == std::string_view::npos ? std::string_view{} : rest.substr(amp + 1);
    }
    return std::nullopt;
}

std::vector<std::string> split(std::string_view text, char separator)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        auto end = text.find(separator, start);
        parts.emplace_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

} // namespace

std::string receiptPayload(const ledger::Record& record)
{
    return std::string(kPayloadTag) + "|" + record.station + "|" + std::to_string(record.seq) + "|"
           + ledger::toBase64(record.hash) + "|" + ledger::toBase64(record.signature);
}

printing::ReceiptDocument DocumentService::receiptDocument(std::string_view number, bool reprint)
{
    auto r = m_station.payments().receipt(number);
    if (!r)
        throw CommandRefused(Msg::ReceiptUnknown, {{"receipt", number}});
    auto record = m_ctx.store().at(r->seq);
    json body = json::parse(record->body);
    printing::ReceiptDocument doc;
    // The customer's language: the first account the receipt pays.
    for (const auto& l : body["lines"]) {
        if (auto detail = l["account"].get<std::string>().empty() ? std::nullopt : m_station.accounts().account(l["account"].get<std::string>())) {
            doc.language = printing::parseLanguage(detail->language).value_or(printing::Language::English);
            break;
        }
    }
    const printing::Language lang = doc.language;
    doc.letterhead = letterhead();
    doc.receiptNumber = r->number;
    doc.dateTime = printing::printedDate(lang, m_ctx.printedTime(r->timeMs));
    doc.station = m_ctx.stationId();
    auto op = m_station.operators().findOperator(r->operatorId);
    doc.cashier = op ? op->name : r->operatorId;
    std::vector<std::string> accounts;
    auto bills = m_ctx.db().prepare("SELECT kind, description, period_start, period_end, due_date FROM bills WHERE id = ?");
    for (const auto& l : body["lines"]) {
        std::string account = l["account"].get<std::string>();
        std::string bill = l["bill"].get<std::string>();
        std::string fee = l["fee"].get<std::string>();
        printing::ReceiptLine line{printing::say(lang, "Credit on account"), "", account,
                                   Money::fromCents(l["amount"].get<std::int64_t>())};
        if (!bill.empty()) {
            // The billing system's description and service period; without them, the kind of bill and its due date.
            bills.bind(1, bill);
            if (bills.step()) {
                std::string description = bills.columnText(1);
                line.label = description.empty() ? printing::say(lang, billKindWord(bills.columnText(0))) : description;
                line.detail = !bills.columnText(2).empty()
                                  ? printing::say(lang, "Bill {1}, service {2} to {3}",
                                                  {bill, printing::printedDate(lang, bills.columnText(2)),
                                                   printing::printedDate(lang, bills.columnText(3))})
                                  : printing::say(lang, "Bill {1}, due {2}", {bill, printing::printedDate(lang, bills.columnText(4))});
            } else {
                line.label = printing::say(lang, "Bill {1}", {bill});
            }
            bills.reset();
        } else if (fee == kConvenienceFeeCode) {
            line.label = printing::say(lang, "Card convenience fee ({1})", {l["fund"].get<std::string>()});
        } else if (!fee.empty()) {
            line.label = fee;
            for (const auto& f : m_station.accounts().fees()) {
                if (f.code == fee)
                    line.label = f.description;
            }
        }
        doc.lines.push_back(std::move(line));
        if (!account.empty() && std::find(accounts.begin(), accounts.end(), account) == accounts.end())
            accounts.push_back(account);
    }
    for (const auto& a : accounts) {
        if (auto detail = m_station.accounts().account(a)) {
            doc.customers.push_back({a, detail->summary.name, detail->summary.serviceAddress});
            if (doc.mailTo.name.empty())
                doc.mailTo = {detail->summary.name,
                              detail->mailingAddress.empty() ? detail->summary.serviceAddress : detail->mailingAddress};
            doc.balances.push_back(
                detail->summary.credit.isPositive()
                    ? printing::say(lang, "Account {1} now owes {2} and holds a credit of {3}",
                                    {a, formatMoney(detail->summary.balance), formatMoney(detail->summary.credit)})
                    : printing::say(lang, "Account {1} now owes {2}", {a, formatMoney(detail->summary.balance)}));
        }
    }
    for (const auto& t : body["tenders"]) {
        std::string kind = t["kind"].get<std::string>();
        if (kind == "card") {
            // "VISA ****4242 approval 123456": what the customer matches against the terminal's slip.
            const auto& card = t["card"];
            doc.tenders.push_back({printing::say(lang, "{1} ****{2} approval {3}",
                                                 {card["brand"].get<std::string>(), card["last4"].get<std::string>(),
                                                  card["approval"].get<std::string>()}),
                                   Money::fromCents(t["amount"].get<std::int64_t>())});
            continue;
        }
        std::string label = printing::say(lang, kind == "cash" ? "Cash" : kind == "check" ? "Check" : "Money order");
        if (kind != "cash") {
            doc.checksTaken = true;
            auto v = m_ctx.db().prepare("SELECT serial, account FROM check_verifications WHERE id = ?");
            v.bind(1, t["reference"].get<std::string>());
            if (v.step()) {
                // Only the last four digits of the bank account are printed.
                std::string acct = v.columnText(1);
                std::string masked = maskBankAccount(acct);
                label = printing::say(lang, "{1} {2} (account {3})", {label, v.columnText(0), masked});
            }
        }
        doc.tenders.push_back({label, Money::fromCents(t["amount"].get<std::int64_t>())});
    }
    doc.total = r->total;
    doc.tendered = r->tendered;
    doc.change = r->change;
    doc.reprint = reprint;
    doc.voided = r->status == "voided";
    doc.footer = customerFooter(lang, false);
    doc.seq = r->seq;
    doc.qrPayload = verificationCode(receiptPayload(*record));
    return doc;
}

printing::CustomerFooter DocumentService::customerFooter(printing::Language lang, bool note)
{
    auto& settings = m_ctx.settings();
    printing::CustomerFooter footer;
    // The office's own words when it set them (one language for every customer); else the standard wording in the
    // customer's.
    footer.thanks = settings.textSetting("receipt.thank_you");
    if (footer.thanks.empty())
        footer.thanks = printing::say(lang, "Thank you for your payment.");
    footer.contact = settings.textSetting("receipt.contact");
    if (footer.contact.empty() && !settings.textSetting("organization.phone").empty())
        footer.contact = printing::say(lang, "Questions? Call {1}.", {settings.textSetting("organization.phone")});
    footer.verifyText = settings.textSetting("receipt.verify_text");
    if (footer.verifyText.empty()) {
        std::string url = settings.textSetting("receipt.verify_url");
        // Shown without its scheme and query: "pay.springfield.gov/check".
        auto scheme = url.find("://");
        std::string shown = url.substr(scheme == std::string::npos ? 0 : scheme + 3);
        shown = shown.substr(0, shown.find('?'));
        footer.verifyText = !url.empty()
                                ? printing::say(lang, note ? "Scan to check this note at {1}" : "Scan to check this receipt at {1}", {shown})
                                : printing::say(lang, note ? "{1} can check this note from its code." : "{1} can check this receipt from its code.",
                                                {settings.textSetting("organization.name")});
    }
    return footer;
}

std::string DocumentService::verificationCode(const std::string& payload)
{
    std::string url = m_ctx.settings().textSetting("receipt.verify_url");
    if (url.empty())
        return payload;
    return url + (url.find('?') == std::string::npos ? "?" : "&") + std::string(kCodeParameter) + "="
           + percentEncode(payload);
}

namespace {

// A Z report's code holds the signed checkpoint that followed the close: it must be signed by one of the ledger's
// keys and agree with the ledger's own tree at that size.
ReceiptCheck verifyCheckpointPayload(const DataPaths& paths, std::string_view note)
{
    // A note ends with a line feed; text pasted from a scanner or a shell often loses it, and it is not signed.
    std::string text(note);
    if (!text.ends_with('\n'))
        text += '\n';
    auto parsed = ledger::parseCheckpointNote(text);
    if (auto* problem = std::get_if<std::string>(&parsed))
        return {false, "this is not a Tillbook code: " + *problem};
    const auto& checkpoint = std::get<ledger::Checkpoint>(parsed);
    auto db = openLedgerReadOnly(paths);
    ledger::LedgerStore store(*db);
    if (checkpoint.origin != ledger::checkpointOrigin(store.station()))
        return {false, "the checkpoint is from " + checkpoint.origin + ", not station " + store.station()};
    bool signedByLedgerKey = false;
    auto keys = db->prepare("SELECT r.body FROM ledger_keys k JOIN ledger_records r ON r.seq = k.seq");
    while (keys.step() && !signedByLedgerKey) {
        auto der = ledger::fromBase64(json::parse(keys.columnTextView(0))["public_key"].get<std::string>());
        if (!der)
            continue;
        auto key = ledger::PublicKey::fromDer(*der);
        signedByLedgerKey = ledger::verifyCheckpoint(checkpoint, key);
    }
    if (!signedByLedgerKey)
        return {false, "the checkpoint's signature does not verify with any of the station's keys"};
    if (checkpoint.size > store.size())
        return {false, "the checkpoint covers " + std::to_string(checkpoint.size) + " records but the ledger has only "
                           + std::to_string(store.size()) + ": records are missing"};
    if (store.root(checkpoint.size) != checkpoint.root)
        return {false, "the ledger's first " + std::to_string(checkpoint.size)
                           + " records do not match the checkpoint: the ledger was changed"};
    return {true, "checkpoint of the first " + std::to_string(checkpoint.size) + " records of station "
                      + store.station() + " matches the ledger and its signature verifies"};
}

} // namespace

ReceiptCheck verifyReceiptPayload(const DataPaths& paths, std::string_view scanned)
{
    // A code printed with receipt.verify_url set is that page's address with the proof as its code parameter.
    std::optional<std::string> proof = proofOf(scanned);
    if (!proof)
        return {false, "this web address carries no Tillbook receipt code"};
    std::string_view payload = *proof;
    if (payload.find('\n') != std::string_view::npos && !payload.starts_with(kPayloadTag))
        return verifyCheckpointPayload(paths, payload);
    std::vector<std::string> parts = split(payload, '|');
    if (parts.size() != 5 || parts[0] != kPayloadTag)
        return {false, "this is not a Tillbook receipt code"};
    std::uint64_t seq = 0;
    try {
        seq = std::stoull(parts[2]);
    } catch (const std::exception&) {
        return {false, "the receipt code's record number is not a number"};
    }
    auto hash = ledger::hashFromBase64(parts[3]);
    auto signature = ledger::fromBase64(parts[4]);
    if (!hash || !signature)
        return {false, "the receipt code is damaged"};
    auto db = openLedgerReadOnly(paths);
    ledger::LedgerStore store(*db);
    if (store.station() != parts[1])
        return {false, "the receipt is from station " + parts[1] + ", not " + store.station()};
    auto record = store.at(seq);
    if (!record)
        return {false, "the ledger has no record " + std::to_string(seq)};
    if (record->hash != *hash || ledger::computeRecordHash(*record) != *hash)
        return {false, "the receipt does not match ledger record " + std::to_string(seq)};
    if (record->kind != "payment.taken" && record->kind != "arrangement.created")
        return {false, "ledger record " + std::to_string(seq) + " is not a payment or an arrangement"};
    // The key that signed the record, as the ledger introduced it.
    auto keys = db->prepare("SELECT r.body FROM ledger_keys k JOIN ledger_records r ON r.seq = k.seq WHERE k.key_id = ?");
    keys.bindBlob(1, record->keyId);
    if (!keys.step())
        return {false, "the ledger does not know the key that signed record " + std::to_string(seq)};
    auto body = json::parse(keys.columnTextView(0));
    auto der = ledger::fromBase64(body["public_key"].get<std::string>());
    if (!der || !ledger::PublicKey::fromDer(*der).verify(*hash, *signature))
        return {false, "the receipt's signature does not verify with the station's key"};
    json payment = json::parse(record->body);
    if (record->kind == "arrangement.created")
        return {true, "promissory note " + payment["id"].get<std::string>() + " is ledger record " + std::to_string(seq)
                          + ", signed by station " + record->station + ", for "
                          + formatMoney(Money::fromCents(payment["total_of_payments"].get<std::int64_t>()))
                          + " in " + std::to_string(payment["installments"].get<std::int64_t>()) + " installments"};
    return {true, "receipt " + payment["receipt"].get<std::string>() + " is ledger record " + std::to_string(seq)
                      + ", signed by station " + record->station + ", for " + formatMoney(Money::fromCents(payment["total"].get<std::int64_t>()))};
}

} // namespace tillbook::station
