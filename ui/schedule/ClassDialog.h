#pragma once

#include "common/FormErrors.h"
#include "schedule/ScheduleService.h"

#include <QDialog>
#include <QThread>

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimeEdit;
class QTimer;

namespace td::ui {

class Desk;

// Creates a class with recurring sessions, or a one-off workshop or lecture with a ticket price. While the
// manager edits, the sessions it would store are listed with every room or instructor clash (worked out by
// a ClassPreviewWorker in its own thread), and Save stays disabled until there is none.
class ClassDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Class, Workshop };
    // How long editing must pause before the preview is worked out again.
    static constexpr int kPreviewDelayMs = 120;
    enum PreviewRole { ClashRole = Qt::UserRole + 1 };

    ClassDialog(Desk& desk, Kind kind, const QDate& firstDate, QWidget* parent = nullptr);
    ~ClassDialog() override;

    // The class stored by Save.
    const CourseClass& created() const { return m_created; }
    ClassSpec spec() const;
    bool hasClashes() const { return m_clashCount > 0; }
    // A preview was asked for and has not come back yet.
    bool isPreviewPending() const { return m_previewPending; }

public Q_SLOTS:
    // Asks for the preview now (the form does it by itself shortly after each edit).
    void updatePreview();

Q_SIGNALS:
    void previewRequested(quint64 generation, const td::ClassSpec& spec);

private:
    void showProposal(quint64 generation, const td::SessionProposal& proposal);
    void showRefusal(quint64 generation, const td::Error& error);
    void save();
    void courseChanged();
    void roomChanged();
    void setPreviewInvalid(const Error& error);

    Desk& m_desk;
    Kind m_kind;
    QComboBox* m_course = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_instructor = nullptr;
    QComboBox* m_room = nullptr;
    QSpinBox* m_capacity = nullptr;
    QDateEdit* m_firstDate = nullptr;
    std::array<QCheckBox*, 7> m_weekdays {};
    QTimeEdit* m_start = nullptr;
    QTimeEdit* m_end = nullptr;
    QRadioButton* m_byCount = nullptr;
    QSpinBox* m_count = nullptr;
    QRadioButton* m_byDate = nullptr;
    QDateEdit* m_endDate = nullptr;
    QLineEdit* m_price = nullptr;
    QListWidget* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QTimer* m_previewTimer = nullptr;
    QThread m_previewThread;
    quint64 m_generation = 0;
    bool m_previewPending = false;
    FormErrors m_errors;
    bool m_nameEdited = false;
    bool m_priceEdited = false;
    int m_clashCount = 0;
    bool m_valid = false;
    ClassSpec m_requested; // what the pending or shown preview is for
    CourseClass m_created;
};

} // namespace td::ui
