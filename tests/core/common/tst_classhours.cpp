#include "common/ClassHours.h"

#include <QTest>

using td::ClassHours;

class TestClassHours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsShortestForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("hundredths");
        QTest::addColumn<QString>("shown");
        QTest::newRow("whole") << QStringLiteral("2") << qint64(200) << QStringLiteral("2");
        QTest::newRow("half") << QStringLiteral("1.5") << qint64(150) << QStringLiteral("1.5");
        QTest::newRow("quarter") << QStringLiteral("0.25") << qint64(25) << QStringLiteral("0.25");
        QTest::newRow("trailing zero") << QStringLiteral("1.50") << qint64(150) << QStringLiteral("1.5");
        QTest::newRow("negative") << QStringLiteral("-0.5") << qint64(-50) << QStringLiteral("-0.5");
    }
    void roundTripsShortestForm()
    {
        QFETCH(QString, text);
        QFETCH(qint64, hundredths);
        QFETCH(QString, shown);
        const auto parsed = ClassHours::parse(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->hundredths(), hundredths);
        QCOMPARE(parsed->toString(), shown);
    }

    void refusesNonsense()
    {
        QVERIFY(!ClassHours::parse(QStringLiteral("1.255")).has_value());
        QVERIFY(!ClassHours::parse(QStringLiteral("two")).has_value());
        QVERIFY(!ClassHours::parse(QString()).has_value());
    }

    void arithmetic()
    {
        const ClassHours balance = ClassHours::fromHours(10) - ClassHours::fromHundredths(150);
        QCOMPARE(balance.toString(), QStringLiteral("8.5"));
        QVERIFY(balance > ClassHours::fromHours(8));
    }
};

QTEST_GUILESS_MAIN(TestClassHours)
#include "tst_classhours.moc"
