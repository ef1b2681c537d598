#include "StudentService.h"

#include "audit/AuditLog.h"
#include "settings/CenterSettings.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "sync/Outbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace td {

namespace {

const QString kStudentColumns = QStringLiteral(
    "id, uuid, code, name, phone, phone_digits, email, birth_date, gender, status, notes, online_account_id, "
    "created_at, updated_at");

const QString kEntityStudent = QStringLiteral("student");
const QString kEntityGuardian = QStringLiteral("guardian");
const QString kEntityConsent = QStringLiteral("consent");

Student studentFromRow(const QSqlQuery& q)
{
    Student s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.code = q.value(2).toString();
    s.name = q.value(3).toString();
    s.phone = q.value(4).toString();
    s.phoneDigits = q.value(5).toString();
    s.email = q.value(6).toString();
    s.birthDate = sql::toDate(q.value(7));
    s.gender = q.value(8).toString();
    s.status = studentStatusFromKey(q.value(9).toString()).value_or(StudentStatus::Active);
    s.notes = q.value(10).toString();
    s.onlineAccountId = q.value(11).toString();
    s.createdAt = sql::toDateTime(q.value(12));
    s.updatedAt = sql::toDateTime(q.value(13));
    return s;
}

Result<QList<Guardian>> guardiansOf(const Database& db, qint64 studentId)
{
    auto q = db.exec(QStringLiteral("SELECT id, uuid, name, relation, phone FROM guardians WHERE student_id = ? "
                                    "ORDER BY id"),
        {studentId});
    if (!q)
        return q.error();
    QList<Guardian> guardians;
    while (q.value().next())
        guardians.append({q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString(),
            q.value().value(3).toString(), q.value().value(4).toString()});
    return guardians;
}

Result<QStringList> tagsOf(const Database& db, qint64 studentId)
{
    auto q = db.exec(QStringLiteral("SELECT tag FROM student_tags WHERE student_id = ? ORDER BY tag"), {studentId});
    if (!q)
        return q.error();
    QStringList tags;
    while (q.value().next())
        tags.append(q.value().value(0).toString());
    return tags;
}

Result<Student> loadWhere(
    const Database& db, const QString& where, const QVariant& binding, const QString& notFoundMessage)
{
    auto q = db.exec(
        QStringLiteral("SELECT ") + kStudentColumns + QStringLiteral(" FROM students WHERE ") + where, {binding});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(notFoundMessage);
    Student s = studentFromRow(q.value());
    auto guardians = guardiansOf(db, s.id);
    if (!guardians)
        return guardians.error();
    s.guardians = guardians.value();
    auto tags = tagsOf(db, s.id);
    if (!tags)
        return tags.error();
    s.tags = tags.value();
    return s;
}

QStringList normalizedTags(const QStringList& tags)
{
    QStringList result;
    for (const QString& tag : tags) {
        const QString t = tag.simplified();
        if (!t.isEmpty() && !result.contains(t))
            result.append(t);
    }
    return result;
}

bool isValidEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return pattern.match(email).hasMatch();
}

// The profile with its text normalized, or the first rule it breaks (naming the field).
Result<StudentProfile> validatedProfile(const Context& ctx, const StudentProfile& input)
{
    StudentProfile p = input;
    p.name = input.name.simplified();
    if (p.name.isEmpty())
        return Error::invalid(StudentService::tr("The name is empty."), QStringLiteral("name"));
    p.code = input.code.trimmed().toUpper();
    if (!p.code.isEmpty() && !StudentService::isWellFormedCode(p.code))
        return Error::invalid(
            StudentService::tr("The student code %1 is not an S followed by six digits (like S000123).").arg(p.code),
            QStringLiteral("code"));
    p.phone = input.phone.simplified();
    if (!p.phone.isEmpty()) {
        const auto phone = StudentService::normalizedPhone(p.phone);
        if (!phone)
            return Error::invalid(StudentService::tr("The phone number %1 is not valid: use 11 digits starting with 1, "
                                                     "or + and the international number.")
                                      .arg(p.phone),
                QStringLiteral("phone"));
        p.phone = *phone;
    }
    p.email = input.email.trimmed();
    if (!p.email.isEmpty() && !isValidEmail(p.email))
        return Error::invalid(
            StudentService::tr("The e-mail address %1 is not valid.").arg(p.email), QStringLiteral("email"));
    if (p.birthDate.isValid() && p.birthDate > StudentService::today(ctx))
        return Error::invalid(
            StudentService::tr("The birth date %1 is in the future.").arg(p.birthDate.toString(Qt::ISODate)),
            QStringLiteral("birthDate"));
    p.gender = input.gender.trimmed().toLower();
    if (!p.gender.isEmpty() && p.gender != QLatin1String("female") && p.gender != QLatin1String("male")
        && p.gender != QLatin1String("other"))
        return Error::invalid(StudentService::tr("The gender %1 is not one of female, male or other.").arg(p.gender),
            QStringLiteral("gender"));
    p.tags = normalizedTags(input.tags);
    p.notes = input.notes.trimmed();
    return p;
}

Result<Guardian> validatedGuardian(const Guardian& input)
{
    Guardian g = input;
    g.name = input.name.simplified();
    g.relation = input.relation.simplified();
    if (g.name.isEmpty())
        return Error::invalid(StudentService::tr("The guardian's name is empty."), QStringLiteral("guardianName"));
    if (g.relation.isEmpty())
        return Error::invalid(
            StudentService::tr("The guardian's relation to the student is empty."), QStringLiteral("guardianRelation"));
    const QString typed = input.phone.simplified();
    if (typed.isEmpty())
        return Error::invalid(
            StudentService::tr("The guardian's phone number is empty."), QStringLiteral("guardianPhone"));
    const auto phone = StudentService::normalizedPhone(typed);
    if (!phone)
        return Error::invalid(StudentService::tr("The guardian's phone number %1 is not valid: use 11 digits starting "
                                                 "with 1, or + and the international number.")
                                  .arg(typed),
            QStringLiteral("guardianPhone"));
    g.phone = *phone;
    return g;
}

Error minorNeedsGuardian()
{
    return Error::invalid(StudentService::tr("A student under %1 needs at least one guardian with a name, a relation "
                                             "and a phone number.")
                              .arg(StudentService::kAdultAge),
        QStringLiteral("guardians"));
}

// The code the student gets: the one typed when it is free, else the next after the highest.
Result<QString> assignCode(const Context& ctx, const QString& requested, qint64 ownId)
{
    if (!requested.isEmpty()) {
        auto taken = ctx.db.scalar(
            QStringLiteral("SELECT count(*) FROM students WHERE code = ? AND id <> ?"), {requested, ownId});
        if (!taken)
            return taken.error();
        if (taken.value().toInt() > 0)
            return Error::conflict(
                StudentService::tr("The student code %1 is already used.").arg(requested), QStringLiteral("code"));
        return requested;
    }
    // Codes are always well formed, so the highest one sorts last; read inside the write transaction.
    auto highest
        = ctx.db.scalar(QStringLiteral("SELECT max(code) FROM students WHERE code >= 'S000000' AND code <= 'S999999'"));
    if (!highest)
        return highest.error();
    const int next = highest.value().isNull() ? 1 : highest.value().toString().mid(1).toInt() + 1;
    if (next > 999999)
        return Error::conflict(StudentService::tr("All student codes up to S999999 are used."), QStringLiteral("code"));
    return StudentService::codeForNumber(next);
}

Status writeTags(const Context& ctx, qint64 studentId, const QStringList& tags)
{
    auto cleared = ctx.db.exec(QStringLiteral("DELETE FROM student_tags WHERE student_id = ?"), {studentId});
    if (!cleared)
        return cleared.error();
    for (const QString& tag : tags) {
        auto r
            = ctx.db.exec(QStringLiteral("INSERT INTO student_tags (student_id, tag) VALUES (?, ?)"), {studentId, tag});
        if (!r)
            return r.error();
    }
    return {};
}

QJsonObject studentPayload(const Student& s)
{
    return {{QStringLiteral("uuid"), s.uuid}, {QStringLiteral("code"), s.code}, {QStringLiteral("name"), s.name},
        {QStringLiteral("phone"), s.phone}, {QStringLiteral("email"), s.email},
        {QStringLiteral("birth_date"), s.birthDate.isValid() ? sql::fromDate(s.birthDate) : QString()},
        {QStringLiteral("gender"), s.gender}, {QStringLiteral("status"), studentStatusKey(s.status)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(s.tags)},
        {QStringLiteral("online_account_id"), s.onlineAccountId}};
}

QJsonObject guardianPayload(const Guardian& g, const QString& studentUuid)
{
    return {{QStringLiteral("uuid"), g.uuid}, {QStringLiteral("student_uuid"), studentUuid},
        {QStringLiteral("name"), g.name}, {QStringLiteral("relation"), g.relation}, {QStringLiteral("phone"), g.phone}};
}

Status auditAndQueueStudent(const Context& ctx, const Student& s, const QString& action, const QString& summary)
{
    if (auto a = AuditLog::record(ctx, kEntityStudent, s.uuid, action, summary); !a)
        return a;
    if (auto o = Outbox::append(ctx, kEntityStudent, s.uuid, QStringLiteral("upsert"), studentPayload(s)); !o)
        return o.error();
    return {};
}

Result<Guardian> insertGuardian(const Context& ctx, const Student& student, const Guardian& valid)
{
    Guardian g = valid;
    g.uuid = sql::newUuid();
    auto r = ctx.db.exec(QStringLiteral("INSERT INTO guardians (uuid, student_id, name, relation, phone) "
                                        "VALUES (?, ?, ?, ?, ?)"),
        {g.uuid, student.id, g.name, g.relation, g.phone});
    if (!r)
        return r.error();
    g.id = r.value().lastInsertId().toLongLong();
    if (auto a = AuditLog::record(ctx, kEntityGuardian, g.uuid, QStringLiteral("create"),
            StudentService::tr("guardian of %1").arg(student.code));
        !a)
        return a.error();
    if (auto o
        = Outbox::append(ctx, kEntityGuardian, g.uuid, QStringLiteral("upsert"), guardianPayload(g, student.uuid));
        !o)
        return o.error();
    return g;
}

Status touch(const Context& ctx, qint64 studentId)
{
    auto r = ctx.db.exec(QStringLiteral("UPDATE students SET updated_at = ? WHERE id = ?"),
        {sql::fromDateTime(ctx.clock.nowUtc()), studentId});
    if (!r)
        return r.error();
    return {};
}

// Names of the profile fields that differ, for the audit line (never the values: they are personal data).
QStringList changedFields(const Student& before, const StudentProfile& after)
{
    QStringList fields;
    if (before.code != after.code)
        fields << QStringLiteral("code");
    if (before.name != after.name)
        fields << QStringLiteral("name");
    if (before.phone != after.phone)
        fields << QStringLiteral("phone");
    if (before.email != after.email)
        fields << QStringLiteral("email");
    if (before.birthDate != after.birthDate)
        fields << QStringLiteral("birth_date");
    if (before.gender != after.gender)
        fields << QStringLiteral("gender");
    if (before.status != after.status)
        fields << QStringLiteral("status");
    QStringList beforeTags = before.tags;
    QStringList afterTags = after.tags;
    beforeTags.sort();
    afterTags.sort();
    if (beforeTags != afterTags)
        fields << QStringLiteral("tags");
    if (before.notes != after.notes)
        fields << QStringLiteral("notes");
    return fields;
}

Result<QString> staffUuid(const Context& ctx)
{
    if (ctx.actor.isSystem())
        return QString();
    auto r = ctx.db.scalar(QStringLiteral("SELECT uuid FROM staff WHERE id = ?"), {ctx.actor.staffId});
    if (!r)
        return r.error();
    return r.value().toString();
}

} // namespace

StudentProfile Student::profile() const
{
    return {code, name, phone, email, birthDate, gender, status, tags, notes};
}

QString StudentService::searchName(const QString& name)
{
    return name.normalized(QString::NormalizationForm_KC).toLower().simplified();
}

QString StudentService::phoneDigits(const QString& phone)
{
    QString digits;
    for (const QChar c : phone)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    return digits;
}

std::optional<QString> StudentService::normalizedPhone(const QString& phone)
{
    const QString typed = phone.normalized(QString::NormalizationForm_KC).simplified();
    static const QRegularExpression allowed(QStringLiteral(R"(^\+?[0-9][0-9 \-]*[0-9]$)"));
    if (!allowed.match(typed).hasMatch())
        return std::nullopt;
    const QString digits = phoneDigits(typed);
    if (typed.startsWith(QLatin1Char('+'))) {
        if (digits.size() < 7 || digits.size() > 15)
            return std::nullopt;
    } else if (digits.size() != 11 || !digits.startsWith(QLatin1Char('1'))) {
        return std::nullopt;
    }
    return typed;
}

QString StudentService::codeForNumber(int number)
{
    return QStringLiteral("S%1").arg(number, 6, 10, QLatin1Char('0'));
}

bool StudentService::isWellFormedCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^S[0-9]{6}$"));
    return pattern.match(code).hasMatch();
}

QDate StudentService::today(const Context& ctx)
{
    return ctx.clock.nowUtc().toTimeZone(CenterSettings(ctx.db).timeZone()).date();
}

bool StudentService::isMinor(const QDate& birthDate, const QDate& today)
{
    return birthDate.isValid() && birthDate.addYears(kAdultAge) > today;
}

Result<Student> StudentService::create(
    const Context& ctx, const StudentProfile& input, const QList<Guardian>& guardians)
{
    if (auto allowed = ctx.require(Permission::ManageStudents); !allowed)
        return allowed.error();
    auto profile = validatedProfile(ctx, input);
    if (!profile)
        return profile.error();
    QList<Guardian> validGuardians;
    for (const Guardian& g : guardians) {
        auto valid = validatedGuardian(g);
        if (!valid)
            return valid.error();
        validGuardians.append(valid.value());
    }
    if (isMinor(profile->birthDate, today(ctx)) && validGuardians.isEmpty())
        return minorNeedsGuardian();

    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto code = assignCode(ctx, profile->code, 0);
    if (!code)
        return code.error();
    Student s;
    s.uuid = sql::newUuid();
    s.code = code.value();
    s.name = profile->name;
    s.phone = profile->phone;
    s.phoneDigits = phoneDigits(profile->phone);
    s.email = profile->email;
    s.birthDate = profile->birthDate;
    s.gender = profile->gender;
    s.status = profile->status;
    s.tags = profile->tags;
    s.notes = profile->notes;
    s.createdAt = ctx.clock.nowUtc();
    s.updatedAt = s.createdAt;
    auto r = ctx.db.exec(QStringLiteral("INSERT INTO students (uuid, code, name, search_name, phone, phone_digits, "
                                        "email, birth_date, gender, status, notes, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?)"),
        {s.uuid, s.code, s.name, searchName(s.name), sql::nullIfEmpty(s.phone), sql::nullIfEmpty(s.phoneDigits),
            sql::nullIfEmpty(s.email), s.birthDate.isValid() ? QVariant(sql::fromDate(s.birthDate)) : QVariant(),
            sql::nullIfEmpty(s.gender), studentStatusKey(s.status), s.notes, sql::fromDateTime(s.createdAt),
            sql::fromDateTime(s.updatedAt)});
    if (!r)
        return r.error();
    s.id = r.value().lastInsertId().toLongLong();
    if (auto t = writeTags(ctx, s.id, s.tags); !t)
        return t.error();
    if (auto q = auditAndQueueStudent(ctx, s, QStringLiteral("create"), s.code); !q)
        return q.error();
    for (const Guardian& g : validGuardians) {
        auto inserted = insertGuardian(ctx, s, g);
        if (!inserted)
            return inserted.error();
        s.guardians.append(inserted.value());
    }
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return s;
}

Result<Student> StudentService::update(const Context& ctx, qint64 studentId, const StudentProfile& input)
{
    if (auto allowed = ctx.require(Permission::ManageStudents); !allowed)
        return allowed.error();
    auto profile = validatedProfile(ctx, input);
    if (!profile)
        return profile.error();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto before = byId(ctx.db, studentId);
    if (!before)
        return before.error();
    if (isMinor(profile->birthDate, today(ctx)) && before->guardians.isEmpty())
        return minorNeedsGuardian();
    StudentProfile p = profile.value();
    if (p.code.isEmpty() || p.code == before->code) {
        p.code = before->code;
    } else {
        auto code = assignCode(ctx, p.code, studentId);
        if (!code)
            return code.error();
    }
    const QStringList fields = changedFields(before.value(), p);
    if (fields.isEmpty())
        return before;

    auto r = ctx.db.exec(QStringLiteral("UPDATE students SET code = ?, name = ?, search_name = ?, phone = ?, "
                                        "phone_digits = ?, email = ?, birth_date = ?, gender = ?, status = ?, "
                                        "notes = coalesce(?, ''), updated_at = ? WHERE id = ?"),
        {p.code, p.name, searchName(p.name), sql::nullIfEmpty(p.phone), sql::nullIfEmpty(phoneDigits(p.phone)),
            sql::nullIfEmpty(p.email), p.birthDate.isValid() ? QVariant(sql::fromDate(p.birthDate)) : QVariant(),
            sql::nullIfEmpty(p.gender), studentStatusKey(p.status), p.notes, sql::fromDateTime(ctx.clock.nowUtc()),
            studentId});
    if (!r)
        return r.error();
    if (auto t = writeTags(ctx, studentId, p.tags); !t)
        return t.error();
    auto after = byId(ctx.db, studentId);
    if (!after)
        return after.error();
    if (auto q = auditAndQueueStudent(ctx, after.value(), QStringLiteral("update"),
            after->code + QStringLiteral(": ") + fields.join(QStringLiteral(", ")));
        !q)
        return q.error();
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return after;
}

Result<Student> StudentService::update(
    const Context& ctx, qint64 studentId, const StudentProfile& profile, const QList<Guardian>& guardians)
{
    if (auto allowed = ctx.require(Permission::ManageStudents); !allowed)
        return allowed.error();
    for (const Guardian& g : guardians)
        if (auto valid = validatedGuardian(g); !valid)
            return valid.error();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto before = byId(ctx.db, studentId);
    if (!before)
        return before.error();
    // Add and change first, then the profile, then remove: the rule holds at every step only if it holds at the end.
    for (const Guardian& g : guardians) {
        if (g.id == 0) {
            if (auto added = addGuardian(ctx, studentId, g); !added)
                return added.error();
            continue;
        }
        const auto old = std::find_if(before->guardians.cbegin(), before->guardians.cend(),
            [&](const Guardian& existing) { return existing.id == g.id; });
        if (old == before->guardians.cend())
            return Error::notFound(tr("The guardian with id %1 is not one of this student's.").arg(g.id));
        if (auto valid = validatedGuardian(g);
            valid->name != old->name || valid->relation != old->relation || valid->phone != old->phone)
            if (auto changed = updateGuardian(ctx, g.id, g); !changed)
                return changed.error();
    }
    auto updated = update(ctx, studentId, profile);
    if (!updated)
        return updated.error();
    for (const Guardian& old : before->guardians) {
        const bool kept
            = std::any_of(guardians.cbegin(), guardians.cend(), [&](const Guardian& g) { return g.id == old.id; });
        if (!kept)
            if (auto removed = removeGuardian(ctx, old.id); !removed)
                return removed.error();
    }
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return byId(ctx.db, studentId);
}

Status StudentService::setStatus(const Context& ctx, qint64 studentId, StudentStatus status)
{
    if (auto allowed = ctx.require(Permission::ManageStudents); !allowed)
        return allowed;
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto student = byId(ctx.db, studentId);
    if (!student)
        return student.error();
    if (student->status == status)
        return {};
    auto r = ctx.db.exec(QStringLiteral("UPDATE students SET status = ?, updated_at = ? WHERE id = ?"),
        {studentStatusKey(status), sql::fromDateTime(ctx.clock.nowUtc()), studentId});
    if (!r)
        return r.error();
    const QString from = studentStatusKey(student->status);
    student.value().status = status;
    if (auto q = auditAndQueueStudent(ctx, student.value(), QStringLiteral("set_status"),
            QStringLiteral("%1: %2 -> %3").arg(student->code, from, studentStatusKey(status)));
        !q)
        return q;
    return tx.value().commit();
}

Status StudentService::giveUpCode(const Context& ctx, qint64 studentId, const QString& winner)
{
    auto student = byId(ctx.db, studentId);
    if (!student)
        return student.error();
    auto code = assignCode(ctx, {}, studentId);
    if (!code)
        return code.error();
    auto r = ctx.db.exec(QStringLiteral("UPDATE students SET code = ?, updated_at = ? WHERE id = ?"),
        {code.value(), sql::fromDateTime(ctx.clock.nowUtc()), studentId});
    if (!r)
        return r.error();
    const QString old = student->code;
    student.value().code = code.value();
    return auditAndQueueStudent(ctx, student.value(), QStringLiteral("update"),
        tr("Code %1 stays with %2 from another desk (both desks gave it out offline); this student's code is now %3.")
            .arg(old, winner, code.value()));
}

Result<Student> StudentService::byId(const Context& ctx, qint64 studentId)
{
    if (auto allowed = ctx.require(Permission::ViewStudents); !allowed)
        return allowed.error();
    return byId(ctx.db, studentId);
}

Result<Student> StudentService::byId(const Database& db, qint64 studentId)
{
    return loadWhere(db, QStringLiteral("id = ?"), studentId, tr("There is no student with id %1.").arg(studentId));
}

Result<Student> StudentService::byCode(const Context& ctx, const QString& code)
{
    if (auto allowed = ctx.require(Permission::ViewStudents); !allowed)
        return allowed.error();
    return byCode(ctx.db, code);
}

Result<Student> StudentService::byCode(const Database& db, const QString& code)
{
    const QString wanted = code.trimmed().toUpper();
    return loadWhere(db, QStringLiteral("code = ?"), wanted, tr("There is no student with code %1.").arg(wanted));
}

Result<Guardian> StudentService::addGuardian(const Context& ctx, qint64 studentId, const Guardian& guardian)
{
    if (auto allowed = ctx.require(Permission::ManageStudents); !allowed)
        return allowed.error();
    auto valid = validatedGuardian(guardian);
    if (!valid)
        return valid.error();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto student = byId(ctx.db, studentId);
    if (!student)
        return student.error();
    auto inserted = insertGuardian(ctx, student.value(), valid.value());
    if (!inserted)
        return inserted.error();
    if (auto t = touch(ctx, studentId); !t)
        return t.error();
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return inserted;
}

namespace {

struct GuardianOwner
{
    Guardian guardian;
    Student student;
};

Result<GuardianOwner> guardianWithStudent(const Database& db, qint64 guardianId)
{
    auto owner = db.scalar(QStringLiteral("SELECT student_id FROM guardians WHERE id = ?"), {guardianId});
    if (!owner)
        return owner.error();
    if (owner.value().isNull())
        return Error::notFound(StudentService::tr("There is no guardian with id %1.").arg(guardianId));
    auto student = StudentService::byId(db, owner.value().toLongLong());
    if (!student)
        return student.error();
    for (const Guardian& g : student->guardians)
        if (g.id == guardianId)
            return GuardianOwner {g, student.value()};
    return Error::notFound(StudentService::tr("There is no guardian with id %1.").arg(guardianId));
}

} // namespace

Result<Guardian> StudentService::updateGuardian(const Context& ctx, qint64 guardianId, const Guardian& guardian)
{
    if (auto allowed = ctx.require(Permission::ManageStudents); !allowed)
        return allowed.error();
    auto valid = validatedGuardian(guardian);
    if (!valid)
        return valid.error();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto owner = guardianWithStudent(ctx.db, guardianId);
    if (!owner)
        return owner.error();
    Guardian g = valid.value();
    g.id = guardianId;
    g.uuid = owner->guardian.uuid;
    auto r = ctx.db.exec(QStringLiteral("UPDATE guardians SET name = ?, relation = ?, phone = ? WHERE id = ?"),
        {g.name, g.relation, g.phone, guardianId});
    if (!r)
        return r.error();
    if (auto a = AuditLog::record(
            ctx, kEntityGuardian, g.uuid, QStringLiteral("update"), tr("guardian of %1").arg(owner->student.code));
        !a)
        return a.error();
    if (auto o = Outbox::append(
            ctx, kEntityGuardian, g.uuid, QStringLiteral("upsert"), guardianPayload(g, owner->student.uuid));
        !o)
        return o.error();
    if (auto t = touch(ctx, owner->student.id); !t)
        return t.error();
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return g;
}

Status StudentService::removeGuardian(const Context& ctx, qint64 guardianId)
{
    if (auto allowed = ctx.require(Permission::ManageStudents); !allowed)
        return allowed;
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto owner = guardianWithStudent(ctx.db, guardianId);
    if (!owner)
        return owner.error();
    if (owner->student.guardians.size() == 1 && isMinor(owner->student.birthDate, today(ctx)))
        return Error::conflict(tr("This is the only guardian of %1, who is under %2; add another guardian first.")
                                   .arg(owner->student.name)
                                   .arg(kAdultAge),
            QStringLiteral("guardians"));
    auto r = ctx.db.exec(QStringLiteral("DELETE FROM guardians WHERE id = ?"), {guardianId});
    if (!r)
        return r.error();
    if (auto a = AuditLog::record(ctx, kEntityGuardian, owner->guardian.uuid, QStringLiteral("delete"),
            tr("guardian of %1").arg(owner->student.code));
        !a)
        return a;
    if (auto o = Outbox::append(ctx, kEntityGuardian, owner->guardian.uuid, QStringLiteral("delete"),
            {{QStringLiteral("uuid"), owner->guardian.uuid}, {QStringLiteral("student_uuid"), owner->student.uuid}});
        !o)
        return o.error();
    if (auto t = touch(ctx, owner->student.id); !t)
        return t;
    return tx.value().commit();
}

Result<ConsentRecord> StudentService::recordConsent(
    const Context& ctx, qint64 studentId, ConsentKind kind, bool granted)
{
    if (auto allowed = ctx.require(Permission::ManageStudents); !allowed)
        return allowed.error();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto student = byId(ctx.db, studentId);
    if (!student)
        return student.error();
    auto recorder = staffUuid(ctx);
    if (!recorder)
        return recorder.error();
    ConsentRecord c {0, sql::newUuid(), kind, granted, ctx.actor.staffId, ctx.actor.displayName, ctx.clock.nowUtc()};
    auto r = ctx.db.exec(QStringLiteral("INSERT INTO consents (uuid, student_id, kind, granted, recorded_by, "
                                        "recorded_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {c.uuid, studentId, consentKindKey(kind), granted ? 1 : 0, ctx.staffRef(), sql::fromDateTime(c.recordedAt)});
    if (!r)
        return r.error();
    c.id = r.value().lastInsertId().toLongLong();
    if (auto a
        = AuditLog::record(ctx, kEntityConsent, c.uuid, granted ? QStringLiteral("grant") : QStringLiteral("withdraw"),
            QStringLiteral("%1: %2").arg(student->code, consentKindKey(kind)));
        !a)
        return a.error();
    const QJsonObject payload {{QStringLiteral("uuid"), c.uuid}, {QStringLiteral("student_uuid"), student->uuid},
        {QStringLiteral("kind"), consentKindKey(kind)}, {QStringLiteral("granted"), granted},
        {QStringLiteral("recorded_at"), sql::fromDateTime(c.recordedAt)},
        {QStringLiteral("recorded_by"), recorder.value()}};
    if (auto o = Outbox::append(ctx, kEntityConsent, c.uuid, QStringLiteral("add"), payload); !o)
        return o.error();
    if (auto cm = tx.value().commit(); !cm)
        return cm.error();
    return c;
}

Result<QList<ConsentRecord>> StudentService::consentHistory(const Database& db, qint64 studentId)
{
    auto q = db.exec(QStringLiteral("SELECT c.id, c.uuid, c.kind, c.granted, c.recorded_by, "
                                    "coalesce(s.display_name, ''), c.recorded_at FROM consents c "
                                    "LEFT JOIN staff s ON s.id = c.recorded_by WHERE c.student_id = ? "
                                    "ORDER BY c.recorded_at, c.id"),
        {studentId});
    if (!q)
        return q.error();
    QList<ConsentRecord> records;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        records.append({row.value(0).toLongLong(), row.value(1).toString(),
            consentKindFromKey(row.value(2).toString()).value_or(ConsentKind::DataProcessing), row.value(3).toBool(),
            row.value(4).toLongLong(), row.value(5).toString(), sql::toDateTime(row.value(6))});
    }
    return records;
}

Result<std::optional<ConsentRecord>> StudentService::currentConsent(
    const Database& db, qint64 studentId, ConsentKind kind)
{
    auto history = consentHistory(db, studentId);
    if (!history)
        return history.error();
    std::optional<ConsentRecord> latest;
    for (const ConsentRecord& c : history.value())
        if (c.kind == kind)
            latest = c;
    return latest;
}

Result<int> StudentService::queueUnsyncedForSync(const Context& ctx)
{
    if (auto allowed = ctx.require(Permission::Sync); !allowed)
        return allowed.error();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto q = ctx.db.exec(QStringLiteral("SELECT id FROM students WHERE uuid NOT IN (SELECT entity_uuid FROM outbox "
                                        "WHERE entity = ?) ORDER BY id"),
        {kEntityStudent});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    for (const qint64 id : ids) {
        auto student = byId(ctx.db, id);
        if (!student)
            return student.error();
        if (auto o = Outbox::append(
                ctx, kEntityStudent, student->uuid, QStringLiteral("upsert"), studentPayload(student.value()));
            !o)
            return o.error();
    }
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return static_cast<int>(ids.size());
}

} // namespace td
