#pragma once

#include "attendance/AttendanceService.h"
#include "shell/DeskPage.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace td::ui {

class Desk;

// Check-in: a scan field that keeps the focus (a barcode scanner types the code and presses Enter), the
// result of the last check-in with every warning, Undo, and this page's recent check-ins. The Roster tab
// marks a whole session at once; the Feedback tab records a student's rating of a session.
class CheckInPage : public QWidget, public DeskPage
{
    Q_OBJECT

public:
    explicit CheckInPage(Desk& desk, QWidget* parent = nullptr);

    void pageShown() override;
    void primaryAction() override { focusScan(); }

public Q_SLOTS:
    void focusScan();
    // A code checks the student in; a name lists the students to pick from.
    void scan(const QString& text);
    void checkInCode(const QString& code);
    void undoLast();
    // The Roster tab on the session (one of today's).
    void showRoster(qint64 sessionId);
    void saveRoster();
    void saveFeedback();
    // After a drop-in ticket was sold: checks the student in to the session (late after the usual grace).
    void checkInDropIn(qint64 studentId, qint64 sessionId);

Q_SIGNALS:
    // The clerk chose to sell a drop-in ticket for the session to a student who is not enrolled.
    void dropInSaleRequested(qint64 studentId, qint64 sessionId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createScanTab();
    QWidget* createRosterTab();
    QWidget* createFeedbackTab();
    void loadSessions();
    void loadRoster();
    void loadFeedbackStudents();
    void setRosterStatus(AttendanceStatus status);
    void showResult(const CheckInResult& result);
    void showFailure(const QString& title, const QString& message, bool offerDropIn);
    // Today's sessions open for check-in now whose class sells drop-in tickets, for the student to pick.
    void offerDropIn(const QString& studentCode);

    Desk& m_desk;
    QTabWidget* m_tabs = nullptr;

    QLineEdit* m_scan = nullptr;
    QListWidget* m_matches = nullptr;
    QString m_matchedText;
    QLabel* m_resultTitle = nullptr;
    QLabel* m_resultStudent = nullptr;
    QLabel* m_resultSession = nullptr;
    QLabel* m_resultBalance = nullptr;
    QLabel* m_resultWarnings = nullptr;
    QLabel* m_resultMessage = nullptr;
    QPushButton* m_undo = nullptr;
    QWidget* m_dropInRow = nullptr;
    QComboBox* m_dropInSession = nullptr;
    QPushButton* m_dropIn = nullptr;
    qint64 m_dropInStudentId = 0;
    QTreeWidget* m_recent = nullptr;
    qint64 m_lastAttendanceId = 0;
    qint64 m_lastPackId = 0;

    QComboBox* m_rosterSession = nullptr;
    QTableWidget* m_roster = nullptr;
    QLabel* m_rosterMessage = nullptr;
    QPushButton* m_saveRoster = nullptr;

    QComboBox* m_feedbackSession = nullptr;
    QComboBox* m_feedbackStudent = nullptr;
    QSpinBox* m_feedbackRating = nullptr;
    QPlainTextEdit* m_feedbackComment = nullptr;
    QPushButton* m_saveFeedback = nullptr;
    QLabel* m_feedbackMessage = nullptr;
};

} // namespace td::ui
