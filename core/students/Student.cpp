#include "Student.h"

#include <QCoreApplication>

namespace td {

QString studentStatusKey(StudentStatus status)
{
    switch (status) {
    case StudentStatus::Active:
        return QStringLiteral("active");
    case StudentStatus::Paused:
        return QStringLiteral("paused");
    case StudentStatus::Archived:
        return QStringLiteral("archived");
    }
    return {};
}

std::optional<StudentStatus> studentStatusFromKey(const QString& key)
{
    for (StudentStatus status : {StudentStatus::Active, StudentStatus::Paused, StudentStatus::Archived})
        if (studentStatusKey(status) == key)
            return status;
    return std::nullopt;
}

QString studentStatusDisplayName(StudentStatus status)
{
    switch (status) {
    case StudentStatus::Active:
        return QCoreApplication::translate("td::StudentStatus", "Active");
    case StudentStatus::Paused:
        return QCoreApplication::translate("td::StudentStatus", "Paused");
    case StudentStatus::Archived:
        return QCoreApplication::translate("td::StudentStatus", "Archived");
    }
    return {};
}

QString consentKindKey(ConsentKind kind)
{
    switch (kind) {
    case ConsentKind::DataProcessing:
        return QStringLiteral("data_processing");
    case ConsentKind::Marketing:
        return QStringLiteral("marketing");
    }
    return {};
}

std::optional<ConsentKind> consentKindFromKey(const QString& key)
{
    for (ConsentKind kind : {ConsentKind::DataProcessing, ConsentKind::Marketing})
        if (consentKindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString consentKindDisplayName(ConsentKind kind)
{
    switch (kind) {
    case ConsentKind::DataProcessing:
        return QCoreApplication::translate("td::ConsentKind", "Data processing");
    case ConsentKind::Marketing:
        return QCoreApplication::translate("td::ConsentKind", "Marketing");
    }
    return {};
}

} // namespace td
