#pragma once

#include "auth/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace td {

class Database;

struct Room
{
    qint64 id = 0;
    QString uuid;
    QString name;
    int capacity = 0;
    bool active = true;
};

// The center's rooms; a class never seats more than its room holds. Writes need ManageSchedule.
class RoomService
{
    Q_DECLARE_TR_FUNCTIONS(td::RoomService)

public:
    static Result<Room> create(const Context& ctx, const QString& name, int capacity);
    // Refused when the new capacity is below that of a class still using the room.
    static Result<Room> update(const Context& ctx, qint64 roomId, const QString& name, int capacity);
    // Refused while sessions are still scheduled in the room from now on.
    static Status deactivate(const Context& ctx, qint64 roomId);
    static Status reactivate(const Context& ctx, qint64 roomId);

    static Result<Room> byId(const Database& db, qint64 roomId);
    // Ordered by name.
    static Result<QList<Room>> list(const Database& db, bool includeInactive = false);
};

} // namespace td
