#include "ScheduleFixture.h"
#include "audit/AuditLog.h"

#include <QTest>

using namespace td;

class TestRooms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createListUpdate()
    {
        test::TestCenter center;
        auto admin = center.admin();
        auto small = RoomService::create(admin, QStringLiteral("  Studio  2 "), 6);
        QVERIFY(small.ok());
        QCOMPARE(small->name, QStringLiteral("Studio 2"));
        QVERIFY(RoomService::create(admin, QStringLiteral("Hall"), 40).ok());
        auto rooms = RoomService::list(center.db()).value();
        QCOMPARE(rooms.size(), 2);
        QCOMPARE(rooms.first().name, QStringLiteral("Hall"));
        auto bigger = RoomService::update(admin, small->id, QStringLiteral("Studio Two"), 10);
        QVERIFY(bigger.ok());
        QCOMPARE(bigger->capacity, 10);
        QCOMPARE(RoomService::byId(center.db(), small->id)->name, QStringLiteral("Studio Two"));
        QCOMPARE(AuditLog::recent(admin, 10, small->uuid)->size(), 2);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("capacity");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty name") << QStringLiteral(" ") << 10 << QStringLiteral("name") << int(Error::Kind::Invalid);
        QTest::newRow("zero capacity") << QStringLiteral("Lab") << 0 << QStringLiteral("capacity")
                                       << int(Error::Kind::Invalid);
        QTest::newRow("negative capacity")
            << QStringLiteral("Lab") << -5 << QStringLiteral("capacity") << int(Error::Kind::Invalid);
        QTest::newRow("duplicate name") << QStringLiteral("room a") << 10 << QStringLiteral("name")
                                        << int(Error::Kind::Conflict);
    }
    void badInputChangesNothing()
    {
        QFETCH(QString, name);
        QFETCH(int, capacity);
        QFETCH(QString, field);
        QFETCH(int, kind);
        test::ScheduleFixture f;
        const auto before = f.counts();
        auto created = RoomService::create(f.center.admin(), name, capacity);
        QVERIFY(!created.ok());
        QCOMPARE(int(created.error().kind), kind);
        QCOMPARE(created.error().field, field);
        QCOMPARE(f.counts(), before);
        // The same rules on update.
        auto updated = RoomService::update(f.center.admin(), f.roomB.id, name, capacity);
        QVERIFY(!updated.ok());
        QCOMPARE(updated.error().field, field);
        QCOMPARE(RoomService::byId(f.center.db(), f.roomB.id)->name, QStringLiteral("Room B"));
        QCOMPARE(f.counts(), before);
    }

    void onlyManagersChangeRooms()
    {
        test::ScheduleFixture f;
        const auto before = f.counts();
        for (const Context& ctx : {f.center.frontDesk(), f.center.instructor()}) {
            QCOMPARE(RoomService::create(ctx, QStringLiteral("Lab"), 5).error().kind, Error::Kind::Forbidden);
            QCOMPARE(RoomService::update(ctx, f.roomA.id, QStringLiteral("X"), 5).error().kind, Error::Kind::Forbidden);
            QCOMPARE(RoomService::deactivate(ctx, f.roomA.id).error().kind, Error::Kind::Forbidden);
        }
        QCOMPARE(f.counts(), before);
        QCOMPARE(RoomService::byId(f.center.db(), f.roomA.id)->capacity, 20);
    }

    void roomCannotShrinkBelowItsClassesOrCloseWithSessionsAhead()
    {
        test::ScheduleFixture f;
        auto cls = ScheduleService::createClass(f.center.admin(), f.tueThu());
        QVERIFY(cls.ok());
        const auto before = f.counts();
        auto shrink = RoomService::update(f.center.admin(), f.roomA.id, QStringLiteral("Room A"), 10);
        QVERIFY(!shrink.ok());
        QCOMPARE(shrink.error().kind, Error::Kind::Conflict);
        QCOMPARE(shrink.error().field, QStringLiteral("capacity"));
        QVERIFY(shrink.error().message.contains(QStringLiteral("Olympiad Tue/Thu")));
        auto close = RoomService::deactivate(f.center.admin(), f.roomA.id);
        QVERIFY(!close.ok());
        QCOMPARE(close.error().kind, Error::Kind::Conflict);
        QCOMPARE(f.counts(), before);
        QVERIFY(RoomService::byId(f.center.db(), f.roomA.id)->active);
        QVERIFY(RoomService::update(f.center.admin(), f.roomA.id, QStringLiteral("Room A"), 12).ok());

        // Room B has nothing scheduled: it can close, disappears from the list, and takes no new class.
        QVERIFY(RoomService::deactivate(f.center.admin(), f.roomB.id).ok());
        QCOMPARE(RoomService::list(f.center.db())->size(), 1);
        QCOMPARE(RoomService::list(f.center.db(), true)->size(), 2);
        ClassSpec inB = f.tueThu(QStringLiteral("In B"));
        inB.roomId = f.roomB.id;
        inB.capacity = 4;
        auto refused = ScheduleService::createClass(f.center.admin(), inB);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("roomId"));
        QVERIFY(RoomService::reactivate(f.center.admin(), f.roomB.id).ok());
        QVERIFY(RoomService::byId(f.center.db(), f.roomB.id)->active);
    }
};

QTEST_GUILESS_MAIN(TestRooms)
#include "tst_rooms.moc"
