#pragma once

#include "insights/InsightsService.h"
#include "students/StudentDetailPanel.h"

#include <QThread>

class QLabel;

namespace td::ui {

class Desk;
class InsightsWorker;

// The student detail panel's suggestions: what to offer the student, with the reason to say, and their
// churn risk and purchase chance with the factors behind them, from the stored models (computed on a
// worker thread).
class StudentInsightsSection : public StudentDetailSection
{
    Q_OBJECT

public:
    explicit StudentInsightsSection(Desk& desk, QWidget* parent = nullptr);
    ~StudentInsightsSection() override;

    void showStudent(qint64 studentId) override;

private:
    void showInsights(quint64 generation, const QList<insights::Recommendation>& recommendations,
        const insights::StudentOutlook& outlook, const QString& error);

    Desk& m_desk;
    QThread m_thread;
    InsightsWorker* m_worker = nullptr;
    quint64 m_generation = 0;
    QLabel* m_text = nullptr;
};

} // namespace td::ui
