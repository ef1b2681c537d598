#pragma once

#include "sync/Outbox.h"
#include "sync/SyncState.h"

#include <QAbstractTableModel>

namespace td::ui {

// The Sync page's history: one row per run, newest first (time, result, pushed, pulled, rejected, message).
class SyncHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Result, Pushed, Pulled, Rejected, Message, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRuns(const QList<SyncState::Run>& runs);
    const QList<SyncState::Run>& runs() const { return m_runs; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeText(const QString& outcome);

private:
    QList<SyncState::Run> m_runs;
};

// Changes the server refused for good, newest first: what (the kind of record and when it was made) and why.
class RejectedMutationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, What, Why, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<Outbox::Entry>& entries);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString entityText(const QString& entity);

private:
    QList<Outbox::Entry> m_entries;
};

} // namespace td::ui
