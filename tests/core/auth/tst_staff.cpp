#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "auth/StaffService.h"
#include "support/TestCenter.h"

#include <QTest>

using namespace td;

class TestStaff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordsAreArgon2idAndVerify()
    {
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Interactive);
        const QString hash = PasswordHasher::hash(QStringLiteral("correct horse"));
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(PasswordHasher::verify(hash, QStringLiteral("correct horse")));
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("correct horsE")));
        QVERIFY(!PasswordHasher::needsRehash(hash));
        // Salted: the same password twice gives two different hashes.
        QVERIFY(PasswordHasher::hash(QStringLiteral("correct horse")) != hash);
        // The weak test cost is flagged for re-hashing, so it can never pass as a real account's.
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        QVERIFY(PasswordHasher::needsRehash(PasswordHasher::hash(QStringLiteral("correct horse"))));
    }

    void firstAdminThenLogin()
    {
        test::TestCenter center;
        QVERIFY(!StaffService::hasAdmin(center.db()).value());
        auto admin = StaffService::createFirstAdmin(center.db(), center.clock(), QStringLiteral("boss"),
            QStringLiteral("Wang Li"), QStringLiteral("s3cret-pass"));
        QVERIFY2(admin.ok(), admin.ok() ? "" : qPrintable(admin.error().message));
        QVERIFY(StaffService::hasAdmin(center.db()).value());
        auto second = StaffService::createFirstAdmin(center.db(), center.clock(), QStringLiteral("other"),
            QStringLiteral("Other"), QStringLiteral("s3cret-pass"));
        QVERIFY(!second.ok());

        auto actor = StaffService::authenticate(center.db(), QStringLiteral("BOSS"), QStringLiteral("s3cret-pass"));
        QVERIFY(actor.ok());
        QCOMPARE(actor->role, Role::Admin);
        QCOMPARE(actor->displayName, QStringLiteral("Wang Li"));

        auto wrong = StaffService::authenticate(center.db(), QStringLiteral("boss"), QStringLiteral("nope-nope"));
        auto unknown = StaffService::authenticate(center.db(), QStringLiteral("ghost"), QStringLiteral("nope-nope"));
        QVERIFY(!wrong.ok() && !unknown.ok());
        QCOMPARE(wrong.error().message, unknown.error().message); // reveals nothing about which was wrong
    }

    void passwordHashNeverStoredInClearOrAudited()
    {
        test::TestCenter center;
        auto m = StaffService::create(center.admin(), QStringLiteral("desk1"), QStringLiteral("Desk One"),
            Role::FrontDesk, QStringLiteral("plain-text-pw"));
        QVERIFY(m.ok());
        const QString stored = center.db()
                                   .scalar(QStringLiteral("SELECT password_hash FROM staff WHERE id = ?"), {m->id})
                                   .value()
                                   .toString();
        QVERIFY(!stored.contains(QStringLiteral("plain-text-pw")));
        const auto audit = AuditLog::recent(center.admin(), 50).value();
        for (const auto& e : audit)
            QVERIFY(!e.summary.contains(QStringLiteral("plain-text-pw")));
    }

    void onlyAdminsManageStaff()
    {
        test::TestCenter center;
        const qint64 before = center.count(QStringLiteral("staff"));
        center.frontDesk();
        auto r = StaffService::create(center.frontDesk(), QStringLiteral("sneaky"), QStringLiteral("Sneaky"),
            Role::Admin, QStringLiteral("password123"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Forbidden);
        QCOMPARE(center.count(QStringLiteral("staff")), before + 1); // only the clerk itself
    }

    void badInputIsRefusedWithTheField_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("field");
        QTest::newRow("short password") << QStringLiteral("ok.name") << QStringLiteral("N") << QStringLiteral("short")
                                        << QStringLiteral("password");
        QTest::newRow("bad username") << QStringLiteral("a b") << QStringLiteral("N") << QStringLiteral("password123")
                                      << QStringLiteral("username");
        QTest::newRow("empty display name") << QStringLiteral("ok.name") << QStringLiteral("  ")
                                            << QStringLiteral("password123") << QStringLiteral("displayName");
    }
    void badInputIsRefusedWithTheField()
    {
        QFETCH(QString, username);
        QFETCH(QString, displayName);
        QFETCH(QString, password);
        QFETCH(QString, field);
        test::TestCenter center;
        auto admin = center.admin();
        const qint64 staffBefore = center.count(QStringLiteral("staff"));
        const qint64 auditBefore = center.count(QStringLiteral("audit_log"));
        auto r = StaffService::create(admin, username, displayName, Role::FrontDesk, password);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, field);
        QCOMPARE(center.count(QStringLiteral("staff")), staffBefore);
        QCOMPARE(center.count(QStringLiteral("audit_log")), auditBefore);
    }

    void disabledAccountCannotLogInAndLastAdminStays()
    {
        test::TestCenter center;
        auto admin = center.admin();
        auto clerk = StaffService::create(
            admin, QStringLiteral("temp"), QStringLiteral("Temp"), Role::FrontDesk, QStringLiteral("password123"));
        QVERIFY(clerk.ok());
        QVERIFY(StaffService::setActive(admin, clerk->id, false).ok());
        auto login = StaffService::authenticate(center.db(), QStringLiteral("temp"), QStringLiteral("password123"));
        QVERIFY(!login.ok());
        QCOMPARE(login.error().kind, Error::Kind::Forbidden);
        auto last = StaffService::setActive(admin, admin.actor.staffId, false);
        QVERIFY(!last.ok());
        QCOMPARE(last.error().kind, Error::Kind::Conflict);
    }

    void changingOwnPassword()
    {
        test::TestCenter center;
        auto clerk = center.frontDesk();
        QVERIFY(StaffService::changePassword(clerk, clerk.actor.staffId, QStringLiteral("new-password")).ok());
        QVERIFY(StaffService::authenticate(center.db(), clerk.actor.username, QStringLiteral("new-password")).ok());
        // but not somebody else's
        auto admin = center.admin();
        QVERIFY(!StaffService::changePassword(clerk, admin.actor.staffId, QStringLiteral("hijacked!!")).ok());
    }
};

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
