// What a station pulls from its office (docs/office.md, "Publish back"): the office's published items kept verbatim in
// office_feed, beside the ledger and never in it, and the tables derived from them (other windows' negative file,
// cash-only customers, check presentments and bill payments), which check verification and the account view consult.
#pragma once

#include "ledger/sqlite.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {

struct AccountSummary;
struct BillInfo;

// One item as the office published it: its id in the office's order, the station whose record it comes from and that
// record's seq (empty and the office's import or deposit number for the office's own items), its kind (negative_file,
// cash_only, presentment, bill_paid; accounts_imported, bills_imported, fees_imported; day_summary; deposit_taken,
// deposit_voided), a JSON body, and the office key's Ed25519 signature over signedItemMessage, or over its batch's
// signedBatchMessage.
struct OfficeItem {
    std::int64_t id = 0;
    std::string origin;
    std::int64_t seq = 0;
    std::string kind;
    std::string body;
    std::vector<std::uint8_t> signature;
    std::int64_t afterSeq = 0; // kept items: the station's ledger size when it was applied
    // Items the office signed in a batch: the batch's ids, and `signature` is the batch's (signedBatchMessage over
    // every item of it); 0 for an item signed on its own (signedItemMessage).
    std::int64_t batchFirst = 0;
    std::int64_t batchLast = 0;
};

// What the office key signs for an item: a domain line, then every field but the signature, so that an item moved to
// another id, origin or kind, or with another body, does not verify.
std::string signedItemMessage(const OfficeItem& item);
// A batch's place in the sequence of batches (docs/office.md, "Signed items"): its number (office.published_batches.id,
// one more than the batch before it) and the hex SHA-256 of the batch before it's signature (empty for the office's
// first batch), so that a batch deleted from the office's database, or put in another's place, breaks the signature of
// the batch after it.
struct BatchLink {
    std::int64_t number = 0;
    std::string previous;
};
std::string batchLinkHash(const std::vector<std::uint8_t>& previousSignature);
// What the office key signs for a batch of items published in one go (ids first..last, in order): a domain line, the
// batch's link when it has one (v2; batches published before the office chained them have none, v1), the ids, the
// count and a SHA-256 over every item's signedItemMessage hash, so one signature covers them all and an item changed,
// moved, added to or taken out of the batch does not verify.
std::string signedBatchMessage(std::int64_t first, std::int64_t last, const std::vector<const OfficeItem*>& items,
                               const std::optional<BatchLink>& link = std::nullopt);

// The derived tables and their ordering keys, for rebuild --check.
struct OfficeTable {
    const char* name;
    const char* order;
};
extern const OfficeTable kOfficeFeedTables[6];

void ensureOfficeFeedTables(ledger::Db& db);
bool hasOfficeFeed(ledger::Db& db);
// The last item pulled, 0 before the first.
std::int64_t lastOfficeItem(ledger::Db& db);
// The last batch of published items a pull read and checked (any window's, this station's own too): the next pull
// must find it in the office's database as it was, and goes on from the batch after it.
struct BatchHead {
    std::int64_t batch = 0; // office.published_batches.id
    std::int64_t lastId = 0; // its last item
    std::vector<std::uint8_t> signature;
};
std::optional<BatchHead> officeBatchHead(ledger::Db& db);
// Keeps the items and applies them, in one transaction, after the ledger's record `afterSeq` (its size now): an import
// done at the office goes into the station's accounts, bills and fees, which its own records change too, so rebuild
// replays each item at the same place among the records. An item of a kind this build does not know is kept and
// applies nothing (a newer office may publish more). `head`, when given, becomes the batch head in the same transaction.
void storeOfficeItems(ledger::Db& db, const std::vector<OfficeItem>& items, std::int64_t pulledMs, std::int64_t afterSeq,
                      const std::optional<BatchHead>& head = std::nullopt);
// Applies one kept item to the projections (accounts, bills, fees) and the derived tables: the one place an item's
// meaning lives, used by the pull and by rebuild.
void applyOfficeItem(ledger::Db& db, const OfficeItem& item);
// The kept items in order, for rebuild to replay among the ledger's records.
std::vector<OfficeItem> keptOfficeItems(ledger::Db& db);

// The office's figures of one day as it last published them (per window: payments, reversals, postings; whether the
// office approved the day and who did), as JSON text; nullopt when the station never pulled them.
std::optional<std::string> officeDaySummary(ledger::Db& db, std::string_view day);

// What other windows did, as the office published it: a bank account on the negative file, a check presented (used in
// a payment) elsewhere, a customer made cash-only elsewhere.
bool onOfficeNegativeFile(ledger::Db& db, std::string_view routing, std::string_view account);
// The office's deposit that took the station's drawer or mail batch (kind "drawer" or "batch"), or "" (a
// deposit_taken item names them: {"deposit", "station", "drawers", "batches"}; a deposit_voided item {"deposit"}
// forgets them).
std::string officeDepositOf(ledger::Db& db, std::string_view station, std::string_view kind, std::string_view id);
bool presentedElsewhere(ledger::Db& db, std::string_view routing, std::string_view account, std::string_view serial);
// The account as the office sees it: the station's own bills less what other windows paid on them (a bill paid at two
// windows is paid, and what is paid beyond it is a credit on the account), and cash-only when another window made it so.
void applyOfficeView(ledger::Db& db, AccountSummary& summary);
// The account's open bills less what other windows paid on them; a bill they paid off is no longer open here.
void applyOfficeView(ledger::Db& db, std::vector<BillInfo>& openBills);

// The office's cosignatures of this station's checkpoints (office_cosignatures, kept by the sync beside the ledger):
// each (size, note), oldest first, and the latest; none when the station never synced.
std::vector<std::pair<std::uint64_t, std::string>> storedCosignatures(ledger::Db& db);
std::optional<std::pair<std::uint64_t, std::string>> latestCosignature(ledger::Db& db);

} // namespace tillbook::station
