#include "WeekLoader.h"

#include "schedule/ScheduleService.h"
#include "storage/Database.h"

namespace td::ui {

WeekLoader::WeekLoader(QString databasePath)
    : m_path(std::move(databasePath))
{
}

WeekLoader::~WeekLoader() = default;

void WeekLoader::load(quint64 generation, const QDate& monday)
{
    if (!m_db) {
        auto db = Database::openExisting(m_path);
        if (!db) {
            Q_EMIT failed(generation, db.error().message);
            return;
        }
        m_db = std::move(db.value());
    }
    WeekSchedule week;
    week.monday = monday;
    auto rooms = RoomService::list(*m_db);
    if (!rooms) {
        Q_EMIT failed(generation, rooms.error().message);
        return;
    }
    week.rooms = rooms.value();
    auto instructors = ScheduleService::instructors(*m_db);
    if (!instructors) {
        Q_EMIT failed(generation, instructors.error().message);
        return;
    }
    week.instructors = instructors.value();
    auto sessions = ScheduleService::sessionsBetween(*m_db, monday, monday.addDays(6));
    if (!sessions) {
        Q_EMIT failed(generation, sessions.error().message);
        return;
    }
    week.sessions = sessions.value();
    Q_EMIT loaded(generation, week);
}

} // namespace td::ui
