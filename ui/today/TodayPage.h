#pragma once

#include "shell/DeskPage.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace td::ui {

class Desk;

// Today: the day's sessions with their counts, and the reminders the desk acts on (sell a pack, offer a
// renewal, call a student who missed twice). Double-clicking a session opens its roster.
class TodayPage : public QWidget, public DeskPage
{
    Q_OBJECT

public:
    explicit TodayPage(Desk& desk, QWidget* parent = nullptr);

    void pageShown() override { refresh(); }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // The clerk wants to mark attendance for this session.
    void rosterRequested(qint64 sessionId);

private:
    void loadSessions();
    void loadReminders();

    Desk& m_desk;
    QLabel* m_title = nullptr;
    QTreeWidget* m_sessions = nullptr;
    QLabel* m_sessionsMessage = nullptr;
    QTreeWidget* m_reminders = nullptr;
    QLabel* m_remindersMessage = nullptr;
};

} // namespace td::ui
