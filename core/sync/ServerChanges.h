#pragma once

#include "common/Result.h"
#include "sync/SyncProtocol.h"

#include <QCoreApplication>

namespace td {

struct Context;

// Applies what the server says changed to this desk's tables, by uuid, so applying a change twice
// leaves the same state. Payload fields map to the columns of the same name; "<x>_uuid" fields to the
// "<x>_id" (or "<x>") column of the row with that uuid. Ownership rules of docs/sync-api.md hold here
// too: facts are never edited, student fields with a local edit not yet pushed are kept, overwritten
// student values go to the audit log, a second check-in of the same student to the same session
// becomes the server's one.
class ServerChanges
{
    Q_DECLARE_TR_FUNCTIONS(td::ServerChanges)

public:
    // Inside the caller's transaction. An error means "not now": the change refers to a row this desk
    // does not have yet, or breaks a local rule; the caller keeps it aside and retries later.
    static Status apply(const Context& ctx, const sync::Change& change);
    // The local table an entity lives in, or empty for an entity this desk does not know.
    static QString tableFor(const QString& entity);
};

} // namespace td
