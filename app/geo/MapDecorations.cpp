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

struct Legend
{
    QString title;
    QStringList rows;
    double width = 0;
    double rowHeight = 0;
    QRectF box;
};

Legend layoutLegend(const MapViewport& view, const QFont& font, const QLocale& locale,
                    const QList<int>& breaks)
{
    Legend legend;
    if (breaks.isEmpty()) {
        return legend;
    }
    const QFontMetricsF metrics(font);
    legend.title = QCoreApplication::translate("dalil::MapRenderer", "Organisations per country");
    int lower = 1;
    for (int limit : breaks) {
        legend.rows << (limit == lower
                            ? locale.toString(limit)
                            : QCoreApplication::translate("dalil::MapRenderer", "%1–%2", "a range of counts")
                                  .arg(locale.toString(lower), locale.toString(limit)));
        lower = limit + 1;
    }
    legend.width = metrics.horizontalAdvance(legend.title);
    for (const QString& row : std::as_const(legend.rows)) {
        legend.width = std::max(legend.width, 22 + metrics.horizontalAdvance(row));
    }
    legend.rowHeight = metrics.height() + 3;
    const auto lines = static_cast<double>(legend.rows.size() + 1);
    legend.box = QRectF(10, view.size().height() - 40 - lines * legend.rowHeight - 12, legend.width + 16,
                        lines * legend.rowHeight + 10);
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
                                 const QList<int>& breaks)
{
    return layoutLegend(view, sized(baseFont, 11), locale, breaks).box;
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
                                const MapStyle& style, const QLocale& locale)
{
    const QFont font = sized(painter.font(), 11);
    const Legend legend = layoutLegend(view, font, locale, breaks);
    if (legend.rows.isEmpty()) {
        return;
    }
    const QRectF& box = legend.box;
    const double rowHeight = legend.rowHeight;
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(box, 4, 4);
    painter.setFont(font);
    painter.setPen(style.label);
    painter.drawText(QRectF(box.left() + 8, box.top() + 5, legend.width, rowHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, legend.title);
    for (int i = 0; i < legend.rows.size(); ++i) {
        const double y = box.top() + 5 + (i + 1) * rowHeight;
        painter.setPen(QPen(QColor(0, 0, 0, 80), 0.8));
        const int colour =
            breaks.size() >= style.choropleth.size()
                ? i
                : static_cast<int>(std::lround(i * (style.choropleth.size() - 1.0) /
                                               std::max(1, static_cast<int>(breaks.size()) - 1)));
        painter.setBrush(style.choropleth[std::min<qsizetype>(colour, style.choropleth.size() - 1)]);
        painter.drawRect(QRectF(box.left() + 8, y + 2, 14, rowHeight - 5));
        painter.setPen(style.label);
        painter.drawText(QRectF(box.left() + 28, y, legend.width, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, legend.rows[i]);
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
