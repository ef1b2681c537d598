#pragma once

#include "auth/Role.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace td {

class Database;

// Who is acting. staffId 0 is the system itself (the command-line tool run by whoever owns the
// database file, the demo generator, sync applying the server's changes).
struct Actor
{
    qint64 staffId = 0;
    QString username;
    QString displayName;
    Role role = Role::Admin;

    static Actor system(const QString& name = QStringLiteral("system"));
    bool isSystem() const { return staffId == 0; }
};

// What every service call receives: the connection of the calling thread, the clock and the actor.
struct Context
{
    Q_DECLARE_TR_FUNCTIONS(td::Context)

public:
    Database& db;
    const Clock& clock;
    Actor actor;

    // Error::forbidden naming the action when the actor's role does not allow it.
    Status require(Permission permission) const;
    // The actor's staff id for a REFERENCES staff column: NULL for the system actor.
    QVariant staffRef() const;
};

} // namespace td
