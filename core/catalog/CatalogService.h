#pragma once

#include "auth/Context.h"
#include "catalog/CatalogItem.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace td {

class Database;

struct CatalogFilter
{
    QList<CatalogItem::Kind> kinds; // empty: every kind
    QString category; // exact; empty: any
    std::optional<bool> active = true; // nullopt: active and inactive
    QString text; // part of the title, description, category or a tag (case-insensitive for Latin letters)
};

// One item as the online platform describes it; it refers to its prerequisite by the platform's id.
struct OnlineCatalogItem
{
    QString onlineId;
    CatalogItem::Kind kind = CatalogItem::Kind::OnlineCourse;
    QString title;
    QString description;
    QString category;
    QStringList tags;
    int level = 0;
    QString prerequisiteOnlineId;
    Money price;
    ClassHours classHours;
    int durationDays = 0;
    bool active = true;
};

// The catalog: local items the center edits (ManageCatalog) and the platform's items that only sync
// writes. Every write is audited.
class CatalogService
{
    Q_DECLARE_TR_FUNCTIONS(td::CatalogService)

public:
    // Creates a local item from item's fields (id, uuid, source, online id and times are ignored).
    static Result<CatalogItem> create(const Context& ctx, const CatalogItem& item);
    // Changes the local item item.id to item's fields; items from the online catalog are refused.
    static Result<CatalogItem> update(const Context& ctx, const CatalogItem& item);
    // Hides an item from sale and scheduling; history keeps referring to it.
    static Status deactivate(const Context& ctx, qint64 itemId);
    static Status reactivate(const Context& ctx, qint64 itemId);

    static Result<CatalogItem> get(const Database& db, qint64 itemId);
    static Result<CatalogItem> byUuid(const Database& db, const QString& uuid);
    static Result<CatalogItem> byOnlineId(const Database& db, const QString& onlineId);
    // Ordered by kind, category and title.
    static Result<QList<CatalogItem>> list(const Database& db, const CatalogFilter& filter = {});
    // The categories in use, sorted.
    static Result<QStringList> categories(const Database& db);

    // For sync (needs Permission::Sync): creates or updates the platform's items, all or nothing.
    // Prerequisites may refer to items of the same batch. Items that did not change are not written.
    static Result<QList<CatalogItem>> upsertFromOnline(const Context& ctx, const QList<OnlineCatalogItem>& items);
    static Result<CatalogItem> upsertFromOnline(const Context& ctx, const OnlineCatalogItem& item);
};

} // namespace td
