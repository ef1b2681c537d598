#include "PasswordHasher.h"

#include <sodium.h>
#include <stdexcept>

namespace td {

namespace {

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialised");
}

PasswordHasher::Cost g_cost = PasswordHasher::Cost::Interactive;

unsigned long long opsLimit()
{
    return g_cost == PasswordHasher::Cost::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE
                                                       : crypto_pwhash_OPSLIMIT_MIN;
}

size_t memLimit()
{
    return g_cost == PasswordHasher::Cost::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE
                                                       : crypto_pwhash_MEMLIMIT_MIN;
}

} // namespace

void PasswordHasher::setCostForTests(Cost cost)
{
    g_cost = cost;
}

QString PasswordHasher::hash(const QString& password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), opsLimit(),
            memLimit(), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& storedHash, const QString& password)
{
    ensureSodium();
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
}

bool PasswordHasher::needsRehash(const QString& storedHash)
{
    ensureSodium();
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(
               stored.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0;
}

} // namespace td
