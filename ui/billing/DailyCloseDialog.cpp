#include "DailyCloseDialog.h"

#include "PaymentsModel.h"
#include "PrintedDocument.h"
#include "common/Dialogs.h"
#include "common/FormErrors.h"
#include "settings/CenterSettings.h"
#include "shell/Desk.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td::ui {

namespace {

enum Column { MethodColumn, SalesCount, Sales, RefundsCount, Refunds, Net, ColumnCount };

} // namespace

DailyCloseDialog::DailyCloseDialog(Desk& desk, const QDate& businessDate, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("dailyCloseDialog"));
    setWindowTitle(tr("Daily Close"));
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    const CenterSettings settings(desk.db());
    m_currency = settings.text(CenterSettings::Key::CurrencyCode);
    m_centerName = settings.text(CenterSettings::Key::CenterName);

    m_date = new QDateEdit(businessDate, this);
    m_date->setObjectName(QStringLiteral("closeDate"));
    m_date->setAccessibleName(tr("Business day"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    connect(m_date, &QDateEdit::dateChanged, this, &DailyCloseDialog::load);
    auto* dateLabel = new QLabel(tr("&Day:"), this);
    dateLabel->setBuddy(m_date);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("closeStatus"));
    m_status->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    top->addWidget(m_status, 1);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("closeTotals"));
    m_table->setAccessibleName(tr("Totals by payment method"));
    m_table->setHorizontalHeaderLabels(
        {tr("Method"), tr("Sales"), tr("Sales total"), tr("Refunds"), tr("Refunds total"), tr("Net")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(MethodColumn, QHeaderView::Stretch);

    auto* buttons = new QDialogButtonBox(this);
    auto* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("closePrint"));
    print->setAutoDefault(false);
    connect(print, &QPushButton::clicked, this, &DailyCloseDialog::print);
    auto* save = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("closeSavePdf"));
    save->setAutoDefault(false);
    connect(save, &QPushButton::clicked, this, &DailyCloseDialog::saveAsPdf);
    m_close = buttons->addButton(tr("&Close the Day…"), QDialogButtonBox::ActionRole);
    m_close->setObjectName(QStringLiteral("closeDayButton"));
    m_close->setAutoDefault(false);
    m_close->setVisible(desk.allows(Permission::CloseDay));
    connect(m_close, &QPushButton::clicked, this, &DailyCloseDialog::closeDay);
    auto* done = buttons->addButton(QDialogButtonBox::Close);
    done->setObjectName(QStringLiteral("closeDialogClose"));
    done->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 22);
    load();
}

void DailyCloseDialog::setDate(const QDate& businessDate)
{
    m_date->setDate(businessDate);
}

void DailyCloseDialog::load()
{
    auto report = DailyClose::report(m_desk.db(), m_date->date());
    if (!report) {
        m_status->setText(report.error().message);
        FormErrors::styleAsError(m_status);
        return;
    }
    m_status->setPalette(palette());
    m_report = report.value();
    const QLocale locale;
    m_table->setRowCount(int(m_report.methods.size()) + 1);
    auto set = [this](int row, int column, const QString& text, bool number) {
        auto* item = new QTableWidgetItem(text);
        if (number)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    };
    auto fill = [&](int row, const QString& name, qint64 salesCount, Money sales, qint64 refundsCount, Money refunds,
                    Money net) {
        set(row, MethodColumn, name, false);
        set(row, SalesCount, locale.toString(salesCount), true);
        set(row, Sales, formatMoney(sales, m_currency), true);
        set(row, RefundsCount, locale.toString(refundsCount), true);
        set(row, Refunds, formatMoney(refunds, m_currency), true);
        set(row, Net, formatMoney(net, m_currency), true);
    };
    for (int i = 0; i < m_report.methods.size(); ++i) {
        const MethodTotals& m = m_report.methods[i];
        fill(i, BillingNames::methodDisplayName(m.method), m.salesCount, m.salesTotal, m.refundsCount, m.refundsTotal,
            m.net());
    }
    const int totalRow = int(m_report.methods.size());
    fill(totalRow, tr("All methods"), m_report.salesCount, m_report.salesTotal, m_report.refundsCount,
        m_report.refundsTotal, m_report.net);
    for (int c = 0; c < ColumnCount; ++c) {
        QFont bold = m_table->item(totalRow, c)->font();
        bold.setBold(true);
        m_table->item(totalRow, c)->setFont(bold);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(MethodColumn, QHeaderView::Stretch);

    if (m_report.closed)
        m_status->setText(tr("Closed by %1 at %2.")
                              .arg(m_report.closedByName,
                                  locale.toString(m_report.closedAt.toTimeZone(CenterSettings(m_desk.db()).timeZone()),
                                      QLocale::ShortFormat)));
    else
        m_status->setText(tr("Open: sales and refunds still count for this day."));
    m_close->setEnabled(!m_report.closed);
}

QString DailyCloseDialog::toHtml() const
{
    const QLocale locale;
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>");
    html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(m_centerName));
    html += QStringLiteral("<h3 align=\"center\">%1</h3>")
                .arg(esc(tr("Daily close %1").arg(locale.toString(m_report.businessDate, QLocale::LongFormat))));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"2\"><tr>");
    for (int c = 0; c < ColumnCount; ++c)
        html += QStringLiteral("<th align=\"%1\">%2</th>")
                    .arg(c == MethodColumn ? QStringLiteral("left") : QStringLiteral("right"),
                        esc(m_table->horizontalHeaderItem(c)->text()));
    html += QStringLiteral("</tr>");
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const bool total = r == m_table->rowCount() - 1;
        html += QStringLiteral("<tr>");
        for (int c = 0; c < ColumnCount; ++c) {
            const QString cell = esc(m_table->item(r, c)->text());
            html += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(c == MethodColumn ? QStringLiteral("left") : QStringLiteral("right"),
                            total ? QStringLiteral("<b>%1</b>").arg(cell) : cell);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p>%1</p></body></html>").arg(esc(m_status->text()));
    return html;
}

void DailyCloseDialog::print()
{
    PrintedDocument::print(this, toHtml(), tr("Daily close %1").arg(m_report.businessDate.toString(Qt::ISODate)));
}

bool DailyCloseDialog::saveAsPdf()
{
    const QString title = tr("Daily close %1").arg(m_report.businessDate.toString(Qt::ISODate));
    const QString html = toHtml();
    return PrintedDocument::askAndSavePdf(this,
        QStringLiteral("close-%1.pdf").arg(m_report.businessDate.toString(Qt::ISODate)),
        [&](const QString& path) { return PrintedDocument::savePdf(html, title, path); });
}

void DailyCloseDialog::closeDay()
{
    const QString day = QLocale().toString(m_report.businessDate, QLocale::ShortFormat);
    if (MessageBox::question(this, tr("Close the Day"),
            tr("Close %1 with net takings of %2? Later sales and refunds will count for the next day.")
                .arg(day, formatMoney(m_report.net, m_currency)))
        != QMessageBox::Yes)
        return;
    auto closed = DailyClose::closeDay(m_desk.context(), m_report.businessDate);
    if (!closed) {
        MessageBox::warning(this, tr("Close the Day"), closed.error().message);
        return;
    }
    m_desk.notifyChanged(QStringLiteral("sales"));
    load();
}

} // namespace td::ui
