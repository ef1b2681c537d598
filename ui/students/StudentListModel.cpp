#include "StudentListModel.h"

#include "StudentListWorker.h"
#include "students/Student.h"

#include <QLocale>

namespace td::ui {

StudentListModel::StudentListModel(const QString& databasePath, QObject* parent)
    : QAbstractTableModel(parent)
{
    auto* worker = new StudentListWorker(databasePath);
    worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("student-search"));
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &StudentListModel::fetchRequested, worker, &StudentListWorker::fetch);
    connect(this, &StudentListModel::countRequested, worker, &StudentListWorker::count);
    connect(this, &StudentListModel::tagsRequested, worker, &StudentListWorker::loadTags);
    connect(worker, &StudentListWorker::fetched, this, &StudentListModel::onFetched);
    connect(worker, &StudentListWorker::counted, this, &StudentListModel::onCounted);
    connect(worker, &StudentListWorker::failed, this, &StudentListModel::onFailed);
    connect(worker, &StudentListWorker::tagsLoaded, this, &StudentListModel::tagsLoaded);
    m_thread.start();
}

StudentListModel::~StudentListModel()
{
    m_thread.quit();
    m_thread.wait();
}

void StudentListModel::setFilter(const StudentFilter& filter)
{
    m_filter = filter;
    refresh();
}

void StudentListModel::refresh()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    endResetModel();
    m_total = -1;
    Q_EMIT totalChanged(m_total);
    setPending(true);
    Q_EMIT fetchRequested(m_generation, m_filter, 0, kPageSize);
    Q_EMIT countRequested(m_generation, m_filter);
}

void StudentListModel::loadTags()
{
    Q_EMIT tagsRequested();
}

qint64 StudentListModel::studentId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int StudentListModel::rowOf(qint64 studentId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == studentId)
            return row;
    return -1;
}

int StudentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StudentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StudentListRow& row = m_rows.at(index.row());
    if (role == StudentIdRole)
        return row.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Code:
        return row.code;
    case Name:
        return row.name;
    case Phone:
        return row.phone;
    case Status:
        if (const auto status = studentStatusFromKey(row.status))
            return studentStatusDisplayName(*status);
        return row.status;
    case BirthDate:
        return row.birthDate.isValid() ? QLocale().toString(row.birthDate, QLocale::ShortFormat) : QString();
    }
    return {};
}

QVariant StudentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Status:
        return tr("Status");
    case BirthDate:
        return tr("Birth date");
    }
    return {};
}

bool StudentListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && !m_pending;
}

void StudentListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    setPending(true);
    Q_EMIT fetchRequested(m_generation, m_filter, static_cast<int>(m_rows.size()), kPageSize);
}

void StudentListModel::onFetched(quint64 generation, int offset, const QList<StudentListRow>& rows)
{
    if (generation != m_generation || offset != m_rows.size())
        return;
    if (rows.size() < kPageSize)
        m_exhausted = true;
    if (!rows.isEmpty()) {
        beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
    }
    setPending(false);
    if (offset == 0)
        Q_EMIT firstPageLoaded();
}

void StudentListModel::onCounted(quint64 generation, qint64 total)
{
    if (generation != m_generation)
        return;
    m_total = total;
    Q_EMIT totalChanged(total);
}

void StudentListModel::onFailed(quint64 generation, const QString& message)
{
    if (generation != m_generation && generation != 0)
        return;
    m_exhausted = true;
    setPending(false);
    Q_EMIT failed(message);
}

void StudentListModel::setPending(bool pending)
{
    if (m_pending == pending)
        return;
    m_pending = pending;
    Q_EMIT loadingChanged(pending);
}

} // namespace td::ui
