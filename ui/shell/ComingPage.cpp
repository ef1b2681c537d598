#include "ComingPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace td::ui {

ComingPage::ComingPage(const QString& title, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(tr("This page is not part of this version of TrainingDesk yet."), this);
    text->setObjectName(QStringLiteral("comingText"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace td::ui
