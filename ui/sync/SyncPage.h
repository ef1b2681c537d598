#pragma once

#include "shell/DeskPage.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace td::ui {

class Desk;
class RejectedMutationsModel;
class SyncController;
class SyncHistoryModel;

// Sync: the state (last sync, what waits to be sent, the last error), "Sync Now", the history of runs and
// the changes the server refused for good (what and why), so staff can put them right.
class SyncPage : public QWidget, public DeskPage
{
    Q_OBJECT

public:
    SyncPage(Desk& desk, SyncController& sync, QWidget* parent = nullptr);

    void pageShown() override { reload(); }
    void primaryAction() override;

    SyncHistoryModel* historyModel() const { return m_history; }
    RejectedMutationsModel* rejectedModel() const { return m_rejected; }

public Q_SLOTS:
    void reload();

private:
    void updateState();

    Desk& m_desk;
    SyncController& m_sync;
    QLabel* m_state = nullptr;
    QPushButton* m_syncNow = nullptr;
    SyncHistoryModel* m_history = nullptr;
    RejectedMutationsModel* m_rejected = nullptr;
    QTableView* m_historyView = nullptr;
    QTableView* m_rejectedView = nullptr;
    QLabel* m_rejectedTitle = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace td::ui
