#include "SessionCellDelegate.h"

#include "ScheduleFormat.h"
#include "WeekScheduleModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace td::ui {

void SessionCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto* model = qobject_cast<const WeekScheduleModel*>(index.model());
    if (!model) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QFontMetrics metrics(option.font);
    QRect line = option.rect.adjusted(kMargin, kMargin, -kMargin, 0);
    line.setHeight(metrics.height());
    painter->save();
    painter->setClipRect(option.rect);
    // Two lines a session, so a narrow day still shows the course: the start and the seats taken, then as
    // much of the course title as fits; the cell's tooltip and the day's list give the rest.
    for (const Session& s : model->sessionsAt(index)) {
        QFont font = option.font;
        QColor color = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        if (s.isCancelled()) {
            font.setStrikeOut(true);
            if (!selected)
                color = option.palette.color(QPalette::Disabled, QPalette::Text);
        }
        painter->setFont(font);
        painter->setPen(color);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, ScheduleFormat::time(s.localStart));
        painter->drawText(
            line, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1/%2").arg(s.enrolledCount).arg(s.capacity));
        line.translate(0, metrics.lineSpacing());
        const QRect title = line.adjusted(metrics.averageCharWidth(), 0, 0, 0);
        painter->drawText(
            title, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(s.courseTitle, Qt::ElideRight, title.width()));
        line.translate(0, metrics.lineSpacing() + kMargin / 2);
    }
    painter->restore();
}

QSize SessionCellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto* model = qobject_cast<const WeekScheduleModel*>(index.model());
    if (!model)
        return QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    const QList<Session> sessions = model->sessionsAt(index);
    int width = metrics.averageCharWidth() * 16;
    for (const Session& s : sessions)
        width = std::max(width, metrics.horizontalAdvance(model->sessionLine(s)));
    const int count = int(sessions.size());
    return {width + 2 * kMargin, std::max(1, 2 * count) * metrics.lineSpacing() + count * kMargin / 2 + 2 * kMargin};
}

} // namespace td::ui
