#pragma once

#include "students/StudentDirectory.h"

#include <QAbstractTableModel>
#include <QThread>

namespace td::ui {

// The students matching a filter, fetched in pages by a StudentListWorker in its own thread: the first
// page as soon as the filter changes, the next ones as the view scrolls (canFetchMore/fetchMore). The UI
// thread never queries the students table.
class StudentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Phone, Status, BirthDate, ColumnCount };
    enum DataRole { StudentIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    explicit StudentListModel(const QString& databasePath, QObject* parent = nullptr);
    ~StudentListModel() override;

    // Starts a new search; answers to the previous one are dropped when they arrive.
    void setFilter(const StudentFilter& filter);
    StudentFilter filter() const { return m_filter; }
    // The same search again from the start (after a student was created or changed).
    void refresh();
    // Asks the worker for the tags in use (answered by tagsLoaded).
    void loadTags();

    // The number of matching students, or -1 while it is being counted.
    qint64 totalCount() const { return m_total; }
    // Whether a page is on its way.
    bool isLoading() const { return m_pending; }
    qint64 studentId(int row) const;
    // The row of a loaded student, or -1.
    int rowOf(qint64 studentId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void totalChanged(qint64 total);
    // The first page of the current search is in (possibly empty).
    void firstPageLoaded();
    void loadingChanged(bool loading);
    void tagsLoaded(const QStringList& tags);
    void failed(const QString& message);

    // To the worker (queued across threads).
    void fetchRequested(quint64 generation, const td::StudentFilter& filter, int offset, int limit);
    void countRequested(quint64 generation, const td::StudentFilter& filter);
    void tagsRequested();

private:
    void onFetched(quint64 generation, int offset, const QList<td::StudentListRow>& rows);
    void onCounted(quint64 generation, qint64 total);
    void onFailed(quint64 generation, const QString& message);
    void setPending(bool pending);

    QThread m_thread;
    StudentFilter m_filter;
    QList<StudentListRow> m_rows;
    quint64 m_generation = 0;
    qint64 m_total = -1;
    bool m_pending = false;
    bool m_exhausted = true;
};

} // namespace td::ui
