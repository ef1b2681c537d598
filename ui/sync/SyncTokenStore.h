#pragma once

#include <QObject>
#include <QString>

namespace td::ui {

// The center's sync token, kept in the system keychain (qtkeychain) under this desk's database, never in
// the database, the settings file or a log. Where no keychain service answers, the token is kept in memory
// for this session only, and persistence() says so.
class SyncTokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Persistence {
        Unknown, // not read or written yet
        Keychain,
        SessionOnly, // no keychain service: entered again after a restart
    };

    explicit SyncTokenStore(const QString& databasePath, QObject* parent = nullptr);

    // Test seam: no keychain at all, as on a platform without one.
    static void setKeychainEnabled(bool enabled);

    // Reads from the keychain; tokenChanged() follows (with an empty token when none is stored).
    void read();
    // Stores in the keychain, or for the session when there is none; stored() follows.
    void write(const QString& token);
    // A token for this session only (the demo's local server), never written anywhere.
    void setSessionToken(const QString& token);

    QString token() const { return m_token; }
    Persistence persistence() const { return m_persistence; }
    QString persistenceText() const;

Q_SIGNALS:
    void tokenChanged();
    void stored();

private:
    void fallBack(const QString& reason);

    QString m_key;
    QString m_token;
    QString m_keychainProblem;
    Persistence m_persistence = Persistence::Unknown;
};

} // namespace td::ui
