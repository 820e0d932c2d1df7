#include "map/MapErrorNotice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace dalil {

MapErrorNotice::MapErrorNotice(QWidget* map)
    : QFrame(map)
{
    setObjectName(QStringLiteral("mapReadError"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Map error"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("mapReadErrorText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("mapRetry"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &MapErrorNotice::retryClicked);
    hide();
    retranslate();
}

void MapErrorNotice::showError(const QString& detail)
{
    m_detail = detail;
    retranslate();
    show();
    raise();
}

void MapErrorNotice::retranslate()
{
    m_label->setText(tr("The offices could not be read for the map. %1").arg(m_detail));
    m_retry->setText(tr("Retry"));
    m_retry->setAccessibleName(tr("Read the offices for the map again"));
}

void MapErrorNotice::placeIn(const QRect& area)
{
    const int width = std::max(120, std::min(area.width() - 20, 520));
    const int height = std::min(heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height(),
                                std::max(40, area.height() - 8));
    setGeometry(area.left() + (area.width() - width) / 2, area.top() + 4, width, height);
}

void MapErrorNotice::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

} // namespace dalil
