#pragma once

#include <QString>

#include <optional>

namespace td {

enum class Role { Admin, FrontDesk, Instructor };

// What a service call needs the acting staff member to be allowed to do.
enum class Permission {
    ViewStudents,
    ManageStudents, // create, edit, import
    EraseStudentData, // privacy: export and erase one student's data
    ManageCatalog,
    ManageSchedule, // classes, rooms, sessions, cancellations
    Enroll,
    RecordAttendance,
    RecordFeedback,
    Sell,
    RequestRefund, // a clerk may start one; it needs an admin's approval
    ApproveRefund,
    CloseDay,
    ViewReports,
    ManageStaff,
    ManageSettings,
    Backup,
    Sync,
};

bool roleAllows(Role role, Permission permission);

// Stored form: "admin", "front_desk", "instructor".
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString& key);
// Translated name for screens.
QString roleDisplayName(Role role);

} // namespace td
