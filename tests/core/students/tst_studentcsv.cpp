#include "audit/AuditLog.h"
#include "csv/Csv.h"
#include "students/StudentCsv.h"
#include "students/StudentService.h"
#include "support/TestCenter.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace td;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(TD_CSV_FIXTURES "/") + name;
}

QByteArray utf8(const char* text)
{
    return QByteArray(text);
}

QList<qint64> counts(test::TestCenter& center)
{
    QList<qint64> n;
    for (const char* table : {"students", "guardians", "student_tags", "outbox"})
        n << center.count(QString::fromLatin1(table));
    return n;
}

QString problemsText(const StudentImportReport& report)
{
    QStringList lines;
    for (const auto& p : report.problems)
        lines << QStringLiteral("%1: %2").arg(p.line).arg(p.message);
    return lines.join(QLatin1Char('\n'));
}

QList<int> problemLines(const StudentImportReport& report)
{
    QList<int> lines;
    for (const auto& p : report.problems)
        lines << p.line;
    return lines;
}

} // namespace

class TestStudentCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsGb18030WithChineseHeaders()
    {
        if (!Csv::canDecodeGb18030())
            QSKIP("This Qt has no GB18030 codec (no ICU)");
        test::TestCenter center;
        auto r = StudentCsv::importFile(center.frontDesk(), fixture(QStringLiteral("students_gb18030.csv")));
        QVERIFY(r.ok());
        QVERIFY2(r->ok(), qPrintable(problemsText(r.value())));
        QCOMPARE(r->encoding, QStringLiteral("GB18030"));
        QCOMPARE(r->imported, 3);
        QCOMPARE(center.count(QStringLiteral("students")), 3);

        const Student zhang = StudentService::byCode(center.db(), QStringLiteral("S000101")).value();
        QCOMPARE(zhang.name, QStringLiteral("张伟"));
        QCOMPARE(zhang.birthDate, QDate(1990, 1, 5)); // 1990/1/5
        QCOMPARE(zhang.gender, QStringLiteral("male"));
        QCOMPARE(zhang.tags, (QStringList {QStringLiteral("美术"), QStringLiteral("钢琴")}));
        QCOMPARE(zhang.notes, QStringLiteral("老学员"));

        const Student li = StudentService::byCode(center.db(), QStringLiteral("S000102")).value();
        QCOMPARE(li.phone, QStringLiteral("139 1234 5678"));
        QCOMPARE(li.guardians.size(), 1);
        QCOMPARE(li.guardians.first().relation, QStringLiteral("父亲"));
        QCOMPARE(li.notes, QStringLiteral("周六上午，\"小班\""));

        // A row without a code gets the next one after the highest.
        const Student wang = StudentService::byCode(center.db(), QStringLiteral("S000103")).value();
        QCOMPARE(wang.name, QStringLiteral("王芳"));
        QCOMPARE(wang.status, StudentStatus::Paused);
        QCOMPARE(wang.phoneDigits, QStringLiteral("8613500002222"));
    }

    void importsUtf16TabSeparatedUnicodeText()
    {
        test::TestCenter center;
        auto r = StudentCsv::importFile(center.frontDesk(), fixture(QStringLiteral("students_utf16le.txt")));
        QVERIFY2(r.ok() && r->ok(), r.ok() ? qPrintable(problemsText(r.value())) : qPrintable(r.error().message));
        QCOMPARE(r->encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(r->imported, 2);
        const Student zhao = StudentService::byCode(center.db(), QStringLiteral("S000001")).value();
        QCOMPARE(zhao.name, QStringLiteral("赵敏"));
        QCOMPARE(zhao.birthDate, QDate(2012, 3, 4));
        QCOMPARE(zhao.guardians.size(), 1); // a minor, with the guardian from the file
        // Full-width letters from a Chinese input method are kept as typed and found as plain letters.
        const Student liu = StudentService::byCode(center.db(), QStringLiteral("S000002")).value();
        QCOMPARE(liu.name, QStringLiteral("Ｌｉｕ Ｙａｎｇ"));
        QCOMPARE(StudentService::searchName(liu.name), QStringLiteral("liu yang"));
    }

    void importsUtf8WithBomAndEnglishHeaders()
    {
        test::TestCenter center;
        auto r = StudentCsv::importFile(center.frontDesk(), fixture(QStringLiteral("students_utf8_bom.csv")));
        QVERIFY2(r.ok() && r->ok(), r.ok() ? qPrintable(problemsText(r.value())) : qPrintable(r.error().message));
        QCOMPARE(r->encoding, QStringLiteral("UTF-8 BOM"));
        const Student wang = StudentService::byCode(center.db(), QStringLiteral("S000001")).value();
        QCOMPARE(wang.name, QStringLiteral("Wang Li"));
        QCOMPARE(wang.email, QStringLiteral("wang.li@example.com"));
        QCOMPARE(wang.notes, QStringLiteral("line one\nline two"));
        QCOMPARE(wang.tags, (QStringList {QStringLiteral("chess"), QStringLiteral("go")}));
        QCOMPARE(StudentService::byCode(center.db(), QStringLiteral("S000002"))->status, StudentStatus::Paused);
    }

    void aBadFileNamesEveryLineAndImportsNothing()
    {
        test::TestCenter center;
        const auto before = counts(center);
        int lastDone = -1;
        int lastTotal = -1;
        auto r = StudentCsv::importFile(
            center.frontDesk(), fixture(QStringLiteral("students_bad.csv")), [&](int done, int total) {
                lastDone = done;
                lastTotal = total;
            });
        QVERIFY(r.ok());
        QVERIFY(!r->ok());
        QCOMPARE(r->imported, 0);
        QCOMPARE(problemLines(r.value()), (QList<int> {3, 4, 5, 6, 7, 8, 9, 10}));
        const QString text = problemsText(r.value());
        QVERIFY2(text.contains(QStringLiteral("12345")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2000-13-45")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 2")), qPrintable(text)); // the duplicate names the first line
        QCOMPARE(counts(center), before);
        QCOMPARE(lastTotal, 9);
        QCOMPARE(lastDone, 9);
    }

    void headerProblems_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown column") << utf8("name,phone,shoe_size\nWang,13800138000,42\n")
                                        << QStringLiteral("shoe_size");
        QTest::newRow("no name column") << utf8("phone,email\n13800138000,a@b.cn\n") << QStringLiteral("name");
        QTest::newRow("column twice") << utf8("name,姓名\nWang,王\n") << QStringLiteral("twice");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("unclosed quote") << utf8("name\n\"Wang\n") << QStringLiteral("never closed");
    }

    void headerProblems()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        test::TestCenter center;
        const auto before = counts(center);
        auto r = StudentCsv::importCsv(center.frontDesk(), csv);
        QVERIFY(r.ok());
        QVERIFY(!r->ok());
        QVERIFY2(problemsText(r.value()).contains(expected), qPrintable(problemsText(r.value())));
        QCOMPARE(counts(center), before);
    }

    void aCodeAlreadyInTheDatabaseIsReported()
    {
        test::TestCenter center;
        StudentProfile p;
        p.name = QStringLiteral("Existing");
        p.code = QStringLiteral("S000005");
        QVERIFY(StudentService::create(center.frontDesk(), p).ok());
        const auto before = counts(center);
        auto r
            = StudentCsv::importCsv(center.frontDesk(), utf8("code,name\nS000006,New One\ns000005,Clash\n,No Code\n"));
        QVERIFY(r.ok());
        QCOMPARE(problemLines(r.value()), QList<int> {3});
        QVERIFY(problemsText(r.value()).contains(QStringLiteral("S000005")));
        QCOMPARE(counts(center), before);
    }

    void codesGivenInTheFileAreNotTakenByRowsWithout()
    {
        test::TestCenter center;
        // The first row has no code; it must not be given S000001, which the second row names.
        auto r = StudentCsv::importCsv(center.frontDesk(), utf8("name,code\nFirst,\nSecond,S000001\n"));
        QVERIFY2(r.ok() && r->ok(), qPrintable(problemsText(r.value())));
        QCOMPARE(StudentService::byCode(center.db(), QStringLiteral("S000001"))->name, QStringLiteral("Second"));
        QCOMPARE(StudentService::byCode(center.db(), QStringLiteral("S000002"))->name, QStringLiteral("First"));
    }

    void blankLinesAreSkippedAndLinesStillCount()
    {
        test::TestCenter center;
        auto r = StudentCsv::importCsv(center.frontDesk(), utf8("name,phone\n\nGood,13800138000\n,\nBad,999\n"));
        QVERIFY(r.ok());
        QCOMPARE(problemLines(r.value()), QList<int> {5});
        QCOMPARE(r->rows, 2);
        QCOMPARE(center.count(QStringLiteral("students")), 0);
    }

    void cancellingChangesNothing()
    {
        test::TestCenter center;
        QByteArray csv("name\n");
        for (int i = 0; i < 20; ++i)
            csv += "Person " + QByteArray::number(i) + "\n";
        std::atomic_bool cancel {false};
        QList<int> seen;
        auto r = StudentCsv::importCsv(
            center.frontDesk(), csv,
            [&](int done, int) {
                seen << done;
                if (done == 5)
                    cancel = true;
            },
            &cancel);
        QVERIFY(r.ok());
        QVERIFY(r->cancelled);
        QVERIFY(!r->ok());
        QCOMPARE(r->imported, 0);
        QCOMPARE(seen.last(), 5);
        QCOMPARE(center.count(QStringLiteral("students")), 0);
        QCOMPARE(center.count(QStringLiteral("outbox")), 0);
    }

    void instructorsMayNotImportOrExport()
    {
        test::TestCenter center;
        QCOMPARE(StudentCsv::importCsv(center.instructor(), utf8("name\nX\n")).error().kind, Error::Kind::Forbidden);
        QCOMPARE(StudentCsv::exportCsv(center.instructor()).error().kind, Error::Kind::Forbidden);
        QCOMPARE(center.count(QStringLiteral("students")), 0);
    }

    void exportIsExcelReadyAndRoundTrips()
    {
        test::TestCenter center;
        StudentProfile p;
        p.name = QStringLiteral("陈小红");
        p.phone = QStringLiteral("13812345678");
        p.birthDate = QDate(2014, 9, 1);
        p.gender = QStringLiteral("female");
        p.tags = {QStringLiteral("piano"), QStringLiteral("art")};
        p.notes = QStringLiteral("says \"hi\", often\nsecond line");
        QVERIFY(StudentService::create(center.frontDesk(), p,
            {{0, {}, QStringLiteral("陈大明"), QStringLiteral("父亲"), QStringLiteral("13900001111")}})
                    .ok());
        StudentProfile adult;
        adult.name = QStringLiteral("Wang, Li");
        adult.email = QStringLiteral("w@example.com");
        QVERIFY(StudentService::create(center.frontDesk(), adult).ok());

        auto bytes = StudentCsv::exportCsv(center.frontDesk());
        QVERIFY(bytes.ok());
        QVERIFY(bytes->startsWith("\xEF\xBB\xBF"));
        const QString text = Csv::decode(bytes.value())->text;
        QVERIFY(text.startsWith(StudentCsv::columns().join(QLatin1Char(',')) + QStringLiteral("\r\n")));
        QVERIFY(text.contains(QStringLiteral("art;piano")));

        const QString path = QDir(QDir::tempPath())
                                 .filePath(QStringLiteral("td-export-%1.csv").arg(QCoreApplication::applicationPid()));
        QCOMPARE(StudentCsv::exportFile(center.frontDesk(), path).value(), 2);

        test::TestCenter other;
        auto r = StudentCsv::importFile(other.frontDesk(), path);
        QFile::remove(path);
        QVERIFY2(r.ok() && r->ok(), qPrintable(problemsText(r.value())));
        QCOMPARE(r->imported, 2);
        const Student copy = StudentService::byCode(other.db(), QStringLiteral("S000001")).value();
        const Student original = StudentService::byCode(center.db(), QStringLiteral("S000001")).value();
        QCOMPARE(copy.profile().name, original.name);
        QCOMPARE(copy.notes, original.notes);
        QCOMPARE(copy.tags, original.tags);
        QCOMPARE(copy.birthDate, original.birthDate);
        QCOMPARE(copy.gender, original.gender);
        QCOMPARE(copy.guardians.first().name, original.guardians.first().name);
        QCOMPARE(StudentService::byCode(other.db(), QStringLiteral("S000002"))->name, QStringLiteral("Wang, Li"));
    }
};

QTEST_GUILESS_MAIN(TestStudentCsv)
#include "tst_studentcsv.moc"
