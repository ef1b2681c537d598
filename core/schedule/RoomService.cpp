#include "RoomService.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

namespace td {

namespace {

const QString kSelect = QStringLiteral("SELECT id, uuid, name, capacity, active FROM rooms");

Room fromRow(const QSqlQuery& q)
{
    return {
        q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toBool()};
}

Status validate(const Database& db, const QString& name, int capacity, qint64 selfId)
{
    if (name.isEmpty())
        return Error::invalid(RoomService::tr("The room name is empty."), QStringLiteral("name"));
    if (capacity <= 0)
        return Error::invalid(RoomService::tr("A room holds at least one person."), QStringLiteral("capacity"));
    auto taken = db.scalar(
        QStringLiteral("SELECT count(*) FROM rooms WHERE lower(name) = lower(?) AND id <> ?"), {name, selfId});
    if (!taken)
        return taken.error();
    if (taken.value().toInt() > 0)
        return Error::conflict(RoomService::tr("There is already a room called %1.").arg(name), QStringLiteral("name"));
    return {};
}

Status setActive(const Context& ctx, qint64 roomId, bool active)
{
    if (auto allowed = ctx.require(Permission::ManageSchedule); !allowed)
        return allowed;
    auto room = RoomService::byId(ctx.db, roomId);
    if (!room)
        return room.error();
    if (room->active == active)
        return {};
    if (!active) {
        auto upcoming = ctx.db.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE room_id = ? AND status = "
                                                     "'scheduled' AND ends_at > ?"),
            {roomId, sql::fromDateTime(ctx.clock.nowUtc())});
        if (!upcoming)
            return upcoming.error();
        if (const int n = upcoming.value().toInt(); n > 0)
            return Error::conflict(
                RoomService::tr("%1 still has %n scheduled session(s); move or cancel them first.", nullptr, n)
                    .arg(room->name));
    }
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto r = ctx.db.exec(QStringLiteral("UPDATE rooms SET active = ? WHERE id = ?"), {active ? 1 : 0, roomId});
    if (!r)
        return r.error();
    if (auto a = AuditLog::record(ctx, QStringLiteral("room"), room->uuid,
            active ? QStringLiteral("reactivate") : QStringLiteral("deactivate"), room->name);
        !a)
        return a;
    return tx.value().commit();
}

} // namespace

Result<Room> RoomService::create(const Context& ctx, const QString& name, int capacity)
{
    if (auto allowed = ctx.require(Permission::ManageSchedule); !allowed)
        return allowed.error();
    const QString cleanName = name.simplified();
    if (auto valid = validate(ctx.db, cleanName, capacity, 0); !valid)
        return valid.error();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    Room room {0, sql::newUuid(), cleanName, capacity, true};
    auto r = ctx.db.exec(QStringLiteral("INSERT INTO rooms (uuid, name, capacity) VALUES (?, ?, ?)"),
        {room.uuid, room.name, room.capacity});
    if (!r)
        return r.error();
    room.id = r.value().lastInsertId().toLongLong();
    if (auto a = AuditLog::record(ctx, QStringLiteral("room"), room.uuid, QStringLiteral("create"),
            QStringLiteral("%1 (%2)").arg(room.name).arg(capacity));
        !a)
        return a.error();
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return room;
}

Result<Room> RoomService::update(const Context& ctx, qint64 roomId, const QString& name, int capacity)
{
    if (auto allowed = ctx.require(Permission::ManageSchedule); !allowed)
        return allowed.error();
    auto before = byId(ctx.db, roomId);
    if (!before)
        return before.error();
    const QString cleanName = name.simplified();
    if (auto valid = validate(ctx.db, cleanName, capacity, roomId); !valid)
        return valid.error();
    auto q = ctx.db.exec(QStringLiteral("SELECT name, capacity FROM classes WHERE room_id = ? AND status = 'active' "
                                        "AND capacity > ? ORDER BY capacity DESC LIMIT 1"),
        {roomId, capacity});
    if (!q)
        return q.error();
    if (q.value().next())
        return Error::conflict(tr("The class %1 in this room has %2 seats; lower its capacity first.")
                                   .arg(q.value().value(0).toString())
                                   .arg(q.value().value(1).toInt()),
            QStringLiteral("capacity"));
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto r = ctx.db.exec(
        QStringLiteral("UPDATE rooms SET name = ?, capacity = ? WHERE id = ?"), {cleanName, capacity, roomId});
    if (!r)
        return r.error();
    if (auto a = AuditLog::record(ctx, QStringLiteral("room"), before->uuid, QStringLiteral("update"),
            QStringLiteral("%1 (%2)").arg(cleanName).arg(capacity));
        !a)
        return a.error();
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return byId(ctx.db, roomId);
}

Status RoomService::deactivate(const Context& ctx, qint64 roomId)
{
    return setActive(ctx, roomId, false);
}

Status RoomService::reactivate(const Context& ctx, qint64 roomId)
{
    return setActive(ctx, roomId, true);
}

Result<Room> RoomService::byId(const Database& db, qint64 roomId)
{
    auto q = db.exec(kSelect + QStringLiteral(" WHERE id = ?"), {roomId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no room with id %1.").arg(roomId));
    return fromRow(q.value());
}

Result<QList<Room>> RoomService::list(const Database& db, bool includeInactive)
{
    auto q = db.exec(kSelect + (includeInactive ? QString() : QStringLiteral(" WHERE active = 1"))
        + QStringLiteral(" ORDER BY name"));
    if (!q)
        return q.error();
    QList<Room> rooms;
    while (q.value().next())
        rooms.append(fromRow(q.value()));
    return rooms;
}

} // namespace td
