#include "auth/StaffService.h"
#include "demo/DatabaseCheck.h"
#include "demo/DemoCenter.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "students/StudentDirectory.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <map>

using namespace td;

namespace {

const QDate kToday(2026, 12, 3);

// A demo center in its own temporary file.
struct Demo
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QString truthPath;
    Result<DemoSummary> summary = Error::invalid(QString());

    Demo(int students, quint64 seed)
    {
        db = std::move(Database::open(dir.filePath(QStringLiteral("demo.sqlite"))).value());
        truthPath = dir.filePath(QStringLiteral("truth.csv"));
        summary = DemoCenter::build(*db, DemoOptions {students, seed, kToday, truthPath});
    }

    qint64 number(const QString& sql) const { return db->scalar(sql).value().toLongLong(); }
};

// Every table's rows in a stable order, hashed; password hashes are salted on purpose and left out, and so
// is the schema version's own time stamp.
QByteArray contentHash(const Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto tables = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                         "'sqlite_%' AND name <> 'schema_version' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                                         "AND name NOT LIKE '%_fts_%' ORDER BY name"))
                      .value();
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        auto rows = db.exec(QStringLiteral("SELECT * FROM ") + table).value();
        const QSqlRecord record = rows.record();
        QStringList order;
        for (int i = 1; i <= record.count(); ++i)
            order << QString::number(i);
        rows = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order.join(QLatin1Char(',')))).value();
        hash.addData(table.toUtf8());
        while (rows.next()) {
            for (int i = 0; i < record.count(); ++i) {
                if (record.fieldName(i) == QLatin1String("password_hash"))
                    continue;
                hash.addData(rows.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
        }
    }
    return hash.result();
}

struct Truth
{
    QString topCategory;
    QDate churnDate;
    std::map<QString, double> interests; // by category name as stored
};

std::map<QString, Truth> readTruth(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
    // The category names, in column order, come from the catalog's own categories.
    static const QStringList categories
        = {QStringLiteral("少儿编程 Kids coding"), QStringLiteral("英语 English"), QStringLiteral("数学思维 Math"),
            QStringLiteral("美术 Art"), QStringLiteral("钢琴 Piano"), QStringLiteral("演讲口才 Public speaking"),
            QStringLiteral("数据分析 Data analysis"), QStringLiteral("摄影 Photography")};
    std::map<QString, Truth> truth;
    while (!file.atEnd()) {
        const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
        if (f.size() != header.size())
            continue;
        Truth t;
        t.churnDate = QDate::fromString(f.at(3), Qt::ISODate);
        t.topCategory = QString(f.at(5)).remove(QLatin1Char('"'));
        for (int i = 0; i < categories.size(); ++i)
            t.interests[categories.at(i)] = f.at(6 + i).toDouble();
        truth[f.at(0)] = t;
    }
    return truth;
}

} // namespace

class TestDemoCenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameCenter()
    {
        Demo a(120, 42);
        Demo b(120, 42);
        Demo c(120, 43);
        QVERIFY2(a.summary.ok(), a.summary.ok() ? "" : qPrintable(a.summary.error().message));
        QVERIFY(b.summary.ok() && c.summary.ok());
        const QByteArray hashA = contentHash(*a.db);
        QCOMPARE(contentHash(*b.db), hashA);
        QVERIFY(contentHash(*c.db) != hashA);
        QFile ta(a.truthPath), tb(b.truthPath);
        QVERIFY(ta.open(QIODevice::ReadOnly) && tb.open(QIODevice::ReadOnly));
        QCOMPARE(ta.readAll(), tb.readAll());
    }

    void invariantsHold()
    {
        Demo demo(600, 20261203);
        QVERIFY2(demo.summary.ok(), demo.summary.ok() ? "" : qPrintable(demo.summary.error().message));
        const Database& db = *demo.db;

        auto problems = DatabaseCheck::run(db);
        QVERIFY(problems.ok());
        QVERIFY2(problems.value().isEmpty(), qPrintable(problems.value().join(QLatin1Char('\n'))));

        // The center looks like one.
        QCOMPARE(demo.number(QStringLiteral("SELECT count(*) FROM students")), 600);
        const qint64 items = demo.number(QStringLiteral("SELECT count(*) FROM catalog_items"));
        QVERIFY(items >= 30 && items <= 60);
        QCOMPARE(demo.number(QStringLiteral("SELECT count(DISTINCT kind) FROM catalog_items")), 7);
        const qint64 instructors = demo.number(QStringLiteral("SELECT count(*) FROM staff WHERE role = 'instructor'"));
        QVERIFY2(instructors >= 6 && instructors <= 9, qPrintable(QString::number(instructors)));
        QVERIFY(demo.number(QStringLiteral("SELECT count(*) FROM enrollments")) > 600);
        QVERIFY(demo.number(QStringLiteral("SELECT count(*) FROM attendance")) > 5000);
        QVERIFY(demo.number(QStringLiteral("SELECT count(*) FROM sales WHERE kind = 'refund'")) > 0);
        QCOMPARE(
            demo.number(QStringLiteral("SELECT count(*) FROM sales WHERE kind = 'refund' AND approved_by IS NULL")), 0);
        QVERIFY(demo.number(QStringLiteral("SELECT count(*) FROM memberships")) > 0);
        QVERIFY(demo.number(QStringLiteral("SELECT count(*) FROM online_activity")) > 0);
        QVERIFY(demo.number(QStringLiteral("SELECT count(*) FROM feedback")) > 0);
        QVERIFY(demo.number(QStringLiteral("SELECT count(*) FROM enrollments WHERE status = 'waitlisted'")) >= 0);
        QCOMPARE(demo.number(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        // Two months of classes ahead, with people already enrolled in the next weeks.
        QVERIFY(demo.number(QStringLiteral("SELECT count(*) FROM sessions WHERE local_date > '2027-01-25'")) > 0);
        QVERIFY(demo.number(QStringLiteral("SELECT count(*) FROM sessions WHERE local_date = '2026-12-03' AND status = "
                                           "'scheduled'"))
            > 0);

        // Student codes S000001..., valid mobile numbers, a guardian for every minor.
        QCOMPARE(demo.number(QStringLiteral("SELECT count(*) FROM students WHERE code <> printf('S%06d', id)")), 0);
        auto phones
            = db.exec(QStringLiteral("SELECT phone FROM students UNION ALL SELECT phone FROM guardians")).value();
        const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
        while (phones.next())
            QVERIFY2(mobile.match(phones.value(0).toString()).hasMatch(), qPrintable(phones.value(0).toString()));
        QCOMPARE(demo.number(QStringLiteral("SELECT count(*) FROM students s WHERE birth_date > '2008-12-03' AND NOT "
                                            "EXISTS (SELECT 1 FROM guardians g WHERE g.student_id = s.id)")),
            0);
        QVERIFY(demo.number(QStringLiteral("SELECT count(*) FROM guardians")) > 0);
        QCOMPARE(
            demo.number(QStringLiteral("SELECT count(*) FROM students s WHERE NOT EXISTS (SELECT 1 FROM consents c "
                                       "WHERE c.student_id = s.id AND c.kind = 'data_processing')")),
            0);

        // Capacity: nobody beyond it, waitlisted students aside.
        QCOMPARE(demo.number(QStringLiteral("SELECT count(*) FROM classes c WHERE c.capacity < (SELECT count(*) FROM "
                                            "enrollments e WHERE e.class_id = c.id AND e.status <> 'waitlisted')")),
            0);
        // No room or instructor is in two places at once.
        for (const char* who : {"room_id", "instructor_id"}) {
            QCOMPARE(demo.number(QStringLiteral("SELECT count(*) FROM sessions a JOIN sessions b ON a.%1 = b.%1 AND "
                                                "a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at "
                                                "WHERE a.status <> 'cancelled' AND b.status <> 'cancelled'")
                                     .arg(QLatin1String(who))),
                0);
        }
        // Attendance only of enrolled students, at sessions that took place, and nothing in the future.
        QCOMPARE(demo.number(QStringLiteral("SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id "
                                            "WHERE s.status <> 'done' OR NOT EXISTS (SELECT 1 FROM enrollments e WHERE "
                                            "e.class_id = s.class_id AND e.student_id = a.student_id AND e.status <> "
                                            "'waitlisted')")),
            0);
        const QString now = sql::fromDateTime(QDateTime(kToday, QTime(12, 0), QTimeZone("Asia/Shanghai")));
        for (const char* column : {"attendance.recorded_at", "sales.created_at", "class_hour_entries.created_at",
                 "online_activity.occurred_at", "enrollments.requested_at", "students.created_at"}) {
            const QString c = QString::fromLatin1(column);
            auto late = db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 > ?")
                                      .arg(c.section(QLatin1Char('.'), 0, 0), c.section(QLatin1Char('.'), 1)),
                {now});
            QVERIFY(late.ok());
            QVERIFY2(late.value().toLongLong() == 0, column);
        }
        // Each attended session with class hours deducts once; missed ones deduct nothing.
        QCOMPARE(demo.number(QStringLiteral(
                     "SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE s.class_hours > 0 "
                     "AND (SELECT count(*) FROM class_hour_entries e WHERE e.attendance_id = a.id) <> "
                     "(a.status IN ('present', 'late'))")),
            0);
        // Sessions carry their local date in the center's time zone.
        auto sessions = db.exec(QStringLiteral("SELECT starts_at, local_date FROM sessions")).value();
        while (sessions.next()) {
            const QDate local = sql::toDateTime(sessions.value(0)).toTimeZone(QTimeZone("Asia/Shanghai")).date();
            QCOMPARE(sql::fromDate(local), sessions.value(1).toString());
        }

        // The three demo accounts log in with the documented password.
        for (const char* user : {"admin", "desk", "teacher"}) {
            auto actor = StaffService::authenticate(*demo.db, QString::fromLatin1(user), DemoCenter::password());
            QVERIFY2(actor.ok(), user);
        }
        QVERIFY(!StaffService::authenticate(*demo.db, QStringLiteral("desk"), QStringLiteral("demo12345")).ok());
    }

    // The build drops the secondary indexes and the phone search trigger while it writes: every one is
    // back afterwards, and the phone search finds the students it wrote.
    void keepsTheWholeSchemaAndItsSearch()
    {
        QTemporaryDir dir;
        auto fresh = std::move(Database::open(dir.filePath(QStringLiteral("fresh.sqlite"))).value());
        const QString schemaSql
            = QStringLiteral("SELECT group_concat(type || ' ' || name || ' ' || ifnull(sql, ''), char(10)) FROM "
                             "(SELECT * FROM sqlite_master ORDER BY type, name)");
        Demo demo(300, 7);
        QVERIFY(demo.summary.ok());
        QCOMPARE(demo.db->scalar(schemaSql).value().toString(), fresh->scalar(schemaSql).value().toString());
        QCOMPARE(demo.db->scalar(QStringLiteral("PRAGMA journal_mode")).value().toString(), QStringLiteral("wal"));

        const QString phone
            = demo.db->scalar(QStringLiteral("SELECT phone_digits FROM students WHERE id = 123")).value().toString();
        StudentFilter byPhone;
        byPhone.text = phone.mid(3, 6);
        auto found = StudentDirectory::find(*demo.db, byPhone, 0, 50);
        QVERIFY(found.ok());
        QVERIFY(std::any_of(
            found.value().cbegin(), found.value().cend(), [](const StudentListRow& row) { return row.id == 123; }));
    }

    void choicesFollowTheHiddenInterests()
    {
        Demo demo(600, 20261203);
        QVERIFY(demo.summary.ok());
        const auto truth = readTruth(demo.truthPath);
        QCOMPARE(int(truth.size()), 600);

        // Enrollments in the student's strongest hidden interest, against the 1-in-8 of a random choice
        // (about half of them with seed 20261203).
        auto q = demo.db
                     ->exec(QStringLiteral("SELECT s.code, i.category FROM enrollments e JOIN students s ON s.id = "
                                           "e.student_id JOIN classes c ON c.id = e.class_id JOIN catalog_items i "
                                           "ON i.id = c.course_id"))
                     .value();
        int total = 0, top = 0;
        while (q.next()) {
            ++total;
            if (truth.at(q.value(0).toString()).topCategory == q.value(1).toString())
                ++top;
        }
        QVERIFY(total > 300);
        QVERIFY2(top * 100 > total * 35, qPrintable(QStringLiteral("%1 of %2").arg(top).arg(total)));

        // Online purchases too: the mean hidden interest in the bought category is far above 1/8 (0.375 here).
        q = demo.db
                ->exec(QStringLiteral("SELECT s.code, i.category FROM online_activity o JOIN students s ON s.id = "
                                      "o.student_id JOIN catalog_items i ON i.id = o.item_id WHERE o.kind = "
                                      "'purchase'"))
                .value();
        double interest = 0;
        int purchases = 0;
        while (q.next()) {
            interest += truth.at(q.value(0).toString()).interests.at(q.value(1).toString());
            ++purchases;
        }
        QVERIFY(purchases > 100);
        QVERIFY2(interest / purchases > 0.25, qPrintable(QString::number(interest / purchases)));
    }

    void churnersFadeBeforeLeaving()
    {
        Demo demo(600, 20261203);
        QVERIFY(demo.summary.ok());
        const auto truth = readTruth(demo.truthPath);
        auto q = demo.db
                     ->exec(QStringLiteral("SELECT s.code, ses.local_date, a.status FROM attendance a JOIN students s "
                                           "ON s.id = a.student_id JOIN sessions ses ON ses.id = a.session_id"))
                     .value();
        int earlyTotal = 0, earlyAttended = 0, lateTotal = 0, lateAttended = 0, stayersTotal = 0, stayersAttended = 0;
        int afterLeaving = 0;
        while (q.next()) {
            const Truth& t = truth.at(q.value(0).toString());
            const QDate day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            const bool attended
                = q.value(2).toString() == QLatin1String("present") || q.value(2).toString() == QLatin1String("late");
            if (!t.churnDate.isValid()) {
                ++stayersTotal;
                stayersAttended += attended;
            } else if (day >= t.churnDate) {
                ++afterLeaving;
            } else if (day.daysTo(t.churnDate) <= 45) {
                ++lateTotal;
                lateAttended += attended;
            } else {
                ++earlyTotal;
                earlyAttended += attended;
            }
        }
        QCOMPARE(afterLeaving, 0);
        QVERIFY(lateTotal > 50 && earlyTotal > 50 && stayersTotal > 500);
        const double early = double(earlyAttended) / earlyTotal;
        const double late = double(lateAttended) / lateTotal;
        const double stayers = double(stayersAttended) / stayersTotal;
        QVERIFY2(late < early - 0.15, qPrintable(QStringLiteral("late %1, early %2").arg(late).arg(early)));
        QVERIFY2(stayers > late + 0.2, qPrintable(QStringLiteral("stayers %1, late %2").arg(stayers).arg(late)));
    }

    void refusesACenterThatExists()
    {
        Demo demo(50, 1);
        QVERIFY(demo.summary.ok());
        const qint64 students = demo.number(QStringLiteral("SELECT count(*) FROM students"));
        const qint64 sales = demo.number(QStringLiteral("SELECT count(*) FROM sales"));
        auto again = DemoCenter::build(*demo.db, DemoOptions {50, 2, kToday, {}});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QCOMPARE(demo.number(QStringLiteral("SELECT count(*) FROM students")), students);
        QCOMPARE(demo.number(QStringLiteral("SELECT count(*) FROM sales")), sales);
    }

    void refusesBadInputAndWritesNothing_data()
    {
        QTest::addColumn<int>("students");
        QTest::addColumn<bool>("badTruthPath");
        QTest::newRow("no students") << 0 << false;
        QTest::newRow("negative") << -5 << false;
        QTest::newRow("truth file in a missing folder") << 10 << true;
    }

    void refusesBadInputAndWritesNothing()
    {
        QFETCH(int, students);
        QFETCH(bool, badTruthPath);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY(db.ok());
        DemoOptions options {students, 1, kToday, {}};
        if (badTruthPath)
            options.truthPath = dir.filePath(QStringLiteral("missing/folder/truth.csv"));
        auto r = DemoCenter::build(*db.value(), options);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        for (const char* table : {"staff", "students", "catalog_items", "sales", "settings"})
            QCOMPARE(
                db.value()->scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))->toLongLong(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoCenter)
#include "tst_democenter.moc"
