#include "SessionCellDelegate.h"

#include "WeekScheduleModel.h"

#include <QApplication>
#include <QPainter>

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
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(model->sessionLine(s), Qt::ElideRight, line.width()));
        line.translate(0, metrics.lineSpacing());
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
    const int lines = std::max(1, int(sessions.size()));
    return {width + 2 * kMargin, lines * metrics.lineSpacing() + 2 * kMargin};
}

} // namespace td::ui
