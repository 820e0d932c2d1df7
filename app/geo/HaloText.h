#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>

class QPainter;

namespace dalil {

// Text with a light outline, readable over land, sea, tiles and lines alike (country labels, the
// selected organisation's name, the scale).
class HaloText
{
public:
    static void draw(QPainter& painter, const QPointF& baseline, const QString& text, const QFont& font,
                     const QColor& fill, const QColor& halo);
};

} // namespace dalil
