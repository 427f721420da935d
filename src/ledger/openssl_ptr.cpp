// The per-type deleters behind UniquePtr and the one OpenSSL error helper.
#include "ledger/openssl_ptr.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <string>

namespace tillbook::ledger {

#define TILLBOOK_OPENSSL_FREE(Type, freeFn)                                                                            \
    void Deleter<Type>::operator()(Type* p) const noexcept                                                             \
    {                                                                                                                  \
        freeFn(p);                                                                                                     \
    }
TILLBOOK_OPENSSL_FREE(BIO, BIO_free)
TILLBOOK_OPENSSL_FREE(EVP_KDF, EVP_KDF_free)
TILLBOOK_OPENSSL_FREE(EVP_KDF_CTX, EVP_KDF_CTX_free)
TILLBOOK_OPENSSL_FREE(EVP_MD_CTX, EVP_MD_CTX_free)
TILLBOOK_OPENSSL_FREE(EVP_PKEY, EVP_PKEY_free)
TILLBOOK_OPENSSL_FREE(EVP_PKEY_CTX, EVP_PKEY_CTX_free)
#undef TILLBOOK_OPENSSL_FREE

void throwOpenSslError(std::string_view call)
{
    std::string message(call);
    message += " failed";
    unsigned long code = ERR_get_error();
    if (code != 0) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        message += ": ";
        message += buffer;
    }
    ERR_clear_error();
    throw CryptoError(message);
}

} // namespace tillbook::ledger
