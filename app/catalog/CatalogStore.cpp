#include "CatalogStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QUuid>

#include <sodium.h>

namespace td::catalog {

using sync::Change;
using sync::ChangePage;
using sync::Mutation;
using sync::MutationResult;
using sync::PushRequest;
using sync::PushResponse;

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString toText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject toObject(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString uuidText(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QString digitsOf(const QString& text)
{
    QString digits;
    for (QChar c : text)
        if (c.isDigit())
            digits.append(c);
    return digits;
}

// Entities a desk may push, and which of them are facts that are only ever added.
const QSet<QString>& deskEntities()
{
    static const QSet<QString> set = {
        QStringLiteral("student"),
        QStringLiteral("guardian"),
        QStringLiteral("consent"),
        QStringLiteral("enrollment"),
        QStringLiteral("staff"),
        QStringLiteral("room"),
        QStringLiteral("local_item"),
        QStringLiteral("class"),
        QStringLiteral("session"),
        QStringLiteral("attendance"),
        QStringLiteral("class_hour_entry"),
        QStringLiteral("sale"),
        QStringLiteral("class_hour_pack"),
        QStringLiteral("membership"),
        QStringLiteral("feedback"),
    };
    return set;
}

bool isAppendOnly(const QString& entity)
{
    return entity == QLatin1String("sale") || entity == QLatin1String("class_hour_entry");
}

const QStringList kCatalogKinds
    = {QStringLiteral("online_course"), QStringLiteral("ebook"), QStringLiteral("audio"), QStringLiteral("column"),
        QStringLiteral("membership_plan"), QStringLiteral("offline_course"), QStringLiteral("workshop")};

// Catalog item uuids derive from the platform's own ids, so reloading a file updates items in place.
const QUuid kCatalogNamespace(QStringLiteral("6f3e54a0-7b0e-4f0e-9a55-3c3f1d2b8e01"));

} // namespace

CatalogStore::CatalogStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

CatalogStore::~CatalogStore()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<CatalogStore>> CatalogStore::openSqlite(const QString& path)
{
    if (sodium_init() < 0)
        return Error::storage(tr("libsodium could not be initialised."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("catalog-store"));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    std::unique_ptr<CatalogStore> store(new CatalogStore(db, Dialect::SQLite));
    db = QSqlDatabase(); // the store holds the only handle, so closing it can remove the connection
    if (!store->m_db.open())
        return Error::storage(tr("Cannot open %1: %2").arg(path, store->m_db.lastError().text()));
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        auto r = store->exec(QString::fromLatin1(pragma));
        if (!r)
            return r.error();
    }
    if (auto r = store->createSchema(); !r)
        return r.error();
    return store;
}

Result<std::unique_ptr<CatalogStore>> CatalogStore::openPostgres(const QString& connection)
{
    if (sodium_init() < 0)
        return Error::storage(tr("libsodium could not be initialised."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("catalog-store"));
    QStringList options;
    for (const QString& pair : connection.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error::invalid(tr("The PostgreSQL connection \"%1\" is not in key=value form.").arg(connection));
        const QString key = pair.left(eq);
        const QString value = pair.mid(eq + 1);
        if (key == QLatin1String("host"))
            db.setHostName(value);
        else if (key == QLatin1String("port"))
            db.setPort(value.toInt());
        else if (key == QLatin1String("user"))
            db.setUserName(value);
        else if (key == QLatin1String("password"))
            db.setPassword(value);
        else if (key == QLatin1String("dbname"))
            db.setDatabaseName(value);
        else
            options.append(pair);
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    std::unique_ptr<CatalogStore> store(new CatalogStore(db, Dialect::PostgreSQL));
    db = QSqlDatabase();
    if (!store->m_db.open())
        return Error::storage(tr("Cannot connect to PostgreSQL: %1").arg(store->m_db.lastError().text()));
    if (auto r = store->exec(QStringLiteral("SET client_min_messages TO WARNING")); !r)
        return r.error();
    if (auto r = store->createSchema(); !r)
        return r.error();
    return store;
}

Status CatalogStore::createSchema()
{
    const QString serial = m_dialect == Dialect::SQLite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                        : QStringLiteral("BIGSERIAL PRIMARY KEY");
    const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS centers (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                       "token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS desks (center_id TEXT NOT NULL, desk_id TEXT NOT NULL, "
                       "last_seq BIGINT NOT NULL, last_seen_at TEXT NOT NULL, PRIMARY KEY (center_id, desk_id))"),
        // Each desk code names one desk's receipt series, so one desk of a center holds it.
        QStringLiteral("CREATE TABLE IF NOT EXISTS desk_codes (center_id TEXT NOT NULL, desk_id TEXT NOT NULL, "
                       "desk_code TEXT NOT NULL, claimed_at TEXT NOT NULL, PRIMARY KEY (center_id, desk_id), "
                       "UNIQUE (center_id, desk_code))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS mutations (center_id TEXT NOT NULL, mutation_id TEXT NOT NULL, "
                       "desk_id TEXT NOT NULL, result TEXT NOT NULL, PRIMARY KEY (center_id, mutation_id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS records (center_id TEXT NOT NULL, entity TEXT NOT NULL, "
                       "uuid TEXT NOT NULL, payload TEXT NOT NULL, field_times TEXT NOT NULL, natural_key TEXT, "
                       "deleted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (center_id, entity, uuid))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS records_natural ON records (center_id, entity, natural_key)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS aliases (center_id TEXT NOT NULL, entity TEXT NOT NULL, "
                       "uuid TEXT NOT NULL, canonical_uuid TEXT NOT NULL, PRIMARY KEY (center_id, entity, uuid))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS changes (seq ") + serial
            + QStringLiteral(", center_id TEXT, entity TEXT NOT NULL, uuid TEXT NOT NULL, operation TEXT NOT NULL, "
                             "payload TEXT NOT NULL, origin_desk TEXT, changed_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS changes_center ON changes (center_id, seq)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS catalog_items (uuid TEXT PRIMARY KEY, online_id TEXT NOT NULL "
                       "UNIQUE, payload TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS online_accounts (account_id TEXT PRIMARY KEY, phone_digits TEXT, "
                       "phone_verified INTEGER NOT NULL DEFAULT 0, email TEXT, email_verified INTEGER NOT NULL "
                       "DEFAULT 0)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS online_accounts_phone ON online_accounts (phone_digits)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS online_accounts_email ON online_accounts (email)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS online_activity (uuid TEXT PRIMARY KEY, account_id TEXT NOT NULL, "
                       "item_uuid TEXT NOT NULL, kind TEXT NOT NULL, progress_percent INTEGER, amount_minor BIGINT, "
                       "occurred_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS online_activity_account ON online_activity (account_id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS learner_links (center_id TEXT NOT NULL, student_uuid TEXT NOT NULL, "
                       "account_id TEXT NOT NULL, PRIMARY KEY (center_id, student_uuid))"),
    };
    if (auto r = exec(QStringLiteral("BEGIN")); !r)
        return r.error();
    for (const QString& statement : statements) {
        if (auto r = exec(statement); !r) {
            rollback();
            return r.error();
        }
    }
    return commit();
}

Result<QSqlQuery> CatalogStore::exec(const QString& sql, const QVariantList& bindings)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // PostgreSQL cannot prepare statements such as BEGIN, SET or CREATE: those run unprepared.
    if (bindings.isEmpty()) {
        if (!query.exec(sql))
            return Error::storage(tr("Database error: %1").arg(query.lastError().text()));
        return query;
    }
    if (!query.prepare(sql))
        return Error::storage(tr("Database error: %1").arg(query.lastError().text()));
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return Error::storage(tr("Database error: %1").arg(query.lastError().text()));
    return query;
}

Result<QVariant> CatalogStore::scalar(const QString& sql, const QVariantList& bindings)
{
    auto query = exec(sql, bindings);
    if (!query)
        return query.error();
    if (!query.value().next())
        return QVariant();
    return query.value().value(0);
}

Status CatalogStore::begin()
{
    auto r = exec(m_dialect == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    if (!r)
        return r.error();
    if (m_dialect == Dialect::PostgreSQL) {
        // Sequence numbers are handed out at insert but become visible at commit; one writer at a time keeps
        // the change log gapless for readers, so a desk's cursor never skips a change that commits late.
        auto locked = exec(QStringLiteral("LOCK TABLE changes IN SHARE ROW EXCLUSIVE MODE"));
        if (!locked) {
            rollback();
            return locked.error();
        }
    }
    return {};
}

Status CatalogStore::commit()
{
    auto r = exec(QStringLiteral("COMMIT"));
    if (!r) {
        rollback();
        return r.error();
    }
    return {};
}

void CatalogStore::rollback()
{
    (void)exec(QStringLiteral("ROLLBACK"));
}

QString CatalogStore::hashToken(const QString& token)
{
    const QByteArray bytes = token.toUtf8();
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(bytes.constData()),
        static_cast<unsigned long long>(bytes.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), sizeof hash).toHex());
}

Result<QString> CatalogStore::addCenter(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(tr("A center needs a name."), QStringLiteral("name"));
    auto existing = scalar(QStringLiteral("SELECT count(*) FROM centers WHERE name = ?"), {trimmed});
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0)
        return Error::conflict(tr("A center named %1 already exists.").arg(trimmed), QStringLiteral("name"));
    unsigned char secret[32];
    randombytes_buf(secret, sizeof secret);
    const QString token = QStringLiteral("tdc_")
        + QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(secret), sizeof secret)
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    auto r = exec(QStringLiteral("INSERT INTO centers (id, name, token_hash, created_at) VALUES (?, ?, ?, ?)"),
        {uuidText(QUuid::createUuid()), trimmed, hashToken(token), nowText()});
    if (!r)
        return r.error();
    return token;
}

Result<CatalogStore::Center> CatalogStore::centerForToken(const QString& token)
{
    if (!token.startsWith(QLatin1String("tdc_")) || token.size() > 200)
        return Error::forbidden(tr("The API token is missing or not valid."));
    auto q = exec(QStringLiteral("SELECT id, name FROM centers WHERE token_hash = ?"), {hashToken(token)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::forbidden(tr("The API token is missing or not valid."));
    return Center {q.value().value(0).toString(), q.value().value(1).toString()};
}

Status CatalogStore::appendChange(const QVariant& centerId, const QString& entity, const QString& uuid,
    const QString& operation, const QJsonObject& payload, const QString& originDesk)
{
    auto r = exec(QStringLiteral("INSERT INTO changes (center_id, entity, uuid, operation, payload, origin_desk, "
                                 "changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {centerId, entity, uuid, operation, toText(payload),
            originDesk.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(originDesk), nowText()});
    if (!r)
        return r.error();
    return {};
}

Result<PushResponse> CatalogStore::push(const Center& center, const PushRequest& request)
{
    if (auto r = begin(); !r)
        return r.error();
    auto fail = [this](const Error& error) -> Result<PushResponse> {
        rollback();
        return error;
    };
    if (request.deskCode) {
        if (auto claimed = claimDeskCode(center, request.deskId, *request.deskCode); !claimed)
            return fail(claimed.error());
    }
    auto last = scalar(
        QStringLiteral("SELECT last_seq FROM desks WHERE center_id = ? AND desk_id = ?"), {center.id, request.deskId});
    if (!last)
        return fail(last.error());
    PushResponse response;
    response.acknowledgedSeq = last->toLongLong();
    for (const Mutation& mutation : request.mutations) {
        auto prior = scalar(QStringLiteral("SELECT result FROM mutations WHERE center_id = ? AND mutation_id = ?"),
            {center.id, mutation.id});
        if (!prior)
            return fail(prior.error());
        if (prior->isValid()) {
            auto recorded = sync::Protocol::parseMutationResult(toObject(prior.value()));
            if (!recorded)
                return fail(recorded.error());
            response.results.append(recorded.value());
            response.acknowledgedSeq = std::max(response.acknowledgedSeq, mutation.seq);
            continue;
        }
        if (mutation.seq <= last->toLongLong()) {
            response.results.append(MutationResult {mutation.id, QStringLiteral("duplicate"), {}, {}, {}});
            continue;
        }
        auto result = apply(center, request.deskId, mutation);
        if (!result)
            return fail(result.error());
        auto recorded = exec(QStringLiteral("INSERT INTO mutations (center_id, mutation_id, desk_id, result) "
                                            "VALUES (?, ?, ?, ?)"),
            {center.id, mutation.id, request.deskId, toText(sync::Protocol::toJson(result.value()))});
        if (!recorded)
            return fail(recorded.error());
        response.results.append(result.value());
        response.acknowledgedSeq = std::max(response.acknowledgedSeq, mutation.seq);
    }
    auto desk
        = exec(QStringLiteral("INSERT INTO desks (center_id, desk_id, last_seq, last_seen_at) VALUES (?, ?, ?, ?) "
                              "ON CONFLICT (center_id, desk_id) DO UPDATE SET last_seq = excluded.last_seq, "
                              "last_seen_at = excluded.last_seen_at"),
            {center.id, request.deskId, response.acknowledgedSeq, nowText()});
    if (!desk)
        return fail(desk.error());
    if (auto r = commit(); !r)
        return r.error();
    return response;
}

Status CatalogStore::claimDeskCode(const Center& center, const QString& deskId, const QString& deskCode)
{
    auto holder = scalar(
        QStringLiteral("SELECT desk_id FROM desk_codes WHERE center_id = ? AND desk_code = ?"), {center.id, deskCode});
    if (!holder)
        return holder.error();
    if (holder->isValid()) {
        if (holder->toString() == deskId)
            return {};
        return Error::conflict(deskCode.isEmpty()
                ? tr("Another desk of this center already syncs without a desk code; give this desk its own code.")
                : tr("Another desk of this center already uses desk code %1; give this desk its own code.")
                      .arg(deskCode),
            QStringLiteral("desk_code"));
    }
    // A desk that changes its code gives up the old one.
    auto r
        = exec(QStringLiteral("INSERT INTO desk_codes (center_id, desk_id, desk_code, claimed_at) VALUES (?, ?, ?, ?) "
                              "ON CONFLICT (center_id, desk_id) DO UPDATE SET desk_code = excluded.desk_code, "
                              "claimed_at = excluded.claimed_at"),
            {center.id, deskId, deskCode, nowText()});
    if (!r)
        return r.error();
    return {};
}

Result<MutationResult> CatalogStore::apply(const Center& center, const QString& deskId, const Mutation& m)
{
    MutationResult result {m.id, QStringLiteral("applied"), {}, {}, {}};
    auto reject = [&result](const QString& reason) {
        result.status = QStringLiteral("rejected");
        result.reason = reason;
        return result;
    };
    if (m.entity == QLatin1String("catalog_item") || m.entity == QLatin1String("online_activity"))
        return reject(tr("The catalog and online activity belong to the online platform; a desk cannot change them."));
    if (!deskEntities().contains(m.entity))
        return reject(tr("Unknown entity \"%1\".").arg(m.entity));
    if (!sync::Protocol::isKnownOperation(m.operation))
        return reject(tr("Unknown operation \"%1\".").arg(m.operation));
    if (m.uuid.isEmpty() || m.uuid.size() > 64)
        return reject(tr("The mutation has no uuid."));
    if (m.payload.contains(QLatin1String("uuid")) && m.payload.value(QLatin1String("uuid")).toString() != m.uuid)
        return reject(tr("The payload's uuid differs from the mutation's."));
    if (m.entity == QLatin1String("staff")) {
        // Staff profiles travel so desks can name who taught or checked in; a password never does.
        for (auto it = m.payload.begin(); it != m.payload.end(); ++it)
            if (it.key().contains(QLatin1String("password")))
                return reject(tr("A staff profile must not carry a password."));
    }
    if (isAppendOnly(m.entity) && m.operation != QLatin1String("add"))
        return reject(tr("Payments and class-hour entries are only ever added; a correction is a new entry."));

    QString uuid = m.uuid;
    auto alias
        = scalar(QStringLiteral("SELECT canonical_uuid FROM aliases WHERE center_id = ? AND entity = ? AND uuid = ?"),
            {center.id, m.entity, m.uuid});
    if (!alias)
        return alias.error();
    if (alias->isValid()) {
        if (m.operation == QLatin1String("add")) {
            result.status = QStringLiteral("merged");
            result.canonicalUuid = alias->toString();
            return result;
        }
        uuid = alias->toString();
    }
    // A deduction for a check-in that another desk had already recorded would take the hours twice.
    if (m.entity == QLatin1String("class_hour_entry")) {
        const QString attendance = m.payload.value(QLatin1String("attendance_uuid")).toString();
        if (!attendance.isEmpty()) {
            auto merged = scalar(QStringLiteral("SELECT canonical_uuid FROM aliases WHERE center_id = ? AND "
                                                "entity = 'attendance' AND uuid = ?"),
                {center.id, attendance});
            if (!merged)
                return merged.error();
            if (merged->isValid()) {
                result.status = QStringLiteral("merged");
                result.reason = tr("The check-in this entry deducts for was already recorded by another desk.");
                return result;
            }
        }
    }

    auto existing = exec(QStringLiteral("SELECT payload, field_times, deleted FROM records WHERE center_id = ? AND "
                                        "entity = ? AND uuid = ?"),
        {center.id, m.entity, uuid});
    if (!existing)
        return existing.error();
    const bool exists = existing.value().next();
    QJsonObject fields = exists ? toObject(existing.value().value(0)) : QJsonObject();
    QJsonObject times = exists ? toObject(existing.value().value(1)) : QJsonObject();
    const bool deleted = exists && existing.value().value(2).toInt() != 0;

    if (m.operation == QLatin1String("delete")) {
        if (deleted) {
            result.status = QStringLiteral("duplicate");
            return result;
        }
        auto r = exec(QStringLiteral("INSERT INTO records (center_id, entity, uuid, payload, field_times, deleted) "
                                     "VALUES (?, ?, ?, '{}', '{}', 1) ON CONFLICT (center_id, entity, uuid) DO UPDATE "
                                     "SET deleted = 1"),
            {center.id, m.entity, uuid});
        if (!r)
            return r.error();
        if (auto c = appendChange(center.id, m.entity, uuid, QStringLiteral("delete"),
                QJsonObject {{QStringLiteral("uuid"), uuid}}, deskId);
            !c)
            return c.error();
        return result;
    }
    if (deleted)
        return reject(tr("This record was deleted on the server; later edits are not applied."));
    if (exists && m.operation == QLatin1String("add")) {
        result.status = QStringLiteral("duplicate");
        return result;
    }

    QVariant naturalKey(QMetaType(QMetaType::QString));
    if (m.entity == QLatin1String("attendance")) {
        const QString session = m.payload.value(QLatin1String("session_uuid")).toString();
        const QString student = m.payload.value(QLatin1String("student_uuid")).toString();
        if (!session.isEmpty() && !student.isEmpty())
            naturalKey = QString(session + QLatin1Char('|') + student);
        else if (exists)
            naturalKey = QString(fields.value(QLatin1String("session_uuid")).toString() + QLatin1Char('|')
                + fields.value(QLatin1String("student_uuid")).toString());
        if (!exists && !naturalKey.isNull()) {
            auto twin = scalar(QStringLiteral("SELECT uuid FROM records WHERE center_id = ? AND entity = 'attendance' "
                                              "AND natural_key = ? AND deleted = 0"),
                {center.id, naturalKey});
            if (!twin)
                return twin.error();
            if (twin->isValid()) {
                auto r = exec(QStringLiteral("INSERT INTO aliases (center_id, entity, uuid, canonical_uuid) VALUES "
                                             "(?, 'attendance', ?, ?)"),
                    {center.id, uuid, twin->toString()});
                if (!r)
                    return r.error();
                result.status = QStringLiteral("merged");
                result.canonicalUuid = twin->toString();
                result.reason = tr("The student was already checked in to this session by another desk.");
                return result;
            }
        }
    }

    // Per field, the latest edit wins; ties go to the greater desk id so every server decides alike.
    const QString stamp = m.editedAt + QLatin1Char('|') + deskId;
    bool changed = !exists;
    for (auto it = m.payload.begin(); it != m.payload.end(); ++it) {
        if (it.key() == QLatin1String("uuid"))
            continue;
        const QString kept = times.value(it.key()).toString();
        if (!exists || !fields.contains(it.key()) || stamp >= kept) {
            if (fields.value(it.key()) != it.value()) {
                fields.insert(it.key(), it.value());
                changed = true;
            }
            times.insert(it.key(), stamp);
        } else if (fields.value(it.key()) != it.value()) {
            result.overridden.insert(it.key(), fields.value(it.key()));
        }
    }
    fields.insert(QStringLiteral("uuid"), uuid);
    if (!changed)
        return result;
    auto r
        = exec(QStringLiteral("INSERT INTO records (center_id, entity, uuid, payload, field_times, natural_key, "
                              "deleted) VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT (center_id, entity, uuid) DO UPDATE "
                              "SET payload = excluded.payload, field_times = excluded.field_times"),
            {center.id, m.entity, uuid, toText(fields), toText(times), naturalKey});
    if (!r)
        return r.error();
    if (auto c
        = appendChange(center.id, m.entity, uuid, exists ? QStringLiteral("upsert") : m.operation, fields, deskId);
        !c)
        return c.error();
    if (m.entity == QLatin1String("student")) {
        if (auto l = linkStudent(center.id, uuid, fields); !l)
            return l.error();
    }
    return result;
}

Status CatalogStore::linkStudent(const QString& centerId, const QString& studentUuid, const QJsonObject& student)
{
    auto linked
        = scalar(QStringLiteral("SELECT account_id FROM learner_links WHERE center_id = ? AND student_uuid = ?"),
            {centerId, studentUuid});
    if (!linked)
        return linked.error();
    if (linked->isValid())
        return {};
    QVariant account;
    const QString accountId = student.value(QLatin1String("online_account_id")).toString();
    const QString phone = digitsOf(student.value(QLatin1String("phone")).toString());
    const QString email = student.value(QLatin1String("email")).toString().trimmed().toLower();
    if (!accountId.isEmpty()) {
        auto a = scalar(QStringLiteral("SELECT account_id FROM online_accounts WHERE account_id = ?"), {accountId});
        if (!a)
            return a.error();
        account = a.value();
    }
    if (!account.isValid() && phone.size() >= 6) {
        auto a = scalar(QStringLiteral("SELECT account_id FROM online_accounts WHERE phone_digits = ? AND "
                                       "phone_verified = 1 ORDER BY account_id"),
            {phone});
        if (!a)
            return a.error();
        account = a.value();
    }
    if (!account.isValid() && email.contains(QLatin1Char('@'))) {
        auto a = scalar(QStringLiteral("SELECT account_id FROM online_accounts WHERE email = ? AND email_verified = 1 "
                                       "ORDER BY account_id"),
            {email});
        if (!a)
            return a.error();
        account = a.value();
    }
    if (!account.isValid())
        return {};
    auto r = exec(QStringLiteral("INSERT INTO learner_links (center_id, student_uuid, account_id) VALUES (?, ?, ?)"),
        {centerId, studentUuid, account});
    if (!r)
        return r.error();
    auto activity = exec(QStringLiteral("SELECT uuid, item_uuid, kind, progress_percent, amount_minor, occurred_at "
                                        "FROM online_activity WHERE account_id = ? ORDER BY occurred_at, uuid"),
        {account});
    if (!activity)
        return activity.error();
    QList<QJsonObject> rows;
    while (activity.value().next()) {
        QJsonObject row {{QStringLiteral("uuid"), activity.value().value(0).toString()},
            {QStringLiteral("student_uuid"), studentUuid},
            {QStringLiteral("item_uuid"), activity.value().value(1).toString()},
            {QStringLiteral("kind"), activity.value().value(2).toString()},
            {QStringLiteral("occurred_at"), activity.value().value(5).toString()}};
        row.insert(QStringLiteral("progress_percent"),
            activity.value().value(3).isNull() ? QJsonValue() : QJsonValue(activity.value().value(3).toInt()));
        row.insert(QStringLiteral("amount_minor"),
            activity.value().value(4).isNull() ? QJsonValue() : QJsonValue(activity.value().value(4).toLongLong()));
        rows.append(row);
    }
    for (const QJsonObject& row : rows) {
        if (auto c = appendChange(centerId, QStringLiteral("online_activity"),
                row.value(QLatin1String("uuid")).toString(), QStringLiteral("upsert"), row, {});
            !c)
            return c;
    }
    return {};
}

Result<ChangePage> CatalogStore::changes(const Center& center, qint64 since, int limit)
{
    auto q = exec(QStringLiteral("SELECT seq, entity, uuid, operation, payload, origin_desk, changed_at FROM changes "
                                 "WHERE seq > ? AND (center_id = ? OR center_id IS NULL) ORDER BY seq LIMIT ?"),
        {since, center.id, limit + 1});
    if (!q)
        return q.error();
    ChangePage page;
    page.next = since;
    while (q.value().next()) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        Change change {q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString(),
            q.value().value(3).toString(), toObject(q.value().value(4)), q.value().value(5).toString(),
            q.value().value(6).toString()};
        page.next = change.seq;
        page.changes.append(std::move(change));
    }
    return page;
}

Result<QJsonArray> CatalogStore::catalog()
{
    auto q = exec(QStringLiteral("SELECT payload FROM catalog_items WHERE deleted = 0 ORDER BY online_id"));
    if (!q)
        return q.error();
    QJsonArray items;
    while (q.value().next())
        items.append(toObject(q.value().value(0)));
    return items;
}

Result<int> CatalogStore::loadCatalog(const QJsonObject& file)
{
    const QJsonValue list = file.value(QLatin1String("items"));
    if (!list.isArray())
        return Error::invalid(tr("The catalog file needs an \"items\" array."), QStringLiteral("items"));
    if (auto r = begin(); !r)
        return r.error();
    auto fail = [this](const Error& error) -> Result<int> {
        rollback();
        return error;
    };
    int changed = 0;
    int index = 0;
    for (const QJsonValue& value : list.toArray()) {
        ++index;
        const QJsonObject in = value.toObject();
        const QString onlineId = in.value(QLatin1String("online_id")).toString().trimmed();
        if (onlineId.isEmpty())
            return fail(Error::invalid(tr("Item %1 has no online_id.").arg(index), QStringLiteral("online_id")));
        const QString uuid = uuidText(QUuid::createUuidV5(kCatalogNamespace, onlineId));
        auto stored = exec(QStringLiteral("SELECT payload, deleted FROM catalog_items WHERE uuid = ?"), {uuid});
        if (!stored)
            return fail(stored.error());
        const bool exists = stored.value().next();
        const QJsonObject before = exists ? toObject(stored.value().value(0)) : QJsonObject();
        const bool wasDeleted = exists && stored.value().value(1).toInt() != 0;
        if (in.value(QLatin1String("deleted")).toBool()) {
            if (!exists || wasDeleted)
                continue;
            auto r = exec(QStringLiteral("UPDATE catalog_items SET deleted = 1, updated_at = ? WHERE uuid = ?"),
                {nowText(), uuid});
            if (!r)
                return fail(r.error());
            if (auto c = appendChange(QVariant(QMetaType(QMetaType::QString)), QStringLiteral("catalog_item"), uuid,
                    QStringLiteral("delete"), QJsonObject {{QStringLiteral("uuid"), uuid}}, {});
                !c)
                return fail(c.error());
            ++changed;
            continue;
        }
        const QString kind = in.value(QLatin1String("kind")).toString();
        const QString title = in.value(QLatin1String("title")).toString().trimmed();
        const QJsonValue price = in.value(QLatin1String("price_minor"));
        if (!kCatalogKinds.contains(kind))
            return fail(Error::invalid(
                tr("Item %1 (%2) has an unknown kind \"%3\".").arg(index).arg(onlineId, kind), QStringLiteral("kind")));
        if (title.isEmpty())
            return fail(
                Error::invalid(tr("Item %1 (%2) has no title.").arg(index).arg(onlineId), QStringLiteral("title")));
        if (!price.isDouble() || price.toDouble() < 0 || price.toDouble() != static_cast<double>(price.toInteger()))
            return fail(Error::invalid(tr("Item %1 (%2) needs price_minor, a whole number of minor units of 0 or more.")
                                           .arg(index)
                                           .arg(onlineId),
                QStringLiteral("price_minor")));
        QJsonObject item {{QStringLiteral("uuid"), uuid}, {QStringLiteral("online_id"), onlineId},
            {QStringLiteral("kind"), kind}, {QStringLiteral("title"), title},
            {QStringLiteral("description"), in.value(QLatin1String("description")).toString()},
            {QStringLiteral("category"), in.value(QLatin1String("category")).toString()},
            {QStringLiteral("level"), in.value(QLatin1String("level")).toInt()},
            {QStringLiteral("price_minor"), price.toInteger()},
            {QStringLiteral("class_hours"), in.value(QLatin1String("class_hours")).toInt()},
            {QStringLiteral("duration_days"), in.value(QLatin1String("duration_days")).toInt()},
            {QStringLiteral("active"), in.value(QLatin1String("active")).toBool(true)},
            {QStringLiteral("source"), QStringLiteral("online")}};
        if (exists && !wasDeleted && before == item)
            continue;
        auto r = exec(QStringLiteral("INSERT INTO catalog_items (uuid, online_id, payload, deleted, updated_at) VALUES "
                                     "(?, ?, ?, 0, ?) ON CONFLICT (uuid) DO UPDATE SET payload = excluded.payload, "
                                     "deleted = 0, updated_at = excluded.updated_at"),
            {uuid, onlineId, toText(item), nowText()});
        if (!r)
            return fail(r.error());
        if (auto c = appendChange(QVariant(QMetaType(QMetaType::QString)), QStringLiteral("catalog_item"), uuid,
                QStringLiteral("upsert"), item, {});
            !c)
            return fail(c.error());
        ++changed;
    }
    if (auto r = commit(); !r)
        return r.error();
    return changed;
}

Result<int> CatalogStore::seedDemo(const QString& centerName)
{
    auto centerId = scalar(QStringLiteral("SELECT id FROM centers WHERE name = ?"), {centerName});
    if (!centerId)
        return centerId.error();
    if (!centerId->isValid())
        return Error::notFound(tr("There is no center named %1.").arg(centerName));
    if (auto r = begin(); !r)
        return r.error();
    auto fail = [this](const Error& error) -> Result<int> {
        rollback();
        return error;
    };
    QList<std::pair<QString, qint64>> items;
    {
        auto q = exec(QStringLiteral("SELECT uuid, payload FROM catalog_items WHERE deleted = 0 ORDER BY online_id"));
        if (!q)
            return fail(q.error());
        while (q.value().next()) {
            const QJsonObject item = toObject(q.value().value(1));
            const QString kind = item.value(QLatin1String("kind")).toString();
            if (kind == QLatin1String("online_course") || kind == QLatin1String("ebook")
                || kind == QLatin1String("audio") || kind == QLatin1String("column"))
                items.append({q.value().value(0).toString(), item.value(QLatin1String("price_minor")).toInteger()});
        }
    }
    if (items.isEmpty())
        return fail(Error::conflict(tr("Load a catalog with online items before seeding the demo.")));
    QList<std::pair<QString, QJsonObject>> students;
    {
        auto q = exec(QStringLiteral("SELECT uuid, payload FROM records WHERE center_id = ? AND entity = 'student' AND "
                                     "deleted = 0 ORDER BY uuid"),
            {centerId.value()});
        if (!q)
            return fail(q.error());
        while (q.value().next())
            students.append({q.value().value(0).toString(), toObject(q.value().value(1))});
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int made = 0;
    for (const auto& [studentUuid, student] : students) {
        const QString phone = digitsOf(student.value(QLatin1String("phone")).toString());
        const QString email = student.value(QLatin1String("email")).toString().trimmed().toLower();
        if (phone.size() < 6 && !email.contains(QLatin1Char('@')))
            continue;
        const QString accountId = QStringLiteral("demo-") + studentUuid;
        auto known = scalar(QStringLiteral("SELECT count(*) FROM online_accounts WHERE account_id = ?"), {accountId});
        if (!known)
            return fail(known.error());
        if (known->toLongLong() > 0)
            continue;
        auto account
            = exec(QStringLiteral("INSERT INTO online_accounts (account_id, phone_digits, phone_verified, email, "
                                  "email_verified) VALUES (?, ?, 1, ?, 1)"),
                {accountId, phone, email});
        if (!account)
            return fail(account.error());
        // Deterministic per student, so a reseeded demo looks the same.
        const QByteArray seed = QCryptographicHash::hash(studentUuid.toUtf8(), QCryptographicHash::Md5);
        const int purchases = 1 + static_cast<quint8>(seed[0]) % 3;
        for (int i = 0; i < purchases; ++i) {
            const auto& [itemUuid, price] = items.at((static_cast<quint8>(seed[1 + i]) + i * 7) % items.size());
            const qint64 daysAgo = 10 + static_cast<quint8>(seed[4 + i]) % 170;
            const QString purchaseUuid = uuidText(QUuid::createUuidV5(kCatalogNamespace, accountId + itemUuid));
            const QString progressUuid = uuidText(QUuid::createUuidV5(kCatalogNamespace, accountId + itemUuid + u'p'));
            const QVariant nullInt(QMetaType(QMetaType::Int));
            auto bought = exec(
                QStringLiteral("INSERT INTO online_activity (uuid, account_id, item_uuid, kind, "
                               "progress_percent, amount_minor, occurred_at) VALUES (?, ?, ?, 'purchase', "
                               "?, ?, ?) ON CONFLICT (uuid) DO NOTHING"),
                {purchaseUuid, accountId, itemUuid, nullInt, price, now.addDays(-daysAgo).toString(Qt::ISODateWithMs)});
            if (!bought)
                return fail(bought.error());
            auto progress = exec(QStringLiteral("INSERT INTO online_activity (uuid, account_id, item_uuid, kind, "
                                                "progress_percent, amount_minor, occurred_at) VALUES (?, ?, ?, "
                                                "'progress', ?, ?, ?) ON CONFLICT (uuid) DO NOTHING"),
                {progressUuid, accountId, itemUuid, static_cast<quint8>(seed[8 + i]) % 101,
                    QVariant(QMetaType(QMetaType::LongLong)), now.addDays(-daysAgo / 2).toString(Qt::ISODateWithMs)});
            if (!progress)
                return fail(progress.error());
        }
        QJsonObject linked = student;
        linked.insert(QStringLiteral("online_account_id"), accountId);
        if (auto l = linkStudent(centerId->toString(), studentUuid, linked); !l)
            return fail(l.error());
        ++made;
    }
    if (auto r = commit(); !r)
        return r.error();
    return made;
}

} // namespace td::catalog
