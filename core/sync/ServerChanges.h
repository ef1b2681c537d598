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
// becomes the server's one. Staff and rooms from another desk that match one of this desk's by username
// or name are the same (an alias); a staff member made here from another desk's profile cannot sign in.
class ServerChanges
{
    Q_DECLARE_TR_FUNCTIONS(td::ServerChanges)

public:
    // Inside the caller's transaction. An error means "not now": the change refers to a row this desk
    // does not have yet, breaks a local rule, or waits behind an earlier change of its record; the
    // caller keeps it aside and retries later. Earlier upserts of the record kept aside are applied with
    // it and leave sync_deferred.
    static Status apply(const Context& ctx, const sync::Change& change);
    // The local table an entity lives in, or empty for an entity this desk does not know.
    static QString tableFor(const QString& entity);

    // Queues the records every desk of the center must share that are new here or differ from what this
    // desk last sent or pulled: staff profiles (never their passwords), rooms, the center's own catalog
    // items, classes and sessions. The sync client calls it before each push, so a class made or a
    // session cancelled at one desk reaches the others with the enrollments and check-ins that refer to
    // it. Returns how many were queued.
    static Result<int> queueSharedRecords(const Context& ctx);
};

} // namespace td
