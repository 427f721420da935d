// SHA-256, hex and base64 against published answers.
#include "ledger/hash.h"

#include <catch2/catch.hpp>

using namespace tillbook::ledger;

TEST_CASE("SHA-256 known answers (FIPS 180-2)")
{
    CHECK(toHex(sha256(std::string_view(""))) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(toHex(sha256(std::string_view("abc"))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    Sha256 incremental;
    incremental.update(std::string_view("ab")).update(static_cast<std::uint8_t>('c'));
    CHECK(toHex(incremental.finish()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // finish() resets: the same object hashes the next message from scratch.
    CHECK(toHex(incremental.finish()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("base64 follows RFC 4648 test vectors and rejects everything else")
{
    const std::pair<const char*, const char*> vectors[] = {
        {"", ""}, {"f", "Zg=="}, {"fo", "Zm8="}, {"foo", "Zm9v"}, {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="},
        {"foobar", "Zm9vYmFy"},
    };
    for (auto [plain, encoded] : vectors) {
        CAPTURE(plain);
        CHECK(toBase64(asBytes(plain)) == encoded);
        auto decoded = fromBase64(encoded);
        REQUIRE(decoded);
        CHECK(std::string(decoded->begin(), decoded->end()) == plain);
    }
    for (const char* bad : {"Zg=", "Zg", "Z===", "Zh==", "Zm9=", "Zm-v", "Zm9v\n", "====", "Zg==Zg=="}) {
        CAPTURE(bad);
        CHECK_FALSE(fromBase64(bad));
    }
}

TEST_CASE("hex round trip and rejection")
{
    Bytes bytes{0x00, 0x7f, 0x80, 0xff};
    CHECK(toHex(bytes) == "007f80ff");
    CHECK(fromHex("007F80ff") == bytes);
    CHECK_FALSE(fromHex("0"));
    CHECK_FALSE(fromHex("zz"));
}
