#include "CatalogItem.h"

namespace td {

QList<CatalogItem::Kind> CatalogItem::allKinds()
{
    return {Kind::OnlineCourse, Kind::Ebook, Kind::Audio, Kind::Column, Kind::MembershipPlan, Kind::OfflineCourse,
        Kind::Workshop};
}

bool CatalogItem::isSchedulableKind(Kind kind)
{
    return kind == Kind::OfflineCourse || kind == Kind::Workshop;
}

QString CatalogItem::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::OnlineCourse:
        return QStringLiteral("online_course");
    case Kind::Ebook:
        return QStringLiteral("ebook");
    case Kind::Audio:
        return QStringLiteral("audio");
    case Kind::Column:
        return QStringLiteral("column");
    case Kind::MembershipPlan:
        return QStringLiteral("membership_plan");
    case Kind::OfflineCourse:
        return QStringLiteral("offline_course");
    case Kind::Workshop:
        return QStringLiteral("workshop");
    }
    return {};
}

std::optional<CatalogItem::Kind> CatalogItem::kindFromKey(const QString& key)
{
    for (Kind kind : allKinds())
        if (kindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString CatalogItem::kindDisplayName(Kind kind)
{
    switch (kind) {
    case Kind::OnlineCourse:
        return tr("Online course");
    case Kind::Ebook:
        return tr("E-book");
    case Kind::Audio:
        return tr("Audio");
    case Kind::Column:
        return tr("Column");
    case Kind::MembershipPlan:
        return tr("Membership plan");
    case Kind::OfflineCourse:
        return tr("Offline course");
    case Kind::Workshop:
        return tr("Workshop or lecture");
    }
    return {};
}

QString CatalogItem::sourceKey(Source source)
{
    return source == Source::Online ? QStringLiteral("online") : QStringLiteral("local");
}

std::optional<CatalogItem::Source> CatalogItem::sourceFromKey(const QString& key)
{
    if (key == QLatin1String("local"))
        return Source::Local;
    if (key == QLatin1String("online"))
        return Source::Online;
    return std::nullopt;
}

} // namespace td
