#include "Schema.h"

#include "Database.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QDateTime>

namespace td {

namespace {

// Version 1: the whole center. Times are UTC ISO-8601 text, dates of the center's calendar
// "YYYY-MM-DD", money in integer minor units, class hours in hundredths. Ledgers (sales, class-hour
// entries, audit log) are append-only: triggers refuse UPDATE and DELETE.
const QStringList kVersion1 = {
    QStringLiteral(R"(CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT)"),

    QStringLiteral(R"(CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'front_desk', 'instructor')),
        password_hash TEXT NOT NULL,
        phone TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL
    ) STRICT)"),

    QStringLiteral(R"(CREATE TABLE students (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        search_name TEXT NOT NULL,
        phone TEXT,
        phone_digits TEXT,
        email TEXT,
        birth_date TEXT,
        gender TEXT CHECK (gender IN ('female', 'male', 'other')),
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'archived')),
        notes TEXT NOT NULL DEFAULT '',
        online_account_id TEXT UNIQUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT)"),
    QStringLiteral("CREATE INDEX students_search_name ON students (search_name)"),
    QStringLiteral("CREATE INDEX students_phone_digits ON students (phone_digits)"),
    QStringLiteral("CREATE INDEX students_status ON students (status, search_name)"),
    // Phone fragments ("8000", "138 0013") are found through a trigram index over phone_digits, kept in step with
    // students by triggers so it changes in the same transaction as the student.
    QStringLiteral("CREATE VIRTUAL TABLE students_phone_fts USING fts5(phone_digits, content='students', "
                   "content_rowid='id', tokenize='trigram')"),
    QStringLiteral("CREATE TRIGGER students_phone_fts_insert AFTER INSERT ON students "
                   "WHEN new.phone_digits IS NOT NULL BEGIN "
                   "INSERT INTO students_phone_fts (rowid, phone_digits) VALUES (new.id, new.phone_digits); END"),
    QStringLiteral("CREATE TRIGGER students_phone_fts_delete AFTER DELETE ON students "
                   "WHEN old.phone_digits IS NOT NULL BEGIN "
                   "INSERT INTO students_phone_fts (students_phone_fts, rowid, phone_digits) "
                   "VALUES ('delete', old.id, old.phone_digits); END"),
    QStringLiteral("CREATE TRIGGER students_phone_fts_update AFTER UPDATE OF phone_digits ON students "
                   "WHEN old.phone_digits IS NOT new.phone_digits BEGIN "
                   "INSERT INTO students_phone_fts (students_phone_fts, rowid, phone_digits) "
                   "SELECT 'delete', old.id, old.phone_digits WHERE old.phone_digits IS NOT NULL; "
                   "INSERT INTO students_phone_fts (rowid, phone_digits) "
                   "SELECT new.id, new.phone_digits WHERE new.phone_digits IS NOT NULL; END"),

    QStringLiteral(R"(CREATE TABLE student_tags (
        student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (student_id, tag)
    ) STRICT, WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX student_tags_tag ON student_tags (tag)"),

    QStringLiteral(R"(CREATE TABLE guardians (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        relation TEXT NOT NULL,
        phone TEXT NOT NULL
    ) STRICT)"),
    QStringLiteral("CREATE INDEX guardians_student ON guardians (student_id)"),

    QStringLiteral(R"(CREATE TABLE consents (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('data_processing', 'marketing')),
        granted INTEGER NOT NULL CHECK (granted IN (0, 1)),
        recorded_by INTEGER REFERENCES staff (id),
        recorded_at TEXT NOT NULL
    ) STRICT)"),
    QStringLiteral("CREATE INDEX consents_student ON consents (student_id, kind, recorded_at)"),

    QStringLiteral(R"(CREATE TABLE catalog_items (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('online_course', 'ebook', 'audio', 'column', 'membership_plan',
                                           'offline_course', 'workshop')),
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        level INTEGER NOT NULL DEFAULT 0 CHECK (level >= 0),
        prerequisite_id INTEGER REFERENCES catalog_items (id),
        price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
        class_hours INTEGER NOT NULL DEFAULT 0 CHECK (class_hours >= 0),
        duration_days INTEGER NOT NULL DEFAULT 0 CHECK (duration_days >= 0),
        source TEXT NOT NULL DEFAULT 'local' CHECK (source IN ('local', 'online')),
        online_id TEXT UNIQUE,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT)"),
    QStringLiteral("CREATE INDEX catalog_items_kind ON catalog_items (kind, category)"),
    QStringLiteral("CREATE INDEX catalog_items_prerequisite ON catalog_items (prerequisite_id)"),

    QStringLiteral(R"(CREATE TABLE catalog_item_tags (
        item_id INTEGER NOT NULL REFERENCES catalog_items (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (item_id, tag)
    ) STRICT, WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX catalog_item_tags_tag ON catalog_item_tags (tag)"),

    QStringLiteral(R"(CREATE TABLE rooms (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL UNIQUE,
        capacity INTEGER NOT NULL CHECK (capacity > 0),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
    ) STRICT)"),

    // A class's recurrence as created: weekdays is a bit mask (Monday 1, Tuesday 2, ... Sunday 64),
    // start_time/end_time "HH:mm" local to the center; the sessions rows are what is actually scheduled.
    QStringLiteral(R"(CREATE TABLE classes (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        course_id INTEGER NOT NULL REFERENCES catalog_items (id),
        name TEXT NOT NULL,
        instructor_id INTEGER NOT NULL REFERENCES staff (id),
        room_id INTEGER NOT NULL REFERENCES rooms (id),
        capacity INTEGER NOT NULL CHECK (capacity > 0),
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        class_hours_per_session INTEGER NOT NULL CHECK (class_hours_per_session >= 0),
        drop_in_price_minor INTEGER CHECK (drop_in_price_minor >= 0),
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled', 'finished')),
        weekdays INTEGER NOT NULL DEFAULT 0 CHECK (weekdays BETWEEN 0 AND 127),
        start_time TEXT NOT NULL DEFAULT '',
        end_time TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        CHECK (end_date >= start_date)
    ) STRICT)"),
    QStringLiteral("CREATE INDEX classes_course ON classes (course_id)"),
    QStringLiteral("CREATE INDEX classes_instructor ON classes (instructor_id)"),

    QStringLiteral(R"(CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        class_id INTEGER NOT NULL REFERENCES classes (id),
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        local_date TEXT NOT NULL,
        room_id INTEGER NOT NULL REFERENCES rooms (id),
        instructor_id INTEGER NOT NULL REFERENCES staff (id),
        status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled', 'done')),
        makeup_of_id INTEGER REFERENCES sessions (id),
        class_hours INTEGER NOT NULL CHECK (class_hours >= 0),
        cancel_reason TEXT NOT NULL DEFAULT '',
        CHECK (ends_at > starts_at)
    ) STRICT)"),
    QStringLiteral("CREATE INDEX sessions_class ON sessions (class_id, starts_at)"),
    QStringLiteral("CREATE INDEX sessions_room ON sessions (room_id, starts_at)"),
    QStringLiteral("CREATE INDEX sessions_instructor ON sessions (instructor_id, starts_at)"),
    QStringLiteral("CREATE INDEX sessions_date ON sessions (local_date)"),
    QStringLiteral("CREATE INDEX sessions_makeup_of ON sessions (makeup_of_id)"),

    QStringLiteral(R"(CREATE TABLE enrollments (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        class_id INTEGER NOT NULL REFERENCES classes (id),
        student_id INTEGER NOT NULL REFERENCES students (id),
        status TEXT NOT NULL CHECK (status IN ('enrolled', 'waitlisted', 'dropped', 'completed')),
        requested_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (class_id, student_id)
    ) STRICT)"),
    QStringLiteral("CREATE INDEX enrollments_student ON enrollments (student_id)"),
    QStringLiteral("CREATE INDEX enrollments_waitlist ON enrollments (class_id, status, requested_at)"),

    // AUTOINCREMENT: an undone check-in deletes its row, and its id stays in the class-hour ledger, so an
    // id must never be handed out twice.
    QStringLiteral(R"(CREATE TABLE attendance (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid TEXT NOT NULL UNIQUE,
        session_id INTEGER NOT NULL REFERENCES sessions (id),
        student_id INTEGER NOT NULL REFERENCES students (id),
        status TEXT NOT NULL CHECK (status IN ('present', 'late', 'absent', 'excused', 'makeup')),
        recorded_by INTEGER REFERENCES staff (id),
        recorded_at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (session_id, student_id)
    ) STRICT)"),
    QStringLiteral("CREATE INDEX attendance_student ON attendance (student_id, recorded_at)"),

    QStringLiteral(R"(CREATE TABLE sales (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        receipt_series TEXT NOT NULL DEFAULT '',
        receipt_seq INTEGER NOT NULL CHECK (receipt_seq > 0),
        receipt_no TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('sale', 'refund')),
        refund_of_id INTEGER REFERENCES sales (id),
        student_id INTEGER REFERENCES students (id),
        staff_id INTEGER REFERENCES staff (id),
        approved_by INTEGER REFERENCES staff (id),
        method TEXT NOT NULL CHECK (method IN ('cash', 'bank_card', 'wechat_pay', 'alipay', 'bank_transfer', 'other')),
        subtotal_minor INTEGER NOT NULL,
        discount_minor INTEGER NOT NULL DEFAULT 0,
        total_minor INTEGER NOT NULL,
        tendered_minor INTEGER,
        reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        business_date TEXT NOT NULL,
        CHECK ((kind = 'sale' AND refund_of_id IS NULL AND total_minor >= 0)
            OR (kind = 'refund' AND refund_of_id IS NOT NULL AND total_minor <= 0)),
        -- Each desk numbers its receipts in its own series (its desk code), gapless within the series.
        UNIQUE (receipt_series, receipt_seq)
    ) STRICT)"),
    QStringLiteral("CREATE INDEX sales_student ON sales (student_id, created_at)"),
    QStringLiteral("CREATE INDEX sales_business_date ON sales (business_date, method)"),
    QStringLiteral("CREATE INDEX sales_refund_of ON sales (refund_of_id)"),

    QStringLiteral(R"(CREATE TABLE sale_lines (
        id INTEGER PRIMARY KEY,
        sale_id INTEGER NOT NULL REFERENCES sales (id),
        line_no INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('pack', 'membership', 'course', 'material', 'drop_in')),
        item_id INTEGER REFERENCES catalog_items (id),
        description TEXT NOT NULL,
        quantity INTEGER NOT NULL,
        unit_price_minor INTEGER NOT NULL,
        discount_minor INTEGER NOT NULL DEFAULT 0,
        total_minor INTEGER NOT NULL,
        class_hours INTEGER NOT NULL DEFAULT 0,
        refund_of_line_id INTEGER REFERENCES sale_lines (id),
        UNIQUE (sale_id, line_no)
    ) STRICT)"),
    QStringLiteral("CREATE INDEX sale_lines_refund_of ON sale_lines (refund_of_line_id)"),
    QStringLiteral("CREATE INDEX sale_lines_item ON sale_lines (item_id)"),

    // A closed business day: who closed it, when, and the totals it showed. Sales after the close get
    // the next business date (core/billing/DailyClose.h), so a closed day never changes.
    QStringLiteral(R"(CREATE TABLE day_closes (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        business_date TEXT NOT NULL UNIQUE,
        closed_by INTEGER REFERENCES staff (id),
        closed_at TEXT NOT NULL,
        sales_count INTEGER NOT NULL,
        sales_total_minor INTEGER NOT NULL,
        refunds_total_minor INTEGER NOT NULL,
        net_total_minor INTEGER NOT NULL
    ) STRICT)"),

    QStringLiteral(R"(CREATE TABLE class_hour_packs (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        student_id INTEGER NOT NULL REFERENCES students (id),
        course_id INTEGER REFERENCES catalog_items (id),
        category TEXT,
        hours_purchased INTEGER NOT NULL CHECK (hours_purchased > 0),
        expires_on TEXT,
        sale_line_id INTEGER REFERENCES sale_lines (id),
        created_at TEXT NOT NULL,
        CHECK (course_id IS NOT NULL OR category IS NOT NULL)
    ) STRICT)"),
    QStringLiteral("CREATE INDEX class_hour_packs_student ON class_hour_packs (student_id)"),
    QStringLiteral("CREATE INDEX class_hour_packs_expires ON class_hour_packs (expires_on)"),

    QStringLiteral(R"(CREATE TABLE class_hour_entries (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        pack_id INTEGER NOT NULL REFERENCES class_hour_packs (id),
        delta INTEGER NOT NULL CHECK (delta <> 0),
        reason TEXT NOT NULL CHECK (reason IN ('purchase', 'attendance', 'attendance_undo', 'refund', 'adjustment',
                                              'expiry')),
        attendance_id INTEGER, -- no REFERENCES: the entry outlives an undone (deleted) attendance row
        staff_id INTEGER REFERENCES staff (id),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    ) STRICT)"),
    QStringLiteral("CREATE INDEX class_hour_entries_pack ON class_hour_entries (pack_id)"),
    QStringLiteral("CREATE INDEX class_hour_entries_attendance ON class_hour_entries (attendance_id)"),

    QStringLiteral(R"(CREATE TABLE memberships (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        student_id INTEGER NOT NULL REFERENCES students (id),
        plan_id INTEGER NOT NULL REFERENCES catalog_items (id),
        starts_on TEXT NOT NULL,
        ends_on TEXT NOT NULL,
        sale_line_id INTEGER REFERENCES sale_lines (id),
        renewed_from_id INTEGER REFERENCES memberships (id),
        created_at TEXT NOT NULL,
        CHECK (ends_on >= starts_on)
    ) STRICT)"),
    QStringLiteral("CREATE INDEX memberships_student ON memberships (student_id, ends_on)"),
    QStringLiteral("CREATE INDEX memberships_ends ON memberships (ends_on)"),

    QStringLiteral(R"(CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        student_id INTEGER NOT NULL REFERENCES students (id),
        session_id INTEGER REFERENCES sessions (id),
        item_id INTEGER REFERENCES catalog_items (id),
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment TEXT NOT NULL DEFAULT '',
        recorded_by INTEGER REFERENCES staff (id),
        created_at TEXT NOT NULL,
        CHECK (session_id IS NOT NULL OR item_id IS NOT NULL)
    ) STRICT)"),
    QStringLiteral("CREATE INDEX feedback_student ON feedback (student_id)"),
    QStringLiteral("CREATE INDEX feedback_item ON feedback (item_id)"),
    QStringLiteral("CREATE INDEX feedback_session ON feedback (session_id)"),

    // What the online platform knows of a linked learner; filled by sync (and the demo generator).
    QStringLiteral(R"(CREATE TABLE online_activity (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        student_id INTEGER NOT NULL REFERENCES students (id),
        item_id INTEGER NOT NULL REFERENCES catalog_items (id),
        kind TEXT NOT NULL CHECK (kind IN ('purchase', 'progress')),
        progress_percent INTEGER CHECK (progress_percent BETWEEN 0 AND 100),
        amount_minor INTEGER,
        occurred_at TEXT NOT NULL
    ) STRICT)"),
    QStringLiteral("CREATE INDEX online_activity_student ON online_activity (student_id, occurred_at)"),

    // Recommenders and prediction models trained on this center (core/insights/ModelStore): each training
    // adds a version per kind; the desk uses the newest. metrics is JSON, parameters the model itself.
    QStringLiteral(R"(CREATE TABLE trained_models (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('recommender', 'churn', 'purchase')),
        version INTEGER NOT NULL CHECK (version > 0),
        trained_at TEXT NOT NULL,
        students INTEGER NOT NULL CHECK (students >= 0),
        examples INTEGER NOT NULL CHECK (examples >= 0),
        metrics TEXT NOT NULL,
        parameters BLOB NOT NULL,
        UNIQUE (kind, version)
    ) STRICT)"),

    QStringLiteral(R"(CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        staff_id INTEGER REFERENCES staff (id),
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_uuid TEXT NOT NULL,
        action TEXT NOT NULL,
        summary TEXT NOT NULL
    ) STRICT)"),
    QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity, entity_uuid)"),

    // Local writes the server must learn of, appended in the same transaction as the write.
    QStringLiteral(R"(CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        mutation_id TEXT NOT NULL UNIQUE,
        entity TEXT NOT NULL,
        entity_uuid TEXT NOT NULL,
        operation TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'rejected')),
        error TEXT
    ) STRICT)"),
    QStringLiteral("CREATE INDEX outbox_state ON outbox (state, seq)"),
    // Sync bookkeeping: desk id and pull cursor, the history shown on the Sync page, pulled changes that
    // cannot be applied yet (they refer to a row this desk does not have) and uuids the server merged.
    QStringLiteral(R"(CREATE TABLE sync_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT)"),
    QStringLiteral(R"(CREATE TABLE sync_runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'unreachable', 'refused', 'failed')),
        pushed INTEGER NOT NULL DEFAULT 0,
        rejected INTEGER NOT NULL DEFAULT 0,
        pulled INTEGER NOT NULL DEFAULT 0,
        deferred INTEGER NOT NULL DEFAULT 0,
        message TEXT NOT NULL DEFAULT ''
    ) STRICT)"),
    QStringLiteral(R"(CREATE TABLE sync_deferred (
        server_seq INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        entity_uuid TEXT NOT NULL,
        operation TEXT NOT NULL,
        payload TEXT NOT NULL,
        error TEXT NOT NULL,
        first_seen_at TEXT NOT NULL
    ) STRICT)"),
    QStringLiteral(R"(CREATE TABLE sync_aliases (
        entity TEXT NOT NULL,
        remote_uuid TEXT NOT NULL,
        local_uuid TEXT NOT NULL,
        PRIMARY KEY (entity, remote_uuid)
    ) STRICT, WITHOUT ROWID)"),

    // Billing shows the pack or membership each sale line created (receipts, refunds).
    QStringLiteral("CREATE INDEX class_hour_packs_sale_line ON class_hour_packs (sale_line_id)"),
    QStringLiteral("CREATE INDEX memberships_sale_line ON memberships (sale_line_id)"),

    // Append-only ledgers: nothing is edited or deleted, a correction is a new entry.
    QStringLiteral("CREATE TRIGGER sales_no_update BEFORE UPDATE ON sales BEGIN "
                   "SELECT RAISE(ABORT, 'sales are append-only'); END"),
    QStringLiteral("CREATE TRIGGER sales_no_delete BEFORE DELETE ON sales BEGIN "
                   "SELECT RAISE(ABORT, 'sales are append-only'); END"),
    QStringLiteral("CREATE TRIGGER sale_lines_no_update BEFORE UPDATE ON sale_lines BEGIN "
                   "SELECT RAISE(ABORT, 'sale lines are append-only'); END"),
    QStringLiteral("CREATE TRIGGER sale_lines_no_delete BEFORE DELETE ON sale_lines BEGIN "
                   "SELECT RAISE(ABORT, 'sale lines are append-only'); END"),
    QStringLiteral("CREATE TRIGGER day_closes_no_update BEFORE UPDATE ON day_closes BEGIN "
                   "SELECT RAISE(ABORT, 'day closes are append-only'); END"),
    QStringLiteral("CREATE TRIGGER day_closes_no_delete BEFORE DELETE ON day_closes BEGIN "
                   "SELECT RAISE(ABORT, 'day closes are append-only'); END"),
    QStringLiteral("CREATE TRIGGER class_hour_entries_no_update BEFORE UPDATE ON class_hour_entries BEGIN "
                   "SELECT RAISE(ABORT, 'class-hour entries are append-only'); END"),
    QStringLiteral("CREATE TRIGGER class_hour_entries_no_delete BEFORE DELETE ON class_hour_entries BEGIN "
                   "SELECT RAISE(ABORT, 'class-hour entries are append-only'); END"),
    QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
                   "SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
                   "SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
};

// Version 2: a drop-in ticket names the day it admits on, so a ticket can be sold ahead of a lecture.
// NULL (tickets sold before): the sale's business day, as version 1 meant. Pulled changes kept aside
// are looked up by record for every change a sync applies.
const QStringList kVersion2 = {
    QStringLiteral("ALTER TABLE sale_lines ADD COLUMN valid_on TEXT"),
    QStringLiteral("CREATE INDEX sync_deferred_record ON sync_deferred (entity, entity_uuid)"),
};

} // namespace

const std::vector<Schema::Step>& Schema::ladder()
{
    static const std::vector<Step> steps = {
        {1, kVersion1},
        {2, kVersion2},
    };
    return steps;
}

int Schema::latestVersion()
{
    return ladder().back().version;
}

Result<int> Schema::storedVersion(const Database& db)
{
    auto exists = db.scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
    if (!exists)
        return exists.error();
    if (exists.value().toInt() == 0) {
        auto tables = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!tables)
            return tables.error();
        if (tables.value().toInt() > 0)
            return Error::conflict(tr("The file %1 is not a TrainingDesk database.").arg(db.path()));
        return 0;
    }
    auto version = db.scalar(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"));
    if (!version)
        return version.error();
    return version.value().toInt();
}

Status Schema::upgrade(Database& db)
{
    return upgrade(db, ladder());
}

Status Schema::upgrade(Database& db, const std::vector<Step>& steps)
{
    auto created = db.exec(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL) STRICT"));
    if (!created)
        return created.error();
    for (const Step& step : steps) {
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        // Re-read inside the write lock: another process may have upgraded meanwhile.
        auto current = storedVersion(db);
        if (!current)
            return current.error();
        if (current.value() >= step.version)
            continue;
        for (const QString& statement : step.statements) {
            auto r = db.exec(statement);
            if (!r)
                return Error::storage(
                    tr("Upgrading the database to version %1 failed: %2").arg(step.version).arg(r.error().message));
        }
        auto recorded = db.exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
            {step.version, sql::fromDateTime(QDateTime::currentDateTimeUtc())});
        if (!recorded)
            return recorded.error();
        auto committed = tx.value().commit();
        if (!committed)
            return committed;
    }
    return {};
}

} // namespace td
