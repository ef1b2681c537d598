#pragma once

#include <QByteArray>
#include <QString>

namespace td {

// Argon2id password hashes through libsodium (crypto_pwhash_str: self-describing, salted).
class PasswordHasher
{
public:
    enum class Cost {
        Interactive, // every real account
        Minimum, // tests only: they create many accounts and must not spend seconds on hashing
    };
    static void setCostForTests(Cost cost);

    // Interactive limits: about 0.1 s and 64 MiB on a desk PC, acceptable at login.
    static QString hash(const QString& password);
    static bool verify(const QString& storedHash, const QString& password);
    // True when the stored hash used weaker limits than today's, so it should be re-hashed at login.
    static bool needsRehash(const QString& storedHash);
};

} // namespace td
