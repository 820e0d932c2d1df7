#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPointF>
#include <QString>

class QPainter;

namespace dalil {

// Text with a light outline, readable over land, sea, tiles and lines alike (country labels, the
// selected organisation's name, the scale). Outlining text means stroking the glyphs' paths, which
// costs about a millisecond per Arabic label: a label is drawn once into an image, kept in a
// process-wide cache (by text, font, colours and pixel ratio; safe to use from worker threads),
// and copied onto the map afterwards.
class HaloText
{
public:
    static void draw(QPainter& painter, const QPointF& baseline, const QString& text, const QFont& font,
                     const QColor& fill, const QColor& halo);

    // The cached picture of a label and where its baseline origin is inside it (device pixels).
    struct Picture
    {
        QImage image;   // device pixel ratio set; transparent around the outline
        QPointF origin; // the baseline's start, in the image's logical pixels
    };
    static Picture picture(const QString& text, const QFont& font, const QColor& fill, const QColor& halo,
                           qreal devicePixelRatio);
    // Labels drawn (not found in the cache) since the process started: the tests' and the
    // benchmark's measure of the cache.
    static int drawnCount();
    static void clearCache();
};

} // namespace dalil
