#include "StudentInsightsSection.h"

#include "InsightsWorker.h"
#include "shell/Desk.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace td::ui {

StudentInsightsSection::StudentInsightsSection(Desk& desk, QWidget* parent)
    : StudentDetailSection(parent)
    , m_desk(desk)
{
    m_worker = new InsightsWorker(desk.databasePath(), desk.clock());
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("student-insights"));
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &InsightsWorker::studentLoaded, this, &StudentInsightsSection::showInsights);
    m_thread.start();

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("studentRecommendations"));
    m_text->setAccessibleName(tr("Suggestions for the student"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
}

StudentInsightsSection::~StudentInsightsSection()
{
    m_thread.quit();
    m_thread.wait();
}

void StudentInsightsSection::showStudent(qint64 studentId)
{
    const quint64 generation = ++m_generation;
    m_text->setText(studentId == 0 ? QString() : tr("Loading…"));
    if (studentId == 0)
        return;
    const Actor actor = m_desk.actor();
    QMetaObject::invokeMethod(m_worker,
        [worker = m_worker, generation, actor, studentId] { worker->loadStudent(generation, actor, studentId); });
}

void StudentInsightsSection::showInsights(quint64 generation, const QList<insights::Recommendation>& recommendations,
    const insights::StudentOutlook& outlook, const QString& error)
{
    if (generation != m_generation)
        return; // an answer for a student no longer shown
    if (!error.isEmpty()) {
        m_text->setText(error.toHtmlEscaped());
        return;
    }
    QString html = QStringLiteral("<b>") + tr("Worth offering").toHtmlEscaped() + QStringLiteral("</b><ol>");
    for (const insights::Recommendation& r : recommendations)
        html += QStringLiteral("<li>") + r.title.toHtmlEscaped() + QStringLiteral("<br><i>") + r.reason.toHtmlEscaped()
            + QStringLiteral("</i></li>");
    html += QStringLiteral("</ol>");
    if (recommendations.isEmpty())
        html += tr("Nothing to offer now.").toHtmlEscaped();
    const auto part = [](const QString& title, const insights::Outlook& o) -> QString {
        QString text = QStringLiteral("<p><b>") + title.toHtmlEscaped() + QStringLiteral("</b><br>");
        for (const QString& f : o.factors)
            text += QStringLiteral("· ") + f.toHtmlEscaped() + QStringLiteral("<br>");
        return text + QStringLiteral("</p>");
    };
    html += part(tr("Churn risk (next 60 days): %1%").arg(QLocale().toString(100 * outlook.churn.probability, 'f', 0)),
        outlook.churn);
    html += part(
        tr("Purchase chance (next 30 days): %1%").arg(QLocale().toString(100 * outlook.purchase.probability, 'f', 0)),
        outlook.purchase);
    m_text->setText(html);
}

} // namespace td::ui
