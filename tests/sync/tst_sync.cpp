// Desks syncing through the real trainingdesk-catalog process on loopback, with faults injected by a
// proxy; once with the SQLite store and once with PostgreSQL (when TD_TEST_POSTGRES is set).
#include "SyncFixtures.h"
#include "attendance/AttendanceService.h"
#include "auth/Context.h"
#include "billing/LedgerChecks.h"
#include "billing/ReceiptNumberSequence.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "students/StudentService.h"
#include "sync/Outbox.h"
#include "sync/ServerChanges.h"
#include "sync/SyncClient.h"
#include "sync/SyncProtocol.h"
#include "sync/SyncSettings.h"
#include "sync/SyncState.h"
#include "sync/SyncTransport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace td;
using td::test::CatalogProcess;
using td::test::FaultProxy;

namespace {

// One desk: its own database file and clock.
struct Desk
{
    QTemporaryDir dir;
    FixedClock clock {QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC)};
    std::unique_ptr<Database> db;

    Context ctx() { return Context {*db, clock, Actor::system(QStringLiteral("test-desk"))}; }
    QString path() const { return dir.filePath(QStringLiteral("center.sqlite")); }

    QVariant scalar(const QString& sql, const QVariantList& bindings = {})
    {
        auto r = db->scalar(sql, bindings);
        if (!r)
            qFatal("%s: %s", qPrintable(sql), qPrintable(r.error().message));
        return r.value();
    }
    void exec(const QString& sql, const QVariantList& bindings = {})
    {
        auto r = db->exec(sql, bindings);
        if (!r)
            qFatal("%s: %s", qPrintable(sql), qPrintable(r.error().message));
    }
    qint64 count(const QString& table) { return scalar(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong(); }
    qint64 pending() { return Outbox::pendingCount(*db).value(); }
};

std::unique_ptr<Desk> openDesk(std::unique_ptr<Desk> desk)
{
    auto db = Database::open(desk->path());
    if (!db)
        qFatal("cannot open desk: %s", qPrintable(db.error().message));
    desk->db = std::move(db.value());
    return desk;
}

std::unique_ptr<Desk> newDesk()
{
    return openDesk(std::make_unique<Desk>());
}

// A second desk of the same center starts from a copy of the first one's database.
std::unique_ptr<Desk> copyOf(Desk& source)
{
    source.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    auto desk = std::make_unique<Desk>();
    if (!QFile::copy(source.path(), desk->path()))
        qFatal("cannot copy the desk database");
    desk = openDesk(std::move(desk));
    if (!SyncState::resetDeskId(*desk->db))
        qFatal("cannot reset the desk id");
    return desk;
}

QJsonObject studentPayload(Desk& desk, const QString& uuid);

struct Baseline
{
    QString sessionUuid;
    QString studentUuid;
    QString packUuid;
};

// What every desk of the center has before it first syncs: a class with one session, a student with a pack.
Baseline seedBaseline(Desk& desk)
{
    Baseline b {sql::newUuid(), sql::newUuid(), sql::newUuid()};
    const QString now = sql::fromDateTime(desk.clock.nowUtc());
    desk.exec(QStringLiteral("INSERT INTO staff (uuid, username, display_name, role, password_hash, created_at) VALUES "
                             "(?, 'teacher', 'Teacher', 'instructor', 'x', ?)"),
        {sql::newUuid(), now});
    desk.exec(QStringLiteral("INSERT INTO rooms (uuid, name, capacity) VALUES (?, 'Room 1', 20)"), {sql::newUuid()});
    desk.exec(
        QStringLiteral("INSERT INTO catalog_items (uuid, kind, title, price_minor, created_at, updated_at) VALUES "
                       "(?, 'offline_course', 'Piano', 0, ?, ?)"),
        {sql::newUuid(), now, now});
    desk.exec(
        QStringLiteral("INSERT INTO classes (uuid, course_id, name, instructor_id, room_id, capacity, start_date, "
                       "end_date, class_hours_per_session, created_at) VALUES (?, 1, 'Piano A', 1, 1, 10, "
                       "'2026-03-01', '2026-06-30', 100, ?)"),
        {sql::newUuid(), now});
    desk.exec(
        QStringLiteral("INSERT INTO sessions (uuid, class_id, starts_at, ends_at, local_date, room_id, instructor_id, "
                       "class_hours) VALUES (?, 1, '2026-03-02T02:00:00.000Z', '2026-03-02T03:00:00.000Z', "
                       "'2026-03-02', 1, 1, 100)"),
        {b.sessionUuid});
    desk.exec(
        QStringLiteral("INSERT INTO students (uuid, code, name, search_name, phone, phone_digits, created_at, "
                       "updated_at) VALUES (?, 'S000001', 'Li Wei', 'li wei', '13800138000', '13800138000', ?, ?)"),
        {b.studentUuid, now, now});
    (void)Outbox::append(desk.ctx(), QStringLiteral("student"), b.studentUuid, QStringLiteral("upsert"),
        studentPayload(desk, b.studentUuid));
    desk.exec(QStringLiteral("INSERT INTO class_hour_packs (uuid, student_id, course_id, hours_purchased, created_at) "
                             "VALUES (?, 1, 1, 1000, ?)"),
        {b.packUuid, now});
    // The staff profile, room, course, class and session go to the server with the desk's next push.
    if (!ServerChanges::queueSharedRecords(desk.ctx()))
        qFatal("cannot queue the shared records");
    return b;
}

// Local writes as the services make them: the row and its outbox entry in one transaction.
QJsonObject studentPayload(Desk& desk, const QString& uuid)
{
    auto q
        = desk.db->exec(QStringLiteral("SELECT code, name, phone, email, status FROM students WHERE uuid = ?"), {uuid});
    q.value().next();
    return QJsonObject {{QStringLiteral("uuid"), uuid}, {QStringLiteral("code"), q.value().value(0).toString()},
        {QStringLiteral("name"), q.value().value(1).toString()},
        {QStringLiteral("phone"), q.value().value(2).toString()},
        {QStringLiteral("email"), q.value().value(3).toString()},
        {QStringLiteral("status"), q.value().value(4).toString()}};
}

QString addStudent(Desk& desk, const QString& code, const QString& name, const QString& phone)
{
    const QString uuid = sql::newUuid();
    const QString now = sql::fromDateTime(desk.clock.nowUtc());
    auto tx = Transaction::begin(*desk.db);
    desk.exec(QStringLiteral("INSERT INTO students (uuid, code, name, search_name, phone, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {uuid, code, name, name.toLower(), phone, now, now});
    (void)Outbox::append(
        desk.ctx(), QStringLiteral("student"), uuid, QStringLiteral("upsert"), studentPayload(desk, uuid));
    (void)tx.value().commit();
    return uuid;
}

void editStudent(Desk& desk, const QString& uuid, const QString& column, const QString& value)
{
    auto tx = Transaction::begin(*desk.db);
    desk.exec(QStringLiteral("UPDATE students SET ") + column + QStringLiteral(" = ? WHERE uuid = ?"), {value, uuid});
    (void)Outbox::append(
        desk.ctx(), QStringLiteral("student"), uuid, QStringLiteral("upsert"), studentPayload(desk, uuid));
    (void)tx.value().commit();
}

// A class with one session, made at this desk after the desks parted; returns the session's uuid.
QString addClassWithSession(Desk& desk, const QString& name)
{
    const QString classUuid = sql::newUuid();
    const QString sessionUuid = sql::newUuid();
    const QString now = sql::fromDateTime(desk.clock.nowUtc());
    desk.exec(
        QStringLiteral("INSERT INTO classes (uuid, course_id, name, instructor_id, room_id, capacity, start_date, "
                       "end_date, class_hours_per_session, created_at) VALUES (?, 1, ?, 1, 1, 8, '2026-03-01', "
                       "'2026-06-30', 100, ?)"),
        {classUuid, name, now});
    desk.exec(
        QStringLiteral("INSERT INTO sessions (uuid, class_id, starts_at, ends_at, local_date, room_id, instructor_id, "
                       "class_hours) VALUES (?, (SELECT id FROM classes WHERE uuid = ?), '2026-03-03T02:00:00.000Z', "
                       "'2026-03-03T03:00:00.000Z', '2026-03-03', 1, 1, 100)"),
        {sessionUuid, classUuid});
    return sessionUuid;
}

void enroll(Desk& desk, const QString& sessionUuid, const QString& studentUuid)
{
    const QString uuid = sql::newUuid();
    const QString now = sql::fromDateTime(desk.clock.nowUtc());
    const QString classUuid = desk.scalar(QStringLiteral("SELECT c.uuid FROM sessions s JOIN classes c ON c.id = "
                                                         "s.class_id WHERE s.uuid = ?"),
                                      {sessionUuid})
                                  .toString();
    auto tx = Transaction::begin(*desk.db);
    desk.exec(QStringLiteral("INSERT INTO enrollments (uuid, class_id, student_id, status, requested_at, updated_at) "
                             "VALUES (?, (SELECT id FROM classes WHERE uuid = ?), (SELECT id FROM students WHERE uuid "
                             "= ?), 'enrolled', ?, ?)"),
        {uuid, classUuid, studentUuid, now, now});
    (void)Outbox::append(desk.ctx(), QStringLiteral("enrollment"), uuid, QStringLiteral("upsert"),
        QJsonObject {{QStringLiteral("uuid"), uuid}, {QStringLiteral("class_uuid"), classUuid},
            {QStringLiteral("student_uuid"), studentUuid}, {QStringLiteral("status"), QStringLiteral("enrolled")},
            {QStringLiteral("requested_at"), now}, {QStringLiteral("updated_at"), now}});
    (void)tx.value().commit();
}

void checkIn(Desk& desk, const Baseline& b)
{
    const QString attendance = sql::newUuid();
    const QString entry = sql::newUuid();
    const QString now = sql::fromDateTime(desk.clock.nowUtc());
    auto tx = Transaction::begin(*desk.db);
    desk.exec(QStringLiteral("INSERT INTO attendance (uuid, session_id, student_id, status, recorded_at) VALUES (?, "
                             "(SELECT id FROM sessions WHERE uuid = ?), (SELECT id FROM students WHERE uuid = ?), "
                             "'present', ?)"),
        {attendance, b.sessionUuid, b.studentUuid, now});
    (void)Outbox::append(desk.ctx(), QStringLiteral("attendance"), attendance, QStringLiteral("upsert"),
        QJsonObject {{QStringLiteral("uuid"), attendance}, {QStringLiteral("session_uuid"), b.sessionUuid},
            {QStringLiteral("student_uuid"), b.studentUuid}, {QStringLiteral("status"), QStringLiteral("present")},
            {QStringLiteral("recorded_at"), now}, {QStringLiteral("recorded_by"), QJsonValue()}});
    desk.exec(QStringLiteral("INSERT INTO class_hour_entries (uuid, pack_id, delta, reason, attendance_id, created_at) "
                             "VALUES (?, (SELECT id FROM class_hour_packs WHERE uuid = ?), -100, 'attendance', "
                             "(SELECT id FROM attendance WHERE uuid = ?), ?)"),
        {entry, b.packUuid, attendance, now});
    (void)Outbox::append(desk.ctx(), QStringLiteral("class_hour_entry"), entry, QStringLiteral("add"),
        QJsonObject {{QStringLiteral("uuid"), entry}, {QStringLiteral("pack_uuid"), b.packUuid},
            {QStringLiteral("delta"), -100}, {QStringLiteral("reason"), QStringLiteral("attendance")},
            {QStringLiteral("attendance_uuid"), attendance}, {QStringLiteral("note"), QString()},
            {QStringLiteral("created_at"), now}});
    (void)tx.value().commit();
}

// A sale numbered by the desk's own receipt sequence (its desk code's series); returns its receipt number.
QString sell(Desk& desk, const QString& studentUuid, qint64 total)
{
    const QString uuid = sql::newUuid();
    const QString now = sql::fromDateTime(desk.clock.nowUtc());
    auto tx = Transaction::begin(*desk.db);
    auto number = ReceiptNumberSequence::next(*desk.db);
    if (!number)
        qFatal("no receipt number: %s", qPrintable(number.error().message));
    desk.exec(QStringLiteral("INSERT INTO sales (uuid, receipt_series, receipt_seq, receipt_no, kind, student_id, "
                             "method, subtotal_minor, total_minor, created_at, business_date) VALUES (?, ?, ?, ?, "
                             "'sale', (SELECT id FROM students WHERE uuid = ?), 'cash', ?, ?, ?, '2026-03-02')"),
        {uuid, number->series, number->seq, number->text, studentUuid, total, total, now});
    desk.exec(
        QStringLiteral("INSERT INTO sale_lines (sale_id, line_no, kind, description, quantity, unit_price_minor, "
                       "total_minor) VALUES ((SELECT id FROM sales WHERE uuid = ?), 1, 'material', 'Book', 1, ?, ?)"),
        {uuid, total, total});
    const QJsonArray lines {
        QJsonObject {{QStringLiteral("line_no"), 1}, {QStringLiteral("kind"), QStringLiteral("material")},
            {QStringLiteral("description"), QStringLiteral("Book")}, {QStringLiteral("quantity"), 1},
            {QStringLiteral("unit_price_minor"), total}, {QStringLiteral("total_minor"), total}}};
    (void)Outbox::append(desk.ctx(), QStringLiteral("sale"), uuid, QStringLiteral("add"),
        QJsonObject {{QStringLiteral("uuid"), uuid}, {QStringLiteral("receipt_no"), number->text},
            {QStringLiteral("receipt_series"), number->series}, {QStringLiteral("receipt_seq"), number->seq},
            {QStringLiteral("kind"), QStringLiteral("sale")}, {QStringLiteral("student_uuid"), studentUuid},
            {QStringLiteral("method"), QStringLiteral("cash")}, {QStringLiteral("subtotal_minor"), total},
            {QStringLiteral("total_minor"), total}, {QStringLiteral("created_at"), now},
            {QStringLiteral("business_date"), QStringLiteral("2026-03-02")}, {QStringLiteral("lines"), lines}});
    (void)tx.value().commit();
    return number->text;
}

void setDeskCode(Desk& desk, const QString& code)
{
    auto values = SyncSettings::load(*desk.db);
    values.value().deskCode = code;
    if (auto saved = SyncSettings::save(desk.ctx(), values.value()); !saved)
        qFatal("cannot set the desk code: %s", qPrintable(saved.error().message));
}

// What must be the same on every desk of a center, as sorted text.
QStringList snapshot(Desk& desk)
{
    const QStringList queries = {
        QStringLiteral("SELECT 'student', uuid, code, name, coalesce(phone, ''), coalesce(email, '') FROM students"),
        QStringLiteral("SELECT 'attendance', a.uuid, se.uuid, st.uuid, a.status FROM attendance a JOIN sessions se ON "
                       "se.id = a.session_id JOIN students st ON st.id = a.student_id"),
        QStringLiteral("SELECT 'balance', p.uuid, p.hours_purchased + coalesce(sum(e.delta), 0), count(e.id) FROM "
                       "class_hour_packs p LEFT JOIN class_hour_entries e ON e.pack_id = p.id GROUP BY p.id"),
        QStringLiteral("SELECT 'sale', s.uuid, s.receipt_series, s.receipt_seq, s.receipt_no, s.kind, s.total_minor, "
                       "(SELECT count(*) FROM sale_lines l "
                       "WHERE l.sale_id = s.id) FROM sales s"),
        QStringLiteral("SELECT 'catalog', uuid, title, price_minor, active FROM catalog_items WHERE source = 'online'"),
        QStringLiteral("SELECT 'room', name, capacity FROM rooms"),
        QStringLiteral("SELECT 'class', c.uuid, c.name, i.uuid, c.capacity FROM classes c JOIN catalog_items i ON i.id "
                       "= c.course_id"),
        QStringLiteral("SELECT 'session', s.uuid, c.uuid, s.starts_at, s.class_hours FROM sessions s JOIN classes c "
                       "ON c.id = s.class_id"),
        QStringLiteral("SELECT 'enrollment', e.uuid, c.uuid, st.uuid, e.status FROM enrollments e JOIN classes c ON "
                       "c.id = e.class_id JOIN students st ON st.id = e.student_id"),
        QStringLiteral(
            "SELECT 'online', o.uuid, st.uuid, o.kind, coalesce(o.progress_percent, -1) FROM online_activity o "
            "JOIN students st ON st.id = o.student_id"),
    };
    QStringList lines;
    for (const QString& sql : queries) {
        auto q = desk.db->exec(sql);
        if (!q)
            qFatal("%s", qPrintable(q.error().message));
        while (q.value().next()) {
            QStringList fields;
            for (int i = 0; i < q.value().record().count(); ++i)
                fields.append(q.value().value(i).toString());
            lines.append(fields.join(u'|'));
        }
    }
    lines.sort();
    return lines;
}

const QByteArray kCatalog = R"({"items": [
  {"online_id": "course-py1", "kind": "online_course", "title": "Python I", "category": "programming", "price_minor": 19900},
  {"online_id": "ebook-music", "kind": "ebook", "title": "Music Theory", "category": "music", "price_minor": 4900},
  {"online_id": "plan-year", "kind": "membership_plan", "title": "Yearly membership", "price_minor": 99900, "duration_days": 365}
]})";

} // namespace

class tst_Sync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void plainHttpIsRefusedExceptLoopback();
    void untrustedTlsCertificateIsRefusedNotIgnored();
    void desksOfTwoCentersConverge();
    void theSameBatchTwiceChangesNothing();
    void connectionDroppedAfterTheServerCommitted();
    void serverKilledDuringAPushAndRestarted();
    void transientFailuresLoseAndDoubleNothing();
    void wrongTokenIsRefusedAndTouchesNothing();
    void incompatibleServerIsRefusedBeforeSending();
    void rejectedMutationDoesNotBlockTheRest();
    void hugeRequestBodyIsRefusedUnread();
    void onlineActivityReachesLinkedStudents();
    void aCenterThatWorkedBeforeItsFirstSyncSendsItsStudents();
    void aDeskWithAnotherDesksCodeIsRefusedAndChangesNothing();
    void deletionsReachTheOtherDesks();
    void studentsRegisteredOfflineAtTwoDesksGetDistinctCodes();

private:
    SyncReport sync(Desk& desk, const QString& url, const QString& token, int attempts = 2);
    // The uuids of the server's changes of one entity for this center, in order.
    QStringList serverChanges(const QString& entity);
    QString postgresDatabase();

    std::unique_ptr<CatalogProcess> m_server;
    QString m_token;
    QString m_otherToken;
    QString m_pgDatabase;
};

void tst_Sync::initTestCase_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgres") << true;
}

QString tst_Sync::postgresDatabase()
{
    const QString base = qEnvironmentVariable("TD_TEST_POSTGRES");
    m_pgDatabase = QStringLiteral("td_sync_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-admin"));
        for (const QString& pair : base.split(u' ', Qt::SkipEmptyParts)) {
            const QString key = pair.section(u'=', 0, 0);
            const QString value = pair.section(u'=', 1);
            if (key == QLatin1String("host"))
                admin.setHostName(value);
            else if (key == QLatin1String("port"))
                admin.setPort(value.toInt());
            else if (key == QLatin1String("user"))
                admin.setUserName(value);
            else if (key == QLatin1String("dbname"))
                admin.setDatabaseName(value);
        }
        if (!admin.open())
            qFatal("cannot reach PostgreSQL: %s", qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        if (!q.exec(QStringLiteral("CREATE DATABASE ") + m_pgDatabase))
            qFatal("cannot create a database: %s", qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
    QString connection = base;
    connection.replace(QRegularExpression(QStringLiteral("dbname=\\S+")), QStringLiteral("dbname=") + m_pgDatabase);
    return connection;
}

void tst_Sync::init()
{
    QFETCH_GLOBAL(bool, postgres);
    QString connection;
    if (postgres) {
        if (qEnvironmentVariableIsEmpty("TD_TEST_POSTGRES"))
            QSKIP("TD_TEST_POSTGRES is not set: no PostgreSQL server for this run.");
        connection = postgresDatabase();
    }
    m_server = std::make_unique<CatalogProcess>(connection);
    QVERIFY(m_server->loadCatalog(kCatalog));
    m_token = m_server->addCenter(QStringLiteral("Harbour Center"));
    m_otherToken = m_server->addCenter(QStringLiteral("Hill Center"));
    QVERIFY(m_token.startsWith(QLatin1String("tdc_")));
    QVERIFY(m_otherToken.startsWith(QLatin1String("tdc_")));
    QVERIFY(m_server->start());
}

void tst_Sync::cleanup()
{
    m_server.reset();
    if (!m_pgDatabase.isEmpty()) {
        // Dropped by the next run's throwaway cluster anyway; leaving it costs nothing.
        m_pgDatabase.clear();
    }
}

SyncReport tst_Sync::sync(Desk& desk, const QString& url, const QString& token, int attempts)
{
    SyncTransport::Config config;
    config.server = QUrl(url);
    config.token = token;
    config.transferTimeoutMs = 8000;
    SyncTransport transport(config);
    SyncClient::Options options;
    options.maxAttempts = attempts;
    options.backoffBaseMs = 20;
    options.backoffMaxMs = 100;
    return SyncClient(*desk.db, desk.clock, transport, options).run();
}

QStringList tst_Sync::serverChanges(const QString& entity)
{
    SyncTransport::Config config;
    config.server = QUrl(m_server->url());
    config.token = m_token;
    SyncTransport transport(config);
    QStringList uuids;
    qint64 since = 0;
    while (true) {
        const SyncReply reply = transport.sendAndWait(SyncRequest::get(QStringLiteral("/api/v1/changes"))
                                                          .with(QStringLiteral("since"), QString::number(since))
                                                          .with(QStringLiteral("limit"), QStringLiteral("1000")));
        auto page = sync::Protocol::parseChangePage(reply.body);
        if (!page)
            return {};
        for (const sync::Change& change : page->changes)
            if (change.entity == entity)
                uuids.append(change.uuid);
        since = page->next;
        if (!page->more)
            return uuids;
    }
}

void tst_Sync::plainHttpIsRefusedExceptLoopback()
{
    QVERIFY(!SyncTransport::validateServerUrl(QUrl(QStringLiteral("http://catalog.example.com"))));
    QVERIFY(!SyncTransport::validateServerUrl(QUrl(QStringLiteral("http://192.168.1.20:8470"))));
    QVERIFY(!SyncTransport::validateServerUrl(QUrl(QStringLiteral("ftp://127.0.0.1"))));
    QVERIFY(SyncTransport::validateServerUrl(QUrl(QStringLiteral("https://catalog.example.com"))));
    QVERIFY(SyncTransport::validateServerUrl(QUrl(QStringLiteral("http://127.0.0.1:8470"))));
    QVERIFY(SyncTransport::validateServerUrl(QUrl(QStringLiteral("http://localhost:8470"))));
    QVERIFY(SyncTransport::validateServerUrl(QUrl(QStringLiteral("http://[::1]:8470"))));

    auto desk = newDesk();
    addStudent(*desk, QStringLiteral("S000009"), QStringLiteral("Zhao"), QStringLiteral("13900000009"));
    const SyncReport report = sync(*desk, QStringLiteral("http://catalog.example.com"), m_token);
    QCOMPARE(report.outcome, SyncReport::Outcome::Refused);
    QVERIFY(report.message.contains(QLatin1String("https://")));
    QCOMPARE(desk->pending(), 1);
}

void tst_Sync::untrustedTlsCertificateIsRefusedNotIgnored()
{
    QFETCH_GLOBAL(bool, postgres);
    if (postgres)
        QSKIP("TLS does not depend on the store; the SQLite row covers it.");
    // A self-signed certificate: exactly what someone listening in would present.
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        QSKIP("openssl is not available to make a test certificate.");
    m_server->kill();
    QVERIFY(m_server->start({QStringLiteral("--cert"), cert, QStringLiteral("--key"), key}));

    auto desk = newDesk();
    addStudent(*desk, QStringLiteral("S000011"), QStringLiteral("Tang"), QStringLiteral("13900000011"));
    const QStringList before = snapshot(*desk);
    const SyncReport report = sync(*desk, QStringLiteral("https://127.0.0.1:%1").arg(m_server->port()), m_token);
    QCOMPARE(report.outcome, SyncReport::Outcome::Refused); // shown to staff, not retried as "unreachable"
    QVERIFY2(report.message.contains(QLatin1String("TLS certificate is not trusted")), qPrintable(report.message));
    QCOMPARE(desk->pending(), 1);
    QCOMPARE(snapshot(*desk), before);
    // Nothing reached the server: a desk with the right address over plain loopback http sees no student.
    m_server->kill();
    QVERIFY(m_server->start());
    auto other = newDesk();
    QVERIFY(sync(*other, m_server->url(), m_token).ok());
    QCOMPARE(other->count(QStringLiteral("students")), 0);
}

void tst_Sync::desksOfTwoCentersConverge()
{
    auto a = newDesk();
    const Baseline base = seedBaseline(*a);
    auto b = copyOf(*a);
    auto c = newDesk();
    // Each desk of the center numbers its receipts in its own series.
    setDeskCode(*a, QStringLiteral("A"));
    setDeskCode(*b, QStringLiteral("B"));

    // Offline work on all three desks.
    a->clock.advanceSecs(60);
    const QString wang
        = addStudent(*a, QStringLiteral("S000002"), QStringLiteral("Wang Fang"), QStringLiteral("13900000002"));
    editStudent(
        *a, base.studentUuid, QStringLiteral("phone"), QStringLiteral("13800000001")); // loses to b's later edit
    editStudent(
        *a, base.studentUuid, QStringLiteral("email"), QStringLiteral("li@example.com")); // nobody else edits it
    checkIn(*a, base);
    QCOMPARE(sell(*a, base.studentUuid, 12000), QStringLiteral("RA-000001"));
    QCOMPARE(sell(*a, wang, 2000), QStringLiteral("RA-000002"));

    b->clock.advanceSecs(120);
    editStudent(*b, base.studentUuid, QStringLiteral("phone"), QStringLiteral("13800000002"));
    checkIn(*b, base); // the same student into the same session: one check-in, one deduction in the end
    QCOMPARE(sell(*b, base.studentUuid, 3000), QStringLiteral("RB-000001"));
    QCOMPARE(sell(*b, base.studentUuid, 500), QStringLiteral("RB-000002"));

    const QString zhou
        = addStudent(*c, QStringLiteral("S000001"), QStringLiteral("Zhou"), QStringLiteral("13700000007"));

    const QString url = m_server->url();
    const SyncReport aFirst = sync(*a, url, m_token);
    QVERIFY2(aFirst.ok(), qPrintable(aFirst.message));
    const SyncReport bReport = sync(*b, url, m_token);
    QVERIFY2(bReport.ok(), qPrintable(bReport.message));
    QCOMPARE(bReport.merged, 2); // b's check-in and its deduction were a's already
    QVERIFY(sync(*c, url, m_otherToken).ok());
    const SyncReport aAgain = sync(*a, url, m_token);
    QVERIFY2(aAgain.ok(), qPrintable(aAgain.message));
    QCOMPARE(aAgain.deferred, 0);
    QVERIFY(sync(*b, url, m_token).ok());

    const QStringList snapA = snapshot(*a);
    const QStringList snapB = snapshot(*b);
    QCOMPARE(snapA, snapB);
    QCOMPARE(a->pending(), 0);
    QCOMPARE(b->pending(), 0);
    QCOMPARE(a->count(QStringLiteral("sync_deferred")), 0);
    QCOMPARE(b->count(QStringLiteral("sync_deferred")), 0);

    // One attendance row and one deduction everywhere; both payments everywhere.
    QCOMPARE(a->count(QStringLiteral("attendance")), 1);
    QCOMPARE(b->count(QStringLiteral("attendance")), 1);
    const QString balance
        = QStringLiteral("SELECT p.hours_purchased + coalesce(sum(e.delta), 0) FROM class_hour_packs p "
                         "LEFT JOIN class_hour_entries e ON e.pack_id = p.id WHERE p.uuid = ?");
    QCOMPARE(a->scalar(balance, {base.packUuid}).toLongLong(), 900);
    QCOMPARE(b->scalar(balance, {base.packUuid}).toLongLong(), 900);
    // Every receipt of both desks once on each, with distinct numbers, each series gapless.
    for (Desk* desk : {a.get(), b.get()}) {
        QCOMPARE(desk->count(QStringLiteral("sales")), 4);
        QCOMPARE(desk->scalar(QStringLiteral("SELECT count(DISTINCT receipt_no) FROM sales")).toLongLong(), 4);
        QCOMPARE(desk->scalar(QStringLiteral("SELECT group_concat(receipt_no, ' ') FROM (SELECT receipt_no FROM "
                                             "sales ORDER BY receipt_no)"))
                     .toString(),
            QStringLiteral("RA-000001 RA-000002 RB-000001 RB-000002"));
        // The fixture's packs have no purchase entries, so only the receipt checks speak to this.
        auto problems = LedgerChecks::run(*desk->db);
        QVERIFY(problems);
        for (const QString& problem : problems.value())
            QVERIFY2(!problem.contains(QLatin1String("Receipt")), qPrintable(problem));
    }
    QCOMPARE(a->scalar(QStringLiteral("SELECT sum(total_minor) FROM sales")).toLongLong(), 17500);
    // A's next sale continues its own series, whatever B sold meanwhile.
    QCOMPARE(sell(*a, base.studentUuid, 100), QStringLiteral("RA-000003"));

    // The student's fields merged: b's later phone, a's email; a's losing phone kept in a's audit log.
    QCOMPARE(a->scalar(QStringLiteral("SELECT phone FROM students WHERE uuid = ?"), {base.studentUuid}).toString(),
        QStringLiteral("13800000002"));
    QCOMPARE(b->scalar(QStringLiteral("SELECT email FROM students WHERE uuid = ?"), {base.studentUuid}).toString(),
        QStringLiteral("li@example.com"));
    QVERIFY(a->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_uuid = ? AND action = 'sync_merge' "
                                     "AND summary LIKE '%13800000001%'"),
                 {base.studentUuid})
                .toLongLong()
        >= 1);

    // The catalog is the server's, the same on every desk of every center.
    QCOMPARE(a->scalar(QStringLiteral("SELECT count(*) FROM catalog_items WHERE source = 'online'")).toLongLong(), 3);
    QCOMPARE(
        c->scalar(QStringLiteral("SELECT price_minor FROM catalog_items WHERE online_id = 'course-py1'")).toLongLong(),
        19900);

    // The other center sees none of this center's people, and this center none of its.
    QCOMPARE(c->scalar(QStringLiteral("SELECT count(*) FROM students WHERE uuid IN (?, ?)"), {wang, base.studentUuid})
                 .toLongLong(),
        0);
    QCOMPARE(a->scalar(QStringLiteral("SELECT count(*) FROM students WHERE uuid = ?"), {zhou}).toLongLong(), 0);

    // A class made at desk A after the desks parted reaches desk B, where a student is enrolled in it and
    // checked in; desk A then has the enrollment, the check-in and the deduction.
    const QString violin = addClassWithSession(*a, QStringLiteral("Violin B"));
    QVERIFY(sync(*a, url, m_token).ok());
    QVERIFY(sync(*b, url, m_token).ok());
    QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE uuid = ?"), {violin}).toLongLong(), 1);
    enroll(*b, violin, wang);
    const QString wangPack = sql::newUuid();
    b->exec(QStringLiteral("INSERT INTO class_hour_packs (uuid, student_id, course_id, hours_purchased, created_at) "
                           "VALUES (?, (SELECT id FROM students WHERE uuid = ?), 1, 500, ?)"),
        {wangPack, wang, sql::fromDateTime(b->clock.nowUtc())});
    (void)Outbox::append(b->ctx(), QStringLiteral("class_hour_pack"), wangPack, QStringLiteral("upsert"),
        QJsonObject {{QStringLiteral("uuid"), wangPack}, {QStringLiteral("student_uuid"), wang},
            {QStringLiteral("course_uuid"),
                b->scalar(QStringLiteral("SELECT uuid FROM catalog_items WHERE id = 1")).toString()},
            {QStringLiteral("hours_purchased"), 500},
            {QStringLiteral("created_at"), sql::fromDateTime(b->clock.nowUtc())}});
    checkIn(*b, Baseline {violin, wang, wangPack});
    const SyncReport bPushes = sync(*b, url, m_token);
    QVERIFY2(bPushes.ok(), qPrintable(bPushes.message));
    const SyncReport aPulls = sync(*a, url, m_token);
    QVERIFY2(aPulls.ok(), qPrintable(aPulls.message));
    QCOMPARE(aPulls.deferred, 0);
    QCOMPARE(a->scalar(QStringLiteral("SELECT count(*) FROM enrollments e JOIN sessions s ON s.class_id = e.class_id "
                                      "WHERE s.uuid = ?"),
                  {violin})
                 .toLongLong(),
        1);
    QCOMPARE(a->scalar(QStringLiteral("SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id "
                                      "WHERE s.uuid = ?"),
                  {violin})
                 .toLongLong(),
        1);
    QCOMPARE(a->scalar(balance, {wangPack}).toLongLong(), 400);
    QCOMPARE(snapshot(*a), snapshot(*b));
    // Nothing changed, nothing queued again: pulled rows do not echo back.
    QCOMPARE(ServerChanges::queueSharedRecords(a->ctx()).value(), 0);
    QCOMPARE(ServerChanges::queueSharedRecords(b->ctx()).value(), 0);
    // An edit at one desk (the class's session cancelled at B) reaches the other.
    b->exec(QStringLiteral("UPDATE sessions SET status = 'cancelled', cancel_reason = 'teacher ill' WHERE uuid = ?"),
        {violin});
    QVERIFY(sync(*b, url, m_token).ok());
    QVERIFY(sync(*a, url, m_token).ok());
    QCOMPARE(a->scalar(QStringLiteral("SELECT status || ': ' || cancel_reason FROM sessions WHERE uuid = ?"), {violin})
                 .toString(),
        QStringLiteral("cancelled: teacher ill"));
    QCOMPARE(a->pending(), 0);
    // Staff profiles travel without passwords; the desks' own accounts are untouched.
    QCOMPARE(a->scalar(QStringLiteral("SELECT password_hash FROM staff WHERE username = 'teacher'")).toString(),
        QStringLiteral("x"));

    // A price change and a withdrawn item on the server reach the desks on their next pull.
    QVERIFY(m_server->loadCatalog(R"({"items": [
      {"online_id": "course-py1", "kind": "online_course", "title": "Python I", "price_minor": 17900},
      {"online_id": "ebook-music", "deleted": true}
    ]})"));
    QVERIFY(sync(*b, url, m_token).ok());
    QCOMPARE(
        b->scalar(QStringLiteral("SELECT price_minor FROM catalog_items WHERE online_id = 'course-py1'")).toLongLong(),
        17900);
    QCOMPARE(
        b->scalar(QStringLiteral("SELECT count(*) FROM catalog_items WHERE online_id = 'ebook-music'")).toLongLong(),
        0);
}

void tst_Sync::theSameBatchTwiceChangesNothing()
{
    auto a = newDesk();
    const QString uuid
        = addStudent(*a, QStringLiteral("S000003"), QStringLiteral("Sun"), QStringLiteral("13900000003"));
    auto entries = Outbox::pending(*a->db, 10);
    QVERIFY(entries);
    sync::PushRequest request {QStringLiteral("desk-twice"), {}, {}};
    for (const Outbox::Entry& e : entries.value())
        request.mutations.append(
            sync::Mutation {e.mutationId, e.seq, e.entity, e.entityUuid, e.operation, e.createdAt, e.payload});

    SyncTransport::Config config;
    config.server = QUrl(m_server->url());
    config.token = m_token;
    SyncTransport transport(config);
    const QByteArray body = sync::Protocol::toJson(request);
    const SyncReply first = transport.sendAndWait(SyncRequest::post(QStringLiteral("/api/v1/push"), body));
    QVERIFY2(first.ok(), qPrintable(first.message));
    const SyncReply changesBefore = transport.sendAndWait(SyncRequest::get(QStringLiteral("/api/v1/changes")));
    const SyncReply second = transport.sendAndWait(SyncRequest::post(QStringLiteral("/api/v1/push"), body));
    QVERIFY(second.ok());
    const SyncReply changesAfter = transport.sendAndWait(SyncRequest::get(QStringLiteral("/api/v1/changes")));

    auto firstResponse = sync::Protocol::parsePushResponse(first.body);
    auto secondResponse = sync::Protocol::parsePushResponse(second.body);
    QVERIFY(firstResponse && secondResponse);
    QCOMPARE(firstResponse->results.size(), 1);
    QCOMPARE(firstResponse->results.first().status, QStringLiteral("applied"));
    QCOMPARE(secondResponse->results.size(), 1);
    QCOMPARE(secondResponse->acknowledgedSeq, firstResponse->acknowledgedSeq);
    QCOMPARE(changesAfter.body, changesBefore.body);
    auto page = sync::Protocol::parseChangePage(changesAfter.body);
    QVERIFY(page);
    int students = 0;
    for (const sync::Change& change : page->changes)
        students += change.uuid == uuid ? 1 : 0;
    QCOMPARE(students, 1);
}

void tst_Sync::connectionDroppedAfterTheServerCommitted()
{
    auto a = newDesk();
    const Baseline base = seedBaseline(*a);
    auto b = copyOf(*a);
    setDeskCode(*b, QStringLiteral("B"));
    checkIn(*a, base);
    sell(*a, base.studentUuid, 5000);
    FaultProxy proxy(m_server->port());
    proxy.inject(FaultProxy::Fault::DropAfterUpstream, QStringLiteral("/api/v1/push"));

    // The server commits the batch, the desk never hears back. Qt may resend the request on its own
    // (a connection closed before any answer); either way the server must not apply it twice.
    const qint64 before = a->pending();
    const SyncReport lost = sync(*a, proxy.url(), m_token, 1);
    QCOMPARE(proxy.faultsLeft(), 0);
    if (!lost.ok()) {
        QCOMPARE(lost.outcome, SyncReport::Outcome::Unreachable);
        QCOMPARE(a->pending(), before); // the desk did not hear back, so it keeps them
        const SyncReport again = sync(*a, proxy.url(), m_token, 1);
        QVERIFY2(again.ok(), qPrintable(again.message));
    }
    QCOMPARE(a->pending(), 0);
    QVERIFY(sync(*b, m_server->url(), m_token).ok());
    QCOMPARE(b->count(QStringLiteral("attendance")), 1);
    QCOMPARE(b->count(QStringLiteral("class_hour_entries")), 1);
    QCOMPARE(b->count(QStringLiteral("sales")), 1);
    QCOMPARE(snapshot(*a), snapshot(*b));
}

void tst_Sync::serverKilledDuringAPushAndRestarted()
{
    auto a = newDesk();
    {
        auto tx = Transaction::begin(*a->db);
        for (int i = 0; i < 1500; ++i)
            (void)Outbox::append(a->ctx(), QStringLiteral("feedback"), sql::newUuid(), QStringLiteral("add"),
                QJsonObject {{QStringLiteral("rating"), 1 + i % 5},
                    {QStringLiteral("comment"), QStringLiteral("fine %1").arg(i)}});
        QVERIFY(tx.value().commit());
    }
    QTimer::singleShot(40, this, [this] { m_server->kill(); });
    const SyncReport cut = sync(*a, m_server->url(), m_token, 1);
    const qint64 left = a->pending();
    QVERIFY(cut.outcome == SyncReport::Outcome::Unreachable || left == 0);

    QVERIFY(m_server->start()); // same port, same store
    const SyncReport resumed = sync(*a, m_server->url(), m_token);
    QVERIFY2(resumed.ok(), qPrintable(resumed.message));
    QCOMPARE(a->pending(), 0);
    QCOMPARE(cut.pushed + resumed.pushed, 1500);

    // The server holds each feedback exactly once.
    const QStringList uuids = serverChanges(QStringLiteral("feedback"));
    QCOMPARE(uuids.size(), 1500);
    QCOMPARE(QSet<QString>(uuids.begin(), uuids.end()).size(), 1500);
}

void tst_Sync::transientFailuresLoseAndDoubleNothing()
{
    using Fault = FaultProxy::Fault;
    auto a = newDesk();
    const Baseline base = seedBaseline(*a);
    auto b = copyOf(*a);
    setDeskCode(*b, QStringLiteral("B"));
    FaultProxy proxy(m_server->port());
    // A push presents the desk code first (an empty batch), then sends the batch: faults hit either.
    struct Case
    {
        Fault fault;
        QString path;
        int skip = 0;
    };
    const QList<Case> cases = {
        {Fault::Status500, QStringLiteral("/api/v1/push")},
        {Fault::Garbage, QStringLiteral("/api/v1/push")},
        {Fault::Silent, QStringLiteral("/api/v1/push")},
        {Fault::Status500, QStringLiteral("/api/v1/push"), 1},
        {Fault::Status503, QStringLiteral("/api/v1/push"), 1},
        {Fault::Garbage, QStringLiteral("/api/v1/push"), 1},
        {Fault::Truncated, QStringLiteral("/api/v1/push"), 1},
        {Fault::Huge, QStringLiteral("/api/v1/push"), 1},
        {Fault::Silent, QStringLiteral("/api/v1/push"), 1},
        {Fault::Status500, QStringLiteral("/api/v1/changes")},
        {Fault::Garbage, QStringLiteral("/api/v1/changes")},
        {Fault::Truncated, QStringLiteral("/api/v1/changes")},
        {Fault::Huge, QStringLiteral("/api/v1/changes")},
        {Fault::Silent, QStringLiteral("/api/status")},
    };
    int round = 0;
    for (const auto& [fault, path, skip] : cases) {
        ++round;
        a->clock.advanceSecs(60);
        const QString uuid = addStudent(*a, QStringLiteral("S1%1").arg(round, 5, 10, QLatin1Char('0')),
            QStringLiteral("Student %1").arg(round), QStringLiteral("1390000%1").arg(round, 4, 10, QLatin1Char('0')));
        const QStringList before = snapshot(*a);
        const qint64 pendingBefore = a->pending();
        proxy.inject(fault, path, 1, skip);
        const SyncReport failed = sync(*a, proxy.url(), m_token, 1);
        QVERIFY2(failed.outcome == SyncReport::Outcome::Unreachable,
            qPrintable(QStringLiteral("round %1: %2").arg(round).arg(failed.message)));
        QCOMPARE(proxy.faultsLeft(), 0);
        QCOMPARE(snapshot(*a), before); // local data untouched
        if (path == QLatin1String("/api/v1/changes"))
            QCOMPARE(a->pending(), 0); // the push before it went through
        else
            QCOMPARE(a->pending(), pendingBefore);
        const SyncReport next = sync(*a, proxy.url(), m_token, 1);
        QVERIFY2(next.ok(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(next.message)));
        QCOMPARE(a->pending(), 0);
        QCOMPARE(a->scalar(QStringLiteral("SELECT count(*) FROM students WHERE uuid = ?"), {uuid}).toLongLong(), 1);
    }
    QVERIFY(sync(*b, m_server->url(), m_token).ok());
    QCOMPARE(snapshot(*a), snapshot(*b));
    QCOMPARE(b->count(QStringLiteral("students")), 1 + cases.size());
    // The history shows every run, failed ones with their reason.
    auto history = SyncState::history(*a->db);
    QVERIFY(history);
    QCOMPARE(history->size(), 2 * cases.size());
    QCOMPARE(history->last().outcome, QStringLiteral("unreachable"));
    QVERIFY(!history->last().message.isEmpty());
}

void tst_Sync::wrongTokenIsRefusedAndTouchesNothing()
{
    auto a = newDesk();
    addStudent(*a, QStringLiteral("S000004"), QStringLiteral("Qian"), QStringLiteral("13900000004"));
    const QStringList before = snapshot(*a);
    for (const QString& token : QStringList {QStringLiteral("tdc_wrong"), QString(), m_token + QStringLiteral("x")}) {
        const SyncReport report = sync(*a, m_server->url(), token);
        QCOMPARE(report.outcome, SyncReport::Outcome::Refused);
        QVERIFY2(report.message.contains(QLatin1String("token")), qPrintable(report.message));
        QCOMPARE(a->pending(), 1);
        QCOMPARE(snapshot(*a), before);
    }
    // Nothing reached the server.
    auto b = newDesk();
    QVERIFY(sync(*b, m_server->url(), m_token).ok());
    QCOMPARE(b->count(QStringLiteral("students")), 0);
}

void tst_Sync::incompatibleServerIsRefusedBeforeSending()
{
    auto a = newDesk();
    addStudent(*a, QStringLiteral("S000005"), QStringLiteral("Zhou"), QStringLiteral("13900000005"));
    FaultProxy proxy(m_server->port());
    proxy.inject(FaultProxy::Fault::OtherVersion, QStringLiteral("/api/status"));
    const SyncReport report = sync(*a, proxy.url(), m_token);
    QCOMPARE(report.outcome, SyncReport::Outcome::Refused);
    QVERIFY2(report.message.contains(QString::fromUtf8("2–3")), qPrintable(report.message));
    QCOMPARE(proxy.requestsSeen(), 1); // nothing pushed after the status check
    QCOMPARE(a->pending(), 1);

    // A request to a version the server does not speak names the versions it does.
    SyncTransport::Config config;
    config.server = QUrl(m_server->url());
    config.token = m_token;
    SyncTransport transport(config);
    const SyncReply v7 = transport.sendAndWait(SyncRequest::get(QStringLiteral("/api/v7/changes")));
    QCOMPARE(v7.outcome, SyncReply::Outcome::Refused);
    QCOMPARE(v7.httpStatus, 404);
    QVERIFY(v7.body.contains("unsupported_api_version"));
}

void tst_Sync::rejectedMutationDoesNotBlockTheRest()
{
    auto a = newDesk();
    const QString before
        = addStudent(*a, QStringLiteral("S000006"), QStringLiteral("Wu"), QStringLiteral("13900000006"));
    // A payment may not be edited: the server refuses this one for good.
    (void)Outbox::append(a->ctx(), QStringLiteral("sale"), sql::newUuid(), QStringLiteral("upsert"),
        QJsonObject {{QStringLiteral("total_minor"), 1}});
    const QString after
        = addStudent(*a, QStringLiteral("S000007"), QStringLiteral("Zheng"), QStringLiteral("13900000007"));
    const SyncReport report = sync(*a, m_server->url(), m_token);
    QVERIFY2(report.ok(), qPrintable(report.message));
    QCOMPARE(report.pushed, 2);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(report.rejections.size(), 1);
    auto rejected = Outbox::rejected(*a->db);
    QVERIFY(rejected);
    QCOMPARE(rejected->size(), 1);
    QCOMPARE(rejected->first().entity, QStringLiteral("sale"));
    QVERIFY(!rejected->first().error.isEmpty());
    QCOMPARE(a->pending(), 0);
    // Not sent again.
    const SyncReport next = sync(*a, m_server->url(), m_token);
    QCOMPARE(next.pushed + next.rejected, 0);

    auto b = newDesk();
    setDeskCode(*b, QStringLiteral("B"));
    QVERIFY(sync(*b, m_server->url(), m_token).ok());
    QCOMPARE(
        b->scalar(QStringLiteral("SELECT count(*) FROM students WHERE uuid IN (?, ?)"), {before, after}).toLongLong(),
        2);
}

void tst_Sync::hugeRequestBodyIsRefusedUnread()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray head = "POST /api/v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token.toUtf8()
        + "\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n";
    socket.write(head + QByteArray(64 * 1024, '{'));
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    // The server is still there for everyone else.
    auto a = newDesk();
    QVERIFY(sync(*a, m_server->url(), m_token).ok());
}

void tst_Sync::onlineActivityReachesLinkedStudents()
{
    auto a = newDesk();
    const QString linked
        = addStudent(*a, QStringLiteral("S000008"), QStringLiteral("Feng"), QStringLiteral("13900000008"));
    const QString unlinked = addStudent(*a, QStringLiteral("S000010"), QStringLiteral("Chen"), QString());
    QVERIFY(sync(*a, m_server->url(), m_token).ok());
    QVERIFY(!m_server->admin({QStringLiteral("seed-demo"), QStringLiteral("Harbour Center")}).isEmpty());
    // Seeding again makes nothing new.
    QVERIFY(m_server->admin({QStringLiteral("seed-demo"), QStringLiteral("Harbour Center")}).startsWith("0 "));
    QVERIFY(sync(*a, m_server->url(), m_token).ok());
    QVERIFY(a->scalar(QStringLiteral("SELECT count(*) FROM online_activity o JOIN students s ON s.id = o.student_id "
                                     "WHERE s.uuid = ? AND o.kind = 'purchase'"),
                 {linked})
                .toLongLong()
        >= 1);
    QCOMPARE(a->scalar(QStringLiteral("SELECT count(*) FROM online_activity o JOIN students s ON s.id = o.student_id "
                                      "WHERE s.uuid = ?"),
                  {unlinked})
                 .toLongLong(),
        0);
    QCOMPARE(a->count(QStringLiteral("sync_deferred")), 0);
    // The other center's desks learn nothing of these learners.
    auto c = newDesk();
    QVERIFY(sync(*c, m_server->url(), m_otherToken).ok());
    QCOMPARE(c->count(QStringLiteral("online_activity")), 0);
}

void tst_Sync::aCenterThatWorkedBeforeItsFirstSyncSendsItsStudents()
{
    // Students and an online item written before the desk ever synced (as the demo generator does).
    auto a = newDesk();
    const QString now = sql::fromDateTime(a->clock.nowUtc());
    for (int i = 1; i <= 3; ++i)
        a->exec(QStringLiteral("INSERT INTO students (uuid, code, name, search_name, phone, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            // Made in one millisecond, as the demo makes its students: uuids alike but for their last digits.
            {QStringLiteral("01a23f35-7e00-7000-8000-00000000000%1").arg(i), QStringLiteral("S00000%1").arg(i),
                QStringLiteral("Old %1").arg(i), QStringLiteral("old %1").arg(i), QStringLiteral("1370000000%1").arg(i),
                now, now});
    a->exec(
        QStringLiteral("INSERT INTO catalog_items (uuid, kind, title, price_minor, source, online_id, created_at, "
                       "updated_at) VALUES (?, 'online_course', 'Python I (old copy)', 1, 'online', 'course-py1', ?, "
                       "?)"),
        {sql::newUuid(), now, now});
    auto queued = StudentService::queueUnsyncedForSync(a->ctx());
    QVERIFY(queued);
    QCOMPARE(queued.value(), 3);
    QCOMPARE(StudentService::queueUnsyncedForSync(a->ctx()).value(), 0); // each once
    const SyncReport first = sync(*a, m_server->url(), m_token);
    QVERIFY2(first.ok(), qPrintable(first.message));
    // The desk's own copy of an online item took the server's identity and values: one row, not two.
    QCOMPARE(
        a->scalar(QStringLiteral("SELECT count(*) FROM catalog_items WHERE online_id = 'course-py1'")).toLongLong(), 1);
    QCOMPARE(a->scalar(QStringLiteral("SELECT title FROM catalog_items WHERE online_id = 'course-py1'")).toString(),
        QStringLiteral("Python I"));
    QCOMPARE(a->count(QStringLiteral("sync_deferred")), 0);
    // The server can now seed their online history, and another desk of the center gets all three.
    QVERIFY(m_server->admin({QStringLiteral("seed-demo"), QStringLiteral("Harbour Center")}).startsWith("3 "));
    auto b = newDesk();
    setDeskCode(*b, QStringLiteral("B"));
    QVERIFY(sync(*b, m_server->url(), m_token).ok());
    QCOMPARE(b->count(QStringLiteral("students")), 3);
}

void tst_Sync::aDeskWithAnotherDesksCodeIsRefusedAndChangesNothing()
{
    auto a = newDesk();
    const Baseline base = seedBaseline(*a);
    setDeskCode(*a, QStringLiteral("A"));
    QVERIFY(sync(*a, m_server->url(), m_token).ok());

    // A second desk set up from a copy of the first keeps its desk code: both would print RA- receipts.
    auto b = copyOf(*a);
    b->clock.advanceSecs(60);
    const QString newcomer
        = addStudent(*b, QStringLiteral("S000020"), QStringLiteral("Lin"), QStringLiteral("13900000020"));
    const QStringList before = snapshot(*b);
    const qint64 outboxBefore = b->count(QStringLiteral("outbox"));
    const qint64 cursorBefore = SyncState::pullCursor(*b->db).value();
    FaultProxy proxy(m_server->port());
    for (int run = 1; run <= 2; ++run) {
        const SyncReport refused = sync(*b, proxy.url(), m_token, 4);
        QCOMPARE(refused.outcome, SyncReport::Outcome::Refused);
        QVERIFY2(refused.message.contains(QLatin1String("desk code A")), qPrintable(refused.message));
        QCOMPARE(refused.pushed + refused.pulled, 0);
        // The version check and the one push that presented the code: a refusal is not retried.
        QCOMPARE(proxy.requestsSeen(), 2 * run);
        QCOMPARE(snapshot(*b), before);
        QCOMPARE(b->count(QStringLiteral("outbox")), outboxBefore);
        QCOMPARE(b->pending(), 1);
        QCOMPARE(SyncState::pullCursor(*b->db).value(), cursorBefore);
    }
    QVERIFY(!serverChanges(QStringLiteral("student")).contains(newcomer));
    // The desk that holds the code syncs on; once the second desk has its own code, it syncs too.
    QVERIFY(sync(*a, m_server->url(), m_token).ok());
    setDeskCode(*b, QStringLiteral("B"));
    const SyncReport accepted = sync(*b, m_server->url(), m_token);
    QVERIFY2(accepted.ok(), qPrintable(accepted.message));
    QCOMPARE(sell(*b, base.studentUuid, 800), QStringLiteral("RB-000001"));
    QVERIFY(sync(*b, m_server->url(), m_token).ok());
    QVERIFY(sync(*a, m_server->url(), m_token).ok());
    QCOMPARE(a->scalar(QStringLiteral("SELECT count(*) FROM students WHERE uuid = ?"), {newcomer}).toLongLong(), 1);
    QCOMPARE(snapshot(*a), snapshot(*b));

    // A center's first desk may have no code; a second desk without one is refused too.
    auto c = newDesk();
    QVERIFY(sync(*c, m_server->url(), m_otherToken).ok());
    auto d = newDesk();
    const SyncReport noCode = sync(*d, m_server->url(), m_otherToken);
    QCOMPARE(noCode.outcome, SyncReport::Outcome::Refused);
    QVERIFY2(noCode.message.contains(QLatin1String("without a desk code")), qPrintable(noCode.message));

    // The server's answer: 409 with an error body naming the code.
    SyncTransport::Config config;
    config.server = QUrl(m_server->url());
    config.token = m_token;
    SyncTransport transport(config);
    const SyncReply taken = transport.sendAndWait(SyncRequest::post(QStringLiteral("/api/v1/push"),
        sync::Protocol::toJson(sync::PushRequest {sql::newUuid(), {}, QStringLiteral("B")})));
    QCOMPARE(taken.httpStatus, 409);
    QCOMPARE(sync::Protocol::errorCode(taken.body), QStringLiteral("desk_code_taken"));
    QVERIFY(sync::Protocol::errorMessage(taken.body).contains(QLatin1String("desk code B")));
}

void tst_Sync::deletionsReachTheOtherDesks()
{
    auto a = newDesk();
    const Baseline base = seedBaseline(*a);
    auto b = copyOf(*a);
    setDeskCode(*a, QStringLiteral("A"));
    setDeskCode(*b, QStringLiteral("B"));
    const QString url = m_server->url();
    const QString balance
        = QStringLiteral("SELECT p.hours_purchased + coalesce(sum(e.delta), 0) FROM class_hour_packs p "
                         "LEFT JOIN class_hour_entries e ON e.pack_id = p.id WHERE p.uuid = ?");

    // A student with two guardians and a check-in reach desk B...
    StudentProfile profile;
    profile.name = QStringLiteral("Xu Ming");
    auto student = StudentService::create(a->ctx(), profile,
        {Guardian {0, {}, QStringLiteral("Xu Hua"), QStringLiteral("mother"), QStringLiteral("13900000031")},
            Guardian {0, {}, QStringLiteral("Xu Jun"), QStringLiteral("father"), QStringLiteral("13900000032")}});
    QVERIFY(student);
    checkIn(*a, base);
    QVERIFY(sync(*a, url, m_token).ok());
    QVERIFY(sync(*b, url, m_token).ok());
    const QString guardians
        = QStringLiteral("SELECT group_concat(name, ', ') FROM (SELECT g.name FROM guardians g "
                         "JOIN students s ON s.id = g.student_id WHERE s.uuid = ? ORDER BY g.name)");
    QCOMPARE(b->scalar(guardians, {student->uuid}).toString(), QStringLiteral("Xu Hua, Xu Jun"));
    QCOMPARE(b->count(QStringLiteral("attendance")), 1);
    QCOMPARE(b->scalar(balance, {base.packUuid}).toLongLong(), 900);

    // ...and so do their removal at desk A: a guardian removed, the check-in undone.
    a->clock.advanceSecs(60);
    const Guardian father = student->guardians.at(0).name == QLatin1String("Xu Jun") ? student->guardians.at(0)
                                                                                     : student->guardians.at(1);
    QVERIFY(StudentService::removeGuardian(a->ctx(), father.id));
    QVERIFY(AttendanceService::undo(
        a->ctx(), a->scalar(QStringLiteral("SELECT id FROM attendance WHERE uuid IS NOT NULL")).toLongLong()));
    QVERIFY(sync(*a, url, m_token).ok());
    const SyncReport pulled = sync(*b, url, m_token);
    QVERIFY2(pulled.ok(), qPrintable(pulled.message));
    QCOMPARE(b->scalar(guardians, {student->uuid}).toString(), QStringLiteral("Xu Hua"));
    QCOMPARE(b->count(QStringLiteral("attendance")), 0);
    QCOMPARE(b->scalar(balance, {base.packUuid}).toLongLong(), 1000);

    // A check-in made and undone offline in a class made at the same time: desk B applies the check-in only
    // once the class has arrived, and its tombstone after it, so it does not come back.
    const QString cello = addClassWithSession(*a, QStringLiteral("Cello"));
    checkIn(*a, Baseline {cello, base.studentUuid, base.packUuid});
    const qint64 celloCheckIn = a->scalar(QStringLiteral("SELECT a.id FROM attendance a JOIN sessions s ON s.id = "
                                                         "a.session_id WHERE s.uuid = ?"),
                                     {cello})
                                    .toLongLong();
    QVERIFY(AttendanceService::undo(a->ctx(), celloCheckIn));
    QVERIFY(sync(*a, url, m_token).ok());
    const SyncReport later = sync(*b, url, m_token);
    QVERIFY2(later.ok(), qPrintable(later.message));
    QCOMPARE(later.deferred, 0);
    QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE uuid = ?"), {cello}).toLongLong(), 1);
    QCOMPARE(b->count(QStringLiteral("attendance")), 0);
    QCOMPARE(b->scalar(balance, {base.packUuid}).toLongLong(), 1000);
    QCOMPARE(b->count(QStringLiteral("class_hour_entries")), a->count(QStringLiteral("class_hour_entries")));
    QCOMPARE(snapshot(*a), snapshot(*b));
    QCOMPARE(b->count(QStringLiteral("sync_deferred")), 0);
}

void tst_Sync::studentsRegisteredOfflineAtTwoDesksGetDistinctCodes()
{
    auto a = newDesk();
    seedBaseline(*a);
    auto b = copyOf(*a);
    setDeskCode(*a, QStringLiteral("A"));
    setDeskCode(*b, QStringLiteral("B"));
    const QString url = m_server->url();
    QVERIFY(sync(*a, url, m_token).ok());
    QVERIFY(sync(*b, url, m_token).ok());

    // Offline, each desk registers new students: both hand out the next codes.
    const auto registerAt = [](Desk& desk, const QString& name) {
        StudentProfile profile;
        profile.name = name;
        auto made = StudentService::create(desk.ctx(), profile);
        return made ? made->uuid : QString();
    };
    b->clock.advanceSecs(30);
    const QString fang = registerAt(*b, QStringLiteral("Fang"));
    a->clock.advanceSecs(60);
    const QString gao = registerAt(*a, QStringLiteral("Gao"));
    const QString he = registerAt(*a, QStringLiteral("He"));
    QVERIFY(!fang.isEmpty() && !gao.isEmpty() && !he.isEmpty());
    const QString codeOf = QStringLiteral("SELECT code FROM students WHERE uuid = ?");
    QCOMPARE(a->scalar(codeOf, {gao}).toString(), QStringLiteral("S000002"));
    QCOMPARE(b->scalar(codeOf, {fang}).toString(), QStringLiteral("S000002"));

    // Every desk settles the clash the same way: the student with the smaller uuid keeps S000002, the
    // other's own desk gives it a new code and sends it; a desk holds the other student aside until then.
    const QString winner = std::min(fang, gao);
    const QString loser = std::max(fang, gao);
    for (Desk* desk : {a.get(), b.get(), a.get(), b.get()}) {
        const SyncReport report = sync(*desk, url, m_token);
        QVERIFY2(report.ok(), qPrintable(report.message));
    }
    QCOMPARE(snapshot(*a), snapshot(*b));
    for (Desk* desk : {a.get(), b.get()}) {
        QCOMPARE(desk->count(QStringLiteral("students")), 4);
        QCOMPARE(desk->scalar(QStringLiteral("SELECT count(DISTINCT code) FROM students")).toLongLong(), 4);
        QCOMPARE(desk->count(QStringLiteral("sync_deferred")), 0);
        QCOMPARE(desk->scalar(codeOf, {winner}).toString(), QStringLiteral("S000002"));
    }
    // The loser's desk says in its audit log why the code changed.
    Desk& loserDesk = loser == fang ? *b : *a;
    QVERIFY(loserDesk
                .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_uuid = ? AND summary LIKE "
                                       "'Code S000002 stays with %'"),
                    {loser})
                .toLongLong()
        == 1);
}

QTEST_GUILESS_MAIN(tst_Sync)
#include "tst_sync.moc"
