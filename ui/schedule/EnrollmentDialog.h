#pragma once

#include "schedule/EnrollmentService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QTreeWidget;

namespace td::ui {

class Desk;
class StudentListModel;

// A class's students: seats taken of capacity, the enrolled students and the waitlist in order; a clerk
// finds a student (the students search, from its worker thread) and enrolls them, or puts them on the
// waitlist when the class is full, and withdraws a student (the first waitlisted one gets the seat).
class EnrollmentDialog : public QDialog
{
    Q_OBJECT

public:
    EnrollmentDialog(Desk& desk, qint64 classId, QWidget* parent = nullptr);

    StudentListModel* searchModel() const { return m_results; }

public Q_SLOTS:
    // Enrolls the student selected in the search results.
    void enrollSelected();
    // Withdraws the enrollment selected in the class list (after a question).
    void withdrawSelected();

private:
    void refresh();
    void search();
    void showOutcome(const QString& text, bool problem);

    Desk& m_desk;
    qint64 m_classId = 0;
    StudentListModel* m_results = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_seats = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_resultsView = nullptr;
    QPushButton* m_enroll = nullptr;
    QLabel* m_outcome = nullptr;
    QTreeWidget* m_enrollments = nullptr;
    QPushButton* m_withdraw = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace td::ui
