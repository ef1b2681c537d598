// train, recommend and predict: the center's own recommender and churn/purchase models.
#include "Cli.h"
#include "insights/InsightsService.h"
#include "insights/InsightsTrainer.h"
#include "settings/CenterSettings.h"
#include "students/StudentService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace td::cli {

namespace {

QString fixed(double v, int decimals = 4)
{
    return QString::number(v, 'f', decimals);
}

void addTodayOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("today"),
        QCoreApplication::translate("td::cli", "The center's today, YYYY-MM-DD (default: the real date)."),
        QStringLiteral("DATE")});
}

// The clock of the command: noon of --today in the center's time zone, or the real one.
std::unique_ptr<Clock> commandClock(const QCommandLineParser& parser, const Database& db, bool& ok)
{
    ok = true;
    if (!parser.isSet(QStringLiteral("today")))
        return nullptr;
    const QDate today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
    if (!today.isValid()) {
        ok = false;
        fail(parser,
            Error::invalid(
                QCoreApplication::translate("td::cli", "--today needs a date YYYY-MM-DD."), QStringLiteral("today")));
        return nullptr;
    }
    return std::make_unique<FixedClock>(QDateTime(today, QTime(12, 0), CenterSettings(db).timeZone()).toUTC());
}

Context commandContext(Database& db, const Clock* clock, const QString& name)
{
    Context ctx = systemContext(db, name);
    return clock ? Context {db, *clock, ctx.actor} : ctx;
}

int runTrain(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("td::cli",
        "Trains the recommender and the churn and purchase models on the center database, measures them and "
        "stores them for the desk."));
    addCommonOptions(parser);
    addTodayOption(parser);
    parser.addOption({QStringLiteral("seed"),
        QCoreApplication::translate("td::cli", "Random seed for splits and initialisation (default 42)."),
        QStringLiteral("N"), QStringLiteral("42")});
    if (!parse(parser, arguments))
        return 2;
    auto db = openDatabase(parser);
    if (!db)
        return 1;
    bool ok = true;
    const std::unique_ptr<Clock> clock = commandClock(parser, *db, ok);
    if (!ok)
        return 1;
    insights::InsightsTrainer::Options options;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong();
    const bool json = jsonOutput(parser);
    auto trained = insights::InsightsTrainer::train(
        commandContext(*db, clock.get(), QStringLiteral("train")), options, [json](int percent, const QString& stage) {
            if (!json)
                err() << QStringLiteral("[%1%] ").arg(percent, 3) << stage << Qt::endl;
            return true;
        });
    if (!trained)
        return fail(parser, trained.error());
    const insights::TrainingReport& r = trained.value();
    if (json) {
        QJsonObject recommenders;
        for (const insights::RecommenderQuality& q : r.recommenders)
            recommenders.insert(q.algorithm,
                QJsonObject {{QStringLiteral("ndcg"), q.ranking.ndcg},
                    {QStringLiteral("precision"), q.ranking.precision}, {QStringLiteral("recall"), q.ranking.recall},
                    {QStringLiteral("map"), q.ranking.map}, {QStringLiteral("coverage"), q.ranking.coverage},
                    {QStringLiteral("train_seconds"), q.trainSeconds}});
        QJsonObject weights;
        for (int c = 0; c < r.hybridComponents.size(); ++c)
            weights.insert(r.hybridComponents[c], r.hybridWeights[static_cast<size_t>(c)]);
        const auto classifier = [](const ml::ClassifierReport& c, int version) {
            return QJsonObject {{QStringLiteral("version"), version}, {QStringLiteral("examples"), c.rows},
                {QStringLiteral("positives"), c.positives}, {QStringLiteral("auc"), c.auc},
                {QStringLiteral("pr_auc"), c.prAuc}, {QStringLiteral("brier"), c.brier},
                {QStringLiteral("precision"), c.atThreshold.precision},
                {QStringLiteral("recall"), c.atThreshold.recall}, {QStringLiteral("f1"), c.atThreshold.f1}};
        };
        printJson(QJsonObject {{QStringLiteral("students"), r.students}, {QStringLiteral("items"), r.items},
            {QStringLiteral("interactions"), static_cast<double>(r.interactions)}, {QStringLiteral("k"), options.k},
            {QStringLiteral("recommenders"), recommenders}, {QStringLiteral("hybrid_weights"), weights},
            {QStringLiteral("recommender_version"), r.recommenderVersion}, {QStringLiteral("snapshots"), r.snapshots},
            {QStringLiteral("churn"), classifier(r.churn, r.churnVersion)},
            {QStringLiteral("purchase"), classifier(r.purchase, r.purchaseVersion)},
            {QStringLiteral("seconds"), r.seconds}});
        return 0;
    }
    out() << QCoreApplication::translate("td::cli", "Interactions: %1 students, %2 items, %3 pairs")
                 .arg(r.students)
                 .arg(r.items)
                 .arg(r.interactions)
          << '\n';
    out() << QCoreApplication::translate("td::cli", "Recommender") << "  NDCG@" << options.k << "  P@" << options.k
          << "  R@" << options.k << "  MAP@" << options.k << '\n';
    for (const insights::RecommenderQuality& q : r.recommenders)
        out() << q.algorithm.leftJustified(12) << fixed(q.ranking.ndcg) << "  " << fixed(q.ranking.precision) << "  "
              << fixed(q.ranking.recall) << "  " << fixed(q.ranking.map) << '\n';
    QStringList weights;
    for (int c = 0; c < r.hybridComponents.size(); ++c)
        weights.append(
            QStringLiteral("%1 %2").arg(r.hybridComponents[c], fixed(r.hybridWeights[static_cast<size_t>(c)], 2)));
    out() << QCoreApplication::translate("td::cli", "Hybrid weights: %1").arg(weights.join(QStringLiteral(", ")))
          << '\n';
    const auto line = [](const QString& name, const ml::ClassifierReport& c, int version) {
        out() << QCoreApplication::translate(
            "td::cli", "%1 model v%2: %3 examples (%4 positive), AUC %5, PR-AUC %6, Brier %7, F1 %8")
                     .arg(name)
                     .arg(version)
                     .arg(c.rows)
                     .arg(c.positives)
                     .arg(fixed(c.auc), fixed(c.prAuc), fixed(c.brier), fixed(c.atThreshold.f1))
              << '\n';
    };
    line(QCoreApplication::translate("td::cli", "Churn"), r.churn, r.churnVersion);
    line(QCoreApplication::translate("td::cli", "Purchase"), r.purchase, r.purchaseVersion);
    out() << QCoreApplication::translate("td::cli", "Trained and stored in %1 s.").arg(fixed(r.seconds, 1)) << Qt::endl;
    return 0;
}

// Opens the database and finds --student; prints the error and returns false on failure.
struct StudentCommand
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Clock> clock;
    Student student;
};

bool openStudentCommand(const QCommandLineParser& parser, StudentCommand& command)
{
    const QString code = parser.value(QStringLiteral("student"));
    if (code.isEmpty()) {
        fail(parser,
            Error::invalid(
                QCoreApplication::translate("td::cli", "--student CODE is required."), QStringLiteral("student")));
        return false;
    }
    command.db = openDatabase(parser);
    if (!command.db)
        return false;
    bool ok = true;
    command.clock = commandClock(parser, *command.db, ok);
    if (!ok)
        return false;
    auto student = StudentService::byCode(*command.db, code);
    if (!student) {
        fail(parser, student.error());
        return false;
    }
    command.student = student.value();
    return true;
}

void addStudentOptions(QCommandLineParser& parser)
{
    addCommonOptions(parser);
    addTodayOption(parser);
    parser.addOption({QStringLiteral("student"), QCoreApplication::translate("td::cli", "The student's code."),
        QStringLiteral("CODE")});
}

int runRecommend(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("td::cli",
        "The courses and classes worth offering a student now, with the reason to give, from the trained "
        "recommender and the desk's rules."));
    addStudentOptions(parser);
    parser.addOption({QStringLiteral("count"), QCoreApplication::translate("td::cli", "How many to list (default 5)."),
        QStringLiteral("N"), QStringLiteral("5")});
    if (!parse(parser, arguments))
        return 2;
    StudentCommand command;
    if (!openStudentCommand(parser, command))
        return 1;
    const int count = parser.value(QStringLiteral("count")).toInt();
    if (count < 1)
        return fail(parser,
            Error::invalid(
                QCoreApplication::translate("td::cli", "--count must be at least 1."), QStringLiteral("count")));
    auto items = insights::InsightsService::recommend(
        commandContext(*command.db, command.clock.get(), QStringLiteral("recommend")), command.student.id, count);
    if (!items)
        return fail(parser, items.error());
    if (jsonOutput(parser)) {
        QJsonArray list;
        for (const insights::Recommendation& r : items.value())
            list.append(QJsonObject {{QStringLiteral("item_id"), r.itemId}, {QStringLiteral("title"), r.title},
                {QStringLiteral("kind"), r.kind}, {QStringLiteral("score"), r.score},
                {QStringLiteral("reason"), r.reason}});
        printJson(QJsonObject {{QStringLiteral("student"), command.student.code}, {QStringLiteral("items"), list}});
        return 0;
    }
    out() << command.student.code << "  " << command.student.name << '\n';
    int rank = 0;
    for (const insights::Recommendation& r : items.value())
        out() << ++rank << ". " << r.title << "\n   " << r.reason << '\n';
    if (items.value().empty())
        out() << QCoreApplication::translate("td::cli", "Nothing to offer this student now.") << '\n';
    out().flush();
    return 0;
}

int runPredict(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("td::cli",
        "A student's chance of leaving in the next 60 days and of buying in the next 30, with the factors "
        "behind each, from the trained models."));
    addStudentOptions(parser);
    if (!parse(parser, arguments))
        return 2;
    StudentCommand command;
    if (!openStudentCommand(parser, command))
        return 1;
    auto outlook = insights::InsightsService::predict(
        commandContext(*command.db, command.clock.get(), QStringLiteral("predict")), command.student.id);
    if (!outlook)
        return fail(parser, outlook.error());
    const insights::StudentOutlook& o = outlook.value();
    if (jsonOutput(parser)) {
        const auto part = [](const insights::Outlook& p) {
            return QJsonObject {{QStringLiteral("probability"), p.probability},
                {QStringLiteral("factors"), QJsonArray::fromStringList(p.factors)}};
        };
        printJson(QJsonObject {{QStringLiteral("student"), o.code}, {QStringLiteral("active"), o.active},
            {QStringLiteral("churn"), part(o.churn)}, {QStringLiteral("purchase"), part(o.purchase)}});
        return 0;
    }
    out() << o.code << "  " << o.name << '\n';
    if (!o.active)
        out() << QCoreApplication::translate("td::cli", "No visit, purchase or online activity in the last 90 days.")
              << '\n';
    out()
        << QCoreApplication::translate("td::cli", "Churn risk (60 days): %1%").arg(fixed(100 * o.churn.probability, 1))
        << '\n';
    for (const QString& f : o.churn.factors)
        out() << "   " << f << '\n';
    out() << QCoreApplication::translate("td::cli", "Purchase chance (30 days): %1%")
                 .arg(fixed(100 * o.purchase.probability, 1))
          << '\n';
    for (const QString& f : o.purchase.factors)
        out() << "   " << f << '\n';
    out().flush();
    return 0;
}

const Registration train {{QStringLiteral("train"),
    QT_TRANSLATE_NOOP("td::cli", "Train and store the recommender and the churn and purchase models"), runTrain}};
const Registration recommend {
    {QStringLiteral("recommend"), QT_TRANSLATE_NOOP("td::cli", "What to offer a student, with reasons"), runRecommend}};
const Registration predict {{QStringLiteral("predict"),
    QT_TRANSLATE_NOOP("td::cli", "A student's churn risk and purchase chance, with factors"), runPredict}};

} // namespace

} // namespace td::cli
