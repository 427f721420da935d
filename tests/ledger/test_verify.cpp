// Verification of whole ledgers: intact ledgers pass, and every kind of tampering is caught and named by seq.
#include "ledger/merkle.h"
#include "station/services.h"
#include "support/ledger_fixture.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace tillbook;
using namespace tillbook::ledger;
using test::checkProblem;
using test::LedgerFixture;
using test::problemOf;

TEST_CASE("an intact ledger verifies with signatures on several threads and chain-only")
{
    LedgerFixture f;
    f.append(300);
    for (unsigned threads : {1u, 2u, 4u}) {
        VerifyOptions options;
        options.threads = threads;
        auto report = f.verify(options);
        INFO(problemOf(report));
        CHECK(report.ok());
        CHECK(report.records == 301);
        CHECK(report.signaturesChecked == 301);
        CHECK(report.root == f.store->root(301));
    }
    VerifyOptions chain;
    chain.signatures = false;
    auto report = f.verify(chain);
    CHECK(report.ok());
    CHECK(report.signaturesChecked == 0);
    CHECK(report.bytesHashed > 301 * 100);
}

TEST_CASE("changing one byte of any field is caught at that seq")
{
    struct Case {
        const char* column;
        const char* expect;
    };
    const Case cases[] = {
        {"time_ms", "seq 57: hash mismatch (record changed)"},
        {"station", "seq 57: hash mismatch (record changed)"},
        {"operator", "seq 57: hash mismatch (record changed)"},
        {"approver", "seq 57: hash mismatch (record changed)"},
        {"kind", "seq 57: hash mismatch (record changed)"},
        {"body", "seq 57: hash mismatch (record changed)"},
        {"prev_hash", "seq 57: hash mismatch (record changed)"},
        {"hash", "seq 57: hash mismatch (record changed)"},
        {"key_id", "seq 57: hash mismatch (record changed)"},
        {"signature", "seq 57: signature invalid"},
        {"version", "seq 57: format version 0 is not one this verifier reads"},
        {"algorithm", "seq 57: signature algorithm 0 is unknown"},
        {"seq", "seq 57 missing"},
    };
    for (const Case& c : cases) {
        SECTION(c.column)
        {
            LedgerFixture f;
            f.append(120); // seq 56 has an approver: every 5th append does
            f.flipByte(57, c.column);
            checkProblem(f.verify(), 57, c.expect);
        }
    }
}

TEST_CASE("stored Merkle nodes that disagree with the records are caught")
{
    LedgerFixture f;
    f.append(70);
    f.flipByte(64, "merkle_nodes"); // seq 64 completes six subtrees
    auto report = f.verify();
    REQUIRE_FALSE(report.ok());
    CHECK(report.problem->message == "seq 64: stored Merkle nodes do not match the records (proofs would be wrong)");
}

TEST_CASE("a rewritten record with a recomputed hash fails on its signature - not silently")
{
    LedgerFixture f;
    f.append(20);
    // An attacker without the key changes the last record (seq 21: it completes no Merkle subtree and no record
    // links to it) and recomputes its hash, so only the signature can tell.
    auto victim = *f.store->at(21);
    victim.body = "{\"account\":\"1019\",\"amount\":1,\"note\":\"Núñez Ærø\"}";
    Hash newHash = computeRecordHash(victim);
    f.tamper("UPDATE ledger_records SET body = '" + victim.body + "', hash = X'" + toHex(newHash) + "' WHERE seq = 21");
    auto report = f.verify();
    REQUIRE_FALSE(report.ok());
    CHECK(report.problem->seq == 21);
    CHECK_THAT(report.problem->message, Catch::Contains("signature invalid"));
}

TEST_CASE("deleting - swapping and truncating records are caught")
{
    SECTION("delete one record")
    {
        LedgerFixture f;
        f.append(50);
        f.tamper("DELETE FROM ledger_records WHERE seq = 30");
        auto report = f.verify();
        REQUIRE_FALSE(report.ok());
        CHECK(report.problem->message == "seq 30 missing");
    }
    SECTION("swap two records' contents")
    {
        LedgerFixture f;
        f.append(50);
        f.tamper("CREATE TEMP TABLE t AS SELECT * FROM ledger_records WHERE seq IN (20, 21);"
                 "DELETE FROM ledger_records WHERE seq IN (20, 21);"
                 "INSERT INTO ledger_records SELECT 41 - seq, time_ms, station, operator, approver, kind, body, "
                 "prev_hash, hash, key_id, signature, version, algorithm, merkle_nodes FROM t;");
        auto report = f.verify();
        REQUIRE_FALSE(report.ok());
        CHECK(report.problem->seq == 20);
    }
    SECTION("truncate the tail after a checkpoint")
    {
        LedgerFixture f;
        f.append(40);
        f.close();
        {
            auto st = station::Station::open(f.dir.path(), f.clock);
            st->ledger().checkpoint("system"); // seq 42, and checkpoints/latest.txt covers 41 records
        }
        VerifyOptions options;
        auto note = station::readSmallFile(f.paths.latestCheckpoint);
        REQUIRE(note);
        options.externalCheckpoints.emplace_back("latest.txt", std::get<Checkpoint>(parseCheckpointNote(*note)));
        auto intact = f.verify(options);
        INFO(problemOf(intact));
        REQUIRE(intact.ok());
        CHECK(intact.checkpointsChecked == 2); // the checkpoint record and the external witness
        f.tamper("DELETE FROM ledger_records WHERE seq > 35");
        auto report = f.verify(options);
        REQUIRE_FALSE(report.ok());
        CHECK(report.problem->seq == 36);
        CHECK_THAT(report.problem->message, Catch::Contains("ledger truncated") && Catch::Contains("seq 36 missing"));
    }
}

TEST_CASE("a checkpoint that disagrees with the records is caught")
{
    LedgerFixture f;
    f.append(10);
    f.close();
    Checkpoint good;
    {
        auto st = station::Station::open(f.dir.path(), f.clock);
        good = st->ledger().checkpoint("system");
    }
    f.tamper("UPDATE ledger_records SET body = replace(body, '1', '2') WHERE seq = 5");
    VerifyOptions options;
    options.signatures = false;
    options.externalCheckpoints.emplace_back("paper Z report", good);
    auto report = f.verify(options);
    REQUIRE_FALSE(report.ok());
    CHECK(report.problem->seq == 5);
}

TEST_CASE("a replaced key file is caught and named")
{
    LedgerFixture f;
    f.append(5);
    f.close();
    std::filesystem::remove(f.paths.privateKey);
    ledger::SoftwareSigner::generate()->saveFile(f.paths.privateKey);
    auto report = f.verify();
    REQUIRE_FALSE(report.ok());
    CHECK(report.problem->seq == 1);
    CHECK_THAT(report.problem->message, Catch::Contains("is not the key the ledger uses since seq 1"));
    // And the station refuses to sign anything with it.
    CHECK_THROWS_WITH(station::Station::open(f.dir.path(), f.clock), Catch::Contains("is not the key this ledger uses"));
}

TEST_CASE("records signed by a key other than the ledger's are caught")
{
    LedgerFixture f;
    f.append(5);
    auto intruder = SoftwareSigner::generate();
    ledger::LedgerWriter forger(*f.store, *intruder, f.clock);
    {
        Transaction tx(*f.db);
        forger.append("payment.taken", "ana", "", {{"amount", 1}});
        tx.commit();
    }
    auto report = f.verify();
    REQUIRE_FALSE(report.ok());
    CHECK(report.problem->seq == 7);
    CHECK_THAT(report.problem->message, Catch::Contains("signed by key"));
}

TEST_CASE("key rotation: the old key introduces the new one and both verify")
{
    LedgerFixture f;
    f.append(3);
    f.close();
    {
        auto st = station::Station::open(f.dir.path(), f.clock);
        auto before = st->publicKey().keyId();
        auto rotation = st->ledger().rotateKey("system", "test");
        CHECK(rotation.keyId == before); // signed by the old key
        CHECK(st->publicKey().keyId() != before);
        st->ledger().checkpoint("system");
        st->operators().signOut("ana");
    }
    auto report = f.verify();
    INFO(problemOf(report));
    CHECK(report.ok());
    CHECK(report.records == 7);
    CHECK_FALSE(std::filesystem::exists(f.paths.nextKey));
}

namespace {

// A record signed with the station's key but written around the writer, the way someone holding the key could: for
// the cases the writer itself never produces.
void appendForged(LedgerFixture& f, std::int64_t timeMs, std::string kind, std::string body)
{
    auto last = f.store->last();
    REQUIRE(last);
    Record r;
    r.seq = last->seq + 1;
    r.timeMs = timeMs;
    r.station = last->station;
    r.operatorId = "ana";
    r.kind = std::move(kind);
    r.body = std::move(body);
    r.prevHash = last->hash;
    r.keyId = f.signer->publicKey().keyId();
    r.hash = computeRecordHash(r);
    r.signature = f.signer->sign(r.hash);
    Transaction tx(*f.db);
    f.store->insert(r);
    tx.commit();
}

std::vector<std::string> kindsOf(LedgerFixture& f)
{
    std::vector<std::string> kinds;
    for (std::uint64_t seq = 1; seq <= f.store->size(); ++seq)
        kinds.push_back(f.store->at(seq)->kind);
    return kinds;
}

constexpr std::int64_t kMinute = 60 * 1000;
constexpr std::int64_t kDay = 24 * 60 * kMinute;

} // namespace

TEST_CASE("the clock set back: a signed clock.stepped_back record and then the wall clock's time - verify passes")
{
    LedgerFixture f;
    f.append(3);
    std::int64_t before = f.store->last()->timeMs;

    SECTION("back 10 minutes")
    {
        f.clock.advance(-10 * kMinute);
        f.append(2);
        CHECK(kindsOf(f) == std::vector<std::string>{"ledger.genesis", "payment.taken", "payment.taken",
                                                       "payment.taken", "clock.stepped_back", "payment.taken",
                                                       "payment.taken"});
        auto step = f.store->at(5);
        CHECK(step->timeMs == before); // the step itself keeps the last record's time
        CHECK(step->body == "{\"last_record_ms\":" + std::to_string(before) + ",\"wall_clock_ms\":"
                                + std::to_string(before - 10 * kMinute + 1000) + "}");
        CHECK(f.store->at(6)->timeMs == before - 10 * kMinute + 1000); // true to the wall clock
        auto report = f.verify();
        INFO(problemOf(report));
        REQUIRE(report.ok());
        REQUIRE(report.clockSteps.size() == 1);
        CHECK(report.clockSteps[0].seq == 5);
        CHECK(report.clockSteps[0].lastRecordMs == before);
        CHECK(report.clockSteps[0].wallClockMs == before - 10 * kMinute + 1000);
    }
    SECTION("back 2 days, then a checkpoint: the step comes first and the checkpoint covers it")
    {
        f.clock.advance(-2 * kDay);
        Transaction tx(*f.db);
        auto [record, checkpoint] = f.writer->appendCheckpoint("system");
        tx.commit();
        CHECK(record.seq == 6);
        CHECK(checkpoint.size == 5);
        CHECK(f.store->at(5)->kind == "clock.stepped_back");
        auto report = f.verify();
        INFO(problemOf(report));
        CHECK(report.ok());
        CHECK(report.checkpointsChecked == 1);
        CHECK(report.clockSteps.size() == 1);
    }
    SECTION("forward a year (ordinary), then back: the correction is a step back")
    {
        f.clock.advance(365 * kDay);
        f.append(2);
        CHECK(f.store->size() == 6); // a jump forward is not worth a record
        f.clock.advance(-365 * kDay);
        f.append(1);
        CHECK(f.store->at(7)->kind == "clock.stepped_back");
        auto report = f.verify();
        INFO(problemOf(report));
        CHECK(report.ok());
        CHECK(report.clockSteps.size() == 1);
    }
    SECTION("back within the tolerance: the record keeps the last record's time, and no step is recorded")
    {
        f.clock.advance(-3 * kMinute);
        f.append(1);
        CHECK(f.store->size() == 5);
        CHECK(f.store->at(5)->kind == "payment.taken");
        CHECK(f.store->at(5)->timeMs == before);
        auto report = f.verify();
        CHECK(report.ok());
        CHECK(report.clockSteps.empty());
    }
    SECTION("set back again and again: every step is its own record and the ledger still verifies")
    {
        for (int i = 0; i < 5; ++i) {
            f.clock.advance(-(i + 1) * kDay);
            f.append(2);
        }
        auto report = f.verify();
        INFO(problemOf(report));
        CHECK(report.ok());
        CHECK(report.clockSteps.size() == 5);
    }
}

TEST_CASE("time going backwards beyond the tolerance without a clock.stepped_back record is caught")
{
    LedgerFixture f;
    f.append(3);
    std::int64_t last = f.store->last()->timeMs;
    appendForged(f, last - 10 * kMinute, "payment.taken", "{}");
    auto report = f.verify();
    REQUIRE_FALSE(report.ok());
    CHECK(report.problem->seq == 5);
    CHECK_THAT(report.problem->message, Catch::Contains("time goes backwards"));
    CHECK_THAT(report.problem->message, Catch::Contains("no clock.stepped_back record"));
    VerifyOptions lenient;
    lenient.timeToleranceMs = 60 * 60 * 1000;
    CHECK(f.verify(lenient).ok());
}

TEST_CASE("a clock.stepped_back record must tell the truth about the last record and step back")
{
    LedgerFixture f;
    f.append(3);
    std::int64_t last = f.store->last()->timeMs;
    std::string wall = std::to_string(last - kDay);
    SECTION("it names another time for the last record")
    {
        appendForged(f, last, "clock.stepped_back",
                     "{\"last_record_ms\":" + std::to_string(last - 5) + ",\"wall_clock_ms\":" + wall + "}");
    }
    SECTION("it moves its own time")
    {
        appendForged(f, last + 1000, "clock.stepped_back",
                     "{\"last_record_ms\":" + std::to_string(last) + ",\"wall_clock_ms\":" + wall + "}");
    }
    SECTION("its wall clock is not earlier")
    {
        appendForged(f, last, "clock.stepped_back",
                     "{\"last_record_ms\":" + std::to_string(last) + ",\"wall_clock_ms\":" + std::to_string(last + 1)
                         + "}");
    }
    SECTION("its body is not the two readings")
    {
        appendForged(f, last, "clock.stepped_back", "{\"wall_clock_ms\":" + wall + "}");
    }
    auto report = f.verify();
    REQUIRE_FALSE(report.ok());
    CHECK(report.problem->seq == 5);
    CHECK_THAT(report.problem->message, Catch::Contains("clock.stepped_back record is malformed"));
}

TEST_CASE("a step back is accepted only right after the clock.stepped_back record")
{
    LedgerFixture f;
    f.append(3);
    std::int64_t last = f.store->last()->timeMs;
    std::string body = "{\"last_record_ms\":" + std::to_string(last) + ",\"wall_clock_ms\":" + std::to_string(last - kDay) + "}";
    appendForged(f, last, "clock.stepped_back", body);
    appendForged(f, last - kDay, "payment.taken", "{}");          // accepted: right after the step
    appendForged(f, last - 2 * kDay, "payment.taken", "{}");      // a second step back with no record
    auto report = f.verify();
    REQUIRE_FALSE(report.ok());
    CHECK(report.problem->seq == 7);
    CHECK_THAT(report.problem->message, Catch::Contains("time goes backwards"));
}

TEST_CASE("stored Merkle nodes give proofs that verify against the root")
{
    LedgerFixture f;
    f.append(99);
    std::uint64_t size = f.store->size();
    Hash root = f.store->root(size);
    MemoryTree reference;
    f.store->forEach(1, [&](const Record& r) {
        reference.append(merkleLeafHash(r.hash));
        return true;
    });
    CHECK(reference.root() == root);
    for (std::uint64_t seq : {1ull, 2ull, 50ull, 64ull, 100ull}) {
        auto record = *f.store->at(seq);
        auto proof = inclusionProof(seq - 1, size, f.store->nodeLookup());
        CHECK(verifyInclusion(seq - 1, size, merkleLeafHash(record.hash), proof, root).ok);
    }
    for (std::uint64_t m : {1ull, 7ull, 64ull, 99ull}) {
        auto proof = consistencyProof(m, size, f.store->nodeLookup());
        CHECK(verifyConsistency(m, size, proof, f.store->root(m), root).ok);
    }
}

TEST_CASE("files that are not Tillbook databases get one clear sentence")
{
    test::TempDir dir;
    station::DataPaths paths(dir.path());
    CHECK_THROWS_WITH(station::openLedgerReadOnly(paths), Catch::Contains("there is no Tillbook station"));
    {
        std::ofstream out(paths.database);
        out << "hello, I am a text file and not a database at all, padded to be long enough for a header.......";
    }
    CHECK_THROWS_WITH(station::openLedgerReadOnly(paths), Catch::Contains("is not a Tillbook database"));
    std::filesystem::remove(paths.database);
    {
        Db other(paths.database.string(), Db::Mode::Create);
        other.exec("CREATE TABLE t(x)");
    }
    CHECK_THROWS_WITH(station::openLedgerReadOnly(paths), Catch::Contains("is not a Tillbook database"));
}

TEST_CASE("a database from a newer Tillbook is refused - not misread")
{
    LedgerFixture f;
    f.tamper("UPDATE ledger_meta SET value = '99' WHERE key = 'ledger_schema'");
    CHECK_THROWS_WITH(station::openLedgerReadOnly(f.paths), Catch::Contains("written by a newer Tillbook"));
}

