#include "SyncHistoryModel.h"

#include "storage/SqlValues.h"

#include <QLocale>

namespace td::ui {

namespace {

QString timeText(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

void SyncHistoryModel::setRuns(const QList<SyncState::Run>& runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int SyncHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int SyncHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncHistoryModel::outcomeText(const QString& outcome)
{
    if (outcome == QLatin1String("ok"))
        return tr("Done");
    if (outcome == QLatin1String("unreachable"))
        return tr("Server unreachable (will retry)");
    if (outcome == QLatin1String("refused"))
        return tr("Refused by the server");
    return tr("Failed on this desk");
}

QVariant SyncHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncState::Run& run = m_runs.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return timeText(run.finishedAt);
        case Result:
            return outcomeText(run.outcome);
        case Pushed:
            return run.pushed;
        case Pulled:
            return run.pulled;
        case Rejected:
            return run.rejected;
        case Message:
            return run.message;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Message)
        return run.message;
    if (role == Qt::TextAlignmentRole && index.column() >= Pushed && index.column() <= Rejected)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SyncHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Result:
        return tr("Result");
    case Pushed:
        return tr("Sent");
    case Pulled:
        return tr("Received");
    case Rejected:
        return tr("Rejected");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

void RejectedMutationsModel::setEntries(const QList<Outbox::Entry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int RejectedMutationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int RejectedMutationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RejectedMutationsModel::entityText(const QString& entity)
{
    if (entity == QLatin1String("student"))
        return tr("Student");
    if (entity == QLatin1String("guardian"))
        return tr("Guardian");
    if (entity == QLatin1String("consent"))
        return tr("Consent");
    if (entity == QLatin1String("enrollment"))
        return tr("Enrollment");
    if (entity == QLatin1String("attendance"))
        return tr("Check-in");
    if (entity == QLatin1String("class_hour_entry"))
        return tr("Class-hour entry");
    if (entity == QLatin1String("class_hour_pack"))
        return tr("Class-hour pack");
    if (entity == QLatin1String("membership"))
        return tr("Membership");
    if (entity == QLatin1String("sale"))
        return tr("Payment or refund");
    if (entity == QLatin1String("feedback"))
        return tr("Feedback");
    return entity;
}

QVariant RejectedMutationsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Outbox::Entry& entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return timeText(sql::toDateTime(entry.createdAt));
        case What: {
            // A receipt number or a name says more to staff than a uuid.
            QString detail = entry.payload.value(QLatin1String("receipt_no")).toString();
            if (detail.isEmpty())
                detail = entry.payload.value(QLatin1String("name")).toString();
            if (detail.isEmpty())
                detail = entry.entityUuid.left(8);
            return tr("%1 %2").arg(entityText(entry.entity), detail);
        }
        case Why:
            return entry.error;
        default:
            return {};
        }
    }
    return {};
}

QVariant RejectedMutationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Made");
    case What:
        return tr("What");
    case Why:
        return tr("Why the server refused it");
    default:
        return {};
    }
}

} // namespace td::ui
