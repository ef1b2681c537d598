#include "common/Money.h"

#include <QLocale>
#include <QTest>

using td::Money;
using td::Rounding;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWhatClerksType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("whole") << QStringLiteral("12") << qint64(1200);
        QTest::newRow("one decimal") << QStringLiteral("12.3") << qint64(1230);
        QTest::newRow("two decimals") << QStringLiteral("12.34") << qint64(1234);
        QTest::newRow("negative") << QStringLiteral("-0.50") << qint64(-50);
        QTest::newRow("spaces") << QStringLiteral("  7.05 ") << qint64(705);
    }
    void parsesWhatClerksType()
    {
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        const auto parsed = Money::parse(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->minor(), minor);
    }

    void refusesWhatIsNotAnAmount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("three decimals") << QStringLiteral("1.005");
        QTest::newRow("letters") << QStringLiteral("12a");
        QTest::newRow("two dots") << QStringLiteral("1.2.3");
        QTest::newRow("too large") << QStringLiteral("1234567890123456");
    }
    void refusesWhatIsNotAnAmount()
    {
        QFETCH(QString, text);
        QVERIFY(!Money::parse(text).has_value());
    }

    void parsesLocaleGrouping()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(Money::parse(QStringLiteral("1.234,56"), german)->minor(), qint64(123456));
        QCOMPARE(Money::parse(QStringLiteral("1,234.56"), QLocale(QLocale::English, QLocale::UnitedStates))->minor(),
            qint64(123456));
    }

    void formatsPlainAndLocalized()
    {
        QCOMPARE(Money::fromMinor(123456).toPlainString(), QStringLiteral("1234.56"));
        QCOMPARE(Money::fromMinor(-5).toPlainString(), QStringLiteral("-0.05"));
        QCOMPARE(Money::fromMinor(0).toPlainString(), QStringLiteral("0.00"));
        QCOMPARE(Money::fromMinor(123456).toString(QLocale(QLocale::English, QLocale::UnitedStates)),
            QStringLiteral("1,234.56"));
    }

    void percentageRoundsAsTold_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("basisPoints");
        QTest::addColumn<int>("rounding");
        QTest::addColumn<qint64>("expected");
        // 15 % of 0.10 = 0.015: half a fen.
        QTest::newRow("half up") << qint64(10) << qint64(1500) << int(Rounding::HalfUp) << qint64(2);
        QTest::newRow("half even down") << qint64(10) << qint64(1500) << int(Rounding::HalfEven) << qint64(2);
        QTest::newRow("half even to even") << qint64(30) << qint64(500) << int(Rounding::HalfEven) << qint64(2);
        QTest::newRow("half up 30x5%") << qint64(30) << qint64(500) << int(Rounding::HalfUp) << qint64(2);
        QTest::newRow("half even 50x5%") << qint64(50) << qint64(500) << int(Rounding::HalfEven) << qint64(2);
        QTest::newRow("half up 50x5%") << qint64(50) << qint64(500) << int(Rounding::HalfUp) << qint64(3);
        QTest::newRow("down") << qint64(99) << qint64(5000) << int(Rounding::Down) << qint64(49);
        QTest::newRow("negative half up") << qint64(-50) << qint64(500) << int(Rounding::HalfUp) << qint64(-3);
        QTest::newRow("below half") << qint64(33) << qint64(1000) << int(Rounding::HalfUp) << qint64(3);
    }
    void percentageRoundsAsTold()
    {
        QFETCH(qint64, amount);
        QFETCH(qint64, basisPoints);
        QFETCH(int, rounding);
        QFETCH(qint64, expected);
        QCOMPARE(Money::fromMinor(amount).percentage(basisPoints, Rounding(rounding)).minor(), expected);
    }

    // A 3-way split of 100.00 must add back up to 100.00 when the remainder goes to the last share.
    void proRataSharesAddUp()
    {
        const Money total = Money::fromMajor(100);
        const Money share = total.scaled(1, 3, Rounding::Down);
        QCOMPARE(share.minor(), qint64(3333));
        QCOMPARE((share * 2 + (total - share * 2)).minor(), total.minor());
    }

    void overflowIsRefusedNotWrapped()
    {
        const Money huge = Money::fromMinor(std::numeric_limits<qint64>::max());
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, huge + Money::fromMinor(1));
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, huge * 2);
    }

    void ordersAndCompares()
    {
        QVERIFY(Money::fromMinor(1) > Money::fromMinor(0));
        QVERIFY(Money::fromMajor(1) == Money::fromMinor(100));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
