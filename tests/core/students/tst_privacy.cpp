#include "audit/AuditLog.h"
#include "storage/SqlValues.h"
#include "students/StudentDirectory.h"
#include "students/StudentPrivacy.h"
#include "students/StudentService.h"
#include "support/TestCenter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace td;

namespace {

struct Fixture
{
    Student student;
};

// A minor with a guardian, a consent, a class enrollment, an attended session, a payment and a pack.
Fixture makeStudentWithHistory(test::TestCenter& center)
{
    StudentProfile p;
    p.name = QStringLiteral("陈小红");
    p.phone = QStringLiteral("13812345678");
    p.email = QStringLiteral("xiaohong@example.com");
    p.birthDate = QDate(2014, 9, 1);
    p.gender = QStringLiteral("female");
    p.tags = {QStringLiteral("piano"), QStringLiteral("art")};
    p.notes = QStringLiteral("allergic to peanuts");
    auto s = StudentService::create(center.frontDesk(), p,
        {{0, {}, QStringLiteral("陈大明"), QStringLiteral("父亲"), QStringLiteral("13900001111")}});
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    (void)StudentService::recordConsent(center.frontDesk(), s->id, ConsentKind::DataProcessing, true);
    Database& db = center.db();
    const QString now = sql::fromDateTime(center.clock().nowUtc());
    const qint64 teacher = center.instructor().actor.staffId;
    const QList<std::pair<QString, QVariantList>> rows = {
        {QStringLiteral("UPDATE students SET online_account_id = 'online-42' WHERE id = ?"), {s->id}},
        {QStringLiteral("INSERT INTO catalog_items (id, uuid, kind, title, price_minor, created_at, updated_at) "
                        "VALUES (1, 'item-1', 'offline_course', 'Piano for kids', 100000, ?, ?)"),
            {now, now}},
        {QStringLiteral("INSERT INTO rooms (id, uuid, name, capacity) VALUES (1, 'room-1', 'Room 1', 8)"), {}},
        {QStringLiteral("INSERT INTO classes (id, uuid, course_id, name, instructor_id, room_id, capacity, start_date, "
                        "end_date, class_hours_per_session, created_at) VALUES (1, 'class-1', 1, 'Piano A', ?, 1, 8, "
                        "'2026-03-01', '2026-06-30', 100, ?)"),
            {teacher, now}},
        {QStringLiteral("INSERT INTO sessions (id, uuid, class_id, starts_at, ends_at, local_date, room_id, "
                        "instructor_id, class_hours) VALUES (1, 'session-1', 1, '2026-03-02T10:00:00.000Z', "
                        "'2026-03-02T12:00:00.000Z', '2026-03-02', 1, ?, 100)"),
            {teacher}},
        {QStringLiteral("INSERT INTO enrollments (uuid, class_id, student_id, status, requested_at, updated_at) "
                        "VALUES ('enrollment-1', 1, ?, 'enrolled', ?, ?)"),
            {s->id, now, now}},
        {QStringLiteral("INSERT INTO attendance (id, uuid, session_id, student_id, status, recorded_at) "
                        "VALUES (1, 'attendance-1', 1, ?, 'present', ?)"),
            {s->id, now}},
        {QStringLiteral(
             "INSERT INTO sales (id, uuid, receipt_seq, receipt_no, kind, student_id, method, subtotal_minor, "
             "total_minor, created_at, business_date) VALUES (1, 'sale-1', 1, 'R000001', 'sale', ?, "
             "'wechat_pay', 200000, 200000, ?, '2026-03-02')"),
            {s->id, now}},
        {QStringLiteral("INSERT INTO class_hour_packs (id, uuid, student_id, course_id, hours_purchased, created_at) "
                        "VALUES (1, 'pack-1', ?, 1, 2000, ?)"),
            {s->id, now}},
        {QStringLiteral("INSERT INTO class_hour_entries (uuid, pack_id, delta, reason, attendance_id, created_at) "
                        "VALUES ('entry-1', 1, -100, 'attendance', 1, ?)"),
            {now}},
    };
    for (const auto& [sql, bindings] : rows)
        if (auto r = db.exec(sql, bindings); !r)
            qFatal("%s: %s", qPrintable(sql), qPrintable(r.error().message));
    return {StudentService::byId(db, s->id).value()};
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportHoldsEverything()
    {
        test::TestCenter center;
        const Fixture f = makeStudentWithHistory(center);
        auto exported = StudentPrivacy::exportPersonalData(center.admin(), f.student.id);
        QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error().message));
        const QJsonObject doc = exported.value();
        const QJsonObject profile = doc.value(QStringLiteral("profile")).toObject();
        QCOMPARE(profile.value(QStringLiteral("name")).toString(), QStringLiteral("陈小红"));
        QCOMPARE(profile.value(QStringLiteral("email")).toString(), QStringLiteral("xiaohong@example.com"));
        QCOMPARE(profile.value(QStringLiteral("birth_date")).toString(), QStringLiteral("2014-09-01"));
        QCOMPARE(profile.value(QStringLiteral("notes")).toString(), QStringLiteral("allergic to peanuts"));
        QCOMPARE(profile.value(QStringLiteral("online_account_id")).toString(), QStringLiteral("online-42"));
        QCOMPARE(profile.value(QStringLiteral("tags")).toArray().size(), 2);
        QCOMPARE(doc.value(QStringLiteral("guardians"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("陈大明"));
        QCOMPARE(doc.value(QStringLiteral("consents")).toArray().size(), 1);
        QCOMPARE(doc.value(QStringLiteral("enrollments"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("class_name"))
                     .toString(),
            QStringLiteral("Piano A"));
        QCOMPARE(doc.value(QStringLiteral("attendance"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("present"));
        const QJsonObject payment = doc.value(QStringLiteral("payments")).toArray().first().toObject();
        QCOMPARE(payment.value(QStringLiteral("receipt_no")).toString(), QStringLiteral("R000001"));
        QCOMPARE(payment.value(QStringLiteral("total_minor")).toInteger(), 200000);
        const QJsonObject pack = doc.value(QStringLiteral("packs")).toArray().first().toObject();
        QCOMPARE(pack.value(QStringLiteral("course")).toString(), QStringLiteral("Piano for kids"));
        QCOMPARE(pack.value(QStringLiteral("ledger_total")).toInteger(), -100);
        QVERIFY(doc.contains(QStringLiteral("memberships")));
        // The export itself is audited.
        QCOMPARE(AuditLog::recent(center.admin(), 1, f.student.uuid).value().first().action,
            QStringLiteral("export_personal_data"));
    }

    void onlyAdminsExportOrErase()
    {
        test::TestCenter center;
        const Fixture f = makeStudentWithHistory(center);
        const qint64 audit = center.count(QStringLiteral("audit_log"));
        QCOMPARE(
            StudentPrivacy::exportPersonalData(center.frontDesk(), f.student.id).error().kind, Error::Kind::Forbidden);
        QCOMPARE(
            StudentPrivacy::erasePersonalData(center.frontDesk(), f.student.id).error().kind, Error::Kind::Forbidden);
        QCOMPARE(
            StudentPrivacy::erasePersonalData(center.instructor(), f.student.id).error().kind, Error::Kind::Forbidden);
        QCOMPARE(center.count(QStringLiteral("audit_log")), audit);
        QCOMPARE(StudentService::byId(center.db(), f.student.id)->name, QStringLiteral("陈小红"));
        QCOMPARE(StudentPrivacy::erasePersonalData(center.admin(), 999).error().kind, Error::Kind::NotFound);
    }

    void eraseClearsPersonalDataAndKeepsLedgers()
    {
        test::TestCenter center;
        const Fixture f = makeStudentWithHistory(center);
        const QStringList ledgers
            = {QStringLiteral("sales"), QStringLiteral("class_hour_entries"), QStringLiteral("attendance"),
                QStringLiteral("enrollments"), QStringLiteral("class_hour_packs"), QStringLiteral("consents")};
        QList<qint64> before;
        for (const QString& t : ledgers)
            before << center.count(t);

        auto erased = StudentPrivacy::erasePersonalData(center.admin(), f.student.id);
        QVERIFY2(erased.ok(), erased.ok() ? "" : qPrintable(erased.error().message));

        const Student s = StudentService::byId(center.db(), f.student.id).value();
        QCOMPARE(s.code, f.student.code);
        QCOMPARE(s.uuid, f.student.uuid);
        QVERIFY(s.name != f.student.name);
        QVERIFY(s.name.contains(f.student.code));
        QVERIFY(s.phone.isEmpty() && s.phoneDigits.isEmpty() && s.email.isEmpty() && s.notes.isEmpty());
        QVERIFY(!s.birthDate.isValid());
        QVERIFY(s.gender.isEmpty());
        QVERIFY(s.tags.isEmpty());
        QVERIFY(s.guardians.isEmpty());
        QVERIFY(s.onlineAccountId.isEmpty());
        QCOMPARE(s.status, StudentStatus::Archived);
        QList<qint64> after;
        for (const QString& t : ledgers)
            after << center.count(t);
        QCOMPARE(after, before);

        // Nothing of the person can be found any more.
        QCOMPARE(StudentDirectory::count(center.db(), {QStringLiteral("陈"), {}, {}, 0}).value(), 0);
        QCOMPARE(StudentDirectory::count(center.db(), {QStringLiteral("2345"), {}, {}, 0}).value(), 0);
        QCOMPARE(StudentDirectory::count(center.db(), {QStringLiteral("1111"), {}, {}, 0}).value(), 0);

        // The audit says what was erased, never the values.
        const auto entry = AuditLog::recent(center.admin(), 1, f.student.uuid).value().first();
        QCOMPARE(entry.action, QStringLiteral("erase_personal_data"));
        for (const QString& field :
            {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("birth date"),
                QStringLiteral("notes"), QStringLiteral("guardian"), QStringLiteral("online account")})
            QVERIFY2(entry.summary.contains(field), qPrintable(entry.summary));
        const auto all = AuditLog::recent(center.admin(), 1000).value();
        for (const auto& e : all)
            for (const QString& secret : {QStringLiteral("陈小红"), QStringLiteral("13812345678"),
                     QStringLiteral("xiaohong@example.com"), QStringLiteral("peanuts"), QStringLiteral("陈大明")})
                QVERIFY2(!e.summary.contains(secret), qPrintable(e.summary));

        // The online platform learns of it; the queued payload carries no personal values.
        auto payload = center.db().scalar(
            QStringLiteral("SELECT payload FROM outbox WHERE entity = 'student' ORDER BY seq DESC LIMIT 1"));
        const QJsonObject p = QJsonDocument::fromJson(payload.value().toString().toUtf8()).object();
        QVERIFY(p.value(QStringLiteral("erased")).toBool());
        QVERIFY(p.value(QStringLiteral("phone")).toString().isEmpty());
        QCOMPARE(center.count(QStringLiteral("outbox WHERE entity = 'guardian' AND operation = 'delete'")), 1);
        // The phone index holds nothing of the erased number.
        QVERIFY(
            center.db()
                .exec(QStringLiteral("INSERT INTO students_phone_fts (students_phone_fts) VALUES ('integrity-check')"))
                .ok());
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
