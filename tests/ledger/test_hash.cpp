// SHA-256, hex and base64 against published answers; the OpenSSL error helper.
#include "ledger/hash.h"

#include <openssl/err.h>
#include <openssl/x509.h>

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

TEST_CASE("an OpenSSL failure becomes one CryptoError with OpenSSL's text, and the error queue is left empty")
{
    // Each UniquePtr costs one pointer: its deleter is a type, not a stored function pointer.
    STATIC_REQUIRE(sizeof(UniquePtr<EVP_PKEY>) == sizeof(EVP_PKEY*));
    const unsigned char garbage[] = {0x30, 0x03, 0x02, 0x01};
    const unsigned char* in = garbage;
    UniquePtr<EVP_PKEY> key(d2i_PUBKEY(nullptr, &in, sizeof garbage));
    REQUIRE(!key);
    REQUIRE(ERR_peek_error() != 0);
    CHECK_THROWS_MATCHES(throwOpenSslError("d2i_PUBKEY"), CryptoError,
                         Catch::Matchers::Predicate<CryptoError>([](const CryptoError& e) {
                             return std::string_view(e.what()).starts_with("d2i_PUBKEY failed: error:");
                         }));
    CHECK(ERR_peek_error() == 0);
    // With nothing queued, the sentence still names the call.
    CHECK_THROWS_WITH(throwOpenSslError("BIO_new"), "BIO_new failed");
}
