#include "settings/CenterSettings.h"
#include "support/TestCenter.h"

#include <QTest>

using namespace td;

class TestCenterSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsUntilSet()
    {
        test::TestCenter center;
        CenterSettings settings(center.db());
        QCOMPARE(settings.text(CenterSettings::Key::CurrencyCode), QStringLiteral("CNY"));
        QVERIFY(!settings.flag(CenterSettings::Key::AllowNegativeClassHours));
        QVERIFY(settings.set(center.admin(), CenterSettings::Key::CenterName, QStringLiteral("北京中关村中心")).ok());
        QCOMPARE(settings.text(CenterSettings::Key::CenterName), QStringLiteral("北京中关村中心"));
        QCOMPARE(settings.timeZone().id(), QByteArray("Asia/Shanghai"));
    }

    void invalidValuesAreRefused()
    {
        test::TestCenter center;
        CenterSettings settings(center.db());
        QVERIFY(!settings.set(center.admin(), CenterSettings::Key::TimeZone, QStringLiteral("Mars/Olympus")).ok());
        QVERIFY(!settings.set(center.admin(), CenterSettings::Key::CurrencyCode, QStringLiteral("yuan")).ok());
        QVERIFY(!settings.set(center.admin(), CenterSettings::Key::IdleLockMinutes, QStringLiteral("-3")).ok());
        QCOMPARE(settings.timeZone().id(), QByteArray("Asia/Shanghai"));
    }

    void onlyAdminsChangeSettings()
    {
        test::TestCenter center;
        CenterSettings settings(center.db());
        auto r = settings.set(center.frontDesk(), CenterSettings::Key::CenterName, QStringLiteral("Mine"));
        QCOMPARE(r.error().kind, Error::Kind::Forbidden);
        QVERIFY(settings.text(CenterSettings::Key::CenterName) != QStringLiteral("Mine"));
    }
};

QTEST_GUILESS_MAIN(TestCenterSettings)
#include "tst_centersettings.moc"
