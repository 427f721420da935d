// Verification of records that break the format (genesis, key rotation, checkpoint bodies, even re-signed), of a pinned
// key, and of checkpoints held outside the ledger.
#include "ledger/canonical_json.h"
#include "ledger/checkpoint.h"
#include "station/services.h"
#include "support/ledger_fixture.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace tillbook;
using namespace tillbook::ledger;
using test::checkProblem;
using test::LedgerFixture;
using test::problemOf;

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
