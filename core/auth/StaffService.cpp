#include "StaffService.h"

#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace td {

namespace {

const QString kColumns = QStringLiteral("id, uuid, username, display_name, role, phone, active");

StaffMember fromRow(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        roleFromKey(q.value(4).toString()).value_or(Role::FrontDesk), q.value(5).toString(), q.value(6).toBool()};
}

Result<StaffMember> insert(const Context& ctx, const QString& username, const QString& displayName, Role role,
    const QString& password, const QString& phone)
{
    static const QRegularExpression validUsername(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!validUsername.match(username).hasMatch())
        return Error::invalid(StaffService::tr("A username is 2 to 32 letters, digits, dots, dashes or underscores."),
            QStringLiteral("username"));
    if (displayName.trimmed().isEmpty())
        return Error::invalid(StaffService::tr("The display name is empty."), QStringLiteral("displayName"));
    if (const QString problem = StaffService::passwordProblem(password); !problem.isEmpty())
        return Error::invalid(problem, QStringLiteral("password"));
    auto existing = ctx.db.scalar(QStringLiteral("SELECT count(*) FROM staff WHERE username = ?"), {username});
    if (!existing)
        return existing.error();
    if (existing.value().toInt() > 0)
        return Error::conflict(
            StaffService::tr("The username %1 is already taken.").arg(username), QStringLiteral("username"));

    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    StaffMember member {0, sql::newUuid(), username, displayName.trimmed(), role, phone.trimmed(), true};
    auto r = ctx.db.exec(QStringLiteral("INSERT INTO staff (uuid, username, display_name, role, password_hash, phone, "
                                        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {member.uuid, member.username, member.displayName, roleKey(role), PasswordHasher::hash(password),
            sql::nullIfEmpty(member.phone), sql::fromDateTime(ctx.clock.nowUtc())});
    if (!r)
        return r.error();
    member.id = r.value().lastInsertId().toLongLong();
    auto audited = AuditLog::record(ctx, QStringLiteral("staff"), member.uuid, QStringLiteral("create"),
        QStringLiteral("%1 (%2)").arg(member.username, roleKey(role)));
    if (!audited)
        return audited.error();
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return member;
}

} // namespace

QString StaffService::passwordProblem(const QString& password)
{
    if (password.size() < kMinimumPasswordLength)
        return tr("A password needs at least %n characters.", nullptr, kMinimumPasswordLength);
    return {};
}

Result<StaffMember> StaffService::create(const Context& ctx, const QString& username, const QString& displayName,
    Role role, const QString& password, const QString& phone)
{
    if (auto allowed = ctx.require(Permission::ManageStaff); !allowed)
        return allowed.error();
    return insert(ctx, username, displayName, role, password, phone);
}

Result<StaffMember> StaffService::createFirstAdmin(
    Database& db, const Clock& clock, const QString& username, const QString& displayName, const QString& password)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto admin = hasAdmin(db);
    if (!admin)
        return admin.error();
    if (admin.value())
        return Error::conflict(tr("This center already has an administrator; ask them to create your account."));
    const Context ctx {db, clock, Actor::system(QStringLiteral("setup"))};
    auto member = insert(ctx, username, displayName, Role::Admin, password, {});
    if (!member)
        return member;
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return member;
}

Result<bool> StaffService::hasAdmin(const Database& db)
{
    auto r = db.scalar(QStringLiteral("SELECT count(*) FROM staff WHERE role = 'admin' AND active = 1"));
    if (!r)
        return r.error();
    return r.value().toInt() > 0;
}

Result<Actor> StaffService::authenticate(Database& db, const QString& username, const QString& password)
{
    auto q = db.exec(QStringLiteral("SELECT id, username, display_name, role, password_hash, active FROM staff "
                                    "WHERE username = ?"),
        {username.trimmed()});
    if (!q)
        return q.error();
    const Error wrong = Error::invalid(tr("The username or the password is wrong."), QStringLiteral("password"));
    if (!q.value().next()) {
        // Spend the same time as a real check so response time does not reveal which usernames exist.
        static const QString decoy = PasswordHasher::hash(QStringLiteral("decoy password"));
        (void)PasswordHasher::verify(decoy, password);
        return wrong;
    }
    const QSqlQuery& row = q.value();
    if (!PasswordHasher::verify(row.value(4).toString(), password))
        return wrong;
    if (!row.value(5).toBool())
        return Error::forbidden(tr("The account %1 is disabled.").arg(row.value(1).toString()));
    return Actor {row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
        roleFromKey(row.value(3).toString()).value_or(Role::FrontDesk)};
}

Status StaffService::changePassword(const Context& ctx, qint64 staffId, const QString& newPassword)
{
    // Everyone may change their own password; others' need ManageStaff.
    if (staffId != ctx.actor.staffId)
        if (auto allowed = ctx.require(Permission::ManageStaff); !allowed)
            return allowed;
    if (const QString problem = passwordProblem(newPassword); !problem.isEmpty())
        return Error::invalid(problem, QStringLiteral("password"));
    auto member = byId(ctx.db, staffId);
    if (!member)
        return member.error();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto r = ctx.db.exec(QStringLiteral("UPDATE staff SET password_hash = ? WHERE id = ?"),
        {PasswordHasher::hash(newPassword), staffId});
    if (!r)
        return r.error();
    if (auto a = AuditLog::record(
            ctx, QStringLiteral("staff"), member->uuid, QStringLiteral("change_password"), member->username);
        !a)
        return a;
    return tx.value().commit();
}

Status StaffService::setActive(const Context& ctx, qint64 staffId, bool active)
{
    if (auto allowed = ctx.require(Permission::ManageStaff); !allowed)
        return allowed;
    auto member = byId(ctx.db, staffId);
    if (!member)
        return member.error();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    if (!active && member->role == Role::Admin) {
        auto admins = ctx.db.scalar(QStringLiteral("SELECT count(*) FROM staff WHERE role = 'admin' AND active = 1"));
        if (!admins)
            return admins.error();
        if (admins.value().toInt() <= 1)
            return Error::conflict(tr("The last active administrator cannot be disabled."));
    }
    auto r = ctx.db.exec(QStringLiteral("UPDATE staff SET active = ? WHERE id = ?"), {active ? 1 : 0, staffId});
    if (!r)
        return r.error();
    if (auto a = AuditLog::record(ctx, QStringLiteral("staff"), member->uuid,
            active ? QStringLiteral("enable") : QStringLiteral("disable"), member->username);
        !a)
        return a;
    return tx.value().commit();
}

Result<QList<StaffMember>> StaffService::list(const Context& ctx, bool includeInactive)
{
    auto q = ctx.db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM staff")
        + (includeInactive ? QString() : QStringLiteral(" WHERE active = 1"))
        + QStringLiteral(" ORDER BY display_name"));
    if (!q)
        return q.error();
    QList<StaffMember> members;
    while (q.value().next())
        members.append(fromRow(q.value()));
    return members;
}

Result<StaffMember> StaffService::byId(const Database& db, qint64 staffId)
{
    auto q = db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM staff WHERE id = ?"), {staffId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(tr("There is no staff member with id %1.").arg(staffId));
    return fromRow(q.value());
}

} // namespace td
