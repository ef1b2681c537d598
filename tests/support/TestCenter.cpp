#include "TestCenter.h"

#include "auth/PasswordHasher.h"
#include "auth/StaffService.h"
#include "settings/CenterSettings.h"

#include <QTest>
#include <QTimeZone>

namespace td::test {

TestCenter::TestCenter()
    : m_path(m_dir.filePath(QStringLiteral("center.sqlite")))
    , m_clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone("Asia/Shanghai")))
{
    PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
    auto db = Database::open(m_path);
    if (!db)
        qFatal("cannot open test database: %s", qPrintable(db.error().message));
    m_db = std::move(db.value());
    auto tz = CenterSettings(*m_db).set(system(), CenterSettings::Key::TimeZone, QStringLiteral("Asia/Shanghai"));
    if (!tz)
        qFatal("cannot set time zone: %s", qPrintable(tz.error().message));
}

Context TestCenter::admin()
{
    return Context {*m_db, m_clock, actor(Role::Admin)};
}

Context TestCenter::frontDesk()
{
    return Context {*m_db, m_clock, actor(Role::FrontDesk)};
}

Context TestCenter::instructor()
{
    return Context {*m_db, m_clock, actor(Role::Instructor)};
}

Context TestCenter::system()
{
    return Context {*m_db, m_clock, Actor::system()};
}

Actor TestCenter::actor(Role role)
{
    const int key = static_cast<int>(role);
    if (!m_actors.contains(key)) {
        const QString username = roleKey(role).replace(QLatin1Char('_'), QLatin1Char('.'));
        auto member = StaffService::create(
            system(), username, roleDisplayName(role) + QStringLiteral(" Test"), role, QStringLiteral("password123"));
        if (!member)
            qFatal("cannot create staff: %s", qPrintable(member.error().message));
        m_actors.insert(key, Actor {member->id, member->username, member->displayName, role});
    }
    return m_actors.value(key);
}

qint64 TestCenter::count(const QString& table)
{
    auto r = m_db->scalar(QStringLiteral("SELECT count(*) FROM ") + table);
    return r ? r.value().toLongLong() : -1;
}

} // namespace td::test
