#include "Context.h"

#include <QVariant>

namespace td {

Actor Actor::system(const QString& name)
{
    return Actor {0, name, name, Role::Admin};
}

namespace {

QString permissionDescription(Permission permission)
{
    switch (permission) {
    case Permission::ViewStudents:
        return Context::tr("view students");
    case Permission::ManageStudents:
        return Context::tr("create or change students");
    case Permission::EraseStudentData:
        return Context::tr("export or erase a student's personal data");
    case Permission::ManageCatalog:
        return Context::tr("change the catalog");
    case Permission::ManageSchedule:
        return Context::tr("change the schedule");
    case Permission::Enroll:
        return Context::tr("enroll students");
    case Permission::RecordAttendance:
        return Context::tr("record attendance");
    case Permission::RecordFeedback:
        return Context::tr("record feedback");
    case Permission::Sell:
        return Context::tr("take payments");
    case Permission::RequestRefund:
        return Context::tr("request refunds");
    case Permission::ApproveRefund:
        return Context::tr("approve refunds");
    case Permission::CloseDay:
        return Context::tr("close the day");
    case Permission::ViewReports:
        return Context::tr("view reports");
    case Permission::ManageStaff:
        return Context::tr("manage staff accounts");
    case Permission::ManageSettings:
        return Context::tr("change the center's settings");
    case Permission::Backup:
        return Context::tr("back up or restore the database");
    case Permission::Sync:
        return Context::tr("sync with the online catalog");
    }
    return {};
}

} // namespace

Status Context::require(Permission permission) const
{
    if (roleAllows(actor.role, permission))
        return {};
    return Error::forbidden(
        tr("%1 (%2) is not allowed to %3.")
            .arg(actor.displayName, roleDisplayName(actor.role), permissionDescription(permission)));
}

QVariant Context::staffRef() const
{
    return actor.isSystem() ? QVariant() : QVariant(actor.staffId);
}

} // namespace td
