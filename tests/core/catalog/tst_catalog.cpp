#include "audit/AuditLog.h"
#include "catalog/CatalogService.h"
#include "support/TestCenter.h"

#include <QTest>

using namespace td;

namespace {

CatalogItem course(const QString& title, qint64 priceMinor = 120000)
{
    CatalogItem item;
    item.kind = CatalogItem::Kind::OfflineCourse;
    item.title = title;
    item.category = QStringLiteral("Math");
    item.price = Money::fromMinor(priceMinor);
    item.classHours = ClassHours::fromHours(2);
    return item;
}

OnlineCatalogItem online(const QString& id, const QString& title, const QString& prerequisite = {})
{
    OnlineCatalogItem item;
    item.onlineId = id;
    item.kind = CatalogItem::Kind::OnlineCourse;
    item.title = title;
    item.category = QStringLiteral("Writing");
    item.price = Money::fromMinor(9900);
    item.prerequisiteOnlineId = prerequisite;
    return item;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindKeysRoundTrip()
    {
        for (CatalogItem::Kind kind : CatalogItem::allKinds()) {
            QCOMPARE(CatalogItem::kindFromKey(CatalogItem::kindKey(kind)), kind);
            QVERIFY(!CatalogItem::kindDisplayName(kind).isEmpty());
        }
        QVERIFY(!CatalogItem::kindFromKey(QStringLiteral("podcast")).has_value());
        QVERIFY(CatalogItem::isSchedulableKind(CatalogItem::Kind::Workshop));
        QVERIFY(!CatalogItem::isSchedulableKind(CatalogItem::Kind::Ebook));
    }

    void createGetAndListWithTags()
    {
        test::TestCenter center;
        CatalogItem input = course(QStringLiteral("  Algebra   I "));
        input.tags = {QStringLiteral("exam"), QStringLiteral(" Exam "), QStringLiteral(""), QStringLiteral("algebra")};
        auto created = CatalogService::create(center.admin(), input);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        QCOMPARE(created->title, QStringLiteral("Algebra I"));
        QCOMPARE(created->tags, (QStringList {QStringLiteral("algebra"), QStringLiteral("exam")}));
        QCOMPARE(created->source, CatalogItem::Source::Local);
        QCOMPARE(created->price, Money::fromMinor(120000));
        QCOMPARE(created->classHours, ClassHours::fromHours(2));
        QVERIFY(created->active);
        QVERIFY(!created->uuid.isEmpty());

        auto plan = CatalogItem();
        plan.kind = CatalogItem::Kind::MembershipPlan;
        plan.title = QStringLiteral("年卡 Annual membership");
        plan.category = QStringLiteral("Membership");
        plan.price = Money::fromMajor(3999);
        plan.durationDays = 365;
        QVERIFY(CatalogService::create(center.admin(), plan).ok());

        auto all = CatalogService::list(center.db());
        QCOMPARE(all->size(), 2);
        auto plans = CatalogService::list(center.db(), {{CatalogItem::Kind::MembershipPlan}, {}, true, {}});
        QCOMPARE(plans->size(), 1);
        QCOMPARE(plans->first().durationDays, 365);
        auto byTag = CatalogService::list(center.db(), {{}, {}, true, QStringLiteral("ALGEB")});
        QCOMPARE(byTag->size(), 1);
        auto byChinese = CatalogService::list(center.db(), {{}, {}, true, QStringLiteral("年卡")});
        QCOMPARE(byChinese->size(), 1);
        auto byCategory = CatalogService::list(center.db(), {{}, QStringLiteral("Math"), true, {}});
        QCOMPARE(byCategory->size(), 1);
        auto wildcard = CatalogService::list(center.db(), {{}, {}, true, QStringLiteral("%")});
        QCOMPARE(wildcard->size(), 0);
        QCOMPARE(CatalogService::categories(center.db()).value(),
            (QStringList {QStringLiteral("Math"), QStringLiteral("Membership")}));

        const auto audit = AuditLog::recent(center.admin(), 10, created->uuid).value();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("create"));
    }

    void badInputIsRefusedAndNothingChanges_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<int>("durationDays");
        QTest::addColumn<qint64>("prerequisite");
        QTest::addColumn<QString>("field");
        const int offline = int(CatalogItem::Kind::OfflineCourse);
        const int plan = int(CatalogItem::Kind::MembershipPlan);
        QTest::newRow("empty title") << QStringLiteral("  ") << offline << qint64(100) << 0 << qint64(0)
                                     << QStringLiteral("title");
        QTest::newRow("negative price") << QStringLiteral("T") << offline << qint64(-1) << 0 << qint64(0)
                                        << QStringLiteral("price");
        QTest::newRow("plan without duration")
            << QStringLiteral("T") << plan << qint64(100) << 0 << qint64(0) << QStringLiteral("durationDays");
        QTest::newRow("negative duration")
            << QStringLiteral("T") << offline << qint64(100) << -3 << qint64(0) << QStringLiteral("durationDays");
        QTest::newRow("unknown prerequisite")
            << QStringLiteral("T") << offline << qint64(100) << 0 << qint64(9999) << QStringLiteral("prerequisite");
    }
    void badInputIsRefusedAndNothingChanges()
    {
        QFETCH(QString, title);
        QFETCH(int, kind);
        QFETCH(qint64, price);
        QFETCH(int, durationDays);
        QFETCH(qint64, prerequisite);
        QFETCH(QString, field);
        test::TestCenter center;
        auto admin = center.admin();
        const qint64 items = center.count(QStringLiteral("catalog_items"));
        const qint64 audit = center.count(QStringLiteral("audit_log"));
        CatalogItem item = course(title, price);
        item.kind = CatalogItem::Kind(kind);
        item.durationDays = durationDays;
        item.prerequisiteId = prerequisite;
        auto r = CatalogService::create(admin, item);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(center.count(QStringLiteral("catalog_items")), items);
        QCOMPARE(center.count(QStringLiteral("audit_log")), audit);
    }

    void prerequisitesCannotBeSelfOrCircular()
    {
        test::TestCenter center;
        auto admin = center.admin();
        auto a = CatalogService::create(admin, course(QStringLiteral("A"))).value();
        CatalogItem bInput = course(QStringLiteral("B"));
        bInput.prerequisiteId = a.id;
        auto b = CatalogService::create(admin, bInput).value();
        CatalogItem cInput = course(QStringLiteral("C"));
        cInput.prerequisiteId = b.id;
        auto c = CatalogService::create(admin, cInput).value();
        QCOMPARE(c.prerequisiteId, b.id);

        CatalogItem self = a;
        self.prerequisiteId = a.id;
        auto selfResult = CatalogService::update(admin, self);
        QVERIFY(!selfResult.ok());
        QCOMPARE(selfResult.error().field, QStringLiteral("prerequisite"));

        const qint64 audit = center.count(QStringLiteral("audit_log"));
        CatalogItem circle = a; // A requires C, which requires B, which requires A
        circle.prerequisiteId = c.id;
        auto circleResult = CatalogService::update(admin, circle);
        QVERIFY(!circleResult.ok());
        QCOMPARE(circleResult.error().field, QStringLiteral("prerequisite"));
        QCOMPARE(CatalogService::get(center.db(), a.id)->prerequisiteId, qint64(0));
        QCOMPARE(center.count(QStringLiteral("audit_log")), audit);
    }

    void updateAndDeactivate()
    {
        test::TestCenter center;
        auto admin = center.admin();
        auto item = CatalogService::create(admin, course(QStringLiteral("Chess"))).value();
        center.clock().advanceSecs(60);
        item.price = Money::fromMinor(150000);
        item.tags = {QStringLiteral("strategy")};
        auto updated = CatalogService::update(admin, item);
        QVERIFY(updated.ok());
        QCOMPARE(updated->price, Money::fromMinor(150000));
        QCOMPARE(updated->tags, QStringList {QStringLiteral("strategy")});
        QVERIFY(updated->updatedAt > updated->createdAt);

        QVERIFY(CatalogService::deactivate(admin, item.id).ok());
        QVERIFY(!CatalogService::get(center.db(), item.id)->active);
        QCOMPARE(CatalogService::list(center.db())->size(), 0);
        QCOMPARE(CatalogService::list(center.db(), {{}, {}, std::nullopt, {}})->size(), 1);
        QVERIFY(CatalogService::reactivate(admin, item.id).ok());
        QVERIFY(CatalogService::get(center.db(), item.id)->active);

        QStringList actions;
        const auto audit = AuditLog::recent(admin, 10, item.uuid).value();
        for (const auto& e : audit)
            actions.prepend(e.action);
        QCOMPARE(actions,
            (QStringList {QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("deactivate"),
                QStringLiteral("reactivate")}));

        auto missing = CatalogService::get(center.db(), 4242);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void onlyAdminsChangeTheCatalog()
    {
        test::TestCenter center;
        auto item = CatalogService::create(center.admin(), course(QStringLiteral("Piano"))).value();
        const qint64 items = center.count(QStringLiteral("catalog_items"));
        for (const Context& ctx : {center.frontDesk(), center.instructor()}) {
            auto created = CatalogService::create(ctx, course(QStringLiteral("Sneaky")));
            QVERIFY(!created.ok());
            QCOMPARE(created.error().kind, Error::Kind::Forbidden);
            CatalogItem changed = item;
            changed.price = Money::fromMinor(1);
            auto updated = CatalogService::update(ctx, changed);
            QCOMPARE(updated.error().kind, Error::Kind::Forbidden);
            QCOMPARE(CatalogService::deactivate(ctx, item.id).error().kind, Error::Kind::Forbidden);
        }
        QCOMPARE(center.count(QStringLiteral("catalog_items")), items);
        QCOMPARE(CatalogService::get(center.db(), item.id)->price, Money::fromMinor(120000));
        QVERIFY(CatalogService::get(center.db(), item.id)->active);
    }

    void onlineItemsComeFromSyncAndAreNotEditedLocally()
    {
        test::TestCenter center;
        // The prerequisite comes later in the same batch.
        auto batch = CatalogService::upsertFromOnline(center.frontDesk(),
            {online(QStringLiteral("on-2"), QStringLiteral("Essay II"), QStringLiteral("on-1")),
                online(QStringLiteral("on-1"), QStringLiteral("Essay I"))});
        QVERIFY2(batch.ok(), batch.ok() ? "" : qPrintable(batch.error().message));
        QCOMPARE(batch->size(), 2);
        const CatalogItem second = batch->at(0);
        const CatalogItem first = batch->at(1);
        QCOMPARE(second.source, CatalogItem::Source::Online);
        QCOMPARE(second.onlineId, QStringLiteral("on-2"));
        QCOMPARE(second.prerequisiteId, first.id);
        QCOMPARE(CatalogService::byOnlineId(center.db(), QStringLiteral("on-1"))->id, first.id);

        // The same data again writes nothing.
        const qint64 audit = center.count(QStringLiteral("audit_log"));
        QVERIFY(
            CatalogService::upsertFromOnline(center.system(), online(QStringLiteral("on-1"), QStringLiteral("Essay I")))
                .ok());
        QCOMPARE(center.count(QStringLiteral("audit_log")), audit);

        // A change from the server updates the same row.
        OnlineCatalogItem renamed = online(QStringLiteral("on-1"), QStringLiteral("Essay Writing I"));
        renamed.price = Money::fromMinor(12900);
        auto changed = CatalogService::upsertFromOnline(center.system(), renamed);
        QVERIFY(changed.ok());
        QCOMPARE(changed->id, first.id);
        QCOMPARE(changed->uuid, first.uuid);
        QCOMPARE(changed->price, Money::fromMinor(12900));
        QCOMPARE(center.count(QStringLiteral("audit_log")), audit + 1);

        // The desk cannot edit the platform's items, even as admin.
        CatalogItem local = changed.value();
        local.price = Money::fromMinor(1);
        auto refused = CatalogService::update(center.admin(), local);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY(refused.error().message.contains(QStringLiteral("Essay Writing I")));
        QCOMPARE(CatalogService::deactivate(center.admin(), first.id).error().kind, Error::Kind::Conflict);
        QCOMPARE(CatalogService::get(center.db(), first.id)->price, Money::fromMinor(12900));
    }

    void badOnlineBatchChangesNothing()
    {
        test::TestCenter center;
        const qint64 items = center.count(QStringLiteral("catalog_items"));
        const qint64 audit = center.count(QStringLiteral("audit_log"));
        auto unknown = CatalogService::upsertFromOnline(center.system(),
            {online(QStringLiteral("on-1"), QStringLiteral("Fine")),
                online(QStringLiteral("on-2"), QStringLiteral("Needs missing"), QStringLiteral("nope"))});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().field, QStringLiteral("prerequisite"));
        auto circular = CatalogService::upsertFromOnline(center.system(),
            {online(QStringLiteral("on-1"), QStringLiteral("A"), QStringLiteral("on-2")),
                online(QStringLiteral("on-2"), QStringLiteral("B"), QStringLiteral("on-1"))});
        QVERIFY(!circular.ok());
        QCOMPARE(circular.error().field, QStringLiteral("prerequisite"));
        auto untitled = CatalogService::upsertFromOnline(center.system(), online(QStringLiteral("on-3"), QString()));
        QVERIFY(!untitled.ok());
        QCOMPARE(untitled.error().field, QStringLiteral("title"));
        QVERIFY(untitled.error().message.contains(QStringLiteral("on-3")));
        QCOMPARE(center.count(QStringLiteral("catalog_items")), items);
        QCOMPARE(center.count(QStringLiteral("audit_log")), audit);

        auto forbidden = CatalogService::upsertFromOnline(
            center.instructor(), online(QStringLiteral("on-4"), QStringLiteral("X")));
        QCOMPARE(forbidden.error().kind, Error::Kind::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
