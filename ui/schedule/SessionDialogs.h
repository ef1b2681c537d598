#pragma once

#include "schedule/Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimeEdit;

namespace td::ui {

class Desk;

// Cancels one session with the reason students will be told; it can go straight on to a makeup session.
class CancelSessionDialog : public QDialog
{
    Q_OBJECT

public:
    CancelSessionDialog(Desk& desk, const Session& session, QWidget* parent = nullptr);

    // The clerk wants to schedule the makeup session next.
    bool makeupNext() const;

private:
    void cancelSession();

    Desk& m_desk;
    Session m_session;
    QLineEdit* m_reason = nullptr;
    QCheckBox* m_makeupNext = nullptr;
    QLabel* m_error = nullptr;
};

// A makeup session for a cancelled one: day, time and room (the cancelled session's by default), with the
// clashes shown as they are typed; Save stays disabled while there is one.
class MakeupDialog : public QDialog
{
    Q_OBJECT

public:
    MakeupDialog(Desk& desk, const Session& cancelled, QWidget* parent = nullptr);

    const Session& created() const { return m_created; }
    bool hasClashes() const { return m_clashes; }

public Q_SLOTS:
    // Checks the chosen time and room now.
    void checkClashes();

private:
    void save();
    QDateTime startsAt() const;
    QDateTime endsAt() const;

    Desk& m_desk;
    Session m_cancelled;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_start = nullptr;
    QTimeEdit* m_end = nullptr;
    QComboBox* m_room = nullptr;
    QLabel* m_clashList = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    bool m_clashes = false;
    Session m_created;
};

} // namespace td::ui
