#include "CenterInteractions.h"

#include "ml/ContentBased.h"
#include "settings/CenterSettings.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <algorithm>

namespace td::insights {

namespace {

// " WHERE <column> = ?" (or " AND ...") and its binding when the load is for one student.
QString studentFilter(const QString& column, qint64 onlyStudent, bool where = true)
{
    if (onlyStudent == 0)
        return {};
    return (where ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + column + QStringLiteral(" = ?");
}

QVariantList studentBinding(qint64 onlyStudent)
{
    return onlyStudent == 0 ? QVariantList() : QVariantList {onlyStudent};
}

} // namespace

SignalWeights SignalWeights::fromSettings(const Database& db)
{
    const CenterSettings settings(db);
    SignalWeights w;
    w.enrollment = settings.decimal(CenterSettings::Key::SignalEnrollment);
    w.attendance = settings.decimal(CenterSettings::Key::SignalAttendance);
    w.purchase = settings.decimal(CenterSettings::Key::SignalPurchase);
    w.membership = settings.decimal(CenterSettings::Key::SignalMembership);
    w.onlinePurchase = settings.decimal(CenterSettings::Key::SignalOnlinePurchase);
    w.onlineProgress = settings.decimal(CenterSettings::Key::SignalOnlineProgress);
    w.feedback = settings.decimal(CenterSettings::Key::SignalFeedback);
    return w;
}

bool CatalogEntry::isOffline() const
{
    return kind == QLatin1String("offline_course") || kind == QLatin1String("workshop");
}

void CenterInteractions::add(qint64 student, qint64 item, double weight)
{
    const int index = itemIndex(item);
    if (index >= 0)
        m_weights[student][index] += weight;
}

Result<CenterInteractions> CenterInteractions::load(
    const Database& db, const SignalWeights& w, const QDate& today, qint64 onlyStudent)
{
    CenterInteractions data;
    auto items = db.exec(QStringLiteral("SELECT i.id, i.kind, i.title, i.category, i.level, "
                                        "coalesce(i.prerequisite_id, 0), i.active, "
                                        "(SELECT group_concat(tag, char(31)) FROM catalog_item_tags t "
                                        "WHERE t.item_id = i.id) FROM catalog_items i ORDER BY i.id"));
    if (!items)
        return items.error();
    for (QSqlQuery& q = items.value(); q.next();) {
        CatalogEntry e;
        e.id = q.value(0).toLongLong();
        e.kind = q.value(1).toString();
        e.title = q.value(2).toString();
        e.category = q.value(3).toString();
        e.level = q.value(4).toInt();
        e.prerequisiteId = q.value(5).toLongLong();
        e.active = q.value(6).toInt() == 1;
        if (!q.value(7).isNull())
            e.tags = q.value(7).toString().split(QChar(31), Qt::SkipEmptyParts);
        data.m_itemIndex.insert(e.id, static_cast<int>(data.m_catalog.size()));
        data.m_catalog.push_back(e);
    }

    const QVariantList binding = studentBinding(onlyStudent);
    // Enrollments: the class's course; a dropped one still says what the student chose.
    auto enrollments = db.exec(QStringLiteral("SELECT e.student_id, c.course_id, e.status FROM enrollments e "
                                              "JOIN classes c ON c.id = e.class_id")
            + studentFilter(QStringLiteral("e.student_id"), onlyStudent),
        binding);
    if (!enrollments)
        return enrollments.error();
    for (QSqlQuery& q = enrollments.value(); q.next();) {
        const qint64 student = q.value(0).toLongLong();
        const int index = data.itemIndex(q.value(1).toLongLong());
        const QString status = q.value(2).toString();
        data.add(student, q.value(1).toLongLong(), w.enrollment);
        if (index < 0)
            continue;
        StudentItems& s = data.m_students[student];
        if (status != QLatin1String("dropped"))
            s.owned.insert(index);
        if (status == QLatin1String("completed"))
            s.finished.insert(index);
    }

    auto attended = db.exec(QStringLiteral("SELECT a.student_id, c.course_id, count(*) FROM attendance a "
                                           "JOIN sessions s ON s.id = a.session_id JOIN classes c ON c.id = s.class_id "
                                           "WHERE a.status IN ('present', 'late', 'makeup')")
            + studentFilter(QStringLiteral("a.student_id"), onlyStudent, false) + QStringLiteral(" GROUP BY 1, 2"),
        binding);
    if (!attended)
        return attended.error();
    for (QSqlQuery& q = attended.value(); q.next();)
        data.add(q.value(0).toLongLong(), q.value(1).toLongLong(), w.attendance * q.value(2).toDouble());

    auto bought = db.exec(QStringLiteral("SELECT s.student_id, l.item_id, count(*) FROM sale_lines l "
                                         "JOIN sales s ON s.id = l.sale_id WHERE s.kind = 'sale' AND s.student_id "
                                         "IS NOT NULL AND l.item_id IS NOT NULL AND l.kind IN ('pack', 'course', "
                                         "'drop_in')")
            + studentFilter(QStringLiteral("s.student_id"), onlyStudent, false) + QStringLiteral(" GROUP BY 1, 2"),
        binding);
    if (!bought)
        return bought.error();
    for (QSqlQuery& q = bought.value(); q.next();) {
        const qint64 student = q.value(0).toLongLong();
        data.add(student, q.value(1).toLongLong(), w.purchase * q.value(2).toDouble());
        if (const int index = data.itemIndex(q.value(1).toLongLong()); index >= 0)
            data.m_students[student].owned.insert(index);
    }

    auto memberships = db.exec(QStringLiteral("SELECT student_id, plan_id, count(*), max(ends_on) FROM memberships")
            + studentFilter(QStringLiteral("student_id"), onlyStudent) + QStringLiteral(" GROUP BY 1, 2"),
        binding);
    if (!memberships)
        return memberships.error();
    for (QSqlQuery& q = memberships.value(); q.next();) {
        const qint64 student = q.value(0).toLongLong();
        data.add(student, q.value(1).toLongLong(), w.membership * q.value(2).toDouble());
        const int index = data.itemIndex(q.value(1).toLongLong());
        if (index >= 0 && sql::toDate(q.value(3)) >= today)
            data.m_students[student].owned.insert(index);
    }

    // Online purchases and progress arrive by sync; the best progress reached counts in proportion.
    auto online = db.exec(QStringLiteral("SELECT student_id, item_id, kind, count(*), max(progress_percent) "
                                         "FROM online_activity")
            + studentFilter(QStringLiteral("student_id"), onlyStudent) + QStringLiteral(" GROUP BY 1, 2, 3"),
        binding);
    if (!online)
        return online.error();
    for (QSqlQuery& q = online.value(); q.next();) {
        const qint64 student = q.value(0).toLongLong();
        const qint64 item = q.value(1).toLongLong();
        const int index = data.itemIndex(item);
        if (q.value(2).toString() == QLatin1String("purchase")) {
            data.add(student, item, w.onlinePurchase * q.value(3).toDouble());
            if (index >= 0)
                data.m_students[student].owned.insert(index);
        } else {
            const int percent = q.value(4).toInt();
            data.add(student, item, w.onlineProgress * percent / 100.0);
            if (index >= 0 && percent >= 100)
                data.m_students[student].finished.insert(index);
        }
    }

    auto feedback = db.exec(QStringLiteral("SELECT f.student_id, coalesce(f.item_id, c.course_id), sum(f.rating - 3) "
                                           "FROM feedback f LEFT JOIN sessions s ON s.id = f.session_id "
                                           "LEFT JOIN classes c ON c.id = s.class_id")
            + studentFilter(QStringLiteral("f.student_id"), onlyStudent) + QStringLiteral(" GROUP BY 1, 2"),
        binding);
    if (!feedback)
        return feedback.error();
    for (QSqlQuery& q = feedback.value(); q.next();)
        data.add(q.value(0).toLongLong(), q.value(1).toLongLong(), w.feedback * q.value(2).toDouble());

    auto interests = db.exec(QStringLiteral("SELECT student_id, tag FROM student_tags")
            + studentFilter(QStringLiteral("student_id"), onlyStudent) + QStringLiteral(" ORDER BY 1, 2"),
        binding);
    if (!interests)
        return interests.error();
    for (QSqlQuery& q = interests.value(); q.next();)
        data.m_students[q.value(0).toLongLong()].interests.append(q.value(1).toString());

    for (auto it = data.m_weights.constBegin(); it != data.m_weights.constEnd(); ++it) {
        StudentItems& s = data.m_students[it.key()];
        for (auto w = it.value().constBegin(); w != it.value().constEnd(); ++w) {
            // A poorly rated class with nothing else is no signal of interest.
            if (w.value() > 0)
                s.history.emplace_back(w.key(), static_cast<float>(w.value()));
        }
        std::sort(s.history.begin(), s.history.end());
    }
    return data;
}

std::vector<QStringList> CenterInteractions::itemTokens() const
{
    std::vector<QStringList> tokens;
    tokens.reserve(m_catalog.size());
    for (const CatalogEntry& e : m_catalog) {
        ml::ItemContent content;
        content.kind = e.kind;
        content.category = e.category;
        content.level = QString::number(e.level);
        content.title = e.title;
        content.tags = e.tags;
        QStringList terms = ml::contentTokens(content);
        // A course and its follow-up share a term, so one leads to the other.
        if (e.prerequisiteId != 0)
            terms.append(QStringLiteral("family:%1").arg(e.prerequisiteId));
        else if (e.level > 0)
            terms.append(QStringLiteral("family:%1").arg(e.id));
        tokens.push_back(terms);
    }
    return tokens;
}

QList<qint64> CenterInteractions::studentsWithHistory() const
{
    QList<qint64> ids;
    for (auto it = m_students.constBegin(); it != m_students.constEnd(); ++it)
        if (!it.value().history.empty())
            ids.append(it.key());
    std::sort(ids.begin(), ids.end());
    return ids;
}

ml::InteractionMatrix CenterInteractions::matrix() const
{
    const QList<qint64> students = studentsWithHistory();
    QStringList userIds;
    std::vector<Eigen::Triplet<float>> triplets;
    for (int u = 0; u < students.size(); ++u) {
        userIds.append(QString::number(students[u]));
        for (const auto& [item, weight] : m_students.value(students[u]).history)
            triplets.emplace_back(u, item, weight);
    }
    QStringList itemIds;
    for (const CatalogEntry& e : m_catalog)
        itemIds.append(QString::number(e.id));
    return ml::InteractionMatrix::fromTriplets(
        static_cast<int>(students.size()), static_cast<int>(m_catalog.size()), triplets, userIds, itemIds);
}

} // namespace td::insights
