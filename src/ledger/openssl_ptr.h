// OpenSSL objects owned by one UniquePtr<T> with a deleter per type (as BoringSSL's bssl::UniquePtr), and the one
// helper that turns a failed OpenSSL call into CryptoError with OpenSSL's own error text.
#pragma once

#include <openssl/types.h>

#include <memory>
#include <stdexcept>
#include <string_view>

namespace tillbook::ledger {

// Thrown when OpenSSL reports a failure; what() carries OpenSSL's own error text.
class CryptoError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws CryptoError naming the failed call and OpenSSL's queued error, and leaves the queue empty.
[[noreturn]] void throwOpenSslError(std::string_view call);

// One specialization per OpenSSL type Tillbook owns, each calling that type's own _free function (listed once more in
// openssl_ptr.cpp, so that this header needs only the type names from <openssl/types.h>). A type without one does not
// compile: add it to both lists.
template <typename T>
struct Deleter;

#define TILLBOOK_OPENSSL_DELETER(Type)                                                                                 \
    template <>                                                                                                        \
    struct Deleter<Type> {                                                                                             \
        void operator()(Type* p) const noexcept;                                                                       \
    };
TILLBOOK_OPENSSL_DELETER(BIO)
TILLBOOK_OPENSSL_DELETER(EVP_KDF)
TILLBOOK_OPENSSL_DELETER(EVP_KDF_CTX)
TILLBOOK_OPENSSL_DELETER(EVP_MD_CTX)
TILLBOOK_OPENSSL_DELETER(EVP_PKEY)
TILLBOOK_OPENSSL_DELETER(EVP_PKEY_CTX)
#undef TILLBOOK_OPENSSL_DELETER

// UniquePtr<BIO> bio(BIO_new(BIO_s_mem())); if (!bio) throwOpenSslError("BIO_new");
template <typename T>
using UniquePtr = std::unique_ptr<T, Deleter<T>>;

} // namespace tillbook::ledger
