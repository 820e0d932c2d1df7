#include "geo/HaloText.h"

#include <QPainter>
#include <QPainterPath>

namespace dalil {

void HaloText::draw(QPainter& painter, const QPointF& baseline, const QString& text, const QFont& font,
                    const QColor& fill, const QColor& halo)
{
    QPainterPath path;
    path.addText(baseline, font, text);
    painter.setPen(QPen(halo, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawPath(path);
}

} // namespace dalil
