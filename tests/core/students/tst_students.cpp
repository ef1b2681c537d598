#include "audit/AuditLog.h"
#include "students/StudentService.h"
#include "support/TestCenter.h"
#include "sync/Outbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace td;

namespace {

StudentProfile adult(const QString& name, const QString& phone = {})
{
    StudentProfile p;
    p.name = name;
    p.phone = phone;
    p.birthDate = QDate(1990, 5, 1);
    return p;
}

Guardian mother()
{
    return {0, {}, QStringLiteral("李梅"), QStringLiteral("母亲"), QStringLiteral("139 1234 5678")};
}

QJsonObject lastPayload(test::TestCenter& center, const QString& entity)
{
    auto r = center.db().scalar(
        QStringLiteral("SELECT payload FROM outbox WHERE entity = ? ORDER BY seq DESC LIMIT 1"), {entity});
    return QJsonDocument::fromJson(r.value().toString().toUtf8()).object();
}

// Every table a student write touches, for "nothing changed" checks.
QList<qint64> counts(test::TestCenter& center)
{
    QList<qint64> n;
    for (const char* table : {"students", "guardians", "student_tags", "consents", "audit_log", "outbox"})
        n << center.count(QString::fromLatin1(table));
    return n;
}

} // namespace

class TestStudents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createGivesCodesInOrderAndNormalizes()
    {
        test::TestCenter center;
        StudentProfile p = adult(QStringLiteral("  Wang   Li "), QStringLiteral(" 138-0013-8000 "));
        p.email = QStringLiteral(" wang.li@example.com ");
        p.tags = {QStringLiteral(" 钢琴 "), QStringLiteral("art"), QStringLiteral("钢琴"), QString()};
        p.gender = QStringLiteral("Female");
        auto first = StudentService::create(center.frontDesk(), p);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first->code, QStringLiteral("S000001"));
        QCOMPARE(first->name, QStringLiteral("Wang Li"));
        QCOMPARE(first->phone, QStringLiteral("138-0013-8000"));
        QCOMPARE(first->phoneDigits, QStringLiteral("13800138000"));
        QCOMPARE(first->email, QStringLiteral("wang.li@example.com"));
        QCOMPARE(first->gender, QStringLiteral("female"));
        QCOMPARE(first->tags, (QStringList {QStringLiteral("钢琴"), QStringLiteral("art")}));
        QCOMPARE(first->status, StudentStatus::Active);

        auto stored = StudentService::byId(center.frontDesk(), first->id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->name, QStringLiteral("Wang Li"));
        QCOMPARE(stored->birthDate, QDate(1990, 5, 1));
        QCOMPARE(stored->tags.size(), 2);
        const QString searchName
            = center.db()
                  .scalar(QStringLiteral("SELECT search_name FROM students WHERE id = ?"), {first->id})
                  .value()
                  .toString();
        QCOMPARE(searchName, QStringLiteral("wang li"));

        auto second = StudentService::create(center.frontDesk(), adult(QStringLiteral("张伟")));
        QVERIFY(second.ok());
        QCOMPARE(second->code, QStringLiteral("S000002"));
        QVERIFY(second->phone.isEmpty()); // a phone is optional

        // A code typed explicitly (an import) is kept; the next generated one follows the highest.
        StudentProfile explicitCode = adult(QStringLiteral("Given Code"));
        explicitCode.code = QStringLiteral("s000120");
        auto third = StudentService::create(center.frontDesk(), explicitCode);
        QVERIFY(third.ok());
        QCOMPARE(third->code, QStringLiteral("S000120"));
        QCOMPARE(
            StudentService::create(center.frontDesk(), adult(QStringLiteral("Next")))->code, QStringLiteral("S000121"));

        auto byCode = StudentService::byCode(center.frontDesk(), QStringLiteral("s000120"));
        QVERIFY(byCode.ok());
        QCOMPARE(byCode->id, third->id);
        QCOMPARE(
            StudentService::byCode(center.frontDesk(), QStringLiteral("S999999")).error().kind, Error::Kind::NotFound);
    }

    void fullWidthNameIsSearchedAsNfkc()
    {
        QCOMPARE(StudentService::searchName(QStringLiteral("ＷＡＮＧ　Ｌｉ")), QStringLiteral("wang li"));
        QCOMPARE(StudentService::searchName(QStringLiteral("张 三")), QStringLiteral("张 三"));
    }

    void phoneRules_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("stored");
        QTest::newRow("mainland") << QStringLiteral("13800138000") << true << QStringLiteral("13800138000");
        QTest::newRow("spaces") << QStringLiteral("138 0013 8000") << true << QStringLiteral("138 0013 8000");
        QTest::newRow("dashes") << QStringLiteral("138-0013-8000") << true << QStringLiteral("138-0013-8000");
        QTest::newRow("full-width digits")
            << QStringLiteral("１３８００１３８０００") << true << QStringLiteral("13800138000");
        QTest::newRow("international") << QStringLiteral("+44 20 7946 0958") << true
                                       << QStringLiteral("+44 20 7946 0958");
        QTest::newRow("international 7 digits") << QStringLiteral("+1234567") << true << QStringLiteral("+1234567");
        QTest::newRow("10 digits") << QStringLiteral("1380013800") << false << QString();
        QTest::newRow("12 digits") << QStringLiteral("138001380001") << false << QString();
        QTest::newRow("not starting with 1") << QStringLiteral("23800138000") << false << QString();
        QTest::newRow("landline without +") << QStringLiteral("010-12345678") << false << QString();
        QTest::newRow("letters") << QStringLiteral("138OO138000") << false << QString();
        QTest::newRow("international too short") << QStringLiteral("+123456") << false << QString();
        QTest::newRow("international too long") << QStringLiteral("+1234567890123456") << false << QString();
        QTest::newRow("plus in the middle") << QStringLiteral("138+00138000") << false << QString();
    }

    void phoneRules()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QFETCH(QString, stored);
        const auto phone = StudentService::normalizedPhone(typed);
        QCOMPARE(phone.has_value(), valid);
        if (valid)
            QCOMPARE(*phone, stored);
    }

    void badInputIsRefusedWithTheFieldAndChangesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QDate>("birthDate");
        QTest::addColumn<QString>("gender");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QDate born(1990, 1, 1);
        const QString ok = QStringLiteral("Ok Name");
        QTest::newRow("empty name") << QString() << QString() << QString() << born << QString() << QString()
                                    << QStringLiteral("name");
        QTest::newRow("blank name") << QStringLiteral("   ") << QString() << QString() << born << QString() << QString()
                                    << QStringLiteral("name");
        QTest::newRow("bad phone") << ok << QStringLiteral("12345") << QString() << born << QString() << QString()
                                   << QStringLiteral("phone");
        QTest::newRow("bad email") << ok << QString() << QStringLiteral("no-at-sign.example.com") << born << QString()
                                   << QString() << QStringLiteral("email");
        QTest::newRow("email without domain dot")
            << ok << QString() << QStringLiteral("a@b") << born << QString() << QString() << QStringLiteral("email");
        QTest::newRow("birth date tomorrow") << ok << QString() << QString() << QDate(2026, 3, 3) << QString()
                                             << QString() << QStringLiteral("birthDate");
        QTest::newRow("unknown gender") << ok << QString() << QString() << born << QStringLiteral("x") << QString()
                                        << QStringLiteral("gender");
        QTest::newRow("malformed code") << ok << QString() << QString() << born << QString() << QStringLiteral("S12")
                                        << QStringLiteral("code");
        QTest::newRow("code with letters")
            << ok << QString() << QString() << born << QString() << QStringLiteral("X000001") << QStringLiteral("code");
    }

    void badInputIsRefusedWithTheFieldAndChangesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, phone);
        QFETCH(QString, email);
        QFETCH(QDate, birthDate);
        QFETCH(QString, gender);
        QFETCH(QString, code);
        QFETCH(QString, field);
        test::TestCenter center;
        const Context ctx = center.frontDesk();
        const auto before = counts(center);
        StudentProfile p;
        p.name = name;
        p.phone = phone;
        p.email = email;
        p.birthDate = birthDate;
        p.gender = gender;
        p.code = code;
        auto r = StudentService::create(ctx, p);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(counts(center), before);
    }

    void birthDateTodayIsAccepted()
    {
        test::TestCenter center;
        // 09:00 in Shanghai on 2026-03-02 is 01:00 UTC: "today" is the center's date, not UTC's.
        center.clock().set(QDateTime(QDate(2026, 3, 1), QTime(17, 30), QTimeZone::utc()));
        StudentProfile baby = adult(QStringLiteral("Baby"));
        baby.birthDate = QDate(2026, 3, 2);
        auto r = StudentService::create(center.frontDesk(), baby, {mother()});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    }

    void duplicateCodeIsAConflict()
    {
        test::TestCenter center;
        StudentProfile p = adult(QStringLiteral("One"));
        p.code = QStringLiteral("S000007");
        QVERIFY(StudentService::create(center.frontDesk(), p).ok());
        const auto before = counts(center);
        p.name = QStringLiteral("Two");
        auto r = StudentService::create(center.frontDesk(), p);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Conflict);
        QCOMPARE(r.error().field, QStringLiteral("code"));
        QCOMPARE(counts(center), before);
    }

    void minorNeedsAGuardian()
    {
        test::TestCenter center;
        const Context ctx = center.frontDesk();
        StudentProfile child = adult(QStringLiteral("小明"));
        // 18 tomorrow (2026-03-03) is still a minor today, 2026-03-02.
        child.birthDate = QDate(2008, 3, 3);
        const auto before = counts(center);
        auto refused = StudentService::create(ctx, child);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("guardians"));
        QCOMPARE(counts(center), before);

        // An incomplete guardian is refused naming its field.
        Guardian noPhone = mother();
        noPhone.phone.clear();
        auto incomplete = StudentService::create(ctx, child, {noPhone});
        QVERIFY(!incomplete.ok());
        QCOMPARE(incomplete.error().field, QStringLiteral("guardianPhone"));
        Guardian noRelation = mother();
        noRelation.relation = QStringLiteral(" ");
        QCOMPARE(StudentService::create(ctx, child, {noRelation}).error().field, QStringLiteral("guardianRelation"));
        Guardian noName = mother();
        noName.name.clear();
        QCOMPARE(StudentService::create(ctx, child, {noName}).error().field, QStringLiteral("guardianName"));
        Guardian badPhone = mother();
        badPhone.phone = QStringLiteral("555");
        QCOMPARE(StudentService::create(ctx, child, {badPhone}).error().field, QStringLiteral("guardianPhone"));
        QCOMPARE(counts(center), before);

        auto created = StudentService::create(ctx, child, {mother()});
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        QCOMPARE(created->guardians.size(), 1);
        QCOMPARE(created->guardians.first().phone, QStringLiteral("139 1234 5678"));
        QVERIFY(!created->guardians.first().uuid.isEmpty());

        // Removing the only guardian of a minor is refused; with a second one it is allowed.
        const qint64 first = created->guardians.first().id;
        auto lastOne = StudentService::removeGuardian(ctx, first);
        QVERIFY(!lastOne.ok());
        QCOMPARE(lastOne.error().kind, Error::Kind::Conflict);
        QCOMPARE(center.count(QStringLiteral("guardians")), 1);
        auto father = StudentService::addGuardian(
            ctx, created->id, {0, {}, QStringLiteral("王强"), QStringLiteral("父亲"), QStringLiteral("13700001111")});
        QVERIFY(father.ok());
        QVERIFY(StudentService::removeGuardian(ctx, first).ok());
        QCOMPARE(StudentService::byId(ctx, created->id)->guardians.size(), 1);
        QVERIFY(!StudentService::removeGuardian(ctx, father->id).ok());

        // The day they turn 18, the last guardian may go.
        center.clock().advanceSecs(24 * 3600);
        QVERIFY(StudentService::removeGuardian(ctx, father->id).ok());
        QCOMPARE(center.count(QStringLiteral("guardians")), 0);
    }

    void makingAStudentAMinorNeedsAGuardian()
    {
        test::TestCenter center;
        const Context ctx = center.frontDesk();
        auto s = StudentService::create(ctx, adult(QStringLiteral("Grown Up")));
        QVERIFY(s.ok());
        StudentProfile p = s->profile();
        p.birthDate = QDate(2015, 1, 1);
        const auto before = counts(center);
        auto r = StudentService::update(ctx, s->id, p);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("guardians"));
        QCOMPARE(counts(center), before);
        QCOMPARE(StudentService::byId(ctx, s->id)->birthDate, QDate(1990, 5, 1));
    }

    void profileAndGuardiansSaveTogether()
    {
        test::TestCenter center;
        const Context ctx = center.frontDesk();
        auto s = StudentService::create(ctx, adult(QStringLiteral("Turns Minor")));
        QVERIFY(s.ok());
        // A birth date that makes the student a minor, with the guardian typed in the same save.
        StudentProfile p = s->profile();
        p.birthDate = QDate(2015, 1, 1);
        auto saved = StudentService::update(ctx, s->id, p, {mother()});
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        QCOMPARE(saved->birthDate, QDate(2015, 1, 1));
        QCOMPARE(saved->guardians.size(), 1);

        // Swapping the guardian for another one is fine; leaving none is refused and changes nothing.
        const Guardian father {0, {}, QStringLiteral("王强"), QStringLiteral("父亲"), QStringLiteral("13700001111")};
        auto swapped = StudentService::update(ctx, s->id, p, {father});
        QVERIFY2(swapped.ok(), swapped.ok() ? "" : qPrintable(swapped.error().message));
        QCOMPARE(swapped->guardians.size(), 1);
        QCOMPARE(swapped->guardians.first().name, QStringLiteral("王强"));
        auto before = counts(center);
        p.name = QStringLiteral("Renamed");
        auto none = StudentService::update(ctx, s->id, p, {});
        QVERIFY(!none.ok());
        QCOMPARE(none.error().field, QStringLiteral("guardians"));
        QCOMPARE(counts(center), before);
        QCOMPARE(StudentService::byId(ctx, s->id)->name, QStringLiteral("Turns Minor"));

        // Changing a kept guardian, and refusing another student's guardian.
        Guardian changed = swapped->guardians.first();
        changed.phone = QStringLiteral("13700002222");
        QCOMPARE(
            StudentService::update(ctx, s->id, p, {changed})->guardians.first().phone, QStringLiteral("13700002222"));
        StudentProfile otherChild = adult(QStringLiteral("Other Kid"));
        otherChild.birthDate = QDate(2016, 1, 1);
        auto other = StudentService::create(ctx, otherChild, {mother()});
        QVERIFY(other.ok());
        before = counts(center);
        auto foreign = StudentService::update(ctx, s->id, p, {changed, other->guardians.first()});
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().kind, Error::Kind::NotFound);
        QCOMPARE(counts(center), before);
        Guardian bad = changed;
        bad.relation.clear();
        QCOMPARE(StudentService::update(ctx, s->id, p, {bad}).error().field, QStringLiteral("guardianRelation"));
        QCOMPARE(counts(center), before);
    }

    void guardianUpdateValidatesAndQueues()
    {
        test::TestCenter center;
        const Context ctx = center.frontDesk();
        StudentProfile child = adult(QStringLiteral("Kid"));
        child.birthDate = QDate(2016, 6, 1);
        auto s = StudentService::create(ctx, child, {mother()});
        QVERIFY(s.ok());
        const Guardian g = s->guardians.first();
        Guardian changed = g;
        changed.phone = QStringLiteral("bad");
        const auto before = counts(center);
        QCOMPARE(StudentService::updateGuardian(ctx, g.id, changed).error().field, QStringLiteral("guardianPhone"));
        QCOMPARE(counts(center), before);
        changed.phone = QStringLiteral("+86 139 0000 0000");
        auto updated = StudentService::updateGuardian(ctx, g.id, changed);
        QVERIFY(updated.ok());
        QCOMPARE(updated->uuid, g.uuid);
        QCOMPARE(StudentService::byId(ctx, s->id)->guardians.first().phone, QStringLiteral("+86 139 0000 0000"));
        const QJsonObject payload = lastPayload(center, QStringLiteral("guardian"));
        QCOMPARE(payload.value(QStringLiteral("uuid")).toString(), g.uuid);
        QCOMPARE(payload.value(QStringLiteral("student_uuid")).toString(), s->uuid);
        QCOMPARE(payload.value(QStringLiteral("phone")).toString(), QStringLiteral("+86 139 0000 0000"));
        QCOMPARE(StudentService::updateGuardian(ctx, 99999, changed).error().kind, Error::Kind::NotFound);
    }

    void updateChangesProfileAndAuditsFieldNamesOnly()
    {
        test::TestCenter center;
        const Context ctx = center.frontDesk();
        auto s = StudentService::create(ctx, adult(QStringLiteral("Old Name"), QStringLiteral("13800138000")));
        QVERIFY(s.ok());
        center.clock().advanceSecs(60);
        StudentProfile p = s->profile();
        p.name = QStringLiteral("New Name");
        p.phone = QStringLiteral("13900139000");
        p.tags = {QStringLiteral("chess")};
        auto updated = StudentService::update(ctx, s->id, p);
        QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().message));
        QCOMPARE(updated->name, QStringLiteral("New Name"));
        QCOMPARE(updated->phoneDigits, QStringLiteral("13900139000"));
        QCOMPARE(updated->tags, QStringList {QStringLiteral("chess")});
        QCOMPARE(updated->code, s->code);
        QVERIFY(updated->updatedAt > s->createdAt);

        const auto audit = AuditLog::recent(ctx, 1, s->uuid).value();
        QCOMPARE(audit.first().action, QStringLiteral("update"));
        QVERIFY(audit.first().summary.contains(QStringLiteral("phone")));
        QVERIFY(!audit.first().summary.contains(QStringLiteral("New Name")));
        QVERIFY(!audit.first().summary.contains(QStringLiteral("13900139000")));

        const QJsonObject payload = lastPayload(center, QStringLiteral("student"));
        QCOMPARE(payload.value(QStringLiteral("uuid")).toString(), s->uuid);
        QCOMPARE(payload.value(QStringLiteral("name")).toString(), QStringLiteral("New Name"));
        QVERIFY(!payload.contains(QStringLiteral("id")));

        // Taking another student's code is refused.
        auto other = StudentService::create(ctx, adult(QStringLiteral("Other")));
        p.code = other->code;
        const auto before = counts(center);
        QCOMPARE(StudentService::update(ctx, s->id, p).error().kind, Error::Kind::Conflict);
        QCOMPARE(counts(center), before);
        QCOMPARE(StudentService::update(ctx, 4242, p).error().kind, Error::Kind::NotFound);
    }

    void statusChangesAreAuditedAndQueued()
    {
        test::TestCenter center;
        const Context ctx = center.frontDesk();
        auto s = StudentService::create(ctx, adult(QStringLiteral("Paused Person")));
        QVERIFY(s.ok());
        const qint64 outbox = center.count(QStringLiteral("outbox"));
        QVERIFY(StudentService::setStatus(ctx, s->id, StudentStatus::Paused).ok());
        QCOMPARE(StudentService::byId(ctx, s->id)->status, StudentStatus::Paused);
        QCOMPARE(center.count(QStringLiteral("outbox")), outbox + 1);
        QCOMPARE(lastPayload(center, QStringLiteral("student")).value(QStringLiteral("status")).toString(),
            QStringLiteral("paused"));
        QCOMPARE(AuditLog::recent(ctx, 1, s->uuid).value().first().action, QStringLiteral("set_status"));
        QVERIFY(StudentService::setStatus(ctx, s->id, StudentStatus::Archived).ok());
        QCOMPARE(StudentService::byId(ctx, s->id)->status, StudentStatus::Archived);
        QCOMPARE(StudentService::setStatus(ctx, 9999, StudentStatus::Active).error().kind, Error::Kind::NotFound);
    }

    void everyWriteIsAuditedAndQueuedWithUuids()
    {
        test::TestCenter center;
        const Context ctx = center.frontDesk();
        StudentProfile child = adult(QStringLiteral("Kid"));
        child.birthDate = QDate(2016, 6, 1);
        auto s = StudentService::create(ctx, child, {mother()});
        QVERIFY(s.ok());
        // The student and its guardian: one audit entry and one outbox mutation each.
        QCOMPARE(center.count(QStringLiteral("outbox WHERE entity = 'student'")), 1);
        QCOMPARE(center.count(QStringLiteral("outbox WHERE entity = 'guardian'")), 1);
        QCOMPARE(center.count(QStringLiteral("audit_log WHERE entity IN ('student', 'guardian')")), 2);
        const QJsonObject guardian = lastPayload(center, QStringLiteral("guardian"));
        QCOMPARE(guardian.value(QStringLiteral("student_uuid")).toString(), s->uuid);
        QCOMPARE(guardian.value(QStringLiteral("relation")).toString(), QStringLiteral("母亲"));

        auto added = StudentService::addGuardian(
            ctx, s->id, {0, {}, QStringLiteral("Dad"), QStringLiteral("father"), QStringLiteral("13700001111")});
        QVERIFY(added.ok());
        QVERIFY(StudentService::removeGuardian(ctx, added->id).ok());
        QCOMPARE(center.count(QStringLiteral("outbox WHERE entity = 'guardian' AND operation = 'delete'")), 1);
        QCOMPARE(center.count(QStringLiteral("audit_log WHERE entity = 'guardian'")), 3);
    }

    void consentHistoryIsKeptAndTheLatestCounts()
    {
        test::TestCenter center;
        const Context desk = center.frontDesk();
        auto s = StudentService::create(desk, adult(QStringLiteral("Consenting")));
        QVERIFY(s.ok());
        QVERIFY(!StudentService::currentConsent(center.db(), s->id, ConsentKind::Marketing).value().has_value());

        auto granted = StudentService::recordConsent(desk, s->id, ConsentKind::Marketing, true);
        QVERIFY(granted.ok());
        QCOMPARE(granted->recordedBy, desk.actor.staffId);
        QCOMPARE(granted->recordedAt, center.clock().nowUtc());
        center.clock().advanceSecs(3600);
        QVERIFY(StudentService::recordConsent(desk, s->id, ConsentKind::DataProcessing, true).ok());
        center.clock().advanceSecs(3600);
        auto withdrawn = StudentService::recordConsent(center.admin(), s->id, ConsentKind::Marketing, false);
        QVERIFY(withdrawn.ok());

        const auto history = StudentService::consentHistory(center.db(), s->id).value();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).kind, ConsentKind::Marketing);
        QVERIFY(history.at(0).granted);
        QCOMPARE(history.at(0).recordedByName, desk.actor.displayName);
        QCOMPARE(history.at(2).recordedBy, center.admin().actor.staffId);

        const auto marketing = StudentService::currentConsent(center.db(), s->id, ConsentKind::Marketing).value();
        QVERIFY(marketing.has_value());
        QVERIFY(!marketing->granted);
        QCOMPARE(marketing->uuid, withdrawn->uuid);
        QVERIFY(StudentService::currentConsent(center.db(), s->id, ConsentKind::DataProcessing).value()->granted);

        const QJsonObject payload = lastPayload(center, QStringLiteral("consent"));
        QCOMPARE(payload.value(QStringLiteral("student_uuid")).toString(), s->uuid);
        QCOMPARE(payload.value(QStringLiteral("kind")).toString(), QStringLiteral("marketing"));
        QCOMPARE(payload.value(QStringLiteral("granted")).toBool(), false);
        QVERIFY(!payload.value(QStringLiteral("recorded_by")).toString().isEmpty());
        QCOMPARE(center.count(QStringLiteral("outbox WHERE entity = 'consent' AND operation = 'add'")), 3);

        const qint64 consents = center.count(QStringLiteral("consents"));
        QCOMPARE(
            StudentService::recordConsent(desk, 777, ConsentKind::Marketing, true).error().kind, Error::Kind::NotFound);
        QCOMPARE(center.count(QStringLiteral("consents")), consents);
    }

    void instructorsMayViewButNotChange()
    {
        test::TestCenter center;
        auto s = StudentService::create(center.frontDesk(), adult(QStringLiteral("Viewed")));
        QVERIFY(s.ok());
        const Context teacher = center.instructor();
        QVERIFY(StudentService::byId(teacher, s->id).ok());
        QVERIFY(StudentService::byCode(teacher, s->code).ok());
        const auto before = counts(center);
        QCOMPARE(StudentService::create(teacher, adult(QStringLiteral("New"))).error().kind, Error::Kind::Forbidden);
        QCOMPARE(StudentService::update(teacher, s->id, s->profile()).error().kind, Error::Kind::Forbidden);
        QCOMPARE(StudentService::setStatus(teacher, s->id, StudentStatus::Paused).error().kind, Error::Kind::Forbidden);
        QCOMPARE(StudentService::addGuardian(teacher, s->id, mother()).error().kind, Error::Kind::Forbidden);
        QCOMPARE(StudentService::recordConsent(teacher, s->id, ConsentKind::Marketing, true).error().kind,
            Error::Kind::Forbidden);
        QCOMPARE(counts(center), before);
    }
};

QTEST_GUILESS_MAIN(TestStudents)
#include "tst_students.moc"
