#pragma once

#include "auth/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace td {

class Database;

struct StaffMember
{
    qint64 id = 0;
    QString uuid;
    QString username;
    QString displayName;
    Role role = Role::FrontDesk;
    QString phone;
    bool active = true;
};

// Staff accounts: creation and changes need ManageStaff; logging in needs only the password.
class StaffService
{
    Q_DECLARE_TR_FUNCTIONS(td::StaffService)

public:
    static constexpr int kMinimumPasswordLength = 8;

    static Result<StaffMember> create(const Context& ctx, const QString& username, const QString& displayName,
        Role role, const QString& password, const QString& phone = {});
    // The first admin of an empty database: allowed only while there is no admin at all.
    static Result<StaffMember> createFirstAdmin(
        Database& db, const Clock& clock, const QString& username, const QString& displayName, const QString& password);
    static Result<bool> hasAdmin(const Database& db);

    // The Actor for a valid, active account; one message for a wrong name or password so that neither
    // is revealed.
    static Result<Actor> authenticate(Database& db, const QString& username, const QString& password);

    static Status changePassword(const Context& ctx, qint64 staffId, const QString& newPassword);
    static Status setActive(const Context& ctx, qint64 staffId, bool active);
    static Result<QList<StaffMember>> list(const Context& ctx, bool includeInactive = false);
    static Result<StaffMember> byId(const Database& db, qint64 staffId);

    // Why a password is not acceptable, or an empty string.
    static QString passwordProblem(const QString& password);
};

} // namespace td
