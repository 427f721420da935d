// Checking what the office published (docs/office.md, "Signed items"): the items and batches as the database holds them,
// against the office key, by a station's pull and by the office's own status.
#pragma once

#include "ledger/cosignature.h"
#include "office/pg.h"
#include "station/office_feed.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tillbook::office {

// One row of office.published_batches.
struct PublishedBatch {
    std::int64_t id = 0;
    std::int64_t first = 0;
    std::int64_t last = 0;
    ledger::Bytes signature;
};

struct Published {
    std::vector<station::OfficeItem> items; // every item after `after`, in id order, every window's
    std::vector<PublishedBatch> batches; // the batches of those items, and the one before them
};

// Reads the items after `after` and their batches, from the batch `fromBatch` (the head a station kept) or else from
// the batch of item `after` (or before it), whose signature the first new batch names.
Published readPublished(PgConnection& db, std::int64_t after, std::optional<std::int64_t> fromBatch);

// How a problem is said: whose key ("the office key of this station's join file") and what follows from it.
struct PublishedWords {
    std::string key;
    std::string consequence;
};

// Each batch after `after` must carry the key's signature over its items and its link to the batch before it (a
// batch published before the office chained them: over its items alone), and `head`, the last batch a station
// checked, must still be there as it was; an item in no batch (published before batches) must carry a signature of
// its own. Batch signatures bind each item's hash to the batch, so an item changed, moved, taken out or added fails;
// the link binds each batch to the one before it, so a whole batch deleted fails the next batch, and the last one
// deleted and its number given to another fails at the stations that pulled it. Fills in each item's batch and
// signature; returns the problem, in one sentence.
std::optional<std::string> checkPublished(std::vector<station::OfficeItem>& items, const std::vector<PublishedBatch>& batches,
                                          std::int64_t after, const std::optional<station::BatchHead>& head,
                                          const ledger::CosignerKey& officeKey, const PublishedWords& words);

} // namespace tillbook::office
