#pragma once

#include "insights/InsightsService.h"
#include "shell/DeskPage.h"

#include <QThread>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;

namespace td::ui {

class Desk;
class InsightsWorker;
class StudentOutlookModel;

// Who is about to stop coming and who is likely to buy, from the center's trained models: a Train button
// (the training runs on a worker thread, with progress and cancel), the two ranked tables with each
// student's top factors, and the distribution of churn risk.
class InsightsPage : public QWidget, public DeskPage
{
    Q_OBJECT

public:
    explicit InsightsPage(Desk& desk, QWidget* parent = nullptr);
    ~InsightsPage() override;

    void pageShown() override;
    void primaryAction() override;

    bool isTraining() const { return m_training; }

Q_SIGNALS:
    // The student a clerk opened from a table (double-click or Enter).
    void studentRequested(qint64 studentId);

private:
    void train();
    void cancel();
    void reload();
    void setTraining(bool training);
    void showOutlooks(const QList<insights::StudentOutlook>& students, const QString& modelSummary);
    void showChurnDistribution(const QList<insights::StudentOutlook>& students);
    QTableView* newTable(StudentOutlookModel* model, const QString& objectName, const QString& accessibleName);

    Desk& m_desk;
    QThread m_thread;
    InsightsWorker* m_worker = nullptr;
    bool m_training = false;
    QPushButton* m_train = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_stage = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    StudentOutlookModel* m_risk = nullptr;
    StudentOutlookModel* m_buyers = nullptr;
    QChartView* m_chartView = nullptr;
};

} // namespace td::ui
