// Canonical JSON, the record encoding, keys and signatures, and checkpoint notes.
#include "ledger/canonical_json.h"
#include "ledger/checkpoint.h"
#include "ledger/keys.h"
#include "ledger/record.h"
#include "ledger_fixture.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <fstream>

using namespace tillbook::ledger;
using tillbook::test::TempDir;

TEST_CASE("canonical JSON sorts keys - keeps UTF-8 and refuses fractions")
{
    nlohmann::json body = {{"zeta", 1}, {"alpha", {{"b", true}, {"a", nullptr}}}, {"name", "Núñez Ærø"}, {"n", -5}};
    CHECK(canonicalJson(body) == "{\"alpha\":{\"a\":null,\"b\":true},\"n\":-5,\"name\":\"Núñez Ærø\",\"zeta\":1}");
    CHECK_THROWS_AS(canonicalJson({{"amount", 12.5}}), std::invalid_argument);
    CHECK_THROWS_AS(canonicalJson({{"s", std::string("\xff\xfe")}}), std::invalid_argument);
    CHECK(canonicalJson({{"ctl", "a\nb\x01"}}) == "{\"ctl\":\"a\\nb\\u0001\"}");
}

TEST_CASE("canonical form is checked byte for byte")
{
    CHECK_FALSE(canonicalJsonProblem("{\"a\":1,\"b\":2}"));
    CHECK(canonicalJsonProblem("{\"b\":2,\"a\":1}")); // unsorted
    CHECK(canonicalJsonProblem("{\"a\": 1}")); // whitespace
    CHECK(canonicalJsonProblem("{\"a\":1.0}")); // fraction
    CHECK(canonicalJsonProblem("{\"a\":1,\"a\":2}")); // duplicate key
    CHECK(canonicalJsonProblem("[1]")); // not an object
    CHECK(canonicalJsonProblem("{\"a\":")); // not JSON
    CHECK(canonicalJsonProblem("{\"a\":\"\\u00e9\"}")); // escaped where UTF-8 is canonical
    // Found by fuzzing: a hostile body nested 100,000 deep must be refused, not overflow the verifier's stack.
    std::string deep = "{\"a\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
    CHECK(canonicalJsonProblem(deep) == std::string("body is nested more than 32 levels deep"));
    CHECK_FALSE(canonicalJsonProblem("{\"a\":[[[\"[[[[\"]]]}")); // brackets inside strings do not count
}

namespace {

Record sampleRecord()
{
    Record r;
    r.seq = 2;
    r.timeMs = 1767225600123;
    r.station = "CITYHALL-01";
    r.operatorId = "ana";
    r.approver = "sam";
    r.kind = "payment.taken";
    r.body = "{\"amount\":12550}";
    r.prevHash.fill(0x11);
    r.keyId.fill(0x22);
    return r;
}

} // namespace

TEST_CASE("record canonical bytes are exactly as docs/ledger-format.md lays them out")
{
    Record r = sampleRecord();
    Bytes bytes = canonicalBytes(r);
    std::string hex = toHex(bytes);
    std::string expected = toHex(asBytes(std::string_view("tillbook.record.v1\0", 19))) // domain tag
                           + "01" + "01" // version, algorithm
                           + std::string(64, '1') // prev hash 0x11 * 32
                           + "0000000000000002" // seq
                           + "0000019b76daa87b" // time 1767225600123 ms
                           + std::string(64, '2') // key id 0x22 * 32
                           + "0000000b" + toHex(asBytes("CITYHALL-01")) + "00000003" + toHex(asBytes("ana"))
                           + "00000003" + toHex(asBytes("sam")) + "0000000d" + toHex(asBytes("payment.taken"))
                           + "00000010" + toHex(asBytes("{\"amount\":12550}"));
    CHECK(hex == expected);
    CHECK(computeRecordHash(r) == sha256(bytes));
    Sha256 streaming;
    CHECK(computeRecordHash(r, streaming) == sha256(bytes));
}

TEST_CASE("every field is covered by the hash")
{
    Record base = sampleRecord();
    Hash h = computeRecordHash(base);
    auto differs = [&](auto mutate) {
        Record r = base;
        mutate(r);
        return computeRecordHash(r) != h;
    };
    CHECK(differs([](Record& r) { r.version = 2; }));
    CHECK(differs([](Record& r) { r.algorithm = 2; }));
    CHECK(differs([](Record& r) { r.seq = 3; }));
    CHECK(differs([](Record& r) { r.timeMs += 1; }));
    CHECK(differs([](Record& r) { r.station = "CITYHALL-02"; }));
    CHECK(differs([](Record& r) { r.operatorId = "anb"; }));
    CHECK(differs([](Record& r) { r.approver = ""; }));
    CHECK(differs([](Record& r) { r.kind = "payment.taker"; }));
    CHECK(differs([](Record& r) { r.body = "{\"amount\":12551}"; }));
    CHECK(differs([](Record& r) { r.prevHash[31] ^= 1; }));
    CHECK(differs([](Record& r) { r.keyId[0] ^= 0x80; }));
    // Length prefixes stop bytes sliding between fields: "ab"+"c" is not "a"+"bc".
    CHECK(differs([](Record& r) {
        r.operatorId = "an";
        r.approver = "asam";
    }));
}

TEST_CASE("signatures verify only for the signed message and the right key")
{
    auto signer = SoftwareSigner::generate();
    auto other = SoftwareSigner::generate();
    Hash message = sha256(std::string_view("record"));
    Bytes signature = signer->sign(message);
    CHECK(signer->publicKey().verify(message, signature));
    Hash changed = message;
    changed[0] ^= 1;
    CHECK_FALSE(signer->publicKey().verify(changed, signature));
    CHECK_FALSE(other->publicKey().verify(message, signature));
    Bytes broken = signature;
    broken[broken.size() / 2] ^= 0x01;
    CHECK_FALSE(signer->publicKey().verify(message, broken));
    CHECK_FALSE(signer->publicKey().verify(message, Bytes{}));

    // Key id is SHA-256 of the DER public key; PEM and DER round-trip to the same id.
    CHECK(signer->publicKey().keyId() == sha256(signer->publicKey().der()));
    CHECK(PublicKey::fromPem(signer->publicKey().pem()).keyId() == signer->publicKey().keyId());
    CHECK_THROWS_AS(PublicKey::fromDer(Bytes{0x30, 0x00}), CryptoError);
}

TEST_CASE("key files are private - and other-readable key files are refused")
{
    TempDir dir;
    auto path = dir.path() / "station.key";
    auto signer = SoftwareSigner::generate();
    signer->saveFile(path);
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(SoftwareSigner::loadFile(path)->publicKey().keyId() == signer->publicKey().keyId());
    CHECK_THROWS_AS(signer->saveFile(path), KeyFileError); // never overwrites

    ::chmod(path.c_str(), 0644);
    CHECK_THROWS_WITH(SoftwareSigner::loadFile(path), Catch::Contains("can be read by other users"));
    ::chmod(path.c_str(), 0640);
    CHECK_THROWS_AS(SoftwareSigner::loadFile(path), KeyFileError);
    CHECK_THROWS_WITH(SoftwareSigner::loadFile(dir.path() / "missing.key"), Catch::Contains("is missing"));

    auto junk = dir.path() / "junk.key";
    {
        std::ofstream out(junk);
        out << "not a key\n";
    }
    ::chmod(junk.c_str(), 0600);
    CHECK_THROWS_WITH(SoftwareSigner::loadFile(junk), Catch::Contains("is not a PEM private key"));
}

TEST_CASE("checkpoint notes round-trip and verify")
{
    auto signer = SoftwareSigner::generate();
    Hash root = sha256(std::string_view("root"));
    Checkpoint c = signCheckpoint("tillbook.local/TEST-01", 42, root, *signer);
    std::string note = formatCheckpointNote(c);
    CHECK(note.rfind("tillbook.local/TEST-01\n42\n" + toBase64(root) + "\n\n\xE2\x80\x94 tillbook.local/TEST-01 ", 0)
          == 0);
    auto parsed = parseCheckpointNote(note);
    REQUIRE(std::holds_alternative<Checkpoint>(parsed));
    const Checkpoint& back = std::get<Checkpoint>(parsed);
    CHECK(back.size == 42);
    CHECK(back.root == root);
    CHECK(verifyCheckpoint(back, signer->publicKey()));

    Checkpoint forged = back;
    forged.size = 41;
    CHECK_FALSE(verifyCheckpoint(forged, signer->publicKey()));
    CHECK_FALSE(verifyCheckpoint(back, SoftwareSigner::generate()->publicKey()));

    CHECK(std::holds_alternative<std::string>(parseCheckpointNote("origin\n42\n")));
    CHECK(std::holds_alternative<std::string>(parseCheckpointNote("o\n042\n" + toBase64(root) + "\n\n\xE2\x80\x94 o AAAAAAA=\n")));
    CHECK(std::holds_alternative<std::string>(parseCheckpointNote("o\n42\nnot-base64\n\n\xE2\x80\x94 o AAAAAAA=\n")));
}
