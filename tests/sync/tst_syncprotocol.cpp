// The JSON bodies of the sync API: what is accepted, what is refused, and that writing then reading
// gives back the same thing.
#include "sync/SyncProtocol.h"

#include <QTest>

using namespace td;
using namespace td::sync;

class tst_SyncProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pushRequestRoundTrip()
    {
        PushRequest request {QStringLiteral("desk-1"),
            {Mutation {QStringLiteral("m1"), 1, QStringLiteral("student"), QStringLiteral("u1"),
                 QStringLiteral("upsert"), QStringLiteral("2026-03-02T01:00:00.000Z"),
                 QJsonObject {{QStringLiteral("name"), QStringLiteral("Li")}}},
                Mutation {QStringLiteral("m2"), 5, QStringLiteral("sale"), QStringLiteral("u2"), QStringLiteral("add"),
                    QStringLiteral("2026-03-02T01:01:00.000Z"), {}}},
            QStringLiteral("B2")};
        auto parsed = Protocol::parsePushRequest(Protocol::toJson(request));
        QVERIFY(parsed);
        QCOMPARE(parsed->deskId, request.deskId);
        QCOMPARE(parsed->deskCode, std::optional<QString>(QStringLiteral("B2")));
        // A desk's code may be empty (a center's only desk); a desk that sends none claims nothing.
        request.deskCode = QString();
        QCOMPARE(Protocol::parsePushRequest(Protocol::toJson(request))->deskCode, std::optional<QString>(QString()));
        request.deskCode.reset();
        QVERIFY(!Protocol::parsePushRequest(Protocol::toJson(request))->deskCode);
        QCOMPARE(parsed->mutations.size(), 2);
        QCOMPARE(parsed->mutations.at(1).seq, 5);
        QCOMPARE(parsed->mutations.at(0).payload.value(QLatin1String("name")).toString(), QStringLiteral("Li"));
    }

    void badPushRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{desk") << QString();
        QTest::newRow("array") << QByteArray("[]") << QString();
        QTest::newRow("no desk") << QByteArray(R"({"mutations": []})") << QStringLiteral("desk_id");
        QTest::newRow("mutations not array")
            << QByteArray(R"({"desk_id": "d", "mutations": {}})") << QStringLiteral("mutations");
        QTest::newRow("no id") << QByteArray(R"({"desk_id": "d", "mutations": [{"seq": 1, "payload": {}}]})")
                               << QStringLiteral("id");
        QTest::newRow("fractional seq") << QByteArray(
            R"({"desk_id": "d", "mutations": [{"id": "m", "seq": 1.5, "payload": {}}]})")
                                        << QStringLiteral("seq");
        QTest::newRow("negative seq") << QByteArray(
            R"({"desk_id": "d", "mutations": [{"id": "m", "seq": -1, "payload": {}}]})")
                                      << QStringLiteral("seq");
        QTest::newRow("seq out of order")
            << QByteArray(R"({"desk_id": "d", "mutations": [{"id": "a", "seq": 2, "payload": {}},
                                                         {"id": "b", "seq": 2, "payload": {}}]})")
            << QStringLiteral("seq");
        QTest::newRow("desk code not text")
            << QByteArray(R"({"desk_id": "d", "desk_code": 7, "mutations": []})") << QStringLiteral("desk_code");
        QTest::newRow("desk code too long")
            << QByteArray(R"({"desk_id": "d", "desk_code": "ABCDE", "mutations": []})") << QStringLiteral("desk_code");
        QTest::newRow("payload not object")
            << QByteArray(R"({"desk_id": "d", "mutations": [{"id": "m", "seq": 1, "payload": "x"}]})")
            << QStringLiteral("payload");
    }

    void badPushRequestsAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        auto parsed = Protocol::parsePushRequest(body);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind, Error::Kind::Invalid);
        QCOMPARE(parsed.error().field, field);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void tooLargeABatchIsRefused()
    {
        PushRequest request {QStringLiteral("d"), {}, {}};
        for (int i = 1; i <= kMaxBatch + 1; ++i)
            request.mutations.append(Mutation {QString::number(i), i, {}, {}, {}, {}, {}});
        QVERIFY(!Protocol::parsePushRequest(Protocol::toJson(request)));
        request.mutations.removeLast();
        QVERIFY(Protocol::parsePushRequest(Protocol::toJson(request)));
    }

    void changePageRoundTripAndChecks()
    {
        ChangePage page {
            {Change {3, QStringLiteral("student"), QStringLiteral("u"), QStringLiteral("delete"), {}, {}, {}},
                Change {7, QStringLiteral("catalog_item"), QStringLiteral("c"), QStringLiteral("upsert"),
                    QJsonObject {{QStringLiteral("price_minor"), 100}}, QStringLiteral("d"), {}}},
            7, true};
        auto parsed = Protocol::parseChangePage(Protocol::toJson(page));
        QVERIFY(parsed);
        QCOMPARE(parsed->changes.size(), 2);
        QCOMPARE(parsed->next, 7);
        QVERIFY(parsed->more);
        QCOMPARE(parsed->changes.at(1).payload.value(QLatin1String("price_minor")).toInt(), 100);

        // A cursor behind its own changes, an unknown operation, a repeated seq: refused.
        QVERIFY(!Protocol::parseChangePage(
            R"({"next": 2, "changes": [{"seq": 3, "entity": "s", "uuid": "u", "operation": "add"}]})"));
        QVERIFY(!Protocol::parseChangePage(
            R"({"next": 9, "changes": [{"seq": 3, "entity": "s", "uuid": "u", "operation": "drop"}]})"));
        QVERIFY(!Protocol::parseChangePage(
            R"({"next": 9, "changes": [{"seq": 3, "entity": "s", "uuid": "u", "operation": "add"},
                                               {"seq": 3, "entity": "s", "uuid": "v", "operation": "add"}]})"));
    }

    void pushResponseNeedsKnownStatuses()
    {
        QVERIFY(
            Protocol::parsePushResponse(R"({"acknowledged_seq": 4, "results": [{"id": "m", "status": "merged"}]})"));
        QVERIFY(
            !Protocol::parsePushResponse(R"({"acknowledged_seq": 4, "results": [{"id": "m", "status": "maybe"}]})"));
        QVERIFY(!Protocol::parsePushResponse(R"({"results": []})"));
    }

    void statusNamesTheVersions()
    {
        auto range = Protocol::parseStatus(R"({"api": {"min": 1, "max": 2}})");
        QVERIFY(range);
        QVERIFY(range->contains(1));
        QVERIFY(!range->contains(3));
        QVERIFY(!Protocol::parseStatus(R"({"api": {"min": 3, "max": 2}})"));
        QVERIFY(!Protocol::parseStatus(R"({"service": "something else"})"));
        QCOMPARE(Protocol::errorMessage(Protocol::errorBody(QStringLiteral("x"), QStringLiteral("Nope"))),
            QStringLiteral("Nope"));
    }
};

QTEST_GUILESS_MAIN(tst_SyncProtocol)
#include "tst_syncprotocol.moc"
