#include "SyncPage.h"

#include "SyncController.h"
#include "SyncHistoryModel.h"
#include "shell/Desk.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace td::ui {

namespace {

QTableView* newTable(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

SyncPage::SyncPage(Desk& desk, SyncController& sync, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_sync(sync)
{
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("syncState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_syncNow = new QPushButton(tr("&Sync Now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setToolTip(tr("Send this desk's changes and fetch the server's now (F5)"));
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPage::primaryAction);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("syncPageError"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_history = new SyncHistoryModel(this);
    m_historyView = newTable(this, QStringLiteral("syncHistoryView"), tr("Sync history"));
    m_historyView->setModel(m_history);
    m_rejected = new RejectedMutationsModel(this);
    m_rejectedTitle = new QLabel(this);
    m_rejectedTitle->setObjectName(QStringLiteral("syncRejectedTitle"));
    m_rejectedView = newTable(this, QStringLiteral("syncRejectedView"), tr("Changes the server refused"));
    m_rejectedView->setModel(m_rejected);

    auto* top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_syncNow, 0, Qt::AlignTop);
    auto* historyTitle = new QLabel(tr("<b>History</b>"), this);
    historyTitle->setBuddy(m_historyView);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(historyTitle);
    layout->addWidget(m_historyView, 3);
    layout->addWidget(m_rejectedTitle);
    layout->addWidget(m_rejectedView, 2);
    setTabOrder(m_syncNow, m_historyView);
    setTabOrder(m_historyView, m_rejectedView);

    connect(&m_sync, &SyncController::statusTextChanged, this, &SyncPage::updateState);
    connect(&m_sync, &SyncController::runFinished, this, &SyncPage::reload);
    reload();
}

void SyncPage::primaryAction()
{
    m_sync.syncNow();
    updateState();
}

void SyncPage::updateState()
{
    QString text = m_sync.statusText();
    if (m_sync.isRunning() && !m_sync.watchesNetwork())
        text += QLatin1Char('\n')
            + tr("This computer does not report when the network comes back; the desk retries on its timer.");
    m_state->setText(text);
    m_syncNow->setEnabled(m_sync.isRunning() && !m_sync.isSyncing());
}

void SyncPage::reload()
{
    // A hundred runs and the refused changes: small, indexed reads on the UI's connection.
    QString problem;
    if (auto runs = SyncState::history(m_desk.db(), 100))
        m_history->setRuns(runs.value());
    else
        problem = runs.error().message;
    if (auto rejected = Outbox::rejected(m_desk.db()))
        m_rejected->setEntries(rejected.value());
    else
        problem = rejected.error().message;
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_rejectedTitle->setText(m_rejected->rowCount() == 0
            ? tr("<b>Refused changes</b>: none.")
            : tr("<b>Refused changes</b>: the server will not take these; they stay on this desk only."));
    m_historyView->resizeColumnsToContents();
    m_rejectedView->resizeColumnsToContents();
    updateState();
}

} // namespace td::ui
