#pragma once

#include "shell/DeskPage.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace td::ui {

class Desk;
class StudentDetailPanel;
class StudentListModel;

// Students: a search field with results while typing, status and interest filters, the table over the
// whole database (paged from a worker thread) and the selected student's details.
class StudentsPage : public QWidget, public DeskPage
{
    Q_OBJECT

public:
    // How long typing must pause before a search starts.
    static constexpr int kSearchDelayMs = 150;

    explicit StudentsPage(Desk& desk, QWidget* parent = nullptr);

    StudentListModel* model() const { return m_model; }
    StudentDetailPanel* detailPanel() const { return m_detail; }
    // The selected student's id, or 0.
    qint64 currentStudentId() const;

    void pageShown() override;
    void primaryAction() override { focusSearch(); }

public Q_SLOTS:
    void focusSearch();
    // The new student dialog; on save the student is selected.
    void newStudent();
    void editStudent(qint64 studentId);
    void selectRow(int row);
    void selectStudent(qint64 studentId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void updateCount();
    void setTags(const QStringList& tags);

    Desk& m_desk;
    StudentListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_tag = nullptr;
    QPushButton* m_new = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    StudentDetailPanel* m_detail = nullptr;
    QTimer* m_debounce = nullptr;
    qint64 m_pendingSelection = 0;
};

} // namespace td::ui
