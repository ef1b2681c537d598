#include "csv/Csv.h"

#include <QStringEncoder>
#include <QTest>

using namespace td;

namespace {

QList<QStringList> fieldsOf(const QList<Csv::Record>& records)
{
    QList<QStringList> out;
    for (const auto& r : records)
        out << r.fields;
    return out;
}

QList<int> linesOf(const QList<Csv::Record>& records)
{
    QList<int> out;
    for (const auto& r : records)
        out << r.line;
    return out;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPlainFields()
    {
        auto r = Csv::parse(QStringLiteral("a,b,c\n1,,3\n"));
        QVERIFY(r.ok());
        QCOMPARE(fieldsOf(r.value()),
            (QList<QStringList> {{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                {QStringLiteral("1"), QString(), QStringLiteral("3")}}));
        QCOMPARE(linesOf(r.value()), (QList<int> {1, 2}));
    }

    void lastLineWithoutNewline()
    {
        auto r = Csv::parse(QStringLiteral("a,b\r\nx,y"));
        QCOMPARE(fieldsOf(r.value()).last(), (QStringList {QStringLiteral("x"), QStringLiteral("y")}));
        QCOMPARE(r->size(), 2);
    }

    void quotesDoubledQuotesAndSeparatorsInside()
    {
        auto r = Csv::parse(QStringLiteral("\"a,b\",\"say \"\"hi\"\"\",\"\"\n"));
        QVERIFY(r.ok());
        QCOMPARE(fieldsOf(r.value()).first(),
            (QStringList {QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QString()}));
    }

    void embeddedNewlinesKeepLineNumbers()
    {
        auto r
            = Csv::parse(QStringLiteral("h1,h2\r\n\"multi\r\nline\",x\r\nnext,y\r\n\"one\ntwo\nthree\",z\nlast,w\n"));
        QVERIFY(r.ok());
        QCOMPARE(fieldsOf(r.value()).at(1).first(), QStringLiteral("multi\r\nline"));
        QCOMPARE(fieldsOf(r.value()).at(3).first(), QStringLiteral("one\ntwo\nthree"));
        // The line where each record starts in the file.
        QCOMPARE(linesOf(r.value()), (QList<int> {1, 2, 4, 5, 8}));
    }

    void crlfLfAndBareCrAllEndRecords()
    {
        auto r = Csv::parse(QStringLiteral("a\r\nb\nc\rd"));
        QCOMPARE(fieldsOf(r.value()),
            (QList<QStringList> {
                {QStringLiteral("a")}, {QStringLiteral("b")}, {QStringLiteral("c")}, {QStringLiteral("d")}}));
        QCOMPARE(linesOf(r.value()), (QList<int> {1, 2, 3, 4}));
    }

    void blankLinesAreBlankRecords()
    {
        auto r = Csv::parse(QStringLiteral("a,b\n\n ,\nc,d\n"));
        QCOMPARE(r->size(), 4);
        QVERIFY(r->at(1).isBlank());
        QVERIFY(r->at(2).isBlank());
        QVERIFY(!r->at(3).isBlank());
        QCOMPARE(r->at(3).line, 4);
    }

    void unterminatedQuoteNamesItsLine()
    {
        auto r = Csv::parse(QStringLiteral("a,b\nok,1\n\"never closed,2\nmore\n"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("3")), qPrintable(r.error().message));
    }

    void tabSeparatedWhenTheHeaderHasTabsOnly()
    {
        auto r = Csv::parse(QStringLiteral("name\tphone\n\"Li, Na\"\t138\n"));
        QCOMPARE(fieldsOf(r.value()).at(1), (QStringList {QStringLiteral("Li, Na"), QStringLiteral("138")}));
        auto commas = Csv::parse(QStringLiteral("name,phone\nLi\tNa,138\n"));
        QCOMPARE(fieldsOf(commas.value()).at(1), (QStringList {QStringLiteral("Li\tNa"), QStringLiteral("138")}));
    }

    void formatQuotesOnlyWhatNeedsIt()
    {
        const QString text = Csv::format({{QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("q\"x"),
                                              QStringLiteral("two\nlines"), QStringLiteral(" padded"), QString()},
            {QStringLiteral("张伟")}});
        QCOMPARE(text, QStringLiteral("plain,\"a,b\",\"q\"\"x\",\"two\nlines\",\" padded\",\r\n张伟\r\n"));
    }

    void formatThenParseRoundTrips()
    {
        const QList<QStringList> records = {{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("\"")},
            {QStringLiteral("x\r\ny"), QString(), QStringLiteral("周六上午，\"小班\"")}};
        QCOMPARE(fieldsOf(Csv::parse(Csv::format(records)).value()), records);
    }

    void decodesUtf8WithAndWithoutBom()
    {
        const QString text = QStringLiteral("姓名,name\n张伟,Wang\n");
        auto plain = Csv::decode(text.toUtf8());
        QCOMPARE(plain->text, text);
        QCOMPARE(plain->encoding, QStringLiteral("UTF-8"));
        auto bom = Csv::decode(Csv::encodeForExcel(text));
        QCOMPARE(bom->text, text); // the mark is not part of the text
        QCOMPARE(bom->encoding, QStringLiteral("UTF-8 BOM"));
        QVERIFY(Csv::encodeForExcel(text).startsWith("\xEF\xBB\xBF"));
    }

    void decodesUtf16BothByteOrders()
    {
        const QString text = QStringLiteral("姓名\t电话\r\n赵敏\t13512345678\r\n");
        QStringEncoder le(QStringEncoder::Utf16LE);
        QStringEncoder be(QStringEncoder::Utf16BE);
        auto little = Csv::decode(QByteArray("\xFF\xFE") + QByteArray(le.encode(text)));
        QCOMPARE(little->text, text);
        QCOMPARE(little->encoding, QStringLiteral("UTF-16LE"));
        auto big = Csv::decode(QByteArray("\xFE\xFF") + QByteArray(be.encode(text)));
        QCOMPARE(big->text, text);
        QCOMPARE(big->encoding, QStringLiteral("UTF-16BE"));
    }

    void decodesGb18030WhenNotUtf8()
    {
        if (!Csv::canDecodeGb18030())
            QSKIP("This Qt has no GB18030 codec (no ICU)");
        // "学号,姓名\r\nS000101,张伟\r\n" as GB18030 bytes (the same as GBK for these characters).
        const QByteArray bytes("\xd1\xa7\xba\xc5,\xd0\xd5\xc3\xfb\r\nS000101,\xd5\xc5\xce\xb0\r\n");
        auto decoded = Csv::decode(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->encoding, QStringLiteral("GB18030"));
        QCOMPARE(decoded->text, QStringLiteral("学号,姓名\r\nS000101,张伟\r\n"));
    }

    void pureAsciiIsUtf8()
    {
        auto decoded = Csv::decode(QByteArray("name,phone\nWang,138\n"));
        QCOMPARE(decoded->encoding, QStringLiteral("UTF-8"));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
