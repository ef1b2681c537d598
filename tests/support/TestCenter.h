#pragma once

#include "auth/Context.h"
#include "common/Clock.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace td::test {

// A real center database in a temporary folder, a fixed clock and ready-made staff for tests.
class TestCenter
{
public:
    // The clock starts at 2026-03-02 09:00 in Asia/Shanghai (a Monday), the center's time zone.
    TestCenter();

    Database& db() { return *m_db; }
    QString path() const { return m_path; }
    FixedClock& clock() { return m_clock; }

    // Contexts acting as a staff member of each role (created on first use, password "password123").
    Context admin();
    Context frontDesk();
    Context instructor();
    Context system();
    Actor actor(Role role);

    // Number of rows in a table, for "nothing changed" checks.
    qint64 count(const QString& table);

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
    QHash<int, Actor> m_actors;
};

} // namespace td::test
