#include "map/MapHighlightNotice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace dalil {

MapHighlightNotice::MapHighlightNotice(QWidget* map)
    : QFrame(map)
{
    setObjectName(QStringLiteral("mapHighlightNotice"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 4);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("mapHighlightText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearMapHighlight"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_clear);
    connect(m_clear, &QPushButton::clicked, this, &MapHighlightNotice::clearClicked);
    hide();
    retranslate();
}

void MapHighlightNotice::setText(const QString& text)
{
    m_label->setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        raise();
    }
}

void MapHighlightNotice::retranslate()
{
    m_clear->setText(tr("Clear"));
    m_clear->setAccessibleName(tr("Clear the highlight and show the normal map"));
}

void MapHighlightNotice::placeIn(const QRect& area)
{
    const int width = std::max(120, std::min(area.width() - 20, 480));
    const int height = std::min(heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height(),
                                std::max(32, area.height() / 3));
    // Above the attribution and the scale bar along the map's bottom edge.
    const int bottom = area.bottom() - 28;
    setGeometry(area.left() + (area.width() - width) / 2, std::max(area.top(), bottom - height), width,
                height);
}

void MapHighlightNotice::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

} // namespace dalil
