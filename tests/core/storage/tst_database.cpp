#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

std::unique_ptr<Database> openOrFail(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        qWarning() << db.error().message;
    return db ? std::move(db.value()) : nullptr;
}

// Writes a file with plain SQLite, as another program (or an older TrainingDesk) would; empty when
// every statement ran, else the first error.
QString writeRawFile(const QString& path, const QStringList& statements)
{
    QString error;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        if (!raw.open())
            return raw.lastError().text();
        QSqlQuery q(raw);
        for (const QString& statement : statements) {
            if (!q.exec(statement)) {
                error = statement + QStringLiteral(": ") + q.lastError().text();
                break;
            }
        }
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return error;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseIsCurrentAndDurable()
    {
        QTemporaryDir dir;
        auto db = openOrFail(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db);
        QCOMPARE(Schema::storedVersion(*db).value(), Schema::latestVersion());
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA journal_mode")).value().toString(), QStringLiteral("wal"));
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA synchronous")).value().toInt(), 2); // FULL
        QVERIFY(db->scalar(QStringLiteral("SELECT count(*) FROM students")).ok());
    }

    void openingTwiceChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        {
            auto db = openOrFail(path);
            QVERIFY(db);
        }
        auto first = openOrFail(path);
        auto second = openOrFail(path); // two connections at once, as the desk and a worker do
        QVERIFY(first && second);
        QCOMPARE(second->scalar(QStringLiteral("SELECT count(*) FROM schema_version")).value().toInt(),
            int(Schema::ladder().size()));
    }

    void upgradesAnOlderDatabaseInOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        auto db = openOrFail(path);
        QVERIFY(db);
        // A later step on top of the current ladder, as a future version would add.
        std::vector<Schema::Step> ladder = Schema::ladder();
        const int next = Schema::latestVersion() + 1;
        ladder.push_back({next,
            {QStringLiteral("CREATE TABLE future_thing (id INTEGER PRIMARY KEY) STRICT"),
                QStringLiteral("INSERT INTO future_thing (id) VALUES (1)")}});
        QVERIFY(Schema::upgrade(*db, ladder).ok());
        QCOMPARE(Schema::storedVersion(*db).value(), next);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM future_thing")).value().toInt(), 1);
        // Re-running the same ladder is a no-op.
        QVERIFY(Schema::upgrade(*db, ladder).ok());
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM future_thing")).value().toInt(), 1);
    }

    void upgradesAVersionOneCenterKeepingItsSales()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        // A center written by the first release: version 1's tables and one drop-in ticket line.
        QStringList v1 = {QStringLiteral("PRAGMA foreign_keys = OFF"),
            QStringLiteral(
                "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL) STRICT")};
        v1 += Schema::ladder().front().statements;
        v1 << QStringLiteral("INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00Z')")
           << QStringLiteral("INSERT INTO sale_lines (sale_id, line_no, kind, description, quantity, "
                             "unit_price_minor, total_minor) VALUES (1, 1, 'drop_in', 'Lecture', 1, 8000, 8000)");
        const QString written = writeRawFile(path, v1);
        QVERIFY2(written.isEmpty(), qPrintable(written));
        auto db = openOrFail(path);
        QVERIFY(db);
        QCOMPARE(Schema::storedVersion(*db).value(), Schema::latestVersion());
        // the old ticket is still there; its day is unset (it admits on the day it was sold)
        auto line = db->exec(QStringLiteral("SELECT description, valid_on FROM sale_lines"));
        QVERIFY(line && line.value().next());
        QCOMPARE(line.value().value(0).toString(), QStringLiteral("Lecture"));
        QVERIFY(line.value().value(1).isNull());
    }

    void failedStepLeavesNothingHalfDone()
    {
        QTemporaryDir dir;
        auto db = openOrFail(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db);
        std::vector<Schema::Step> ladder = Schema::ladder();
        const int next = Schema::latestVersion() + 1;
        ladder.push_back({next,
            {QStringLiteral("CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT"),
                QStringLiteral("THIS IS NOT SQL")}});
        const Status r = Schema::upgrade(*db, ladder);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QString::number(next)));
        QCOMPARE(Schema::storedVersion(*db).value(), Schema::latestVersion());
        QCOMPARE(
            db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")).value().toInt(),
            0);
    }

    void refusesDatabaseFromNewerVersionUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        // A file written by a future TrainingDesk, not in WAL mode.
        const QString written = writeRawFile(path,
            {QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT)"),
                QStringLiteral("INSERT INTO schema_version VALUES (999, '2030-01-01')")});
        QVERIFY2(written.isEmpty(), qPrintable(written));
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Conflict);
        QVERIFY2(db.error().message.contains(QStringLiteral("999")), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QStringLiteral("newer")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAFileThatIsNotACenterDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(writeRawFile(path, {QStringLiteral("CREATE TABLE photos (id INTEGER)")}).isEmpty());
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("not a TrainingDesk database")));
    }

    void openExistingNeedsTheFile()
    {
        QTemporaryDir dir;
        auto db = Database::openExisting(dir.filePath(QStringLiteral("missing.sqlite")));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::NotFound);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.sqlite"))));
    }

    void nestedTransactionsRollBackOnlyTheirPart()
    {
        QTemporaryDir dir;
        auto db = openOrFail(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db);
        auto outer = Transaction::begin(*db);
        QVERIFY(outer.ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO settings VALUES ('a', '1')")).ok());
        {
            auto inner = Transaction::begin(*db);
            QVERIFY(inner.ok());
            QCOMPARE(db->transactionDepth(), 2);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO settings VALUES ('b', '2')")).ok());
            // inner goes out of scope without commit: its insert is undone
        }
        QCOMPARE(db->transactionDepth(), 1);
        QVERIFY(outer.value().commit().ok());
        QCOMPARE(db->scalar(QStringLiteral("SELECT group_concat(key) FROM settings WHERE key IN ('a','b')"))
                     .value()
                     .toString(),
            QStringLiteral("a"));
    }

    void ledgersAreAppendOnly()
    {
        QTemporaryDir dir;
        auto db = openOrFail(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_uuid, action, summary) "
                                        "VALUES ('2026-01-01T00:00:00.000Z', 'x', 'e', 'u', 'a', 's')"))
                    .ok());
        const auto update = db->exec(QStringLiteral("UPDATE audit_log SET summary = 'changed'"));
        QVERIFY(!update.ok());
        QVERIFY(update.error().message.contains(QStringLiteral("append-only")));
        QVERIFY(!db->exec(QStringLiteral("DELETE FROM audit_log")).ok());
        QCOMPARE(db->scalar(QStringLiteral("SELECT summary FROM audit_log")).value().toString(), QStringLiteral("s"));
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        auto db = openOrFail(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db);
        QVERIFY(!db->exec(QStringLiteral("INSERT INTO guardians (uuid, student_id, name, relation, phone) "
                                         "VALUES ('g', 4242, 'n', 'mother', '1')"))
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
