#include "StudentListWorker.h"

#include "storage/Database.h"

namespace td::ui {

StudentListWorker::StudentListWorker(QString databasePath)
    : m_path(std::move(databasePath))
{
}

StudentListWorker::~StudentListWorker() = default;

Database* StudentListWorker::database(quint64 generation)
{
    if (!m_db) {
        auto db = Database::openExisting(m_path);
        if (!db) {
            Q_EMIT failed(generation, db.error().message);
            return nullptr;
        }
        m_db = std::move(db.value());
    }
    return m_db.get();
}

void StudentListWorker::fetch(quint64 generation, const StudentFilter& filter, int offset, int limit)
{
    Database* db = database(generation);
    if (!db)
        return;
    auto rows = StudentDirectory::find(*db, filter, offset, limit);
    if (!rows) {
        Q_EMIT failed(generation, rows.error().message);
        return;
    }
    Q_EMIT fetched(generation, offset, rows.value());
}

void StudentListWorker::count(quint64 generation, const StudentFilter& filter)
{
    Database* db = database(generation);
    if (!db)
        return;
    auto total = StudentDirectory::count(*db, filter);
    if (!total) {
        Q_EMIT failed(generation, total.error().message);
        return;
    }
    Q_EMIT counted(generation, total.value());
}

void StudentListWorker::loadTags()
{
    Database* db = database(0);
    if (!db)
        return;
    auto q = db->exec(QStringLiteral("SELECT DISTINCT tag FROM student_tags ORDER BY tag"));
    if (!q)
        return;
    QStringList tags;
    while (q.value().next())
        tags.append(q.value().value(0).toString());
    Q_EMIT tagsLoaded(tags);
}

} // namespace td::ui
