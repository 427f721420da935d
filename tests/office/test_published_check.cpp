// checkPublished without a database: batches signed before the office chained them (v1) and after (v2, each naming the
// batch before it), a batch taken out of the sequence, and the head a station kept.
#include "office/published_check.h"

#include <catch2/catch.hpp>

#include <memory>

using namespace tillbook;
using office::PublishedBatch;

namespace {

struct Office {
    std::unique_ptr<ledger::Cosigner> key = ledger::Cosigner::generate("tillbook.office/test");
    std::vector<station::OfficeItem> items;
    std::vector<PublishedBatch> batches;
    const office::PublishedWords words{"the office key", "so nothing was applied."};

    // Publishes `count` items of `origin` as the next batch `id` (v1: not chained; v2: naming the batch before it).
    void publish(std::int64_t id, int count, bool chained, const std::string& origin = "WIN-A")
    {
        const std::int64_t first = items.empty() ? 1 : items.back().id + 1;
        std::vector<const station::OfficeItem*> members;
        items.reserve(items.size() + static_cast<std::size_t>(count) + 16);
        for (int i = 0; i < count; ++i) {
            items.push_back({first + i, origin, 10 + i, "bill_paid", R"({"amount":100})", {}, 0});
            members.push_back(&items.back());
        }
        std::optional<station::BatchLink> link;
        if (chained)
            link = batches.empty() ? station::BatchLink{id, ""}
                                   : station::BatchLink{id, station::batchLinkHash(batches.back().signature)};
        const std::int64_t last = first + count - 1;
        batches.push_back({id, first, last, key->sign(station::signedBatchMessage(first, last, members, link))});
    }
    std::optional<std::string> check(std::int64_t after = 0, const std::optional<station::BatchHead>& head = {})
    {
        std::vector<station::OfficeItem> pulled;
        for (const auto& item : items)
            if (item.id > after)
                pulled.push_back(item);
        return office::checkPublished(pulled, batches, after, head, key->publicKey(), words);
    }
    void remove(std::int64_t batch)
    {
        for (auto b = batches.begin(); b != batches.end(); ++b) {
            if (b->id != batch)
                continue;
            std::erase_if(items, [&](const station::OfficeItem& i) { return i.id >= b->first && i.id <= b->last; });
            batches.erase(b);
            return;
        }
    }
};

} // namespace

TEST_CASE("published batches chained one to the next verify and a batch taken out is refused at the next one")
{
    Office o;
    o.publish(1, 3, true);
    o.publish(2, 1, true, "");
    o.publish(3, 2, true, "WIN-B");
    o.publish(4, 2, true);
    CHECK_FALSE(o.check());
    o.remove(2);
    auto problem = o.check();
    REQUIRE(problem);
    CHECK(*problem == "The office's published batch 3 (items 5 to 6) follows a batch that is missing from the office's "
                      "database (batch 2, deleted?), so nothing was applied.");
}

TEST_CASE("published batches signed before the office chained them are checked as before and the chain starts after them")
{
    Office o;
    o.publish(1, 2, false);
    o.publish(3, 2, false); // an old office's batch numbers come from a sequence a rolled-back run leaves gaps in
    o.publish(4, 1, true);
    o.publish(5, 2, true);
    CHECK_FALSE(o.check());
    CHECK_FALSE(o.check(4)); // a station that held the items of the old batches: from the batch before the new ones
    o.remove(4);
    REQUIRE(o.check());
    CHECK(o.check()->find("batch 4, deleted?") != std::string::npos);
}

TEST_CASE("the last batch a station pulled must still be there as it was at its next pull")
{
    Office o;
    o.publish(1, 2, true);
    o.publish(2, 2, true);
    const station::BatchHead head{2, 4, o.batches[1].signature};
    o.publish(3, 1, true);
    CHECK_FALSE(o.check(4, head));
    // The head deleted and its number given to the next batch.
    Office p;
    p.publish(1, 2, true);
    p.publish(2, 1, true);
    auto problem = p.check(2, head);
    REQUIRE(problem);
    CHECK(*problem == "The office's published batch 2 (up to item 4), which this station pulled before, is not as it "
                      "was in the office's database (changed, or deleted and its number given to another), so nothing "
                      "was applied.");
    // The head deleted, nothing after it.
    o.remove(3);
    o.remove(2);
    problem = o.check(4, head);
    REQUIRE(problem);
    CHECK(*problem == "The office's published batch 2, which this station pulled before, is missing from the office's "
                      "database (deleted?), so nothing was applied.");
}
