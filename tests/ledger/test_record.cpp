// Canonical JSON, the record encoding, keys and signatures, and checkpoint notes.
#include "ledger/canonical_json.h"
#include "ledger/checkpoint.h"
#include "ledger/keys.h"
#include "ledger/record.h"
#include "support/temp_dir.h"

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

TEST_CASE("canonical JSON edges are exactly as docs/ledger-format.md states them")
{
    // What the encoder emits, and the verifier accepts, for each rule of the "Canonical JSON" section.
    struct Case {
        const char* text;
        const char* problem; // nullptr: canonical
    };
    const Case cases[] = {
        // Escapes: only '"', '\' and U+0000..U+001F; the five short forms; other controls \u00xx in lowercase.
        {"{\"s\":\"q\\\"b\\\\\"}", nullptr},
        {"{\"s\":\"\\b\\f\\n\\r\\t\"}", nullptr},
        {"{\"s\":\"\\u0000\\u0001\\u001f\"}", nullptr},
        {"{\"s\":\"\\u001F\"}", "body is not in canonical form"}, // uppercase hex
        {"{\"s\":\"\\u000a\"}", "body is not in canonical form"}, // \n has a short form
        {"{\"s\":\"\n\"}", "body is not valid JSON"}, // a raw control character in a string
        {"{\"s\":\"\x7f/\"}", nullptr}, // DEL and '/' are not escaped
        {"{\"s\":\"\\u007f\"}", "body is not in canonical form"},
        {"{\"s\":\"\\/\"}", "body is not in canonical form"},
        // Non-ASCII is raw UTF-8, never \u escapes; invalid UTF-8 is not JSON.
        {"{\"s\":\"\xc3\x86r\xc3\xb8 \xe2\x80\xa8 \xf0\x9f\x92\xb5\"}", nullptr},
        {"{\"s\":\"\\u00c6\"}", "body is not in canonical form"},
        {"{\"s\":\"\xff\"}", "body is not valid JSON"},
        {"{\"s\":\"\xc0\xaf\"}", "body is not valid JSON"}, // overlong
        {"{\"s\":\"\\ud800\"}", "body is not valid JSON"}, // lone surrogate
        // Integers from -2^63 to 2^63-1 in plain decimal; nothing else is a number.
        {"{\"n\":9223372036854775807}", nullptr},
        {"{\"n\":-9223372036854775808}", nullptr},
        {"{\"n\":9223372036854775808}", "body holds an integer outside the signed 64-bit range"},
        {"{\"n\":18446744073709551616}",
         "body holds a number that is not an integer (fractions and exponents are never canonical)"},
        {"{\"n\":-9223372036854775809}",
         "body holds a number that is not an integer (fractions and exponents are never canonical)"},
        {"{\"n\":1e2}", "body holds a number that is not an integer (fractions and exponents are never canonical)"},
        {"{\"n\":-0}", "body is not in canonical form"},
        {"{\"n\":01}", "body is not valid JSON"},
        // Keys sorted by their UTF-8 bytes: uppercase before lowercase, ASCII before any multi-byte character.
        {"{\"B\":1,\"a\":2,\"z\":3,\"\xc3\xa9\":4}", nullptr},
        {"{\"\xc3\xa9\":4,\"z\":3}", "body is not in canonical form"},
        {"{\"a\":1,\"a\":1}", "body has a duplicate key"},
        {"{\"o\":{\"k\":1,\"k\":2}}", "body has a duplicate key"},
        // One object, nothing around it.
        {"{}", nullptr},
        {"{\"a\":1}\n", "body is not in canonical form"},
        {"\xef\xbb\xbf{\"a\":1}", "body is not in canonical form"}, // byte order mark
        {"\"text\"", "body is not a JSON object"},
        {"{\"t\":true,\"f\":false,\"z\":null,\"l\":[1,\"x\",[]]}", "body is not in canonical form"},
        {"{\"f\":false,\"l\":[1,\"x\",[]],\"t\":true,\"z\":null}", nullptr},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        auto problem = canonicalJsonProblem(c.text);
        if (c.problem == nullptr) {
            CHECK_FALSE(problem);
            // The encoder gives back the same bytes from the parsed value.
            CHECK(canonicalJson(nlohmann::json::parse(c.text)) == c.text);
        } else {
            REQUIRE(problem);
            CHECK(*problem == c.problem);
        }
    }
}

TEST_CASE("canonical JSON allows 32 levels of nesting - the encoder and the verifier alike")
{
    auto nested = [](int levels) {
        std::string text;
        for (int i = 1; i < levels; ++i)
            text += "{\"a\":";
        text += "{}";
        for (int i = 1; i < levels; ++i)
            text += "}";
        return text;
    };
    CHECK_FALSE(canonicalJsonProblem(nested(32)));
    CHECK(canonicalJson(nlohmann::json::parse(nested(32))) == nested(32));
    CHECK(canonicalJsonProblem(nested(33)) == std::string("body is nested more than 32 levels deep"));
    CHECK_THROWS_WITH(canonicalJson(nlohmann::json::parse(nested(33))),
                      "a ledger record body is nested more than 32 levels deep");
    CHECK_THROWS_WITH(canonicalJson({{"n", std::uint64_t(INT64_MAX) + 1}}),
                      "a ledger record body holds an integer outside the signed 64-bit range");
    CHECK(canonicalJson({{"n", INT64_MIN}}) == "{\"n\":-9223372036854775808}");
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

TEST_CASE("checkpoint notes keep cosignature lines - and refuse what C2SP and Tillbook rule out")
{
    auto signer = SoftwareSigner::generate();
    Hash root = sha256(std::string_view("root"));
    std::string station = formatCheckpointNote(signCheckpoint("tillbook.local/TEST-01", 42, root, *signer));
    std::string cosigned = station + "\xE2\x80\x94 witness.example.com/w1 AQIDBAUGBwg=\n";
    auto parsed = parseCheckpointNote(cosigned);
    REQUIRE(std::holds_alternative<Checkpoint>(parsed));
    const Checkpoint& c = std::get<Checkpoint>(parsed);
    REQUIRE(c.signatures.size() == 2);
    CHECK(c.signatures[1].keyName == "witness.example.com/w1");
    CHECK(c.signatures[1].keyHint == 0x01020304);
    CHECK(formatCheckpointNote(c) == cosigned);
    CHECK(verifyCheckpoint(c, signer->publicKey()));

    std::string text = "tillbook.local/TEST-01\n42\n" + toBase64(root) + "\n";
    std::string line = station.substr(text.size() + 1);
    auto problem = [](const std::string& note) {
        auto result = parseCheckpointNote(note);
        return std::holds_alternative<std::string>(result) ? std::get<std::string>(result) : std::string("(parsed)");
    };
    CHECK(problem(text + "ext\n\n" + line)
          == "checkpoint has extension lines after its root, which Tillbook checkpoints never have");
    CHECK(problem(text + "\n") == "checkpoint is not an origin, size and root line, a blank line and its signature lines");
    CHECK(problem(text + "\n" + line.substr(0, line.size() - 1)) == "checkpoint does not end with a line feed");
    CHECK(problem(text + "\n" + line + "\n") == "checkpoint signature line does not start with an em dash and a space");
    CHECK(problem(text + "\n\xE2\x80\x94 a+b AQIDBAUGBwg=\n")
          == "checkpoint signature line has no key name (non-empty, without spaces or '+')");
    CHECK(problem(text + "\n\xE2\x80\x94 w AQIDBA==\n") == "checkpoint signature is not base64 of a key hint and a signature");
    CHECK(problem("tillbook.local/TEST-01\r\n42\n" + toBase64(root) + "\n\n" + line)
          == "checkpoint holds a control character");
    CHECK(problem("tillbook.local/\xff\n42\n" + toBase64(root) + "\n\n" + line) == "checkpoint is not valid UTF-8");
    std::string many = text + "\n";
    for (std::size_t i = 0; i <= kMaxNoteSignatures; ++i)
        many += "\xE2\x80\x94 w AQIDBAUGBwg=\n";
    CHECK(problem(many) == "checkpoint has more than 64 signature lines");
}
