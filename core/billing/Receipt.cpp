#include "Receipt.h"

#include "billing/PaymentService.h"
#include "settings/CenterSettings.h"
#include "storage/Database.h"

namespace td {

Result<Receipt> Receipt::forSale(const Database& db, qint64 saleId)
{
    auto sale = PaymentService::byId(db, saleId);
    if (!sale)
        return sale.error();
    return fromSale(db, sale.value());
}

Receipt Receipt::fromSale(const Database& db, const Sale& sale)
{
    const CenterSettings settings(db);
    Receipt r;
    r.centerName = settings.text(CenterSettings::Key::CenterName);
    r.centerAddress = settings.text(CenterSettings::Key::CenterAddress);
    r.centerPhone = settings.text(CenterSettings::Key::CenterPhone);
    r.header = settings.text(CenterSettings::Key::ReceiptHeader);
    r.footer = settings.text(CenterSettings::Key::ReceiptFooter);
    r.currencyCode = settings.text(CenterSettings::Key::CurrencyCode);
    r.receiptNo = sale.receiptNo;
    r.issuedAt = sale.createdAt.toTimeZone(settings.timeZone());
    r.studentCode = sale.studentCode;
    r.studentName = sale.studentName;
    const qint64 sign = sale.isRefund() ? -1 : 1;
    for (const SaleLine& l : sale.lines)
        r.lines.append(Line {l.description, l.quantity, l.unitPrice * sign, l.discount * sign, l.total * sign,
            ClassHours::fromHundredths(l.classHours.hundredths() * sign), l.expiresOn});
    r.subtotal = sale.subtotal * sign;
    r.discount = sale.discount * sign;
    r.total = sale.total * sign;
    r.method = sale.method;
    r.tendered = sale.tendered;
    r.change = sale.change;
    r.staffName = sale.staffName;
    r.isRefund = sale.isRefund();
    r.originalReceiptNo = sale.refundOfReceiptNo;
    r.reason = sale.reason;
    r.approvedByName = sale.approvedByName;
    return r;
}

QString Receipt::toHtml(const QLocale& locale) const
{
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    const auto money = [&](Money m) { return esc(m.toString(locale)); };
    const auto row = [&](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(esc(label), value);
    };

    QString html
        = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>").arg(esc(receiptNo));
    html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(centerName));
    if (!centerAddress.isEmpty())
        html += QStringLiteral("<p align=\"center\">%1</p>").arg(esc(centerAddress));
    if (!centerPhone.isEmpty())
        html += QStringLiteral("<p align=\"center\">%1</p>").arg(esc(tr("Phone: %1").arg(centerPhone)));
    if (!header.isEmpty())
        html += QStringLiteral("<p align=\"center\">%1</p>").arg(esc(header));

    html += QStringLiteral("<h3 align=\"center\">%1</h3>").arg(esc(isRefund ? tr("Refund") : tr("Receipt")));
    html += QStringLiteral("<table width=\"100%\">");
    html += row(tr("Receipt number"), esc(receiptNo));
    if (isRefund)
        html += row(tr("Refund of receipt"), esc(originalReceiptNo));
    html += row(tr("Date"), esc(locale.toString(issuedAt, QLocale::ShortFormat)));
    if (!studentName.isEmpty())
        html += row(tr("Student"),
            esc(studentCode.isEmpty() ? studentName : QStringLiteral("%1 (%2)").arg(studentName, studentCode)));
    html += QStringLiteral("</table><hr>");

    html += QStringLiteral("<table width=\"100%\" cellspacing=\"2\"><tr><th align=\"left\">%1</th>"
                           "<th align=\"right\">%2</th><th align=\"right\">%3</th><th align=\"right\">%4</th>"
                           "<th align=\"right\">%5</th></tr>")
                .arg(esc(tr("Item")), esc(tr("Qty")), esc(tr("Price")), esc(tr("Discount")), esc(tr("Amount")));
    for (const Line& l : lines) {
        QString description = esc(l.description);
        if (!l.classHours.isZero())
            description
                += QStringLiteral("<br><small>%1</small>").arg(esc(tr("%1 class hours").arg(l.classHours.toString())));
        if (l.expiresOn.isValid())
            description += QStringLiteral("<br><small>%1</small>")
                               .arg(esc(tr("Valid until %1").arg(locale.toString(l.expiresOn, QLocale::ShortFormat))));
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
                               "<td align=\"right\">%4</td><td align=\"right\">%5</td></tr>")
                    .arg(description, esc(locale.toString(l.quantity)), money(l.unitPrice),
                        l.discount.isZero() ? QString() : money(l.discount), money(l.total));
    }
    html += QStringLiteral("</table><hr><table width=\"100%\">");
    if (!discount.isZero()) {
        html += row(tr("Subtotal"), money(subtotal));
        html += row(tr("Discount"), money(-discount));
    }
    html += row(isRefund ? tr("Total refunded (%1)").arg(currencyCode) : tr("Total (%1)").arg(currencyCode),
        QStringLiteral("<b>%1</b>").arg(money(total)));
    html += row(tr("Payment method"), esc(BillingNames::methodDisplayName(method)));
    if (tendered) {
        html += row(tr("Cash tendered"), money(*tendered));
        html += row(tr("Change"), money(change));
    }
    if (isRefund) {
        html += row(tr("Reason"), esc(reason));
        if (!approvedByName.isEmpty())
            html += row(tr("Approved by"), esc(approvedByName));
    }
    html += row(tr("Served by"), esc(staffName));
    html += QStringLiteral("</table>");
    if (!footer.isEmpty())
        html += QStringLiteral("<p align=\"center\">%1</p>").arg(esc(footer));
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace td
