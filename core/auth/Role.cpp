#include "Role.h"

#include <QCoreApplication>

namespace td {

bool roleAllows(Role role, Permission permission)
{
    switch (role) {
    case Role::Admin:
        return true;
    case Role::FrontDesk:
        switch (permission) {
        case Permission::ViewStudents:
        case Permission::ManageStudents:
        case Permission::Enroll:
        case Permission::RecordAttendance:
        case Permission::RecordFeedback:
        case Permission::Sell:
        case Permission::RequestRefund:
        case Permission::CloseDay:
        case Permission::Backup:
        case Permission::Sync:
            return true;
        default:
            return false;
        }
    case Role::Instructor:
        switch (permission) {
        case Permission::ViewStudents:
        case Permission::RecordAttendance:
        case Permission::RecordFeedback:
        case Permission::ViewReports:
            return true;
        default:
            return false;
        }
    }
    return false;
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::FrontDesk:
        return QStringLiteral("front_desk");
    case Role::Instructor:
        return QStringLiteral("instructor");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role role : {Role::Admin, Role::FrontDesk, Role::Instructor})
        if (roleKey(role) == key)
            return role;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("td::Role", "Administrator");
    case Role::FrontDesk:
        return QCoreApplication::translate("td::Role", "Front desk");
    case Role::Instructor:
        return QCoreApplication::translate("td::Role", "Instructor");
    }
    return {};
}

} // namespace td
