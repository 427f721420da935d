// Station: imports of accounts, bills and fees (all or nothing, archived by hash), account search and views.
#include "core/import_rows.h"
#include "ledger/hash.h"
#include "station/import_file.h"
#include "station/office_feed.h"
#include "station/projector.h"
#include "station/services.h"

#include <algorithm>
#include <set>

namespace tillbook::station {

namespace fs = std::filesystem;
using ledger::Record;


ImportOutcome AccountService::importFile(std::string_view kind, std::string_view actor, std::string_view csv,
                                  std::string_view sourceName, std::size_t rows, const std::vector<std::string>& keys,
                                  std::string_view table, std::string_view keyColumn)
{
    ImportOutcome outcome;
    outcome.sha256 = ledger::toHex(ledger::sha256(csv));
    std::size_t existing = 0;
    // Table and column names come from this file's callers, never from input.
    auto exists = m_ctx.db().prepare("SELECT 1 FROM " + std::string(table) + " WHERE " + std::string(keyColumn) + " = ?");
    for (const auto& key : keys) {
        exists.bind(1, key);
        if (exists.step())
            ++existing;
        exists.reset();
    }
    outcome.updated = existing;
    outcome.added = rows - existing;
    // The archive is written first: a record must never name a file that is not there. A file left behind
    // by a failed commit is harmless (content-addressed, and named by no record).
    fs::create_directories(m_ctx.paths().importsDir);
    fs::path archive = importArchivePath(m_ctx.paths().importsDir, outcome.sha256);
    if (!fs::exists(archive))
        writeFileAtomically(archive, std::string(csv));
    nlohmann::json body = {{"file_sha256", outcome.sha256},
                           {"source", std::string(sourceName)},
                           {"rows", rows},
                           {"added", outcome.added},
                           {"updated", outcome.updated}};
    outcome.seq = m_ctx.commit(kind, actor, body).seq;
    return outcome;
}

ImportOutcome AccountService::importAccounts(std::string_view actor, std::string_view csv, std::string_view sourceName)
{
    auto parsed = parseAccountsCsv(csv); // kept alive: rows refers into it
    const auto& rows = rowsOrRefuse(parsed, sourceName);
    std::vector<std::string> keys;
    for (const auto& row : rows)
        keys.push_back(row.number);
    return importFile("accounts.imported", actor, csv, sourceName, rows.size(), keys, "accounts", "number");
}

ImportOutcome AccountService::importBills(std::string_view actor, std::string_view csv, std::string_view sourceName)
{
    auto parsed = parseBillsCsv(csv); // kept alive: rows refers into it
    const auto& rows = rowsOrRefuse(parsed, sourceName);
    auto known = m_ctx.db().prepare("SELECT 1 FROM accounts WHERE number = ?");
    auto existing = m_ctx.db().prepare("SELECT account, amount_cents FROM bills WHERE id = ?");
    auto problems = checkBillsAgainst(
        rows,
        [&](const std::string& account) {
            known.reset();
            known.bind(1, account);
            return known.step();
        },
        [&](const std::string& id) -> std::optional<KnownBill> {
            existing.reset();
            existing.bind(1, id);
            if (!existing.step())
                return std::nullopt;
            return KnownBill{existing.columnText(0), Money::fromCents(existing.columnInt(1))};
        });
    if (!problems.empty())
        refuseImport(sourceName, problems);
    std::vector<std::string> keys;
    for (const auto& row : rows)
        keys.push_back(row.id);
    return importFile("bills.imported", actor, csv, sourceName, rows.size(), keys, "bills", "id");
}

ImportOutcome AccountService::importFees(std::string_view actor, std::string_view csv, std::string_view sourceName)
{
    auto parsed = parseFeesCsv(csv); // kept alive: rows refers into it
    const auto& rows = rowsOrRefuse(parsed, sourceName);
    std::vector<std::string> keys;
    for (const auto& row : rows)
        keys.push_back(row.code);
    return importFile("fees.imported", actor, csv, sourceName, rows.size(), keys, "fees", "code");
}

namespace {

constexpr const char* kSummaryColumns
    = "a.number, a.name, a.service_address, a.phone, a.status, a.credit_cents, "
      "(SELECT COALESCE(SUM(open_cents), 0) FROM bills b WHERE b.account = a.number)";

// The words the cashier typed, without punctuation, so input can never be read as FTS syntax.
std::vector<std::string> searchWords(std::string_view text)
{
    std::vector<std::string> words;
    std::string word;
    for (unsigned char c : text) {
        bool keep = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (keep) {
            word.push_back(static_cast<char>(c));
        } else if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    }
    if (!word.empty())
        words.push_back(word);
    return words;
}

// An FTS5 query: every word in `column` (or any column when empty), the last one as a prefix when `prefix`.
std::string ftsQuery(const std::vector<std::string>& words, std::string_view column, bool prefix)
{
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!out.empty())
            out += " AND ";
        if (!column.empty())
            out += std::string(column) + " : ";
        out += '"' + words[i] + '"';
        if (prefix && i + 1 == words.size())
            out += '*';
    }
    return out;
}

std::string upperAscii(std::string_view text)
{
    std::string out(text);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    }
    return out;
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

} // namespace

AccountSummary AccountService::summaryFromRow(const ledger::Statement& row) const
{
    AccountSummary summary{row.columnText(0),
                           row.columnText(1),
                           row.columnText(2),
                           row.columnText(3),
                           row.columnText(4),
                           Money::fromCents(row.columnInt(6)),
                           Money::fromCents(row.columnInt(5))};
    applyOfficeView(m_ctx.db(), summary); // what other windows paid, or made cash-only, as the office published it
    return summary;
}

std::vector<AccountSummary> AccountService::searchAccounts(std::string_view query, std::size_t limit) const
{
    std::vector<AccountSummary> out;
    std::set<std::string> seen;
    std::string_view q = trim(query);
    if (q.empty() || limit == 0)
        return out;
    auto take = [&](ledger::Statement& st) {
        while (out.size() < limit && st.step()) {
            AccountSummary s = summaryFromRow(st);
            if (seen.insert(s.number).second)
                out.push_back(std::move(s));
        }
    };
    std::string number = upperAscii(q);
    bool looksLikeNumber = std::all_of(number.begin(), number.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    });
    if (looksLikeNumber) {
        auto exact = m_ctx.db().prepare(std::string("SELECT ") + kSummaryColumns + " FROM accounts a WHERE a.number = ?");
        exact.bind(1, number);
        take(exact);
        // A range on the primary key, so a prefix search is an index seek, not a scan.
        auto prefix = m_ctx.db().prepare(std::string("SELECT ") + kSummaryColumns
                                    + " FROM accounts a WHERE a.number > ? AND a.number < ? ORDER BY a.number LIMIT ?");
        prefix.bind(1, number).bind(2, number + "\x7f").bind(3, static_cast<std::int64_t>(limit));
        take(prefix);
    }
    // A phone number as typed ("(555) 014-2200", "555 0142"): its digits are one token in the index.
    std::string digits = phoneDigits(q);
    bool phoneLike = digits.size() >= 4 && std::all_of(q.begin(), q.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == ' ' || c == '(' || c == ')' || c == '-' || c == '+' || c == '.';
    });
    if (phoneLike && out.size() < limit) {
        auto phone = m_ctx.db().prepare(std::string("SELECT ") + kSummaryColumns
                                   + " FROM accounts_fts f JOIN accounts a ON a.rowid = f.rowid "
                                     "WHERE accounts_fts MATCH ? LIMIT ?");
        phone.bind(1, "phone_digits : \"" + digits + "\"*").bind(2, static_cast<std::int64_t>(limit));
        take(phone);
    }
    // Ranked by where the words match: whole words of the name, then the name with the last word as a prefix,
    // then name or address with every word as a prefix. Each tier reads the index in rowid order and stops at
    // the limit, so a common surname among a million accounts costs the same as a rare one.
    std::vector<std::string> words = searchWords(q);
    if (!words.empty()) {
        auto text = m_ctx.db().prepare(std::string("SELECT ") + kSummaryColumns
                                  + " FROM accounts_fts f JOIN accounts a ON a.rowid = f.rowid "
                                    "WHERE accounts_fts MATCH ? LIMIT ?");
        std::vector<std::string> prefixed = words;
        std::string anyColumn;
        for (std::size_t i = 0; i < prefixed.size(); ++i)
            anyColumn += (i ? " AND " : "") + std::string("{name service_address} : \"") + prefixed[i] + "\"*";
        for (const std::string& query : {ftsQuery(words, "name", false), ftsQuery(words, "name", true), anyColumn}) {
            if (out.size() >= limit)
                break;
            text.bind(1, query).bind(2, static_cast<std::int64_t>(limit));
            take(text);
            text.reset();
        }
    }
    return out;
}

std::optional<AccountDetail> AccountService::account(std::string_view number) const
{
    auto st = m_ctx.db().prepare(std::string("SELECT ") + kSummaryColumns
                            + ", a.mailing_address, a.email, a.returned_checks, a.language FROM accounts a WHERE a.number = ?");
    st.bind(1, number);
    if (!st.step())
        return std::nullopt;
    AccountDetail detail;
    detail.summary = summaryFromRow(st);
    detail.mailingAddress = st.columnText(7);
    detail.email = st.columnText(8);
    detail.language = st.columnText(10);
    detail.returnedChecks = st.columnInt(9);
    auto bills = m_ctx.db().prepare("SELECT id, account, kind, due_date, amount_cents, open_cents, fund, description, "
                                    "period_start, period_end FROM bills "
                                    "WHERE account = ? AND open_cents > 0 ORDER BY due_date, id");
    bills.bind(1, number);
    const std::string today = m_ctx.today(); // YYYY-MM-DD, as due dates are: they compare as text
    while (bills.step()) {
        std::string due = bills.columnText(3);
        const bool pastDue = due < today;
        BillInfo bill{bills.columnText(0), bills.columnText(1), bills.columnText(2), std::move(due),
                      Money::fromCents(bills.columnInt(4)), Money::fromCents(bills.columnInt(5)), bills.columnText(6),
                      bills.columnText(7), bills.columnText(8), bills.columnText(9), pastDue};
        detail.openBills.push_back(std::move(bill));
    }
    applyOfficeView(m_ctx.db(), detail.openBills); // what other windows paid on them, as the office published it
    return detail;
}

std::vector<std::string> AccountService::openAccountNumbers() const
{
    std::vector<std::string> out;
    auto st = m_ctx.db().prepare("SELECT number FROM accounts WHERE status <> 'closed' ORDER BY number");
    while (st.step())
        out.push_back(st.columnText(0));
    return out;
}

std::vector<FeeInfo> AccountService::fees() const
{
    std::vector<FeeInfo> out;
    auto st = m_ctx.db().prepare("SELECT code, description, amount_cents, fund FROM fees ORDER BY description");
    while (st.step())
        out.push_back(
            FeeInfo{st.columnText(0), st.columnText(1), Money::fromCents(st.columnInt(2)), st.columnText(3)});
    return out;
}

} // namespace tillbook::station
