// Imports done once at the office: an accounts, bills or fees file, parsed and checked by the code a station's own
// import runs (core/import_rows.h), all or nothing, then published to every window with the office key's signature.
// Each window applies it to its accounts, bills and fees as it would its own import of the file (station/office_feed.cpp).
#include "office/office.h"

#include "core/import_rows.h"
#include "ledger/hash.h"
#include "station/import_file.h"

#include <map>
#include <set>

namespace tillbook::office {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The keys as one parameter: ids are A-Z, a-z, 0-9, '-' and '_' (core/import_rows.h), never a newline.
std::string lines(const std::vector<std::string>& keys)
{
    std::string text;
    for (const std::string& key : keys)
        text += (text.empty() ? "" : "\n") + key;
    return text;
}

} // namespace

Office::ImportOutcome Office::importFile(const std::string& kind, const fs::path& file)
{
    const std::string csv = station::readImportFile(file);
    const std::string source = file.filename().string();
    std::vector<std::string> keys;
    const char* table = nullptr; // accounts or fees: the keys the office keeps of each import, for the next one's
    std::size_t knownBillCount = 0; // bills: those of the file the office had already
    PgTransaction tx(*m_db);
    lockPublishing(); // imports are published in the office's order, like everything else
    if (kind == "accounts") {
        auto parsed = parseAccountsCsv(csv);
        for (const AccountRow& row : station::rowsOrRefuse(parsed, source))
            keys.push_back(row.number);
        table = "accounts";
    } else if (kind == "bills") {
        auto parsed = parseBillsCsv(csv);
        const auto& rows = station::rowsOrRefuse(parsed, source);
        std::vector<std::string> accounts;
        for (const BillRow& row : rows) {
            keys.push_back(row.id);
            accounts.push_back(row.account);
        }
        std::set<std::string> knownAccounts;
        auto found = m_db->query("SELECT number FROM office.import_accounts WHERE number = ANY(string_to_array($1, E'\\n'))",
                                 {PgParam::text(lines(accounts))});
        for (int i = 0; i < found.rows(); ++i)
            knownAccounts.insert(found.text(i, 0));
        std::map<std::string, KnownBill> knownBills;
        auto bills = m_db->query("SELECT id, account, amount_cents FROM office.import_bills "
                                 "WHERE id = ANY(string_to_array($1, E'\\n'))",
                                 {PgParam::text(lines(keys))});
        for (int i = 0; i < bills.rows(); ++i)
            knownBills[bills.text(i, 0)] = KnownBill{bills.text(i, 1), Money::fromCents(bills.number(i, 2))};
        auto problems = checkBillsAgainst(
            rows, [&](const std::string& account) { return knownAccounts.count(account) > 0; },
            [&](const std::string& id) -> std::optional<KnownBill> {
                auto bill = knownBills.find(id);
                return bill == knownBills.end() ? std::nullopt : std::optional<KnownBill>(bill->second);
            });
        if (!problems.empty())
            station::refuseImport(source, problems);
        knownBillCount = knownBills.size();
        std::vector<std::string> amounts;
        for (const BillRow& row : rows)
            amounts.push_back(std::to_string(row.amount.cents()));
        // What is imported once keeps its account and amount, as checked above.
        m_db->query("INSERT INTO office.import_bills (id, account, amount_cents) SELECT * FROM "
                    "unnest(string_to_array($1, E'\\n'), string_to_array($2, E'\\n'), "
                    "string_to_array($3, E'\\n')::bigint[]) ON CONFLICT (id) DO NOTHING",
                    {PgParam::text(lines(keys)), PgParam::text(lines(accounts)), PgParam::text(lines(amounts))});
    } else if (kind == "fees") {
        auto parsed = parseFeesCsv(csv);
        for (const FeeRow& row : station::rowsOrRefuse(parsed, source))
            keys.push_back(row.code);
        table = "fees";
    } else {
        throw std::invalid_argument("an office import is of accounts, bills or fees, not " + kind);
    }

    ImportOutcome out;
    out.sha256 = ledger::toHex(ledger::sha256(csv));
    if (table) {
        // Table and column names from this function, never from input.
        const std::string keyTable = std::string("office.import_") + table;
        const std::string keyColumn = kind == "accounts" ? "number" : "code";
        const PgParam keyParam = PgParam::text(lines(keys));
        out.updated = static_cast<std::size_t>(
            m_db->query("SELECT count(*) FROM " + keyTable + " WHERE " + keyColumn + " = ANY(string_to_array($1, E'\\n'))",
                        {keyParam})
                .number(0, 0));
        m_db->query("INSERT INTO " + keyTable + " (" + keyColumn + ") SELECT unnest(string_to_array($1, E'\\n')) "
                    "ON CONFLICT DO NOTHING",
                    {keyParam});
    } else {
        out.updated = knownBillCount;
    }
    out.added = keys.size() - out.updated;
    out.id = m_db->query("INSERT INTO office.imports (kind, file_sha256, source, rows, added, updated) "
                         "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                         {PgParam::text(kind), PgParam::text(out.sha256), PgParam::text(source),
                          PgParam::number(static_cast<std::int64_t>(keys.size())),
                          PgParam::number(static_cast<std::int64_t>(out.added)),
                          PgParam::number(static_cast<std::int64_t>(out.updated))})
                 .number(0, 0);
    const json body = {{"import", out.id}, {"source", source}, {"file_sha256", out.sha256}, {"rows", keys.size()},
                       {"csv", csv}};
    publish(std::nullopt, out.id, kind + "_imported", body.dump());
    tx.commit();
    return out;
}

} // namespace tillbook::office
