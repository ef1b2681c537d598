#include "PaymentsPage.h"

#include "DailyCloseDialog.h"
#include "PaymentsModel.h"
#include "ReceiptDialog.h"
#include "RefundDialog.h"
#include "SaleDialog.h"
#include "billing/PaymentService.h"
#include "common/Dialogs.h"
#include "schedule/ScheduleService.h"
#include "settings/CenterSettings.h"
#include "shell/Desk.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

// One day's sales and refunds are at most a few hundred rows of a small table: they are read on the UI
// thread, as the check-in desk reads a day's sessions.

namespace td::ui {

PaymentsPage::PaymentsPage(Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
{
    m_model = new PaymentsModel(this);

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("paymentsDate"));
    m_date->setAccessibleName(tr("Business day"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setDate(desk.clock().nowUtc().toTimeZone(CenterSettings(desk.db()).timeZone()).date());
    connect(m_date, &QDateEdit::dateChanged, this, &PaymentsPage::load);
    auto* dateLabel = new QLabel(tr("&Day:"), this);
    dateLabel->setBuddy(m_date);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("paymentsSearch"));
    m_search->setAccessibleName(tr("Search payments"));
    m_search->setPlaceholderText(tr("Receipt number, student name or code"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &PaymentsPage::search);

    m_new = new QPushButton(tr("&New Sale…"), this);
    m_new->setObjectName(QStringLiteral("newSaleButton"));
    m_new->setToolTip(tr("F3"));
    connect(m_new, &QPushButton::clicked, this, &PaymentsPage::newSale);
    m_refund = new QPushButton(tr("&Refund…"), this);
    m_refund->setObjectName(QStringLiteral("refundButton"));
    connect(m_refund, &QPushButton::clicked, this, &PaymentsPage::refundSelected);
    m_receipt = new QPushButton(tr("Show &Receipt"), this);
    m_receipt->setObjectName(QStringLiteral("showReceiptButton"));
    connect(m_receipt, &QPushButton::clicked, this, &PaymentsPage::showSelectedReceipt);
    m_close = new QPushButton(tr("&Daily Close…"), this);
    m_close->setObjectName(QStringLiteral("dailyCloseButton"));
    connect(m_close, &QPushButton::clicked, this, &PaymentsPage::showDailyClose);

    auto* top = new QHBoxLayout;
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    top->addWidget(m_search, 1);
    top->addWidget(m_new);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("paymentsTable"));
    m_table->setAccessibleName(tr("Sales and refunds of the day"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(PaymentsModel::Items, QHeaderView::Stretch);
    connect(m_table, &QTableView::activated, this, &PaymentsPage::showSelectedReceipt);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PaymentsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PaymentsPage::updateButtons);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("paymentsSummary"));
    m_summary->setAccessibleName(tr("The day's takings"));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_receipt);
    bottom->addWidget(m_refund);
    bottom->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    setTabOrder(m_date, m_search);
    setTabOrder(m_search, m_table);

    connect(&m_desk, &Desk::changed, this, [this](const QString& entity) {
        if (entity == QLatin1String("sales") && isVisible())
            load();
    });
    connect(&m_desk, &Desk::actorChanged, this, &PaymentsPage::updateButtons);
    load();
}

QDate PaymentsPage::date() const
{
    return m_date->date();
}

void PaymentsPage::setDate(const QDate& date)
{
    m_date->setDate(date);
}

void PaymentsPage::load()
{
    const qint64 selected = selectedSaleId();
    const CenterSettings settings(m_desk.db());
    auto sales = PaymentService::salesBetween(m_desk.db(), date(), date());
    if (!sales) {
        m_model->setSales({}, settings.timeZone(), {});
        m_summary->setText(sales.error().message);
        return;
    }
    const QString currency = settings.text(CenterSettings::Key::CurrencyCode);
    m_model->setSales(sales.value(), settings.timeZone(), currency);
    int salesCount = 0;
    int refundsCount = 0;
    Money net;
    for (const Sale& s : sales.value()) {
        (s.isRefund() ? refundsCount : salesCount) += 1;
        net += s.total;
    }
    m_summary->setText(tr("%1, %2, net %3")
                           .arg(tr("%n sale(s)", nullptr, salesCount), tr("%n refund(s)", nullptr, refundsCount),
                               formatMoney(net, currency)));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(PaymentsModel::Items, QHeaderView::Stretch);
    select(selected);
}

void PaymentsPage::search(const QString& text)
{
    m_model->setSearch(text);
    if (m_model->rowCount() > 0) {
        select(m_model->saleId(0));
        return;
    }
    // A receipt number of another day: go to that day.
    auto found = PaymentService::byReceiptNumber(m_desk.db(), text.trimmed().toUpper());
    if (found && found->businessDate != date()) {
        setDate(found->businessDate);
        select(found->id);
    }
}

void PaymentsPage::select(qint64 saleId)
{
    const int row = m_model->rowOf(saleId);
    if (row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

qint64 PaymentsPage::selectedSaleId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->saleId(rows.first().row());
}

void PaymentsPage::updateButtons()
{
    const qint64 saleId = selectedSaleId();
    const Sale* sale = saleId != 0 ? m_model->sale(m_model->rowOf(saleId)) : nullptr;
    m_new->setVisible(m_desk.allows(Permission::Sell));
    m_refund->setVisible(m_desk.allows(Permission::RequestRefund));
    m_refund->setEnabled(sale && !sale->isRefund());
    m_receipt->setEnabled(sale != nullptr);
    m_close->setVisible(m_desk.allows(Permission::CloseDay));
}

void PaymentsPage::newSale()
{
    sell();
}

std::optional<Sale> PaymentsPage::sell(qint64 studentId, const QList<SaleLineDraft>& lines)
{
    if (!m_desk.allows(Permission::Sell))
        return std::nullopt;
    SaleDialog dialog(m_desk, this);
    if (studentId != 0)
        dialog.setStudent(studentId);
    for (const SaleLineDraft& line : lines)
        dialog.addLine(line);
    // With the buyer known, what is left is the payment; otherwise the dialog starts at the student.
    if (studentId != 0 && !lines.isEmpty())
        dialog.focusPayment();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const Sale sale = dialog.sale();
    m_search->clear();
    setDate(sale.businessDate);
    load();
    select(sale.id);
    ReceiptDialog::showSale(m_desk, sale.id, this);
    return sale;
}

bool PaymentsPage::sellDropIn(qint64 studentId, qint64 sessionId)
{
    auto session = ScheduleService::sessionById(m_desk.db(), sessionId);
    if (!session) {
        MessageBox::warning(this, tr("Drop-in Ticket"), session.error().message);
        return false;
    }
    SaleLineDraft ticket;
    ticket.kind = SaleLineKind::DropIn;
    ticket.itemId = session->courseId;
    ticket.description
        = tr("Drop-in: %1 — %2, %3")
              .arg(session->courseTitle, session->className,
                  QLocale().toString(QDateTime(session->localDate, session->localStart), QLocale::ShortFormat));
    ticket.unitPrice = session->dropInPrice.value_or(Money());
    ticket.expiresOn = session->localDate;
    if (!session->classHours.isZero())
        ticket.classHours = session->classHours;
    return sell(studentId, {ticket}).has_value();
}

void PaymentsPage::refundSelected()
{
    auto sale = PaymentService::byId(m_desk.db(), selectedSaleId());
    if (!sale || sale->isRefund())
        return;
    RefundDialog dialog(m_desk, sale.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 refundId = dialog.refund().id;
    load();
    select(refundId);
    ReceiptDialog::showSale(m_desk, refundId, this);
}

void PaymentsPage::showSelectedReceipt()
{
    if (const qint64 saleId = selectedSaleId(); saleId != 0)
        ReceiptDialog::showSale(m_desk, saleId, this);
}

void PaymentsPage::showDailyClose()
{
    DailyCloseDialog dialog(m_desk, date(), this);
    dialog.exec();
    load();
}

} // namespace td::ui
