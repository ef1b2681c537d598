#include "storage/SqlValues.h"
#include "students/StudentDirectory.h"
#include "students/StudentService.h"
#include "support/TestCenter.h"

#include <QTest>

using namespace td;

namespace {

Student add(test::TestCenter& center, const QString& name, const QString& phone = {}, const QString& code = {},
    const QStringList& tags = {})
{
    StudentProfile p;
    p.name = name;
    p.phone = phone;
    p.code = code;
    p.tags = tags;
    auto s = StudentService::create(center.frontDesk(), p);
    if (!s)
        qFatal("cannot create %s: %s", qPrintable(name), qPrintable(s.error().message));
    return s.value();
}

QStringList names(const QList<StudentListRow>& rows)
{
    QStringList result;
    for (const auto& row : rows)
        result << row.name;
    return result;
}

QStringList find(test::TestCenter& center, const QString& text, int offset = 0, int limit = 50)
{
    StudentFilter filter;
    filter.text = text;
    auto rows = StudentDirectory::find(center.db(), filter, offset, limit);
    if (!rows)
        qFatal("find failed: %s", qPrintable(rows.error().message));
    return names(rows.value());
}

qint64 count(test::TestCenter& center, const StudentFilter& filter)
{
    return StudentDirectory::count(center.db(), filter).value();
}

} // namespace

class TestStudentDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsByNamePrefixCaseInsensitively()
    {
        test::TestCenter center;
        add(center, QStringLiteral("Wang Li"), QStringLiteral("13800138000"));
        add(center, QStringLiteral("wang lei"));
        add(center, QStringLiteral("Wangfang"));
        add(center, QStringLiteral("Li Wang"));
        add(center, QStringLiteral("张伟"));
        add(center, QStringLiteral("张三丰"));
        add(center, QStringLiteral("李张"));
        QCOMPARE(find(center, QStringLiteral("wang l")),
            (QStringList {QStringLiteral("wang lei"), QStringLiteral("Wang Li")}));
        QCOMPARE(find(center, QStringLiteral("WANG")),
            (QStringList {QStringLiteral("wang lei"), QStringLiteral("Wang Li"), QStringLiteral("Wangfang")}));
        QCOMPARE(find(center, QStringLiteral("  wang   li ")), QStringList {QStringLiteral("Wang Li")});
        QCOMPARE(find(center, QStringLiteral("张")), (QStringList {QStringLiteral("张三丰"), QStringLiteral("张伟")}));
        QCOMPARE(find(center, QStringLiteral("张伟")), QStringList {QStringLiteral("张伟")});
        QCOMPARE(find(center, QStringLiteral("ｗａｎｇ ｌｉ")), QStringList {QStringLiteral("Wang Li")}); // full width
        QVERIFY(find(center, QStringLiteral("zhao")).isEmpty());
        QVERIFY(find(center, QStringLiteral("ang")).isEmpty()); // a prefix, not a substring
    }

    void findsByCodeExactlyOrByNumber()
    {
        test::TestCenter center;
        for (int i = 1; i <= 12; ++i)
            add(center, QStringLiteral("Student %1").arg(i));
        auto rows = StudentDirectory::find(center.db(), {QStringLiteral("S000012"), {}, {}, 0}, 0, 10).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().code, QStringLiteral("S000012"));
        QCOMPARE(rows.first().name, QStringLiteral("Student 12"));
        QCOMPARE(find(center, QStringLiteral("s000003")).first(), QStringLiteral("Student 3"));
        QCOMPARE(find(center, QStringLiteral("7")), QStringList {QStringLiteral("Student 7")});
        QCOMPARE(find(center, QStringLiteral("000011")), QStringList {QStringLiteral("Student 11")});
        QVERIFY(find(center, QStringLiteral("S000099")).isEmpty());
        QVERIFY(find(center, QStringLiteral("0")).isEmpty());
    }

    void findsByPhoneFragment()
    {
        test::TestCenter center;
        add(center, QStringLiteral("Alpha"), QStringLiteral("138 0013 8000"));
        add(center, QStringLiteral("Beta"), QStringLiteral("13912345678"));
        add(center, QStringLiteral("Gamma"), QStringLiteral("+44 20 7946 0958"));
        add(center, QStringLiteral("Delta"));
        add(center, QStringLiteral("Epsilon"), QStringLiteral("13913809999"));
        QCOMPARE(find(center, QStringLiteral("8000")), QStringList {QStringLiteral("Alpha")});
        QCOMPARE(find(center, QStringLiteral("0013 8")), QStringList {QStringLiteral("Alpha")});
        QCOMPARE(find(center, QStringLiteral("2345")), QStringList {QStringLiteral("Beta")});
        QCOMPARE(find(center, QStringLiteral("7946-09")), QStringList {QStringLiteral("Gamma")});
        QCOMPARE(find(center, QStringLiteral("13")), QStringList {}); // two digits are no phone fragment
        QCOMPARE(find(center, QStringLiteral("13800138000")), QStringList {QStringLiteral("Alpha")});
        QCOMPARE(
            find(center, QStringLiteral("138")), (QStringList {QStringLiteral("Alpha"), QStringLiteral("Epsilon")}));
        QVERIFY(find(center, QStringLiteral("5555")).isEmpty());
    }

    void phoneIndexFollowsEdits()
    {
        test::TestCenter center;
        Student s = add(center, QStringLiteral("Mover"), QStringLiteral("13800138000"));
        StudentProfile p = s.profile();
        p.phone = QStringLiteral("13711112222");
        QVERIFY(StudentService::update(center.frontDesk(), s.id, p).ok());
        QVERIFY(find(center, QStringLiteral("0013")).isEmpty());
        QCOMPARE(find(center, QStringLiteral("1111")), QStringList {QStringLiteral("Mover")});
        p.phone.clear();
        QVERIFY(StudentService::update(center.frontDesk(), s.id, p).ok());
        QVERIFY(find(center, QStringLiteral("1111")).isEmpty());
        p.phone = QStringLiteral("13655556666");
        QVERIFY(StudentService::update(center.frontDesk(), s.id, p).ok());
        QCOMPARE(find(center, QStringLiteral("5555")), QStringList {QStringLiteral("Mover")});
        // The trigram index agrees with the table (FTS5's own consistency check).
        QVERIFY(center.db()
                    .exec(QStringLiteral("INSERT INTO students_phone_fts (students_phone_fts) VALUES "
                                         "('integrity-check')"))
                    .ok());
    }

    void ranksCodeThenNameThenPhoneAndTiesByName()
    {
        test::TestCenter center;
        add(center, QStringLiteral("Zed Phone"), QStringLiteral("13912300000"));
        add(center, QStringLiteral("Adam Phone"), QStringLiteral("13800001230"));
        add(center, QStringLiteral("123 Studio B"));
        add(center, QStringLiteral("123 Studio A"));
        add(center, QStringLiteral("Zoe Code"), {}, QStringLiteral("S000123"));
        const QStringList expected = {QStringLiteral("Zoe Code"), QStringLiteral("123 Studio A"),
            QStringLiteral("123 Studio B"), QStringLiteral("Adam Phone"), QStringLiteral("Zed Phone")};
        QCOMPARE(find(center, QStringLiteral("123")), expected);
        QCOMPARE(count(center, {QStringLiteral("123"), {}, {}, 0}), 5);
        // Paging walks across the kinds of match without repeating or skipping anyone.
        QStringList paged;
        for (int offset = 0; offset < 6; offset += 2)
            paged += find(center, QStringLiteral("123"), offset, 2);
        QCOMPARE(paged, expected);
        QCOMPARE(find(center, QStringLiteral("123"), 3, 10), expected.mid(3));
        QCOMPARE(find(center, QStringLiteral("123"), 1, 1), expected.mid(1, 1));
        QVERIFY(find(center, QStringLiteral("123"), 5, 10).isEmpty());
    }

    void aStudentMatchingTwiceAppearsOnce()
    {
        test::TestCenter center;
        add(center, QStringLiteral("Both"), QStringLiteral("13800000456"), QStringLiteral("S000456"));
        QCOMPARE(find(center, QStringLiteral("456")), QStringList {QStringLiteral("Both")});
        QCOMPARE(count(center, {QStringLiteral("456"), {}, {}, 0}), 1);
    }

    void emptyTextListsEveryoneByNameInPages()
    {
        test::TestCenter center;
        QStringList all;
        for (int i = 30; i >= 1; --i)
            add(center, QStringLiteral("Person %1").arg(i, 2, 10, QLatin1Char('0')));
        for (int i = 1; i <= 30; ++i)
            all << QStringLiteral("Person %1").arg(i, 2, 10, QLatin1Char('0'));
        QCOMPARE(count(center, {}), 30);
        QCOMPARE(find(center, QString(), 0, 10), all.mid(0, 10));
        QCOMPARE(find(center, QString(), 10, 10), all.mid(10, 10));
        QCOMPARE(find(center, QString(), 25, 10), all.mid(25));
        QVERIFY(find(center, QString(), 30, 10).isEmpty());
        QVERIFY(find(center, QString(), 0, 0).isEmpty());
        auto rows = StudentDirectory::find(center.db(), {}, 0, 1).value();
        QCOMPARE(rows.first().status, QStringLiteral("active"));
        QVERIFY(!rows.first().uuid.isEmpty());
        QVERIFY(rows.first().id > 0);
    }

    void filtersByStatusTagAndClass()
    {
        test::TestCenter center;
        const Student a = add(center, QStringLiteral("Ann"), {}, {}, {QStringLiteral("piano")});
        const Student b = add(center, QStringLiteral("Anna"), {}, {}, {QStringLiteral("piano"), QStringLiteral("art")});
        const Student c = add(center, QStringLiteral("Annie"), {}, {}, {QStringLiteral("art")});
        QVERIFY(StudentService::setStatus(center.frontDesk(), b.id, StudentStatus::Paused).ok());

        StudentFilter paused;
        paused.status = QStringLiteral("paused");
        QCOMPARE(
            names(StudentDirectory::find(center.db(), paused, 0, 10).value()), QStringList {QStringLiteral("Anna")});
        QCOMPARE(count(center, paused), 1);
        paused.text = QStringLiteral("ann");
        QCOMPARE(count(center, paused), 1);

        StudentFilter piano;
        piano.tag = QStringLiteral("piano");
        QCOMPARE(names(StudentDirectory::find(center.db(), piano, 0, 10).value()),
            (QStringList {QStringLiteral("Ann"), QStringLiteral("Anna")}));
        piano.status = QStringLiteral("active");
        QCOMPARE(names(StudentDirectory::find(center.db(), piano, 0, 10).value()), QStringList {QStringLiteral("Ann")});

        // Only students enrolled (not waitlisted or dropped) in the class.
        const QString now = sql::fromDateTime(center.clock().nowUtc());
        const qint64 teacher = center.instructor().actor.staffId;
        QVERIFY(center.db()
                    .exec(QStringLiteral("INSERT INTO catalog_items (id, uuid, kind, title, price_minor, created_at, "
                                         "updated_at) VALUES (1, 'c1', 'offline_course', 'Piano', 0, ?, ?)"),
                        {now, now})
                    .ok());
        QVERIFY(center.db()
                    .exec(QStringLiteral("INSERT INTO rooms (id, uuid, name, capacity) VALUES (1, 'r1', 'Room', 10)"))
                    .ok());
        QVERIFY(
            center.db()
                .exec(QStringLiteral("INSERT INTO classes (id, uuid, course_id, name, instructor_id, room_id, "
                                     "capacity, start_date, end_date, class_hours_per_session, created_at) "
                                     "VALUES (1, 'k1', 1, 'Piano A', ?, 1, 10, '2026-03-01', '2026-06-01', 100, ?)"),
                    {teacher, now})
                .ok());
        int n = 0;
        for (const auto& [student, status] : {std::pair {a.id, "enrolled"}, {b.id, "waitlisted"}, {c.id, "enrolled"}})
            QVERIFY(center.db()
                        .exec(QStringLiteral("INSERT INTO enrollments (uuid, class_id, student_id, status, "
                                             "requested_at, updated_at) VALUES (?, 1, ?, ?, ?, ?)"),
                            {QStringLiteral("e%1").arg(++n), student, QString::fromLatin1(status), now, now})
                        .ok());
        StudentFilter inClass;
        inClass.classId = 1;
        QCOMPARE(names(StudentDirectory::find(center.db(), inClass, 0, 10).value()),
            (QStringList {QStringLiteral("Ann"), QStringLiteral("Annie")}));
        QCOMPARE(count(center, inClass), 2);
        inClass.tag = QStringLiteral("art");
        QCOMPARE(
            names(StudentDirectory::find(center.db(), inClass, 0, 10).value()), QStringList {QStringLiteral("Annie")});
        inClass.classId = 2;
        QCOMPARE(count(center, inClass), 0);
    }

    void queriesUseIndexes()
    {
        test::TestCenter center;
        auto plan = [&](const QString& sql) {
            auto q = center.db().exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
            QString text;
            while (q.value().next())
                text += q.value().value(3).toString() + QLatin1Char('\n');
            return text;
        };
        const QString byName = plan(QStringLiteral("SELECT id FROM students s WHERE s.search_name >= 'wa' AND "
                                                   "s.search_name < 'wb' ORDER BY s.search_name, s.id LIMIT 50"));
        QVERIFY2(byName.contains(QStringLiteral("INDEX students_search_name")), qPrintable(byName));
        QVERIFY2(!byName.contains(QStringLiteral("TEMP B-TREE")), qPrintable(byName));
        const QString byPhone = plan(QStringLiteral("SELECT id FROM students s WHERE s.id IN (SELECT rowid FROM "
                                                    "students_phone_fts WHERE students_phone_fts MATCH '\"8000\"')"));
        QVERIFY2(byPhone.contains(QStringLiteral("VIRTUAL TABLE INDEX")), qPrintable(byPhone));
        const QString all
            = plan(QStringLiteral("SELECT id FROM students s WHERE 1 ORDER BY s.search_name, s.id LIMIT 50"));
        QVERIFY2(!all.contains(QStringLiteral("TEMP B-TREE")), qPrintable(all));
        const QString byCode = plan(QStringLiteral("SELECT id FROM students s WHERE s.code = 'S000001'"));
        QVERIFY2(byCode.contains(QStringLiteral("INDEX")), qPrintable(byCode));
    }
};

QTEST_GUILESS_MAIN(TestStudentDirectory)
#include "tst_studentdirectory.moc"
