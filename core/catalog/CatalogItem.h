#pragma once

#include "common/ClassHours.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace td {

// One thing the business sells or runs: an online product synced from the platform, a membership plan,
// or a local offline course or workshop that classes are scheduled for.
struct CatalogItem
{
    Q_DECLARE_TR_FUNCTIONS(td::CatalogItem)

public:
    enum class Kind { OnlineCourse, Ebook, Audio, Column, MembershipPlan, OfflineCourse, Workshop };
    // Online items belong to the platform: the desk does not edit them.
    enum class Source { Local, Online };

    qint64 id = 0;
    QString uuid;
    Kind kind = Kind::OfflineCourse;
    QString title;
    QString description;
    QString category;
    QStringList tags;
    int level = 0;
    qint64 prerequisiteId = 0; // 0: none
    Money price;
    // Offline courses: hours per pack unit, and the default hours of one session of their classes.
    ClassHours classHours;
    int durationDays = 0; // membership plans: how long one purchase lasts (> 0)
    Source source = Source::Local;
    QString onlineId; // the platform's id for online items
    bool active = true;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isOnline() const { return source == Source::Online; }
    // Offline courses and workshops are what classes are scheduled for.
    bool isSchedulable() const { return isSchedulableKind(kind); }

    static QList<Kind> allKinds();
    static bool isSchedulableKind(Kind kind);
    // Stored and synced form: "online_course", "ebook", "audio", "column", "membership_plan",
    // "offline_course", "workshop".
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString& key);
    // Translated name for screens ("Online course", "在线课程").
    static QString kindDisplayName(Kind kind);
    static QString sourceKey(Source source);
    static std::optional<Source> sourceFromKey(const QString& key);
};

} // namespace td
