#include "Session.h"

#include <QCoreApplication>

namespace td {

QString sessionStatusKey(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Scheduled:
        return QStringLiteral("scheduled");
    case SessionStatus::Cancelled:
        return QStringLiteral("cancelled");
    case SessionStatus::Done:
        return QStringLiteral("done");
    }
    return {};
}

std::optional<SessionStatus> sessionStatusFromKey(const QString& key)
{
    for (SessionStatus status : {SessionStatus::Scheduled, SessionStatus::Cancelled, SessionStatus::Done})
        if (sessionStatusKey(status) == key)
            return status;
    return std::nullopt;
}

QString sessionStatusDisplayName(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Scheduled:
        return QCoreApplication::translate("td::SessionStatus", "Scheduled");
    case SessionStatus::Cancelled:
        return QCoreApplication::translate("td::SessionStatus", "Cancelled");
    case SessionStatus::Done:
        return QCoreApplication::translate("td::SessionStatus", "Done");
    }
    return {};
}

} // namespace td
