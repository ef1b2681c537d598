#pragma once

#include <QStyledItemDelegate>

namespace td::ui {

// Paints a week cell as two lines per session (start and seats, course); a cancelled session is struck out in the
// palette's disabled text colour, so the cell reads the same in light and dark themes.
class SessionCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    static constexpr int kMargin = 4;
};

} // namespace td::ui
