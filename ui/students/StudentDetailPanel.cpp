#include "StudentDetailPanel.h"

#include "shell/Desk.h"
#include "students/StudentService.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace td::ui {

namespace {

QLabel* newValueLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

// Rows of "label: value" as an HTML table; rows with an empty value are left out.
QString table(const QList<std::pair<QString, QString>>& rows)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto& [label, value] : rows) {
        if (value.isEmpty())
            continue;
        html += QStringLiteral("<tr><td style=\"padding-right:12px\">") + label.toHtmlEscaped()
            + QStringLiteral("</td><td>") + value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))
            + QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table>");
}

QString genderName(const QString& gender)
{
    if (gender == QLatin1String("female"))
        return StudentDetailPanel::tr("female");
    if (gender == QLatin1String("male"))
        return StudentDetailPanel::tr("male");
    if (gender == QLatin1String("other"))
        return StudentDetailPanel::tr("other");
    return {};
}

int ageOn(const QDate& birth, const QDate& today)
{
    int age = today.year() - birth.year();
    if (today.month() < birth.month() || (today.month() == birth.month() && today.day() < birth.day()))
        --age;
    return age;
}

} // namespace

StudentDetailPanel::StudentDetailPanel(Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("studentDetail"));
    setAccessibleName(tr("Student details"));

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("studentDetailEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_content = new QWidget;
    m_sections = new QVBoxLayout(m_content);

    m_name = new QLabel(m_content);
    m_name->setObjectName(QStringLiteral("studentDetailName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    m_summary = new QLabel(m_content);
    m_summary->setObjectName(QStringLiteral("studentDetailSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_edit = new QPushButton(tr("&Edit…"), m_content);
    m_edit->setObjectName(QStringLiteral("studentEditButton"));
    m_edit->setAccessibleName(tr("Edit student"));
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_studentId); });

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_name);
    titles->addWidget(m_summary);
    header->addLayout(titles, 1);
    header->addWidget(m_edit, 0, Qt::AlignTop);
    m_sections->addLayout(header);

    m_profile = newValueLabel(
        addGroup(tr("Profile"), QStringLiteral("studentProfileGroup")), QStringLiteral("studentProfile"));
    m_guardians = newValueLabel(
        addGroup(tr("Guardians"), QStringLiteral("studentGuardiansGroup")), QStringLiteral("studentGuardians"));
    m_consent = newValueLabel(
        addGroup(tr("Consent"), QStringLiteral("studentConsentGroup")), QStringLiteral("studentConsent"));
    m_tags
        = newValueLabel(addGroup(tr("Interests"), QStringLiteral("studentTagsGroup")), QStringLiteral("studentTags"));
    for (QLabel* label : {m_profile, m_guardians, m_consent, m_tags})
        label->parentWidget()->layout()->addWidget(label);

    for (int i = 0; i < kSlotCount; ++i) {
        const auto slot = static_cast<Slot>(i);
        m_slotBoxes[i] = addGroup(slotTitle(slot), QString());
        m_slotBoxes[i]->hide();
    }
    m_sections->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("studentDetailScroll"));
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_scroll = scroll;

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(scroll);
    clear(tr("Select a student to see their details."));
}

QString StudentDetailPanel::slotTitle(Slot slot)
{
    switch (slot) {
    case Slot::Enrollments:
        return tr("Classes");
    case Slot::Attendance:
        return tr("Attendance");
    case Slot::ClassHours:
        return tr("Class hours");
    case Slot::Payments:
        return tr("Payments");
    case Slot::OnlineActivity:
        return tr("Online activity");
    case Slot::Recommendations:
        return tr("Recommendations");
    }
    return {};
}

QGroupBox* StudentDetailPanel::addGroup(const QString& title, const QString& objectName)
{
    auto* box = new QGroupBox(title, m_content);
    box->setObjectName(objectName);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 4, 8, 8);
    m_sections->addWidget(box);
    return box;
}

void StudentDetailPanel::setSection(Slot slot, StudentDetailSection* section)
{
    const int i = static_cast<int>(slot);
    if (m_slotSections[i])
        m_slotSections[i]->deleteLater();
    m_slotSections[i] = section;
    m_slotBoxes[i]->layout()->addWidget(section);
    m_slotBoxes[i]->setVisible(section != nullptr);
    if (section)
        section->showStudent(m_studentId);
}

StudentDetailSection* StudentDetailPanel::section(Slot slot) const
{
    return m_slotSections[static_cast<int>(slot)];
}

void StudentDetailPanel::clear(const QString& message)
{
    m_studentId = 0;
    m_empty->setText(message);
    m_empty->show();
    m_scroll->hide();
    for (StudentDetailSection* section : m_slotSections)
        if (section)
            section->showStudent(0);
}

void StudentDetailPanel::showStudent(qint64 studentId)
{
    if (studentId == 0) {
        clear(tr("Select a student to see their details."));
        return;
    }
    auto found = StudentService::byId(m_desk.context(), studentId);
    if (!found) {
        clear(found.error().message);
        return;
    }
    const Student& s = found.value();
    m_studentId = s.id;
    m_empty->hide();
    m_scroll->show();

    const QLocale locale;
    const QDate today = StudentService::today(m_desk.context());
    m_name->setText(s.name);
    m_summary->setText(tr("%1 · %2").arg(s.code, studentStatusDisplayName(s.status)));
    m_edit->setVisible(m_desk.allows(Permission::ManageStudents));

    QString birth;
    if (s.birthDate.isValid())
        birth = tr("%1 (age %2)").arg(locale.toString(s.birthDate, QLocale::LongFormat)).arg(ageOn(s.birthDate, today));
    m_profile->setText(table({{tr("Phone"), s.phone}, {tr("Email"), s.email}, {tr("Birth date"), birth},
        {tr("Gender"), genderName(s.gender)}, {tr("Online account"), s.onlineAccountId}, {tr("Notes"), s.notes},
        {tr("Since"), locale.toString(s.createdAt.toLocalTime().date(), QLocale::ShortFormat)}}));

    if (s.guardians.isEmpty()) {
        m_guardians->setText(StudentService::isMinor(s.birthDate, today)
                ? tr("No guardian recorded. A minor needs one.").toHtmlEscaped()
                : tr("None recorded.").toHtmlEscaped());
    } else {
        QList<std::pair<QString, QString>> rows;
        for (const Guardian& g : s.guardians)
            rows.append({g.relation.isEmpty() ? g.name : tr("%1 (%2)").arg(g.name, g.relation), g.phone});
        m_guardians->setText(table(rows));
    }

    QList<std::pair<QString, QString>> consentRows;
    for (ConsentKind kind : {ConsentKind::DataProcessing, ConsentKind::Marketing}) {
        auto current = StudentService::currentConsent(m_desk.db(), s.id, kind);
        QString state = tr("not recorded");
        if (current && current.value()) {
            const ConsentRecord& record = *current.value();
            const QString when = locale.toString(record.recordedAt.toLocalTime(), QLocale::ShortFormat);
            const QString who = record.recordedByName.isEmpty() ? tr("system") : record.recordedByName;
            state = (record.granted ? tr("given on %1 (recorded by %2)") : tr("refused on %1 (recorded by %2)"))
                        .arg(when, who);
        }
        consentRows.append({consentKindDisplayName(kind), state});
    }
    m_consent->setText(table(consentRows));

    m_tags->setText(
        s.tags.isEmpty() ? tr("None recorded.").toHtmlEscaped() : s.tags.join(QStringLiteral(", ")).toHtmlEscaped());

    for (StudentDetailSection* section : m_slotSections)
        if (section)
            section->showStudent(s.id);
}

} // namespace td::ui
