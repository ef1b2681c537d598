#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message {
                context, {}, {}, false, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                || type == QLatin1String("obsolete");
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            } else {
                current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

} // namespace

// The Simplified Chinese translation is complete: every message of core, ui and app translated, none left
// unfinished or empty, and every placeholder (%1, %n) kept.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseIsComplete()
    {
        const QString path = QFINDTESTDATA("../../translations/trainingdesk_zh_CN.ts");
        QVERIFY2(!path.isEmpty(), "translations/trainingdesk_zh_CN.ts not found");
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The desk has hundreds of strings; an empty file must not pass as "complete".
        QVERIFY2(messages.size() > 200, qPrintable(QString::number(messages.size())));

        QStringList problems;
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
            if (m.unfinished)
                problems.append(QStringLiteral("unfinished ") + where);
            if (m.translations.isEmpty()
                || std::any_of(m.translations.cbegin(), m.translations.cend(),
                    [](const QString& t) { return t.trimmed().isEmpty(); }))
                problems.append(QStringLiteral("empty ") + where);
            for (const QString& t : m.translations)
                if (placeholders(t) != placeholders(m.source))
                    problems.append(QStringLiteral("placeholders differ in ") + where + QStringLiteral(" → ") + t);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void englishPluralsAreComplete()
    {
        // English needs only its plural forms ("%n student(s)" → "1 student", "2 students").
        const QString path = QFINDTESTDATA("../../translations/trainingdesk_en.ts");
        QVERIFY(!path.isEmpty());
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        int plurals = 0;
        for (const Message& m : messages) {
            if (!m.numerus)
                continue;
            ++plurals;
            if (m.translations.size() != 2 || m.translations.contains(QString()))
                problems.append(m.context + QStringLiteral(": ") + m.source);
        }
        QVERIFY(plurals > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
