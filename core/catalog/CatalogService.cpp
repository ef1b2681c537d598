#include "CatalogService.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSet>

#include <algorithm>

namespace td {

namespace {

const QChar kTagSeparator(0x1f);

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.uuid, c.kind, c.title, c.description, c.category, c.level, c.prerequisite_id, c.price_minor, "
    "c.class_hours, c.duration_days, c.source, c.online_id, c.active, c.created_at, c.updated_at, "
    "(SELECT group_concat(t.tag, char(31)) FROM catalog_item_tags t WHERE t.item_id = c.id) "
    "FROM catalog_items c");

QStringList sortedTags(QStringList tags)
{
    std::sort(tags.begin(), tags.end(),
        [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return tags;
}

CatalogItem fromRow(const QSqlQuery& q)
{
    CatalogItem item;
    item.id = q.value(0).toLongLong();
    item.uuid = q.value(1).toString();
    item.kind = CatalogItem::kindFromKey(q.value(2).toString()).value_or(CatalogItem::Kind::OfflineCourse);
    item.title = q.value(3).toString();
    item.description = q.value(4).toString();
    item.category = q.value(5).toString();
    item.level = q.value(6).toInt();
    item.prerequisiteId = q.value(7).toLongLong();
    item.price = Money::fromMinor(q.value(8).toLongLong());
    item.classHours = ClassHours::fromHundredths(q.value(9).toLongLong());
    item.durationDays = q.value(10).toInt();
    item.source = CatalogItem::sourceFromKey(q.value(11).toString()).value_or(CatalogItem::Source::Local);
    item.onlineId = q.value(12).toString();
    item.active = q.value(13).toBool();
    item.createdAt = sql::toDateTime(q.value(14));
    item.updatedAt = sql::toDateTime(q.value(15));
    if (!q.value(16).isNull())
        item.tags = sortedTags(q.value(16).toString().split(kTagSeparator, Qt::SkipEmptyParts));
    return item;
}

// Trimmed, without empties or case-insensitive duplicates, sorted.
QStringList normalizedTags(const QStringList& tags)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString& tag : tags) {
        const QString t = tag.simplified();
        if (t.isEmpty() || seen.contains(t.toCaseFolded()))
            continue;
        seen.insert(t.toCaseFolded());
        result.append(t);
    }
    return sortedTags(result);
}

// Qt binds a null QString as SQL NULL; the NOT NULL text columns need an empty string instead.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

CatalogItem normalized(CatalogItem item)
{
    item.title = notNull(item.title.simplified());
    item.description = notNull(item.description.trimmed());
    item.category = notNull(item.category.simplified());
    item.tags = normalizedTags(item.tags);
    return item;
}

Result<QVariant> lookup(const Database& db, const QString& where, const QVariant& key)
{
    auto r = db.scalar(QStringLiteral("SELECT id FROM catalog_items WHERE ") + where, {key});
    if (!r)
        return r.error();
    return r.value();
}

// Whether following prerequisites from startId leads back to itemId.
Result<bool> leadsTo(const Database& db, qint64 startId, qint64 itemId)
{
    QSet<qint64> visited;
    for (qint64 current = startId; current != 0;) {
        if (current == itemId)
            return true;
        if (visited.contains(current))
            return false; // an older cycle not through itemId; not this edit's doing
        visited.insert(current);
        auto next = db.scalar(QStringLiteral("SELECT prerequisite_id FROM catalog_items WHERE id = ?"), {current});
        if (!next)
            return next.error();
        current = next.value().toLongLong();
    }
    return false;
}

// The rules every item obeys, local or online. selfId is 0 for a new item.
Status validate(const Database& db, const CatalogItem& item, qint64 selfId)
{
    if (item.title.isEmpty())
        return Error::invalid(CatalogService::tr("The title is empty."), QStringLiteral("title"));
    if (item.price.isNegative())
        return Error::invalid(CatalogService::tr("The price cannot be negative."), QStringLiteral("price"));
    if (item.classHours.isNegative())
        return Error::invalid(CatalogService::tr("The class hours cannot be negative."), QStringLiteral("classHours"));
    if (item.level < 0)
        return Error::invalid(CatalogService::tr("The level cannot be negative."), QStringLiteral("level"));
    if (item.durationDays < 0)
        return Error::invalid(CatalogService::tr("The duration cannot be negative."), QStringLiteral("durationDays"));
    if (item.kind == CatalogItem::Kind::MembershipPlan && item.durationDays <= 0)
        return Error::invalid(CatalogService::tr("A membership plan needs a duration of at least one day."),
            QStringLiteral("durationDays"));
    if (item.prerequisiteId != 0) {
        if (item.prerequisiteId == selfId)
            return Error::invalid(
                CatalogService::tr("An item cannot be its own prerequisite."), QStringLiteral("prerequisite"));
        auto exists
            = db.scalar(QStringLiteral("SELECT count(*) FROM catalog_items WHERE id = ?"), {item.prerequisiteId});
        if (!exists)
            return exists.error();
        if (exists.value().toInt() == 0)
            return Error::invalid(
                CatalogService::tr("The prerequisite is not in the catalog."), QStringLiteral("prerequisite"));
        if (selfId != 0) {
            auto cycle = leadsTo(db, item.prerequisiteId, selfId);
            if (!cycle)
                return cycle.error();
            if (cycle.value())
                return Error::invalid(
                    CatalogService::tr("The prerequisite already requires this item, which would make a circle."),
                    QStringLiteral("prerequisite"));
        }
    }
    return {};
}

Status writeTags(const Context& ctx, qint64 itemId, const QStringList& tags)
{
    auto cleared = ctx.db.exec(QStringLiteral("DELETE FROM catalog_item_tags WHERE item_id = ?"), {itemId});
    if (!cleared)
        return cleared.error();
    for (const QString& tag : tags) {
        auto r
            = ctx.db.exec(QStringLiteral("INSERT INTO catalog_item_tags (item_id, tag) VALUES (?, ?)"), {itemId, tag});
        if (!r)
            return r.error();
    }
    return {};
}

QVariant prerequisiteRef(const CatalogItem& item)
{
    return item.prerequisiteId == 0 ? QVariant() : QVariant(item.prerequisiteId);
}

Result<qint64> insertRow(const Context& ctx, const CatalogItem& item)
{
    const QString now = sql::fromDateTime(ctx.clock.nowUtc());
    auto r = ctx.db.exec(
        QStringLiteral("INSERT INTO catalog_items (uuid, kind, title, description, category, level, prerequisite_id, "
                       "price_minor, class_hours, duration_days, source, online_id, active, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {item.uuid, CatalogItem::kindKey(item.kind), item.title, item.description, item.category, item.level,
            prerequisiteRef(item), item.price.minor(), item.classHours.hundredths(), item.durationDays,
            CatalogItem::sourceKey(item.source), sql::nullIfEmpty(item.onlineId), item.active ? 1 : 0, now, now});
    if (!r)
        return r.error();
    const qint64 id = r.value().lastInsertId().toLongLong();
    if (auto tags = writeTags(ctx, id, item.tags); !tags)
        return tags.error();
    return id;
}

Status updateRow(const Context& ctx, const CatalogItem& item)
{
    auto r = ctx.db.exec(
        QStringLiteral("UPDATE catalog_items SET kind = ?, title = ?, description = ?, category = ?, level = ?, "
                       "prerequisite_id = ?, price_minor = ?, class_hours = ?, duration_days = ?, active = ?, "
                       "updated_at = ? WHERE id = ?"),
        {CatalogItem::kindKey(item.kind), item.title, item.description, item.category, item.level,
            prerequisiteRef(item), item.price.minor(), item.classHours.hundredths(), item.durationDays,
            item.active ? 1 : 0, sql::fromDateTime(ctx.clock.nowUtc()), item.id});
    if (!r)
        return r.error();
    return writeTags(ctx, item.id, item.tags);
}

// A schedulable item with classes cannot become something classes cannot be scheduled for.
Status checkKindChange(const Database& db, const CatalogItem& before, const CatalogItem& after)
{
    if (!before.isSchedulable() || after.isSchedulable())
        return {};
    auto classes = db.scalar(QStringLiteral("SELECT count(*) FROM classes WHERE course_id = ?"), {before.id});
    if (!classes)
        return classes.error();
    if (classes.value().toInt() > 0)
        return Error::conflict(
            CatalogService::tr("“%1” has classes, so it must stay an offline course or a workshop.").arg(before.title),
            QStringLiteral("kind"));
    return {};
}

bool sameContent(const CatalogItem& a, const CatalogItem& b)
{
    return a.kind == b.kind && a.title == b.title && a.description == b.description && a.category == b.category
        && a.tags == b.tags && a.level == b.level && a.prerequisiteId == b.prerequisiteId && a.price == b.price
        && a.classHours == b.classHours && a.durationDays == b.durationDays && a.active == b.active;
}

QString auditSummary(const CatalogItem& item)
{
    return QStringLiteral("%1 %2 (%3)").arg(CatalogItem::kindKey(item.kind), item.title, item.price.toPlainString());
}

Result<CatalogItem> fetchOne(const Database& db, const QString& where, const QVariant& key, const QString& notFound)
{
    auto q = db.exec(kSelect + QStringLiteral(" WHERE ") + where, {key});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::notFound(notFound);
    return fromRow(q.value());
}

Status setActive(const Context& ctx, qint64 itemId, bool active)
{
    if (auto allowed = ctx.require(Permission::ManageCatalog); !allowed)
        return allowed;
    auto item = CatalogService::get(ctx.db, itemId);
    if (!item)
        return item.error();
    if (item->isOnline())
        return Error::conflict(
            CatalogService::tr("“%1” belongs to the online catalog; change it there.").arg(item->title));
    if (item->active == active)
        return {};
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto r = ctx.db.exec(QStringLiteral("UPDATE catalog_items SET active = ?, updated_at = ? WHERE id = ?"),
        {active ? 1 : 0, sql::fromDateTime(ctx.clock.nowUtc()), itemId});
    if (!r)
        return r.error();
    if (auto a = AuditLog::record(ctx, QStringLiteral("catalog_item"), item->uuid,
            active ? QStringLiteral("reactivate") : QStringLiteral("deactivate"), item->title);
        !a)
        return a;
    return tx.value().commit();
}

} // namespace

Result<CatalogItem> CatalogService::create(const Context& ctx, const CatalogItem& input)
{
    if (auto allowed = ctx.require(Permission::ManageCatalog); !allowed)
        return allowed.error();
    CatalogItem item = normalized(input);
    item.id = 0;
    item.uuid = sql::newUuid();
    item.source = CatalogItem::Source::Local;
    item.onlineId.clear();
    item.active = true;
    if (auto valid = validate(ctx.db, item, 0); !valid)
        return valid.error();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto id = insertRow(ctx, item);
    if (!id)
        return id.error();
    if (auto a = AuditLog::record(
            ctx, QStringLiteral("catalog_item"), item.uuid, QStringLiteral("create"), auditSummary(item));
        !a)
        return a.error();
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return get(ctx.db, id.value());
}

Result<CatalogItem> CatalogService::update(const Context& ctx, const CatalogItem& input)
{
    if (auto allowed = ctx.require(Permission::ManageCatalog); !allowed)
        return allowed.error();
    auto before = get(ctx.db, input.id);
    if (!before)
        return before.error();
    if (before->isOnline())
        return Error::conflict(tr("“%1” belongs to the online catalog; change it there.").arg(before->title));
    CatalogItem item = normalized(input);
    item.uuid = before->uuid;
    item.source = before->source;
    item.onlineId = before->onlineId;
    item.active = before->active;
    if (auto valid = validate(ctx.db, item, item.id); !valid)
        return valid.error();
    if (auto kind = checkKindChange(ctx.db, before.value(), item); !kind)
        return kind.error();
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    if (auto w = updateRow(ctx, item); !w)
        return w.error();
    if (auto a = AuditLog::record(
            ctx, QStringLiteral("catalog_item"), item.uuid, QStringLiteral("update"), auditSummary(item));
        !a)
        return a.error();
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return get(ctx.db, item.id);
}

Status CatalogService::deactivate(const Context& ctx, qint64 itemId)
{
    return setActive(ctx, itemId, false);
}

Status CatalogService::reactivate(const Context& ctx, qint64 itemId)
{
    return setActive(ctx, itemId, true);
}

Result<CatalogItem> CatalogService::get(const Database& db, qint64 itemId)
{
    return fetchOne(db, QStringLiteral("c.id = ?"), itemId, tr("There is no catalog item with id %1.").arg(itemId));
}

Result<CatalogItem> CatalogService::byUuid(const Database& db, const QString& uuid)
{
    return fetchOne(db, QStringLiteral("c.uuid = ?"), uuid, tr("There is no catalog item %1.").arg(uuid));
}

Result<CatalogItem> CatalogService::byOnlineId(const Database& db, const QString& onlineId)
{
    return fetchOne(db, QStringLiteral("c.online_id = ?"), onlineId,
        tr("There is no item with online id %1 in the catalog.").arg(onlineId));
}

Result<QList<CatalogItem>> CatalogService::list(const Database& db, const CatalogFilter& filter)
{
    QStringList where;
    QVariantList bindings;
    if (!filter.kinds.isEmpty()) {
        QStringList marks;
        for (CatalogItem::Kind kind : filter.kinds) {
            marks << QStringLiteral("?");
            bindings << CatalogItem::kindKey(kind);
        }
        where << QStringLiteral("c.kind IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (!filter.category.isEmpty()) {
        where << QStringLiteral("c.category = ?");
        bindings << filter.category;
    }
    if (filter.active.has_value()) {
        where << QStringLiteral("c.active = ?");
        bindings << (*filter.active ? 1 : 0);
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        where << QStringLiteral("(c.title LIKE ? ESCAPE '\\' OR c.description LIKE ? ESCAPE '\\' OR c.category LIKE ? "
                                "ESCAPE '\\' OR EXISTS (SELECT 1 FROM catalog_item_tags t WHERE t.item_id = c.id AND "
                                "t.tag LIKE ? ESCAPE '\\'))");
        bindings << pattern << pattern << pattern << pattern;
    }
    QString sqlText = kSelect;
    if (!where.isEmpty())
        sqlText += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sqlText += QStringLiteral(" ORDER BY c.kind, c.category, c.title, c.id");
    auto q = db.exec(sqlText, bindings);
    if (!q)
        return q.error();
    QList<CatalogItem> items;
    while (q.value().next())
        items.append(fromRow(q.value()));
    return items;
}

Result<QStringList> CatalogService::categories(const Database& db)
{
    auto q
        = db.exec(QStringLiteral("SELECT DISTINCT category FROM catalog_items WHERE category <> '' ORDER BY category"));
    if (!q)
        return q.error();
    QStringList result;
    while (q.value().next())
        result << q.value().value(0).toString();
    return result;
}

Result<QList<CatalogItem>> CatalogService::upsertFromOnline(const Context& ctx, const QList<OnlineCatalogItem>& items)
{
    if (auto allowed = ctx.require(Permission::Sync); !allowed)
        return allowed.error();
    QSet<QString> ids;
    for (const OnlineCatalogItem& online : items) {
        if (online.onlineId.trimmed().isEmpty())
            return Error::invalid(tr("An item from the online catalog has no id."), QStringLiteral("onlineId"));
        if (ids.contains(online.onlineId))
            return Error::invalid(
                tr("The online catalog sent item %1 twice.").arg(online.onlineId), QStringLiteral("onlineId"));
        ids.insert(online.onlineId);
    }
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();

    // First every item without its prerequisite (it may be later in the batch), then the prerequisites.
    QList<CatalogItem> incoming;
    QList<std::optional<CatalogItem>> existing;
    for (const OnlineCatalogItem& online : items) {
        auto found = lookup(ctx.db, QStringLiteral("online_id = ?"), online.onlineId);
        if (!found)
            return found.error();
        std::optional<CatalogItem> before;
        if (!found.value().isNull()) {
            auto b = get(ctx.db, found.value().toLongLong());
            if (!b)
                return b.error();
            before = b.value();
        }
        CatalogItem item;
        item.kind = online.kind;
        item.title = online.title;
        item.description = online.description;
        item.category = online.category;
        item.tags = online.tags;
        item.level = online.level;
        item.price = online.price;
        item.classHours = online.classHours;
        item.durationDays = online.durationDays;
        item.active = online.active;
        item.source = CatalogItem::Source::Online;
        item.onlineId = online.onlineId;
        item = normalized(item);
        if (auto valid = validate(ctx.db, item, 0); !valid) {
            Error e = valid.error();
            e.message = tr("Online item %1: %2").arg(online.onlineId, e.message);
            return e;
        }
        if (before) {
            item.id = before->id;
            item.uuid = before->uuid;
            item.prerequisiteId = before->prerequisiteId;
            if (before->source != CatalogItem::Source::Online)
                return Error::conflict(tr("Online item %1 clashes with a local item.").arg(online.onlineId));
            if (auto kind = checkKindChange(ctx.db, before.value(), item); !kind)
                return kind.error();
        } else {
            item.uuid = sql::newUuid();
            auto id = insertRow(ctx, item);
            if (!id)
                return id.error();
            item.id = id.value();
        }
        incoming.append(item);
        existing.append(before);
    }

    QList<CatalogItem> result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        CatalogItem item = incoming[i];
        const OnlineCatalogItem& online = items[i];
        item.prerequisiteId = 0;
        if (!online.prerequisiteOnlineId.isEmpty()) {
            auto prerequisite = lookup(ctx.db, QStringLiteral("online_id = ?"), online.prerequisiteOnlineId);
            if (!prerequisite)
                return prerequisite.error();
            if (prerequisite.value().isNull())
                return Error::invalid(tr("Online item %1 requires %2, which is not in the catalog.")
                                          .arg(online.onlineId, online.prerequisiteOnlineId),
                    QStringLiteral("prerequisite"));
            item.prerequisiteId = prerequisite.value().toLongLong();
        }
        if (auto valid = validate(ctx.db, item, item.id); !valid) {
            Error e = valid.error();
            e.message = tr("Online item %1: %2").arg(online.onlineId, e.message);
            return e;
        }
        const std::optional<CatalogItem>& before = existing[i];
        if (before && sameContent(before.value(), item)) {
            result.append(before.value());
            continue;
        }
        if (auto w = updateRow(ctx, item); !w)
            return w.error();
        if (auto a = AuditLog::record(ctx, QStringLiteral("catalog_item"), item.uuid,
                before ? QStringLiteral("sync_update") : QStringLiteral("sync_create"), auditSummary(item));
            !a)
            return a.error();
        auto stored = get(ctx.db, item.id);
        if (!stored)
            return stored.error();
        result.append(stored.value());
    }
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return result;
}

Result<CatalogItem> CatalogService::upsertFromOnline(const Context& ctx, const OnlineCatalogItem& item)
{
    auto result = upsertFromOnline(ctx, QList<OnlineCatalogItem> {item});
    if (!result)
        return result.error();
    return result.value().first();
}

} // namespace td
