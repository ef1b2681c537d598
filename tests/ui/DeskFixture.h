#pragma once

#include "common/Translator.h"
#include "shell/Desk.h"
#include "storage/Transaction.h"
#include "students/StudentService.h"
#include "support/TestCenter.h"

#include <QApplication>
#include <QSettings>
#include <QTest>

#include <memory>

namespace td::test {

// GUI tests speak English and keep their desk preferences (language, window geometry) apart from the user's.
inline void isolateDeskSettings()
{
    // English as the app installs it (plural forms come from trainingdesk_en.qm).
    Translator::install(QStringLiteral("en"));
    QCoreApplication::setOrganizationName(QStringLiteral("TrainingDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui"));
    QSettings().clear();
}

// A desk on the test center's database (its own connection, as the app has), signed in with the role.
inline std::unique_ptr<ui::Desk> signedInDesk(TestCenter& center, Role role)
{
    const Actor actor = center.actor(role);
    auto db = Database::open(center.path());
    if (!db)
        qFatal("cannot open the test database: %s", qPrintable(db.error().message));
    auto desk = std::make_unique<ui::Desk>(std::move(db.value()), center.clock());
    desk->signIn(actor);
    return desk;
}

inline qint64 addStudent(TestCenter& center, const QString& name, const QString& phone = {},
    const QStringList& tags = {}, StudentStatus status = StudentStatus::Active)
{
    StudentProfile p;
    p.name = name;
    p.phone = phone;
    p.tags = tags;
    p.status = status;
    auto s = StudentService::create(center.admin(), p);
    if (!s)
        qFatal("cannot create student %s: %s", qPrintable(name), qPrintable(s.error().message));
    return s->id;
}

// count adults named "<prefix> 0001".. in one transaction (fast).
inline void addManyStudents(TestCenter& center, const QString& prefix, int count, const QStringList& tags = {})
{
    auto tx = Transaction::begin(center.db());
    for (int i = 1; i <= count; ++i)
        addStudent(center, QStringLiteral("%1 %2").arg(prefix).arg(i, 4, 10, QLatin1Char('0')), {}, tags);
    if (!tx.value().commit().ok())
        qFatal("cannot commit students");
}

} // namespace td::test
