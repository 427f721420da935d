// Verification in pieces (the office's way): a ledger verified in chunks from saved ChainStates gives the answers
// verifying it whole gives; and the office's C2SP cosignatures verify, and refuse what was changed.
#include "ledger/checkpoint.h"
#include "ledger/cosignature.h"
#include "ledger/verifier.h"
#include "support/ledger_fixture.h"

#include <catch2/catch.hpp>

using namespace tillbook;
using namespace tillbook::ledger;
using test::LedgerFixture;

namespace {

std::vector<Record> recordsOf(LedgerStore& store)
{
    std::vector<Record> records;
    store.forEach(1, [&](const Record& r) {
        records.push_back(r);
        return true;
    });
    return records;
}

// Verifies `records` in chunks of `chunk`, saving and reloading the state (as JSON) between chunks.
VerifyReport verifyInChunks(const std::string& station, const std::vector<Record>& records, std::size_t chunk,
                            ChainState* finalState = nullptr)
{
    std::string saved = ChainState(station).toJson();
    VerifyReport report;
    for (std::size_t from = 0; from < records.size(); from += chunk) {
        ChainVerifier verifier(ChainState::fromJson(saved), {});
        for (std::size_t i = from; i < std::min(records.size(), from + chunk); ++i) {
            if (!verifier.add(records[i]))
                break;
        }
        report = verifier.finish();
        if (!report.ok())
            return report;
        saved = verifier.state().toJson();
        if (finalState)
            *finalState = ChainState::fromJson(saved);
    }
    return report;
}

} // namespace

TEST_CASE("a ledger verified in chunks from saved chain states gives the whole-ledger answer")
{
    LedgerFixture f;
    f.append(40);
    f.writer->appendCheckpoint("system");
    auto next = SoftwareSigner::generate();
    f.writer->appendKeyRotation(*next, "system", "scheduled");
    f.writer->setSigner(*next);
    f.signer = std::move(next);
    f.append(30);
    auto records = recordsOf(*f.store);
    for (std::size_t chunk : {1u, 7u, 42u, 43u, 1000u}) {
        INFO("chunk " << chunk);
        ChainState state;
        auto report = verifyInChunks("TEST-01", records, chunk, &state);
        INFO(test::problemOf(report));
        REQUIRE(report.ok());
        CHECK(state.size == records.size());
        CHECK(state.tree.root() == f.store->root(records.size()));
        CHECK(state.keyInForce()->keyId() == f.signer->publicKey().keyId());
    }
    // A changed body in the second chunk is found at its seq, whatever the chunking.
    Record changed = records[50];
    changed.body = R"({"amount":1})";
    auto forged = records;
    forged[50] = changed;
    for (std::size_t chunk : {1u, 7u, 1000u}) {
        auto report = verifyInChunks("TEST-01", forged, chunk);
        test::checkProblem(report, 51, "seq 51: hash mismatch (record changed)");
    }
    // A record signed by another key after a saved state is refused as the whole verifier refuses it.
    auto stranger = SoftwareSigner::generate();
    f.forge("payment.taken", {{"amount", 5}}, *stranger);
    auto withForgery = recordsOf(*f.store);
    auto whole = f.verify();
    auto chunked = verifyInChunks("TEST-01", withForgery, 10);
    REQUIRE(whole.problem);
    REQUIRE(chunked.problem);
    CHECK(chunked.problem->seq == whole.problem->seq);
    CHECK(chunked.problem->message == whole.problem->message);
}

TEST_CASE("a saved chain state that is not Tillbook's is refused with a sentence")
{
    CHECK_THROWS_AS(ChainState::fromJson("{}"), FormatError);
    CHECK_THROWS_AS(ChainState::fromJson("not json"), FormatError);
    ChainState state("TEST-01");
    auto json = nlohmann::json::parse(state.toJson());
    json["size"] = 3; // three records need two peaks
    CHECK_THROWS_WITH(ChainState::fromJson(json.dump()), Catch::Contains("peaks do not fit its size"));
}

TEST_CASE("an office cosignature is a C2SP tlog-cosignature/v1 line that verifies and refuses changes")
{
    auto station = SoftwareSigner::generate();
    Hash root = sha256(std::string_view("tree"));
    Checkpoint checkpoint = signCheckpoint("tillbook.local/TEST-01", 12, root, *station);
    auto office = Cosigner::generate("tillbook.office/city-hall");
    checkpoint.signatures.push_back(office->cosign(checkpoint, 1700000000));
    std::string note = formatCheckpointNote(checkpoint);
    // The line is "— name base64(key id || u64 timestamp || 64-byte signature)".
    CHECK(note.find("\xE2\x80\x94 tillbook.office/city-hall ") != std::string::npos);
    auto parsed = std::get<Checkpoint>(parseCheckpointNote(note));
    CHECK(parsed.signatures.at(1).signature.size() == 72);
    CHECK_FALSE(cosignatureProblem(parsed, office->publicKey()));
    CHECK(verifyCheckpoint(parsed, station->publicKey())); // the station's own line still verifies

    // The key travels as a signed-note verifier key and comes back the same.
    auto back = CosignerKey::fromVkey(office->publicKey().vkey());
    CHECK(back.keyId() == office->publicKey().keyId());
    CHECK_FALSE(cosignatureProblem(parsed, back));
    CHECK_THROWS_AS(CosignerKey::fromVkey("tillbook.office/x+00000000+AAAA"), CryptoError);

    Checkpoint other = parsed;
    other.size = 13;
    CHECK(*cosignatureProblem(other, office->publicKey()) == "the cosignature by tillbook.office/city-hall does not verify");
    auto stranger = Cosigner::generate("tillbook.office/city-hall");
    CHECK(*cosignatureProblem(parsed, stranger->publicKey())
          == "the checkpoint carries no cosignature by tillbook.office/city-hall");

    // The key file is 0600 and loads back to the same key.
    test::TempDir dir;
    office->saveFile(dir.path() / "office.key");
    auto loaded = Cosigner::loadFile(dir.path() / "office.key", "tillbook.office/city-hall");
    CHECK(loaded->publicKey().vkey() == office->publicKey().vkey());
}
