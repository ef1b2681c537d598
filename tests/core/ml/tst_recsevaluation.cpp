#include "ml/CsvTable.h"
#include "ml/DatasetTables.h"
#include "ml/RecommenderEvaluation.h"

#include <QTest>

using namespace td::ml;

namespace {

// Two taste groups over 12 items; every user has 5 items of their own group.
CsvTable groupedInteractions()
{
    QString csv = QStringLiteral("user,item,rating,timestamp\n");
    for (int u = 0; u < 60; ++u) {
        const int group = u % 2;
        for (int k = 0; k < 5; ++k) {
            const int item = group * 6 + (u / 2 + k) % 6;
            csv += QStringLiteral("u%1,i%2,%3,1700000000\n").arg(u).arg(item).arg(1 + k % 5);
        }
    }
    return CsvTable::parse(csv).value();
}

} // namespace

class TestRecsEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyAlgorithmRunsAndReports()
    {
        const auto matrix = DatasetTables::interactions(groupedInteractions());
        QVERIFY(matrix.ok());
        QCOMPARE(matrix->userCount(), 60);
        QCOMPARE(matrix->itemCount(), 12);
        QCOMPARE(matrix->byUser().coeff(0, 0), 1.0f); // the rating is the weight
        QString items = QStringLiteral("item,kind,category,title,tags\n");
        for (int i = 0; i < 12; ++i)
            items += QStringLiteral("i%1,course,%2,%3课程 %1,%4\n")
                         .arg(i)
                         .arg(i < 6 ? QStringLiteral("music") : QStringLiteral("art"))
                         .arg(i < 6 ? QStringLiteral("钢琴") : QStringLiteral("绘画"))
                         .arg(i < 6 ? QStringLiteral("piano;kids") : QStringLiteral("drawing|kids"));
        const auto tokens = DatasetTables::itemTokens(CsvTable::parse(items).value(), matrix.value());
        QVERIFY(tokens.ok());
        QVERIFY(tokens->at(0).contains(QStringLiteral("tag:kids")));

        double popNdcg = 0;
        for (const QString& algo : RecommenderEvaluation::algorithms()) {
            RecommenderEvaluation::Options options;
            options.algorithm = algo;
            options.k = 3;
            const auto run = RecommenderEvaluation::run(matrix.value(), tokens.value(), options);
            QVERIFY2(run.ok(), qPrintable(algo));
            QCOMPARE(run->trainInteractions + run->testInteractions, 300);
            QCOMPARE(run->ranking.usersEvaluated, 60);
            QVERIFY(run->ranking.coverage > 0);
            if (algo == QLatin1String("pop"))
                popNdcg = run->ranking.ndcg;
            else if (algo != QLatin1String("itemknn"))
                QVERIFY2(run->ranking.ndcg > popNdcg, qPrintable(algo)); // group structure beats popularity
            if (algo == QLatin1String("hybrid"))
                QCOMPARE(run->hybridComponents.size(), 5);
        }
        // Same seed, same figures.
        RecommenderEvaluation::Options options;
        const auto a = RecommenderEvaluation::run(matrix.value(), {}, options);
        const auto b = RecommenderEvaluation::run(matrix.value(), {}, options);
        QCOMPARE(a->ranking.ndcg, b->ranking.ndcg);
    }

    void badInputIsRefused()
    {
        const auto matrix = DatasetTables::interactions(groupedInteractions()).value();
        RecommenderEvaluation::Options options;
        options.algorithm = QStringLiteral("content");
        QCOMPARE(RecommenderEvaluation::run(matrix, {}, options).error().field, QStringLiteral("items"));
        options.algorithm = QStringLiteral("magic");
        QCOMPARE(RecommenderEvaluation::run(matrix, {}, options).error().field, QStringLiteral("algo"));
        options.algorithm = QStringLiteral("pop");
        options.testFraction = 1.0;
        QCOMPARE(RecommenderEvaluation::run(matrix, {}, options).error().field, QStringLiteral("test-fraction"));
        options.testFraction = 0.25;
        options.k = 0;
        QCOMPARE(RecommenderEvaluation::run(matrix, {}, options).error().field, QStringLiteral("k"));

        QCOMPARE(DatasetTables::interactions(CsvTable::parse(QStringLiteral("usr,item\na,b\n")).value()).error().field,
            QStringLiteral("user"));
        QCOMPARE(DatasetTables::interactions(CsvTable::parse(QStringLiteral("user,item,rating\na,b,x\n")).value())
                     .error()
                     .field,
            QStringLiteral("rating"));
        QVERIFY(!DatasetTables::interactions(CsvTable::parse(QStringLiteral("user,item\n,b\n")).value()).ok());
        QCOMPARE(DatasetTables::ratings(CsvTable::parse(QStringLiteral("user,item\na,b\n")).value()).error().field,
            QStringLiteral("rating"));
        const auto ratings
            = DatasetTables::ratings(CsvTable::parse(QStringLiteral("user,item,rating\na,b,4\na,c,2\n")).value());
        QVERIFY(ratings.ok());
        QCOMPARE(ratings->ratings.size(), size_t {2});
        QCOMPARE(ratings->itemIds, (QStringList {QStringLiteral("b"), QStringLiteral("c")}));
    }
};

QTEST_GUILESS_MAIN(TestRecsEvaluation)
#include "tst_recsevaluation.moc"
