#include "ClassPreviewWorker.h"

#include "storage/Database.h"

namespace td::ui {

ClassPreviewWorker::ClassPreviewWorker(QString databasePath)
    : m_path(std::move(databasePath))
{
}

ClassPreviewWorker::~ClassPreviewWorker() = default;

void ClassPreviewWorker::propose(quint64 generation, const ClassSpec& spec)
{
    if (!m_db) {
        auto db = Database::openExisting(m_path);
        if (!db) {
            Q_EMIT refused(generation, db.error());
            return;
        }
        m_db = std::move(db.value());
    }
    auto proposal = ScheduleService::proposeSessions(*m_db, spec);
    if (!proposal) {
        Q_EMIT refused(generation, proposal.error());
        return;
    }
    Q_EMIT proposed(generation, proposal.value());
}

} // namespace td::ui
