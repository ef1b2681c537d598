#include "ml/ClassificationMetrics.h"
#include "ml/ClassifierEvaluation.h"
#include "ml/CsvTable.h"
#include "ml/FeatureEncoder.h"
#include "ml/LogisticRegression.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <array>
#include <map>
#include <random>
#include <set>

using namespace td::ml;

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(TD_ML_DATA "/") + QLatin1String(name);
}

QJsonObject readJson(const char* name)
{
    QFile f(dataFile(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

Eigen::VectorXd vec(std::initializer_list<double> values)
{
    Eigen::VectorXd v(static_cast<Eigen::Index>(values.size()));
    Eigen::Index k = 0;
    for (double x : values)
        v[k++] = x;
    return v;
}

} // namespace

class TestLogisticRegression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coefficientsMatchScikitLearn_data()
    {
        QTest::addColumn<QString>("expectedFile");
        QTest::addColumn<double>("c");
        QTest::newRow("C=1") << QStringLiteral("logreg_expected_C1.json") << 1.0;
        QTest::newRow("C=0.1") << QStringLiteral("logreg_expected_C0.1.json") << 0.1;
    }

    void coefficientsMatchScikitLearn()
    {
        QFETCH(QString, expectedFile);
        QFETCH(double, c);
        auto table = CsvTable::read(dataFile("logreg_fixture.csv"));
        QVERIFY(table.ok());
        const QJsonObject expected = readJson(qPrintable(expectedFile));
        QVERIFY(!expected.isEmpty());
        const int d = 4;
        Eigen::MatrixXd x(table->rows.size(), d);
        Eigen::VectorXd y(table->rows.size());
        for (qsizetype r = 0; r < table->rows.size(); ++r) {
            for (int j = 0; j < d; ++j)
                x(r, j) = table->rows[r][j].toDouble();
            y[r] = table->rows[r][d].toDouble();
        }
        LogisticRegression model({1.0 / c});
        model.fit(x, y);
        QVERIFY(model.converged());
        const QJsonArray coefficients = expected.value(QStringLiteral("coefficients")).toArray();
        for (int j = 0; j < d; ++j)
            QVERIFY2(std::abs(model.coefficients()[j] - coefficients[j].toDouble()) < 1e-6,
                qPrintable(QStringLiteral("coefficient %1: %2 vs %3")
                               .arg(j)
                               .arg(model.coefficients()[j])
                               .arg(coefficients[j].toDouble())));
        QVERIFY(std::abs(model.intercept() - expected.value(QStringLiteral("intercept")).toDouble()) < 1e-6);
        const Eigen::VectorXd p = model.predictProbability(x);
        const QJsonArray first = expected.value(QStringLiteral("first_probabilities")).toArray();
        for (int k = 0; k < first.size(); ++k) {
            QVERIFY(std::abs(p[k] - first[k].toDouble()) < 1e-6);
            QVERIFY(std::abs(model.probability(x.row(k)) - p[k]) < 1e-12);
        }
        QVERIFY(std::abs(rocAuc(y, p) - expected.value(QStringLiteral("auc")).toDouble()) < 1e-9);
        QVERIFY(
            std::abs(averagePrecision(y, p) - expected.value(QStringLiteral("average_precision")).toDouble()) < 1e-9);
        // A stored model predicts the same.
        const LogisticRegression restored = LogisticRegression::fromVector(model.toVector());
        QVERIFY((restored.predictProbability(x) - p).cwiseAbs().maxCoeff() < 1e-12);
    }

    void aucAndAveragePrecisionByHand()
    {
        // Positives at 0.9 and 0.4, negatives at 0.7, 0.4 and 0.1. Of the 6 positive-negative pairs,
        // 0.9 outranks all 3 negatives, 0.4 outranks 0.1 and ties 0.4 (half): AUC = 4.5 / 6.
        const Eigen::VectorXd y = vec({1, 0, 1, 0, 0});
        const Eigen::VectorXd s = vec({0.9, 0.7, 0.4, 0.4, 0.1});
        QCOMPARE(rocAuc(y, s), 4.5 / 6.0);
        // Thresholds 0.9: P=1, R=.5; 0.7: P=.5, R=.5; 0.4: P=2/4, R=1; AP = .5·1 + 0 + .5·.5
        QCOMPARE(averagePrecision(y, s), 0.75);
        QCOMPARE(rocAuc(vec({1, 1}), vec({0.2, 0.3})), 0.5); // one class only
        QCOMPARE(brierScore(vec({1, 0}), vec({0.8, 0.4})), (0.04 + 0.16) / 2);
        const ThresholdMetrics m = metricsAtThreshold(y, s, 0.5);
        QCOMPARE(m.precision, 0.5);
        QCOMPARE(m.recall, 0.5);
        QCOMPARE(m.f1, 0.5);
        const ThresholdMetrics none = metricsAtThreshold(y, s, 0.95);
        QCOMPARE(none.precision, 0.0);
        QCOMPARE(none.f1, 0.0);
    }

    void calibrationTableBinsPredictions()
    {
        const auto table = calibrationTable(vec({1, 0, 1, 1}), vec({0.05, 0.15, 0.95, 1.0}), 10);
        QCOMPARE(table.size(), size_t {10});
        QCOMPARE(table[0].count, 1);
        QCOMPARE(table[0].observedRate, 1.0);
        QCOMPARE(table[1].meanPredicted, 0.15);
        QCOMPARE(table[9].count, 2); // 1.0 falls in the last bin
        QCOMPARE(table[9].meanPredicted, 0.975);
        QCOMPARE(table[5].count, 0);
    }

    void stratifiedFoldsKeepTheBalance()
    {
        Eigen::VectorXd y = Eigen::VectorXd::Zero(100);
        y.head(20).setOnes();
        const auto fold = stratifiedFolds(y, 5, 9);
        for (int f = 0; f < 5; ++f) {
            int positives = 0;
            int total = 0;
            for (int k = 0; k < 100; ++k) {
                if (fold[static_cast<size_t>(k)] == f) {
                    ++total;
                    positives += y[k] > 0.5 ? 1 : 0;
                }
            }
            QCOMPARE(total, 20);
            QCOMPARE(positives, 4);
        }
        QCOMPARE(stratifiedFolds(y, 5, 9), fold);
    }

    void groupedFoldsKeepEachStudentWhole()
    {
        // 60 students with 1 to 4 snapshots each; a third of them churn at some snapshots.
        std::vector<qint64> groups;
        std::vector<double> labels;
        for (int student = 0; student < 60; ++student) {
            for (int snapshot = 0; snapshot <= student % 4; ++snapshot) {
                groups.push_back(1000 + student);
                labels.push_back(student % 3 == 0 && snapshot % 2 == 0 ? 1.0 : 0.0);
            }
        }
        const Eigen::VectorXd y = Eigen::Map<const Eigen::VectorXd>(labels.data(), Eigen::Index(labels.size()));
        const auto fold = stratifiedFolds(y, 5, 9, groups);
        std::map<qint64, std::set<int>> foldsOf;
        std::array<int, 5> positives {};
        for (size_t k = 0; k < groups.size(); ++k) {
            foldsOf[groups[k]].insert(fold[k]);
            positives[static_cast<size_t>(fold[k])] += labels[k] > 0.5 ? 1 : 0;
        }
        for (const auto& [student, folds] : foldsOf)
            QCOMPARE(folds.size(), size_t {1});
        // No student has more than 2 positive snapshots, so the folds differ by at most 2 positives.
        const auto [least, most] = std::minmax_element(positives.begin(), positives.end());
        QVERIFY2(*most - *least <= 2, qPrintable(QStringLiteral("%1..%2").arg(*least).arg(*most)));
        QCOMPARE(stratifiedFolds(y, 5, 9, groups), fold);
    }

    void groupedCrossValidationIsNotFooledByRepeatedStudents()
    {
        // 200 students, each seen at 5 snapshots with the same features, an outcome that has nothing to
        // do with those features: a fold that holds a student the model was trained on scores the model's
        // memory of that student, not its skill.
        std::mt19937_64 random(3);
        std::normal_distribution<double> normal;
        const int students = 200;
        const int snapshots = 5;
        const int features = 40;
        Eigen::MatrixXd x(students * snapshots, features);
        Eigen::VectorXd y(students * snapshots);
        ClassifierEvaluation::Options options;
        options.l2 = 0.01;
        for (int s = 0; s < students; ++s) {
            Eigen::VectorXd profile(features);
            for (int f = 0; f < features; ++f)
                profile[f] = normal(random);
            const double outcome = s % 4 == 0 ? 1.0 : 0.0;
            for (int t = 0; t < snapshots; ++t) {
                x.row(s * snapshots + t) = profile.transpose();
                y[s * snapshots + t] = outcome;
                options.groups.push_back(s);
            }
        }
        const auto grouped = ClassifierEvaluation::crossValidate(x, y, options);
        QVERIFY(grouped.ok());
        options.groups.clear();
        const auto byRow = ClassifierEvaluation::crossValidate(x, y, options);
        QVERIFY(byRow.ok());
        QVERIFY2(byRow->auc > 0.7, qPrintable(QString::number(byRow->auc)));
        QVERIFY2(std::abs(grouped->auc - 0.5) < 0.1, qPrintable(QString::number(grouped->auc)));

        // Too few students with the outcome to give each of 5 folds one.
        Eigen::VectorXd rare = Eigen::VectorXd::Zero(y.size());
        rare.head(3 * snapshots).setOnes();
        options.groups.clear();
        for (int s = 0; s < students; ++s)
            options.groups.insert(options.groups.end(), snapshots, s);
        const auto tooFew = ClassifierEvaluation::crossValidate(x, rare, options);
        QVERIFY(!tooFew.ok());
        QCOMPARE(tooFew.error().field, QStringLiteral("folds"));
    }

    void encoderHandlesTextAndMissingValues()
    {
        auto table = CsvTable::parse(
            QStringLiteral("\xFEFF"
                           "age,city,label\r\n30,Beijing,1\n,\"Shang,hai\",0\nNA,,1\n50,Beijing,0\n"));
        QVERIFY(table.ok());
        QCOMPARE(table->rows.size(), 4);
        QCOMPARE(table->rows[1][1], QStringLiteral("Shang,hai"));
        FeatureEncoder encoder;
        encoder.fit(table.value(), {0, 1, 2, 3}, {0, 1});
        QCOMPARE(encoder.featureNames(),
            (QStringList {QStringLiteral("age"), QStringLiteral("age (missing)"), QStringLiteral("city=Beijing"),
                QStringLiteral("city=Shang,hai"), QStringLiteral("city=(missing)")}));
        const Eigen::MatrixXd x = encoder.transform(table.value(), {0, 1, 2});
        QCOMPARE(x(1, 0), 40.0); // the mean of 30 and 50
        QCOMPARE(x(1, 1), 1.0);
        QCOMPARE(x(0, 1), 0.0);
        QCOMPARE(x(2, 4), 1.0);
        QCOMPARE(x.row(0).segment(2, 3).sum(), 1.0);
        // A value never seen in training gets no column.
        auto unseen = CsvTable::parse(QStringLiteral("age,city,label\n20,Xi'an,1\n"));
        QCOMPARE(encoder.transform(unseen.value(), {0}).row(0).segment(2, 3).sum(), 0.0);

        const auto label = BinaryLabel::fromColumn(table.value(), QStringLiteral("LABEL"));
        QVERIFY(label.ok());
        QCOMPARE(label->positive, QStringLiteral("1"));
        QCOMPARE(label->values, vec({1, 0, 1, 0}));
    }

    void badInputIsRefusedWithAReason()
    {
        QVERIFY(!CsvTable::parse(QString()).ok());
        const auto ragged = CsvTable::parse(QStringLiteral("a,b\n1,2\n3\n"));
        QVERIFY(!ragged.ok());
        QVERIFY(ragged.error().message.contains(QStringLiteral("Row 3")));
        QVERIFY(!CsvTable::parse(QStringLiteral("a,b\n\"1,2\n")).ok());
        QCOMPARE(CsvTable::read(QStringLiteral("/nonexistent/x.csv")).error().kind, td::Error::Kind::NotFound);

        const auto three = CsvTable::parse(QStringLiteral("x,y\n1,a\n2,b\n3,c\n"));
        const auto wrongLabel = BinaryLabel::fromColumn(three.value(), QStringLiteral("y"));
        QVERIFY(!wrongLabel.ok());
        QCOMPARE(wrongLabel.error().field, QStringLiteral("label"));
        QVERIFY(!BinaryLabel::fromColumn(three.value(), QStringLiteral("missing")).ok());

        // Too few positives for the folds.
        const auto few = CsvTable::parse(QStringLiteral("x,y\n1,no\n2,no\n3,no\n4,yes\n"));
        const auto report = ClassifierEvaluation::crossValidate(few.value(), QStringLiteral("y"), {});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().field, QStringLiteral("folds"));
    }

    void crossValidationOnPlantedSignal()
    {
        // One informative column, one text column that carries signal too, one pure noise column.
        std::mt19937_64 random(5);
        std::normal_distribution<double> normal;
        QString csv = QStringLiteral("signal,noise,plan,label\n");
        for (int k = 0; k < 600; ++k) {
            const double s = normal(random);
            const bool premium = k % 3 == 0;
            const double logit = 2.0 * s + (premium ? 1.0 : -0.5);
            const bool positive = std::uniform_real_distribution<double>()(random) < 1 / (1 + std::exp(-logit));
            csv += QStringLiteral("%1,%2,%3,%4\n")
                       .arg(s)
                       .arg(normal(random))
                       .arg(premium ? QStringLiteral("premium") : QStringLiteral("basic"))
                       .arg(positive ? QStringLiteral("yes") : QStringLiteral("no"));
        }
        const auto table = CsvTable::parse(csv);
        ClassifierEvaluation::Options options;
        const auto report = ClassifierEvaluation::crossValidate(table.value(), QStringLiteral("label"), options);
        QVERIFY(report.ok());
        QCOMPARE(report->rows, 600);
        QCOMPARE(report->features, 4); // signal, noise, plan=premium, plan=basic
        QVERIFY2(report->auc > 0.8, qPrintable(QString::number(report->auc)));
        QVERIFY(report->prAuc > 0.7);
        QVERIFY(report->brier < 0.2);
        QCOMPARE(report->outOfFold.size(), Eigen::Index {600});
        int binned = 0;
        for (const auto& bin : report->calibration)
            binned += bin.count;
        QCOMPARE(binned, 600);

        // Top factors name the strongest feature first.
        Eigen::MatrixXd x(2, 2);
        x << 0, 0, 1, 1;
        Eigen::VectorXd y(2);
        y << 0, 1;
        LogisticRegression model;
        model.fit(x, y);
        const auto factors = topFactors(model, {QStringLiteral("a"), QStringLiteral("b")}, x.row(1), 1);
        QCOMPARE(factors.size(), size_t {1});
        QVERIFY(factors[0].contribution > 0);
    }
};

QTEST_GUILESS_MAIN(TestLogisticRegression)
#include "tst_logisticregression.moc"
