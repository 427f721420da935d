// Verification of whole ledgers: intact ledgers pass, and every kind of tampering is caught and named by seq.
#include "ledger/canonical_json.h"
#include "ledger/merkle.h"
#include "support/ledger_fixture.h"
#include "station/services.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <functional>

using namespace tillbook;
using namespace tillbook::ledger;
using test::LedgerFixture;

namespace {

std::string problemOf(const VerifyReport& report)
{
    return report.problem ? report.problem->message : std::string("(intact)");
}

// The first problem the verifier reports is `message`, at `seq`.
void checkProblem(const VerifyReport& report, std::uint64_t seq, const std::string& message)
{
    INFO(problemOf(report));
    REQUIRE_FALSE(report.ok());
    CHECK(report.problem->message == message);
    CHECK(report.problem->seq == seq);
}

} // namespace

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

namespace {

nlohmann::json bodyOf(const Record& r)
{
    return nlohmann::json::parse(r.body);
}

std::string keyIdText(const PublicKey& key)
{
    return toBase64(key.keyId());
}

nlohmann::json rotationBody(const PublicKey& next, const PublicKey& previous)
{
    return {{"key_id", keyIdText(next)},
            {"previous_key_id", keyIdText(previous)},
            {"public_key", toBase64(next.der())},
            {"reason", "test"}};
}

nlohmann::json checkpointBody(const Checkpoint& checkpoint)
{
    return {{"note", formatCheckpointNote(checkpoint)}, {"root", toBase64(checkpoint.root)}, {"size", checkpoint.size}};
}

} // namespace

TEST_CASE("genesis bodies that break the format are caught - even re-signed with the station's key")
{
    struct Case {
        const char* name;
        std::function<void(nlohmann::json&)> change;
        const char* expect;
    };
    const Case cases[] = {
        {"key_id is not the hash of public_key", [](nlohmann::json& b) { b["key_id"] = toBase64(sha256("x")); },
         "seq 1: the key_id in its body is not the SHA-256 of its public_key"},
        {"origin of another station", [](nlohmann::json& b) { b["origin"] = "tillbook.local/OTHER-01"; },
         "seq 1: the genesis body's origin is not \"tillbook.local/TEST-01\""},
        {"station of another station", [](nlohmann::json& b) { b["station"] = "OTHER-01"; },
         "seq 1: the genesis body's station is not the record's station \"TEST-01\""},
        {"another format", [](nlohmann::json& b) { b["format"] = 2; }, "seq 1: the genesis body's format is not 1"},
        {"an extra field", [](nlohmann::json& b) { b["note"] = "hello"; },
         "seq 1: the genesis body must have exactly the fields format, key_id, origin, public_key and station"},
        {"no public key", [](nlohmann::json& b) { b["public_key"] = "AAAA"; },
         "seq 1: the key it introduces is not a readable P-256 public key"},
    };
    for (const Case& c : cases) {
        SECTION(c.name)
        {
            LedgerFixture f;
            f.append(4);
            REQUIRE(f.verify().ok());
            f.rewriteFrom(1, [&](Record& r) {
                auto body = bodyOf(r);
                c.change(body);
                r.body = canonicalJson(body);
            });
            checkProblem(f.verify(), 1, c.expect);
        }
    }
}

TEST_CASE("key rotations that break the format are caught")
{
    LedgerFixture f;
    f.append(3);
    auto next = SoftwareSigner::generate();
    const PublicKey& current = f.signer->publicKey();
    SECTION("a well-formed rotation verifies (the control case)")
    {
        f.forge("ledger.key_rotate", rotationBody(next->publicKey(), current), *f.signer);
        f.forge("payment.taken", {{"amount", 1}}, *next);
        VerifyOptions options;
        options.expectedCurrentKeyId = next->publicKey().keyId();
        auto report = f.verify(options);
        INFO(problemOf(report));
        CHECK(report.ok());
    }
    SECTION("previous_key_id names a key that is not in force")
    {
        f.forge("ledger.key_rotate", rotationBody(next->publicKey(), next->publicKey()), *f.signer);
        auto report = f.verify();
        REQUIRE_FALSE(report.ok());
        CHECK(report.problem->seq == 5);
        CHECK_THAT(report.problem->message,
                   Catch::StartsWith("seq 5: the key rotation's previous_key_id does not name the key in force ("));
    }
    SECTION("key_id is not the hash of public_key")
    {
        auto body = rotationBody(next->publicKey(), current);
        body["key_id"] = keyIdText(current);
        f.forge("ledger.key_rotate", body, *f.signer);
        auto report = f.verify();
        REQUIRE_FALSE(report.ok());
        CHECK(report.problem->message == "seq 5: the key_id in its body is not the SHA-256 of its public_key");
    }
    SECTION("a missing reason")
    {
        auto body = rotationBody(next->publicKey(), current);
        body.erase("reason");
        f.forge("ledger.key_rotate", body, *f.signer);
        auto report = f.verify();
        REQUIRE_FALSE(report.ok());
        CHECK(report.problem->message
              == "seq 5: the key rotation body must have exactly the fields key_id, previous_key_id, public_key and "
                 "reason");
    }
    SECTION("a rotation signed by the key it introduces")
    {
        f.forge("ledger.key_rotate", rotationBody(next->publicKey(), current), *next);
        auto report = f.verify();
        REQUIRE_FALSE(report.ok());
        CHECK_THAT(report.problem->message, Catch::StartsWith("seq 5: signed by key"));
    }
}

TEST_CASE("checkpoint records that break the format are caught - and cosignature lines are ignored")
{
    LedgerFixture f;
    f.append(6);
    std::uint64_t size = f.store->size();
    Hash root = f.store->root(size);
    Checkpoint good = signCheckpoint("tillbook.local/TEST-01", size, root, *f.signer);
    auto expectProblem = [&](const std::string& expect) {
        checkProblem(f.verify(), size + 1, "seq " + std::to_string(size + 1) + ": " + expect);
    };
    SECTION("a witness's cosignature line after the station's is ignored")
    {
        Checkpoint cosigned = good;
        cosigned.signatures.push_back({"witness.example.com/w1", 0x01020304, Bytes(72, 0x5a)});
        f.forge("ledger.checkpoint", checkpointBody(cosigned), *f.signer);
        auto report = f.verify();
        INFO(problemOf(report));
        CHECK(report.ok());
        CHECK(report.checkpointsChecked == 1);
    }
    SECTION("a checkpoint for another origin")
    {
        f.forge("ledger.checkpoint", checkpointBody(signCheckpoint("tillbook.local/OTHER-01", size, root, *f.signer)),
                *f.signer);
        expectProblem("checkpoint origin is not this ledger's origin tillbook.local/TEST-01");
    }
    SECTION("a body root that is not the note's")
    {
        auto body = checkpointBody(good);
        body["root"] = toBase64(sha256("x"));
        f.forge("ledger.checkpoint", body, *f.signer);
        expectProblem("checkpoint body's root is not its note's root");
    }
    SECTION("an extra field")
    {
        auto body = checkpointBody(good);
        body["extra"] = 1;
        f.forge("ledger.checkpoint", body, *f.signer);
        expectProblem("checkpoint record is malformed (its body must be exactly note, root and size)");
    }
    SECTION("a note signed only by another key under the station's name")
    {
        auto other = SoftwareSigner::generate();
        f.forge("ledger.checkpoint", checkpointBody(signCheckpoint("tillbook.local/TEST-01", size, root, *other)),
                *f.signer);
        expectProblem("checkpoint is not signed by the key in force (key id "
                      + toHex(std::span(f.signer->publicKey().keyId()).first(8)) + ")");
    }
    SECTION("a second line by the station's key that does not verify")
    {
        Checkpoint doubled = good;
        doubled.signatures.push_back(good.signatures.front());
        doubled.signatures.back().signature.back() ^= 1;
        f.forge("ledger.checkpoint", checkpointBody(doubled), *f.signer);
        expectProblem("checkpoint signature invalid");
    }
}

TEST_CASE("a pinned key may be any key that signed the ledger - and a stranger's key fails in one sentence")
{
    LedgerFixture f;
    f.append(3);
    f.close();
    PublicKey genesisKey = f.signer->publicKey();
    std::optional<PublicKey> rotatedKey;
    {
        auto st = station::Station::open(f.dir.path(), f.clock);
        st->ledger().rotateKey("system", "test");
        rotatedKey = st->publicKey();
    }
    auto pinned = [&](const PublicKey& key) {
        VerifyOptions options;
        options.pinnedKey = key;
        options.pinnedKeyName = "pub.pem";
        return f.verify(options);
    };
    CHECK(pinned(genesisKey).ok());
    // The new key is in the ledger but has signed nothing yet: anyone could have written a chain ending in it.
    auto unused = pinned(*rotatedKey);
    REQUIRE_FALSE(unused.ok());
    CHECK_THAT(unused.problem->message, Catch::StartsWith("the key in pub.pem (key id " + toHex(std::span(rotatedKey->keyId()).first(8))
                                                          + ") signed no record of this ledger, whose keys are "));
    {
        auto st = station::Station::open(f.dir.path(), f.clock);
        st->ledger().checkpoint("system");
    }
    CHECK(pinned(genesisKey).ok());
    CHECK(pinned(*rotatedKey).ok());
    auto stranger = pinned(SoftwareSigner::generate()->publicKey());
    REQUIRE_FALSE(stranger.ok());
    CHECK_THAT(stranger.problem->message, Catch::Contains("signed no record of this ledger")
                                              && Catch::Contains(toHex(std::span(genesisKey.keyId()).first(8)) + " from seq 1"));
}

TEST_CASE("checkpoints held outside the ledger must be the station's - signed by the key in force at their size")
{
    LedgerFixture f;
    f.append(5);
    f.close();
    Checkpoint beforeRotation;
    {
        auto st = station::Station::open(f.dir.path(), f.clock);
        beforeRotation = st->ledger().checkpoint("system"); // size 6, signed by the genesis key
        st->ledger().rotateKey("system", "test");
        st->ledger().checkpoint("system"); // signed by the new key
    }
    auto withExternal = [&](const Checkpoint& checkpoint) {
        VerifyOptions options;
        options.externalCheckpoints.emplace_back("latest.txt", checkpoint);
        return f.verify(options);
    };
    auto latest = std::get<Checkpoint>(parseCheckpointNote(*station::readSmallFile(f.paths.latestCheckpoint)));
    CHECK(withExternal(latest).ok());
    CHECK(withExternal(beforeRotation).ok());
    SECTION("signed by a key that is not the station's")
    {
        Checkpoint forged = signCheckpoint(latest.origin, latest.size, latest.root, *SoftwareSigner::generate());
        auto report = withExternal(forged);
        REQUIRE_FALSE(report.ok());
        CHECK(report.problem->seq == latest.size);
        CHECK_THAT(report.problem->message,
                   Catch::StartsWith("checkpoint from latest.txt (size 8) is not the station's: checkpoint is not "
                                     "signed by the key in force"));
    }
    SECTION("signed by the station's earlier key after the rotation took effect")
    {
        Checkpoint stale = signCheckpoint(latest.origin, latest.size, latest.root, *f.signer);
        auto report = withExternal(stale);
        REQUIRE_FALSE(report.ok());
        CHECK_THAT(report.problem->message, Catch::Contains("is not the station's"));
    }
    SECTION("a changed size")
    {
        Checkpoint changed = latest;
        changed.size = 7;
        auto report = withExternal(changed);
        REQUIRE_FALSE(report.ok());
        CHECK(report.problem->seq == 7);
        CHECK_THAT(report.problem->message, Catch::StartsWith("checkpoint from latest.txt (size 7) is not the station's: "));
    }
    SECTION("another station's origin")
    {
        Checkpoint other = latest;
        other.origin = "tillbook.local/OTHER-01";
        auto report = withExternal(other);
        REQUIRE_FALSE(report.ok());
        CHECK(report.problem->message
              == "the checkpoint from latest.txt is for \"tillbook.local/OTHER-01\", not for this ledger's origin "
                 "tillbook.local/TEST-01");
    }
}
