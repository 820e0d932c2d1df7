#include "geo/MapDecorations.h"

#include "geo/HaloText.h"
#include "geo/MapViewport.h"
#include "geo/Mercator.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace dalil {

namespace {

// The strings below keep the context they were first translated in: the renderer's.
QFont sized(const QFont& base, int pixels)
{
    QFont font = base;
    font.setPixelSize(pixels);
    return font;
}

// The legend's parts, placed: a column (title over one row per class) where there is room, else
// one line of classes without the title, else nothing (a map too small to carry it).
struct Legend
{
    QString title;
    QStringList rows;
    QRectF titleRect;
    QList<QRectF> swatches;
    QList<QRectF> texts;
    QRectF box;
};

constexpr double kSwatch = 14;
constexpr double kPad = 8;

Legend layoutLegend(const MapViewport& view, const QFont& font, const QLocale& locale,
                    const QList<int>& breaks, const QList<QRectF>& keepClear)
{
    Legend legend;
    if (breaks.isEmpty()) {
        return legend;
    }
    const QFontMetricsF metrics(font);
    const QString title = QCoreApplication::translate("dalil::MapRenderer", "Organisations per country");
    QStringList rows;
    int lower = 1;
    for (int limit : breaks) {
        rows << (limit == lower
                     ? locale.toString(limit)
                     : QCoreApplication::translate("dalil::MapRenderer", "%1–%2", "a range of counts")
                           .arg(locale.toString(lower), locale.toString(limit)));
        lower = limit + 1;
    }
    const double rowHeight = metrics.height() + 3;
    const QSizeF size = QSizeF(view.size());
    // Above the scale bar, at the left edge (the map is never mirrored, nor are its decorations).
    const double bottom = size.height() - 40 - 2;
    const QRectF map(QPointF(0, 0), size);
    auto fits = [&](const QRectF& box) {
        if (!map.contains(box)) {
            return false;
        }
        for (const QRectF& other : keepClear) {
            if (!other.isEmpty() && other.intersects(box)) {
                return false;
            }
        }
        return true;
    };

    // A column: the title, then a swatch and its range per class.
    double width = metrics.horizontalAdvance(title);
    for (const QString& row : std::as_const(rows)) {
        width = std::max(width, 22 + metrics.horizontalAdvance(row));
    }
    const auto lines = static_cast<double>(rows.size() + 1);
    QRectF box(10, bottom - lines * rowHeight - 10, width + 2 * kPad, lines * rowHeight + 10);
    if (fits(box)) {
        legend.title = title;
        legend.titleRect = QRectF(box.left() + kPad, box.top() + 5, width, rowHeight);
        for (int i = 0; i < rows.size(); ++i) {
            const double y = box.top() + 5 + (i + 1) * rowHeight;
            legend.swatches << QRectF(box.left() + kPad, y + 2, kSwatch, rowHeight - 5);
            legend.texts << QRectF(box.left() + kPad + 20, y, width, rowHeight);
        }
        legend.rows = rows;
        legend.box = box;
        return legend;
    }

    // A short map: one line of classes (the colours explain themselves beside the counts).
    double lineWidth = kPad;
    QList<double> advances;
    for (const QString& row : std::as_const(rows)) {
        advances << metrics.horizontalAdvance(row);
        lineWidth += kSwatch + 4 + advances.last() + kPad;
    }
    box = QRectF(10, bottom - rowHeight - 8, lineWidth, rowHeight + 8);
    if (fits(box)) {
        double x = box.left() + kPad;
        const double y = box.top() + 4;
        for (int i = 0; i < rows.size(); ++i) {
            legend.swatches << QRectF(x, y + 2, kSwatch, rowHeight - 5);
            legend.texts << QRectF(x + kSwatch + 4, y, advances[i] + 1, rowHeight);
            x += kSwatch + 4 + advances[i] + kPad;
        }
        legend.rows = rows;
        legend.box = box;
    }
    return legend;
}

struct ScaleBar
{
    QString label;
    double pixels = 0;
    QPointF origin; // left end of the bar, on its line
};

ScaleBar layoutScaleBar(const MapViewport& view, const QLocale& locale)
{
    ScaleBar bar;
    const double lat = Mercator::yToLat(view.centre().y());
    const double mpp = Mercator::metresPerPixel(lat, view.zoom());
    const double maxMetres = 120.0 * mpp;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double nice = magnitude;
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= maxMetres) {
            nice = step * magnitude;
            break;
        }
    }
    bar.pixels = nice / mpp;
    bar.label =
        nice >= 1000
            ? QCoreApplication::translate("dalil::MapRenderer", "%1 km")
                  .arg(locale.toString(nice / 1000.0, 'g', 6))
            : QCoreApplication::translate("dalil::MapRenderer", "%1 m").arg(locale.toString(nice, 'g', 6));
    bar.origin = QPointF(12, view.size().height() - 14);
    return bar;
}

} // namespace

QRectF MapDecorations::legendBox(const MapViewport& view, const QFont& baseFont, const QLocale& locale,
                                 const QList<int>& breaks, const QList<QRectF>& keepClear)
{
    return layoutLegend(view, sized(baseFont, 11), locale, breaks, keepClear).box;
}

QRectF MapDecorations::scaleBarBox(const MapViewport& view, const QFont& baseFont, const QLocale& locale)
{
    const ScaleBar bar = layoutScaleBar(view, locale);
    const QFontMetricsF metrics(sized(baseFont, 11));
    const double textWidth = metrics.horizontalAdvance(bar.label) + 4;
    // The bar, its ticks and the label above it, with the halo around them.
    const double top = bar.origin.y() - std::max(6.0, 4 + metrics.ascent()) - 2;
    return QRectF(QPointF(bar.origin.x() - 2, top),
                  QPointF(bar.origin.x() + std::max(bar.pixels, textWidth) + 2, bar.origin.y() + 2));
}

QRectF MapDecorations::attributionBox(const MapViewport& view, const QFont& baseFont, const QString& text)
{
    const QFontMetricsF metrics(sized(baseFont, 10));
    const double width = metrics.horizontalAdvance(text) + 8;
    return QRectF(view.size().width() - width, view.size().height() - metrics.height() - 4, width,
                  metrics.height() + 4);
}

void MapDecorations::drawLegend(QPainter& painter, const MapViewport& view, const QList<int>& breaks,
                                const MapStyle& style, const QLocale& locale, const QList<QRectF>& keepClear)
{
    const QFont font = sized(painter.font(), 11);
    const Legend legend = layoutLegend(view, font, locale, breaks, keepClear);
    if (legend.rows.isEmpty()) {
        return;
    }
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(legend.box, 4, 4);
    painter.setFont(font);
    if (!legend.title.isEmpty()) {
        painter.setPen(style.label);
        painter.drawText(legend.titleRect, Qt::AlignLeft | Qt::AlignVCenter, legend.title);
    }
    for (int i = 0; i < legend.rows.size(); ++i) {
        painter.setPen(QPen(QColor(0, 0, 0, 80), 0.8));
        const qsizetype classes = static_cast<qsizetype>(style.choropleth.size());
        const int colour = breaks.size() >= classes
                               ? i
                               : static_cast<int>(std::lround(
                                     i * (classes - 1.0) / std::max(1, static_cast<int>(breaks.size()) - 1)));
        painter.setBrush(style.choropleth[std::min<qsizetype>(colour, classes - 1)]);
        painter.drawRect(legend.swatches[i]);
        painter.setPen(style.label);
        painter.drawText(legend.texts[i], Qt::AlignLeft | Qt::AlignVCenter, legend.rows[i]);
    }
}

void MapDecorations::drawScaleBar(QPainter& painter, const MapViewport& view, const MapStyle& style,
                                  const QLocale& locale)
{
    const ScaleBar scale = layoutScaleBar(view, locale);
    const double x = scale.origin.x();
    const double y = scale.origin.y();
    QPainterPath bar;
    bar.moveTo(x, y - 6);
    bar.lineTo(x, y);
    bar.lineTo(x + scale.pixels, y);
    bar.lineTo(x + scale.pixels, y - 6);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(style.halo, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(bar);
    painter.setPen(QPen(style.label, 1.5, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter.drawPath(bar);
    HaloText::draw(painter, QPointF(x + 4, y - 4), scale.label, sized(painter.font(), 11), style.label,
                   style.halo);
}

void MapDecorations::drawAttribution(QPainter& painter, const MapViewport& view, const QString& text)
{
    const QFont font = sized(painter.font(), 10);
    const QRectF box = attributionBox(view, painter.font(), text);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 190));
    painter.drawRect(box);
    painter.setFont(font);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace dalil
