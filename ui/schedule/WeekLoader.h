#pragma once

#include "auth/StaffService.h"
#include "schedule/RoomService.h"
#include "schedule/Session.h"

#include <QDate>
#include <QList>
#include <QObject>

#include <memory>

namespace td {
class Database;
}

namespace td::ui {

// What the week view shows: the week's sessions (cancelled ones too) and the rooms and instructors that
// make its rows even when they have nothing that week.
struct WeekSchedule
{
    QDate monday;
    QList<Room> rooms;
    QList<StaffMember> instructors;
    QList<Session> sessions;
};

// Reads a week of the schedule in its own thread with its own connection to the center database, so a
// busy center's week never holds up the desk. Answers carry the generation of the request they belong to.
class WeekLoader : public QObject
{
    Q_OBJECT

public:
    explicit WeekLoader(QString databasePath);
    ~WeekLoader() override;

public Q_SLOTS:
    void load(quint64 generation, const QDate& monday);

Q_SIGNALS:
    void loaded(quint64 generation, const td::ui::WeekSchedule& week);
    void failed(quint64 generation, const QString& message);

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace td::ui
