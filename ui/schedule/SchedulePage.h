#pragma once

#include "schedule/Session.h"
#include "shell/DeskPage.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace td::ui {

class ClassDialog;
class Desk;
class EnrollmentDialog;
class CancelSessionDialog;
class MakeupDialog;
class WeekScheduleModel;

// Schedule: a week of sessions by room or by instructor, with the sessions of the chosen cell; from there
// a manager creates classes and workshops, cancels a session and schedules its makeup, and a clerk
// enrolls students. What the signed-in role may not do is not offered.
class SchedulePage : public QWidget, public DeskPage
{
    Q_OBJECT

public:
    explicit SchedulePage(Desk& desk, QWidget* parent = nullptr);

    WeekScheduleModel* model() const { return m_model; }
    // The session chosen in the week (the only one of the cell, or the one picked in the cell's list).
    std::optional<Session> currentSession() const;

    void pageShown() override;
    void primaryAction() override;

public Q_SLOTS:
    // Shows the week holding day.
    void showWeek(const QDate& day);
    void previousWeek();
    void nextWeek();
    void thisWeek();
    // Selects the session's cell and the session in it (when the week shows it).
    void selectSession(qint64 sessionId);

    // Each opens its dialog (window-modal, not blocking) and returns it; nullptr when not allowed or when
    // no suitable session is selected.
    ClassDialog* newClass();
    ClassDialog* newWorkshop();
    EnrollmentDialog* enrollStudents();
    CancelSessionDialog* cancelSession();
    MakeupDialog* scheduleMakeup();
    // Asks for a drop-in ticket sale for the chosen session (a workshop, a lecture or a class that sells
    // tickets), for its day; false when not allowed or when the session sells none.
    bool sellTicket();

Q_SIGNALS:
    void ticketSaleRequested(qint64 sessionId);

private:
    QDate today() const;
    void applyRole();
    void weekLoaded();
    void cellChanged();
    void updateActions();
    void updateWeekTitle();
    // The ticket price of the session's class when a ticket for it can still be sold.
    std::optional<Money> ticketPrice(const Session& session) const;
    ClassDialog* openClassDialog(int kind);

    Desk& m_desk;
    WeekScheduleModel* m_model = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_this = nullptr;
    QPushButton* m_next = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_weekTitle = nullptr;
    QComboBox* m_lanes = nullptr;
    QPushButton* m_newClass = nullptr;
    QPushButton* m_newWorkshop = nullptr;
    QPushButton* m_enroll = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_makeup = nullptr;
    QPushButton* m_sellTicket = nullptr;
    QTableView* m_table = nullptr;
    QListWidget* m_cellSessions = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_message = nullptr;
    qint64 m_wantedSession = 0;
    bool m_shown = false;
};

} // namespace td::ui
