#include "StudentDirectory.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "students/StudentService.h"

#include <QRegularExpression>

namespace td {

namespace {

// One kind of match, as SQL over `students s`. The kinds exclude each other's rows so that a student appears
// once, in the best kind that matches.
struct Tier
{
    QString where;
    QVariantList bindings;
};

// The code a text denotes: "S000123", "s123" or "123" all mean S000123.
QString codeFromText(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[Ss]?([0-9]{1,6})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const int number = match.captured(1).toInt();
    return number > 0 ? StudentService::codeForNumber(number) : QString();
}

// The digits of a text that can be a phone fragment: digits with the separators people type, 3 digits at least
// (the trigram index needs three).
QString phoneFragmentFromText(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[0-9 +\-()]+$)"));
    if (!pattern.match(text).hasMatch())
        return {};
    const QString digits = StudentService::phoneDigits(text);
    return digits.size() >= 3 ? digits : QString();
}

QList<Tier> tiersFor(const StudentFilter& filter)
{
    QString common;
    QVariantList commonBindings;
    if (!filter.status.isEmpty()) {
        common += QStringLiteral(" AND s.status = ?");
        commonBindings << filter.status;
    }
    if (!filter.tag.isEmpty()) {
        common += QStringLiteral(" AND s.id IN (SELECT student_id FROM student_tags WHERE tag = ?)");
        commonBindings << filter.tag.simplified();
    }
    if (filter.classId != 0) {
        common += QStringLiteral(
            " AND s.id IN (SELECT student_id FROM enrollments WHERE class_id = ? AND status = 'enrolled')");
        commonBindings << filter.classId;
    }

    const QString text = filter.text.simplified();
    if (text.isEmpty())
        return {{common.mid(5) /* without the leading " AND " */, commonBindings}};

    QList<Tier> tiers;
    QString excluded;
    QVariantList excludedBindings;

    const QString code = codeFromText(text);
    if (!code.isEmpty()) {
        tiers.append({QStringLiteral("s.code = ?") + common, QVariantList {code} + commonBindings});
        excluded += QStringLiteral(" AND s.code <> ?");
        excludedBindings << code;
    }

    // Every name starting with the prefix lies in [prefix, prefix + the highest code point).
    const QString prefix = StudentService::searchName(text);
    const QString upper = prefix + QString::fromUcs4(U"\U0010FFFF");
    tiers.append({QStringLiteral("s.search_name >= ? AND s.search_name < ?") + excluded + common,
        QVariantList {prefix, upper} + excludedBindings + commonBindings});
    excluded += QStringLiteral(" AND NOT (s.search_name >= ? AND s.search_name < ?)");
    excludedBindings << prefix << upper;

    const QString digits = phoneFragmentFromText(text);
    if (!digits.isEmpty())
        tiers.append({QStringLiteral("s.id IN (SELECT rowid FROM students_phone_fts WHERE students_phone_fts MATCH ?)")
                + excluded + common,
            QVariantList {QString(QLatin1Char('"') + digits + QLatin1Char('"'))} + excludedBindings + commonBindings});
    return tiers;
}

// No WHERE at all when nothing filters, so that SQLite counts from the b-tree without reading rows.
QString whereClause(const Tier& tier)
{
    return tier.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + tier.where;
}

Result<qint64> countTier(const Database& db, const Tier& tier)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM students s") + whereClause(tier), tier.bindings);
    if (!n)
        return n.error();
    return n.value().toLongLong();
}

Status fetchTier(const Database& db, const Tier& tier, qint64 offset, qint64 limit, QList<StudentListRow>& rows)
{
    auto q = db.exec(QStringLiteral("SELECT s.id, s.uuid, s.code, s.name, s.phone, s.status, s.birth_date "
                                    "FROM students s")
            + whereClause(tier) + QStringLiteral(" ORDER BY s.search_name, s.id LIMIT ? OFFSET ?"),
        tier.bindings + QVariantList {limit, offset});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        rows.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
            r.value(4).toString(), r.value(5).toString(), sql::toDate(r.value(6))});
    }
    return {};
}

} // namespace

Result<QList<StudentListRow>> StudentDirectory::find(
    const Database& db, const StudentFilter& filter, int offset, int limit)
{
    QList<StudentListRow> rows;
    qint64 skip = qMax(0, offset);
    for (const Tier& tier : tiersFor(filter)) {
        const qint64 wanted = limit - rows.size();
        if (wanted <= 0)
            break;
        if (skip > 0) {
            // Paging past a whole kind of match costs only its count.
            auto n = countTier(db, tier);
            if (!n)
                return n.error();
            if (skip >= n.value()) {
                skip -= n.value();
                continue;
            }
        }
        if (auto f = fetchTier(db, tier, skip, wanted, rows); !f)
            return f.error();
        skip = 0;
    }
    return rows;
}

Result<qint64> StudentDirectory::count(const Database& db, const StudentFilter& filter)
{
    qint64 total = 0;
    for (const Tier& tier : tiersFor(filter)) {
        auto n = countTier(db, tier);
        if (!n)
            return n.error();
        total += n.value();
    }
    return total;
}

} // namespace td
