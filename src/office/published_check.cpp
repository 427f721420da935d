// The published items' signatures and the chain of their batches, checked as docs/office.md ("Signed items") says.
#include "office/published_check.h"

#include <limits>

namespace tillbook::office {

Published readPublished(PgConnection& db, std::int64_t after, std::optional<std::int64_t> fromBatch)
{
    Published out;
    auto items = db.query("SELECT p.id, coalesce(p.origin, ''), p.seq, p.kind, p.body, s.signature "
                          "FROM office.published p LEFT JOIN office.published_signatures s ON s.id = p.id "
                          "WHERE p.id > $1 ORDER BY p.id",
                          {PgParam::number(after)});
    out.items.reserve(static_cast<std::size_t>(items.rows()));
    for (int i = 0; i < items.rows(); ++i) {
        out.items.push_back({items.number(i, 0), items.text(i, 1), items.number(i, 2), items.text(i, 3),
                             items.text(i, 4), {}, 0});
        if (!items.isNull(i, 5))
            out.items.back().signature = items.bytes(i, 5);
    }
    auto batches = db.query("SELECT id, first_id, last_id, signature FROM office.published_batches "
                            "WHERE last_id > $1 OR id >= coalesce($2::bigint, (SELECT max(id) FROM "
                            "office.published_batches WHERE last_id <= $1)) ORDER BY id",
                            {PgParam::number(after), fromBatch ? PgParam::number(*fromBatch) : PgParam::null()});
    for (int i = 0; i < batches.rows(); ++i)
        out.batches.push_back({batches.number(i, 0), batches.number(i, 1), batches.number(i, 2), batches.bytes(i, 3)});
    return out;
}

std::optional<std::string> checkPublished(std::vector<station::OfficeItem>& items, const std::vector<PublishedBatch>& batches,
                                          std::int64_t after, const std::optional<station::BatchHead>& head,
                                          const ledger::CosignerKey& officeKey, const PublishedWords& words)
{
    const std::string& then = words.consequence;
    const auto unsignedItem = [&](const station::OfficeItem& item) {
        return "The office's published item " + std::to_string(item.id) + " (" + item.kind
               + ") does not carry a valid signature by " + words.key + ", " + then;
    };
    std::size_t i = 0;
    // Items in no batch: published before batches, each signed on its own.
    const auto checkSingles = [&](std::int64_t before) -> std::optional<std::string> {
        for (; i < items.size() && items[i].id < before; ++i) {
            if (items[i].signature.empty()
                || !officeKey.verify(station::signedItemMessage(items[i]), items[i].signature))
                return unsignedItem(items[i]);
        }
        return std::nullopt;
    };
    bool headFound = false;
    const PublishedBatch* previous = nullptr;
    for (const PublishedBatch& b : batches) {
        if (head && b.id == head->batch) {
            headFound = true;
            if (b.signature != head->signature || b.last != head->lastId)
                return "The office's published batch " + std::to_string(b.id) + " (up to item "
                       + std::to_string(head->lastId) + "), which this station pulled before, is not as it was in the "
                       + "office's database "
                       + "(changed, or deleted and its number given to another), " + then;
        }
        if (b.last <= after) {
            // Checked by an earlier pull: only its signature, which the next batch names.
            previous = &b;
            continue;
        }
        if (auto problem = checkSingles(b.first))
            return problem;
        std::vector<const station::OfficeItem*> members;
        for (; i < items.size() && items[i].id <= b.last; ++i) {
            items[i].signature = b.signature; // kept beside each item, with the batch's ids
            items[i].batchFirst = b.first;
            items[i].batchLast = b.last;
            members.push_back(&items[i]);
        }
        std::optional<station::BatchLink> link;
        if (previous && previous->id == b.id - 1)
            link = station::BatchLink{b.id, station::batchLinkHash(previous->signature)};
        else if (!previous && b.id == 1)
            link = station::BatchLink{1, ""};
        const bool chained = link && officeKey.verify(station::signedBatchMessage(b.first, b.last, members, link),
                                                      b.signature);
        // A batch signed before the office chained them: its items alone (its number may follow a gap).
        if (!chained && !officeKey.verify(station::signedBatchMessage(b.first, b.last, members), b.signature)) {
            if (!link)
                return "The office's published batch " + std::to_string(b.id) + " ("
                       + (b.first == b.last ? "item " + std::to_string(b.first)
                                            : "items " + std::to_string(b.first) + " to " + std::to_string(b.last))
                       + ") follows a batch that is missing from the office's database (batch "
                       + std::to_string(b.id - 1) + ", deleted?), " + then;
            if (members.size() == 1 && b.first == b.last)
                return unsignedItem(*members.front());
            return "The office's published items " + std::to_string(b.first) + " to " + std::to_string(b.last)
                   + " (one batch) do not carry a valid signature by " + words.key + ", " + then;
        }
        previous = &b;
    }
    if (head && !headFound)
        return "The office's published batch " + std::to_string(head->batch) + ", which this station pulled before, is "
               + "missing from the office's database (deleted?), " + then;
    return checkSingles(std::numeric_limits<std::int64_t>::max());
}


} // namespace tillbook::office
