#pragma once

#include <QWidget>

#include <array>

class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace td::ui {

class Desk;

// A part of the student detail panel that another feature fills (enrollments, class hours, payments...).
class StudentDetailSection : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    // Shows what the section knows of the student; 0 when no student is selected.
    virtual void showStudent(qint64 studentId) = 0;
};

// The selected student: profile, guardians, consent and interests, then the sections other features
// provide, in a fixed order. A slot nobody filled is not shown.
class StudentDetailPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Slot { Enrollments, Attendance, ClassHours, Payments, OnlineActivity, Recommendations };
    static constexpr int kSlotCount = 6;

    explicit StudentDetailPanel(Desk& desk, QWidget* parent = nullptr);

    void setSection(Slot slot, StudentDetailSection* section);
    StudentDetailSection* section(Slot slot) const;

    qint64 studentId() const { return m_studentId; }

public Q_SLOTS:
    // Loads the student (one row by id) and asks every section to show them; 0 clears the panel.
    void showStudent(qint64 studentId);

Q_SIGNALS:
    void editRequested(qint64 studentId);

private:
    static QString slotTitle(Slot slot);
    QGroupBox* addGroup(const QString& title, const QString& objectName);
    void clear(const QString& message);

    Desk& m_desk;
    qint64 m_studentId = 0;
    QWidget* m_content = nullptr;
    QWidget* m_scroll = nullptr;
    QVBoxLayout* m_sections = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_edit = nullptr;
    QLabel* m_profile = nullptr;
    QLabel* m_guardians = nullptr;
    QLabel* m_consent = nullptr;
    QLabel* m_tags = nullptr;
    std::array<QGroupBox*, kSlotCount> m_slotBoxes {};
    std::array<StudentDetailSection*, kSlotCount> m_slotSections {};
};

} // namespace td::ui
