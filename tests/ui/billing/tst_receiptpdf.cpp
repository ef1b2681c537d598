#include "billing/Receipt.h"
#include "billing/ReceiptPdf.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

Receipt sampleReceipt()
{
    Receipt r;
    r.centerName = QStringLiteral("北京中关村培训中心");
    r.centerAddress = QStringLiteral("海淀区中关村大街1号");
    r.currencyCode = QStringLiteral("CNY");
    r.receiptNo = QStringLiteral("R000042");
    r.issuedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30));
    r.studentCode = QStringLiteral("S000123");
    r.studentName = QStringLiteral("王小明");
    r.lines = {Receipt::Line {QStringLiteral("少儿编程 10课时"), 1, Money::fromMinor(120000), Money::fromMinor(10000),
        Money::fromMinor(110000), ClassHours::fromHours(10), QDate(2026, 6, 1)}};
    r.subtotal = Money::fromMinor(120000);
    r.discount = Money::fromMinor(10000);
    r.total = Money::fromMinor(110000);
    r.method = PaymentMethod::Cash;
    r.tendered = Money::fromMinor(120000);
    r.change = Money::fromMinor(10000);
    r.staffName = QStringLiteral("Desk Clerk");
    return r;
}

// Runs a poppler tool on the file; empty when the tool is not installed.
QString poppler(const QString& tool, const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<%1 failed>").arg(tool);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestReceiptPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesARealPdfWithTheReceiptAndItsChineseText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("R000042.pdf"));
        auto written = ui::ReceiptPdf::write(sampleReceipt(), path, QLocale(QLocale::Chinese, QLocale::China));
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        QVERIFY2(file.size() > 2000, qPrintable(QString::number(file.size())));

        // NFKC: Qt maps some CJK glyphs to their Kangxi radical twins (⼩ for 小) in the text layer.
        const QString text = poppler(
            QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
                                 .normalized(QString::NormalizationForm_KC);
        if (text.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; the PDF's text was not checked");
        for (const QString& expected :
            {QStringLiteral("R000042"), QStringLiteral("王小明"), QStringLiteral("北京中关村培训中心"),
                QStringLiteral("1,100.00"), QStringLiteral("S000123"), QStringLiteral("少儿编程")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));

        // The Chinese text is drawn with a font that has the glyphs, embedded in the file.
        const QString fonts = poppler(QStringLiteral("pdffonts"), {path});
        QVERIFY2(fonts.contains(QStringLiteral("CJK"), Qt::CaseInsensitive)
                || fonts.contains(QStringLiteral("Fallback"), Qt::CaseInsensitive),
            qPrintable(fonts));
    }

    void anUnwritablePathIsAnError()
    {
        auto r = ui::ReceiptPdf::write(sampleReceipt(), QStringLiteral("/nonexistent-dir/receipt.pdf"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("path"));
    }
};

QTEST_MAIN(TestReceiptPdf)
#include "tst_receiptpdf.moc"
