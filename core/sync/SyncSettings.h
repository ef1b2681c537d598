#pragma once

#include "auth/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace td {

class Database;

// This desk's sync settings, kept in its own database (sync_state) beside its desk id: the server, how
// often to sync, and the desk code that gives its receipts their own series. The token is not here: it
// goes to the system keychain (ui/sync/SyncTokenStore).
class SyncSettings
{
    Q_DECLARE_TR_FUNCTIONS(td::SyncSettings)

public:
    static constexpr int kDefaultIntervalMinutes = 5;

    struct Values
    {
        QUrl server; // empty: this desk does not sync
        int intervalMinutes = kDefaultIntervalMinutes;
        QString deskCode; // empty for a center's only desk; "A", "B2"... for each desk of several
    };

    static Result<Values> load(const Database& db);
    // Needs ManageSettings; validates every field (http:// only to loopback, 1–1440 minutes, desk code of
    // one to four letters or digits) and writes all or nothing, with an audit entry.
    static Status save(const Context& ctx, const Values& values);

    static Result<QString> deskCode(const Database& db);
    static Status validateDeskCode(const QString& code);
};

} // namespace td
