#include "InsightsPage.h"

#include "InsightsWorker.h"
#include "StudentOutlookModel.h"
#include "common/Dialogs.h"
#include "shell/Desk.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace td::ui {

namespace {

constexpr int kBins = 10;

} // namespace

InsightsPage::InsightsPage(Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
{
    setAccessibleName(tr("Insights"));
    m_worker = new InsightsWorker(desk.databasePath(), desk.clock());
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("insights"));
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();

    m_train = new QPushButton(tr("&Train models"), this);
    m_train->setObjectName(QStringLiteral("insightsTrainButton"));
    m_train->setAccessibleName(tr("Train the models"));
    m_train->setToolTip(tr("Learns from the center's whole history; takes a while on a large center."));
    m_cancel = new QPushButton(tr("&Cancel training"), this);
    m_cancel->setObjectName(QStringLiteral("insightsCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the training"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("insightsProgress"));
    m_progress->setAccessibleName(tr("Training progress"));
    m_progress->setRange(0, 100);
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("insightsStage"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("insightsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_risk = new StudentOutlookModel(StudentOutlookModel::Ranking::Churn, this);
    m_buyers = new StudentOutlookModel(StudentOutlookModel::Ranking::Purchase, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("insightsTabs"));
    m_tabs->addTab(newTable(m_risk, QStringLiteral("insightsRiskTable"), tr("Students most at risk of leaving")),
        tr("At &risk of leaving"));
    m_tabs->addTab(newTable(m_buyers, QStringLiteral("insightsBuyersTable"), tr("Students most likely to buy")),
        tr("&Likely to buy"));

    m_chartView = new QChartView(this);
    m_chartView->setObjectName(QStringLiteral("insightsChart"));
    m_chartView->setAccessibleName(tr("Distribution of churn risk"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(fontMetrics().height() * 14);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_train);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_stage, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    setTabOrder(m_train, m_cancel);
    setTabOrder(m_cancel, m_tabs);

    connect(m_train, &QPushButton::clicked, this, &InsightsPage::train);
    connect(m_cancel, &QPushButton::clicked, this, &InsightsPage::cancel);
    connect(m_worker, &InsightsWorker::progress, this, [this](int percent, const QString& stage) {
        m_progress->setValue(percent);
        m_stage->setText(stage);
    });
    connect(m_worker, &InsightsWorker::trained, this, [this](const QString& summary) {
        setTraining(false);
        m_stage->setText(summary);
        reload();
    });
    connect(m_worker, &InsightsWorker::trainingFailed, this, [this](const QString& message, bool cancelled) {
        setTraining(false);
        m_progress->setValue(0);
        m_stage->setText(cancelled ? tr("Training cancelled; the previous models stay in use.") : QString());
        if (!cancelled)
            MessageBox::warning(this, tr("Training failed"), message);
    });
    connect(m_worker, &InsightsWorker::outlooksLoaded, this, &InsightsPage::showOutlooks);
    connect(m_worker, &InsightsWorker::outlooksFailed, this, [this](const QString& message) {
        m_risk->setStudents({});
        m_buyers->setStudents({});
        showChurnDistribution({});
        m_summary->setText(message);
    });
    setTraining(false);
}

InsightsPage::~InsightsPage()
{
    m_worker->setCancelled(true);
    m_thread.quit();
    m_thread.wait();
}

QTableView* InsightsPage::newTable(StudentOutlookModel* model, const QString& objectName, const QString& accessibleName)
{
    auto* table = new QTableView(this);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(StudentOutlookModel::Factors, QHeaderView::Stretch);
    connect(table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT studentRequested(index.data(StudentOutlookModel::kStudentIdRole).toLongLong());
    });
    return table;
}

void InsightsPage::pageShown()
{
    if (!m_training)
        reload();
}

void InsightsPage::primaryAction()
{
    if (!m_training)
        train();
}

void InsightsPage::setTraining(bool training)
{
    m_training = training;
    m_train->setEnabled(!training && m_desk.allows(Permission::ViewReports));
    m_cancel->setEnabled(training);
    m_progress->setVisible(training);
}

void InsightsPage::train()
{
    setTraining(true);
    m_progress->setValue(0);
    m_stage->setText(tr("Starting…"));
    m_worker->setCancelled(false);
    const Actor actor = m_desk.actor();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, actor] { worker->train(actor); });
    m_cancel->setFocus();
}

void InsightsPage::cancel()
{
    m_worker->setCancelled(true);
    m_stage->setText(tr("Cancelling…"));
}

void InsightsPage::reload()
{
    const Actor actor = m_desk.actor();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, actor] { worker->loadOutlooks(actor); });
}

void InsightsPage::showOutlooks(const QList<insights::StudentOutlook>& students, const QString& modelSummary)
{
    m_risk->setStudents(students);
    m_buyers->setStudents(students);
    m_summary->setText(
        tr("%n active student(s) scored. %1", nullptr, static_cast<int>(students.size())).arg(modelSummary));
    showChurnDistribution(students);
}

void InsightsPage::showChurnDistribution(const QList<insights::StudentOutlook>& students)
{
    std::array<int, kBins> counts {};
    for (const insights::StudentOutlook& s : students)
        ++counts[static_cast<size_t>(std::clamp(static_cast<int>(s.churn.probability * kBins), 0, kBins - 1))];
    auto* set = new QBarSet(tr("Students"));
    QStringList labels;
    int most = 1;
    for (int b = 0; b < kBins; ++b) {
        *set << counts[static_cast<size_t>(b)];
        most = std::max(most, counts[static_cast<size_t>(b)]);
        labels.append(QStringLiteral("%1–%2%").arg(b * 100 / kBins).arg((b + 1) * 100 / kBins));
    }
    auto* series = new QBarSeries;
    series->append(set);
    auto* chart = new QChart;
    chart->setTitle(tr("Churn risk of the active students (next 60 days)"));
    chart->addSeries(series);
    chart->legend()->hide();
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    x->setTitleText(tr("Churn risk"));
    auto* y = new QValueAxis;
    y->setRange(0, most);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Students"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

} // namespace td::ui
