#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// Runs trainingdesk-cli with the arguments (and stdin), in English, waiting for it to finish.
Run cli(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TD_CLI_PATH), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(300000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString describe(const Run& run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(run.exitCode).arg(run.out, run.err);
}

const QString kToday = QStringLiteral("2026-12-03");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initReadsThePasswordFromStdin()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("center.sqlite"));
        const Run init = cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--admin-user"),
                                 QStringLiteral("boss")},
            "s3cret-pass\n");
        QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
        const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QVERIFY2(stats.exitCode == 0, qPrintable(describe(stats)));
        QCOMPARE(stats.json().value(QStringLiteral("staff")).toInt(), 1);
        QCOMPARE(stats.json().value(QStringLiteral("students")).toInt(), 0);

        // A database with a center in it is not replaced by the demo unless asked to.
        const Run demo = cli(
            {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--students"), QStringLiteral("20")});
        QCOMPARE(demo.exitCode, 1);
        QVERIFY2(demo.err.contains(QStringLiteral("--force")), qPrintable(describe(demo)));
        QCOMPARE(cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("students"))
                     .toInt(),
            0);
        const Run ifMissing = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--if-missing")});
        QVERIFY2(ifMissing.exitCode == 0, qPrintable(describe(ifMissing)));
        QCOMPARE(cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("staff"))
                     .toInt(),
            1);
    }

    void demoStatsCheckBackup()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
        const QString truth = dir.filePath(QStringLiteral("truth.csv"));
        const Run demo = cli(
            {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--students"), QStringLiteral("150"),
                QStringLiteral("--today"), kToday, QStringLiteral("--truth"), truth, QStringLiteral("--json")});
        QVERIFY2(demo.exitCode == 0, qPrintable(describe(demo)));
        QCOMPARE(demo.json().value(QStringLiteral("students")).toInt(), 150);
        QVERIFY(QFileInfo(truth).size() > 0);

        const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QVERIFY2(stats.exitCode == 0, qPrintable(describe(stats)));
        const QJsonObject counts = stats.json();
        QCOMPARE(counts.value(QStringLiteral("students")).toInt(), 150);
        QVERIFY(counts.value(QStringLiteral("sessions")).toInt() > 0);
        QVERIFY(counts.value(QStringLiteral("attendance")).toInt() > 0);
        QVERIFY(counts.value(QStringLiteral("sales")).toInt() > 0);

        const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
        QVERIFY2(check.exitCode == 0, qPrintable(describe(check)));
        QCOMPARE(check.out.trimmed(), QStringLiteral("ok"));
        const Run checkJson = cli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(checkJson.exitCode, 0);
        QCOMPARE(checkJson.json().value(QStringLiteral("ok")).toBool(), true);

        // --if-missing leaves a center alone; --force replaces it.
        const Run again = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--if-missing")});
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        QCOMPARE(cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("students"))
                     .toInt(),
            150);
        const Run forced = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--students"),
            QStringLiteral("40"), QStringLiteral("--force"), QStringLiteral("--today"), kToday});
        QVERIFY2(forced.exitCode == 0, qPrintable(describe(forced)));
        QCOMPARE(cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("students"))
                     .toInt(),
            40);

        // A backup is a checked, complete copy, and never overwrites a file.
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        const Run backup = cli({QStringLiteral("backup"), copy, QStringLiteral("--db"), db});
        QVERIFY2(backup.exitCode == 0, qPrintable(describe(backup)));
        const Run checkCopy = cli({QStringLiteral("check"), QStringLiteral("--db"), copy});
        QVERIFY2(checkCopy.exitCode == 0, qPrintable(describe(checkCopy)));
        QCOMPARE(cli({QStringLiteral("stats"), QStringLiteral("--db"), copy, QStringLiteral("--json")}).json(),
            cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")}).json());
        const qint64 size = QFileInfo(copy).size();
        const Run overwrite = cli({QStringLiteral("backup"), copy, QStringLiteral("--db"), db});
        QCOMPARE(overwrite.exitCode, 1);
        QVERIFY2(overwrite.err.contains(QStringLiteral("already exists")), qPrintable(describe(overwrite)));
        QCOMPARE(QFileInfo(copy).size(), size);
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--db"), db}).exitCode, 1); // no file named
    }

    void checkListsTheProblemsOfADamagedDatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--students"),
                         QStringLiteral("60"), QStringLiteral("--today"), kToday})
                     .exitCode,
            0);
        const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
        QCOMPARE(cli({QStringLiteral("backup"), damaged, QStringLiteral("--db"), db}).exitCode, 0);
        {
            // What a broken tool or a hand edit could do: bypass the append-only triggers, take hours from a
            // pack, delete a receipt (leaving its lines behind).
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            raw.setDatabaseName(damaged);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const char* statement : {"DROP TRIGGER class_hour_entries_no_update", "DROP TRIGGER sales_no_delete",
                     "UPDATE class_hour_entries SET delta = delta + 5000 WHERE id = (SELECT min(id) FROM "
                     "class_hour_entries WHERE reason = 'purchase')",
                     "DELETE FROM sales WHERE receipt_seq = 3"})
                QVERIFY2(q.exec(QString::fromLatin1(statement)), statement);
            q = QSqlQuery();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));

        const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), damaged});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(QStringLiteral("Receipt numbers 3 to 3 are missing")), qPrintable(describe(check)));
        QVERIFY2(check.out.contains(QStringLiteral("purchase entries add up to")), qPrintable(describe(check)));
        QVERIFY2(check.out.contains(QStringLiteral("sale_lines")), qPrintable(describe(check))); // orphaned lines
        QVERIFY(!check.out.contains(QStringLiteral("\nok")));

        const Run json = cli({QStringLiteral("check"), QStringLiteral("--db"), damaged, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(json.json().value(QStringLiteral("problems")).toArray().size() >= 3);

        // The original is untouched.
        QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode, 0);
    }

    void missingDatabaseIsAnError()
    {
        QTemporaryDir dir;
        const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none"))});
        QCOMPARE(check.exitCode, 1);
        QVERIFY(check.err.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none"))));
        const Run badCount = cli({QStringLiteral("demo"), QStringLiteral("--db"), dir.filePath(QStringLiteral("x")),
            QStringLiteral("--students"), QStringLiteral("many")});
        QCOMPARE(badCount.exitCode, 1);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x"))));
    }

    void trainRecommendAndPredictOnTheDemo()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
        const QStringList today = {QStringLiteral("--today"), kToday};
        QCOMPARE(cli(QStringList {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--students"),
                         QStringLiteral("300")}
                     + today)
                     .exitCode,
            0);
        // Before training, the desk is told to train first.
        const Run untrained = cli(QStringList {QStringLiteral("predict"), QStringLiteral("--db"), db,
                                      QStringLiteral("--student"), QStringLiteral("S000001")}
            + today);
        QCOMPARE(untrained.exitCode, 1);
        QVERIFY2(untrained.err.contains(QStringLiteral("train")), qPrintable(describe(untrained)));

        const Run train
            = cli(QStringList {QStringLiteral("train"), QStringLiteral("--db"), db, QStringLiteral("--json")} + today);
        QVERIFY2(train.exitCode == 0, qPrintable(describe(train)));
        const QJsonObject recommenders = train.json().value(QStringLiteral("recommenders")).toObject();
        const double hybrid
            = recommenders.value(QStringLiteral("hybrid")).toObject().value(QStringLiteral("ndcg")).toDouble();
        const double pop
            = recommenders.value(QStringLiteral("pop")).toObject().value(QStringLiteral("ndcg")).toDouble();
        QVERIFY2(hybrid > pop, qPrintable(train.out));
        QVERIFY2(train.json().value(QStringLiteral("churn")).toObject().value(QStringLiteral("auc")).toDouble() > 0.6,
            qPrintable(train.out));
        QCOMPARE(train.json().value(QStringLiteral("churn")).toObject().value(QStringLiteral("version")).toInt(), 1);

        // A student who finished a course (the demo's oldest students have).
        QString code;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("insights"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("SELECT s.code FROM students s JOIN enrollments e ON e.student_id = s.id "
                                          "WHERE e.status = 'completed' ORDER BY s.id LIMIT 1")));
            QVERIFY(q.next());
            code = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("insights"));

        const Run recommend = cli(QStringList {QStringLiteral("recommend"), QStringLiteral("--db"), db,
                                      QStringLiteral("--student"), code, QStringLiteral("--json")}
            + today);
        QVERIFY2(recommend.exitCode == 0, qPrintable(describe(recommend)));
        const QJsonArray items = recommend.json().value(QStringLiteral("items")).toArray();
        QVERIFY2(!items.isEmpty() && items.size() <= 5, qPrintable(recommend.out));
        for (const QJsonValue& item : items)
            QVERIFY(!item.toObject().value(QStringLiteral("reason")).toString().isEmpty());
        const Run table = cli(
            QStringList {QStringLiteral("recommend"), QStringLiteral("--db"), db, QStringLiteral("--student"), code}
            + today);
        QVERIFY2(table.out.contains(items.first().toObject().value(QStringLiteral("title")).toString()),
            qPrintable(table.out));

        const Run predict = cli(QStringList {QStringLiteral("predict"), QStringLiteral("--db"), db,
                                    QStringLiteral("--student"), code, QStringLiteral("--json")}
            + today);
        QVERIFY2(predict.exitCode == 0, qPrintable(describe(predict)));
        const QJsonObject churn = predict.json().value(QStringLiteral("churn")).toObject();
        const double p = churn.value(QStringLiteral("probability")).toDouble();
        QVERIFY(p > 0 && p < 1);
        QCOMPARE(churn.value(QStringLiteral("factors")).toArray().size(), 3);
        const Run words
            = cli(QStringList {QStringLiteral("predict"), QStringLiteral("--db"), db, QStringLiteral("--student"), code}
                + today);
        QVERIFY2(words.out.contains(QStringLiteral("Churn risk")), qPrintable(words.out));

        const Run unknown = cli(QStringList {QStringLiteral("recommend"), QStringLiteral("--db"), db,
                                    QStringLiteral("--student"), QStringLiteral("S999999")}
            + today);
        QCOMPARE(unknown.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
