#include "geo/CountryLabels.h"

#include "geo/Basemap.h"
#include "geo/CountryNames.h"
#include "geo/HaloText.h"
#include "geo/MapViewport.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <vector>

namespace dalil {

namespace {

QFont labelFont(const QFont& base, bool mena)
{
    QFont font = base;
    font.setPixelSize(12);
    if (mena) {
        font.setBold(true);
    }
    return font;
}

} // namespace

QList<CountryLabels::Label> CountryLabels::place(const MapViewport& view, const Basemap& basemap,
                                                 const CountryNames& names, const QString& language,
                                                 const QFont& baseFont)
{
    QList<Label> result;
    const QFontMetricsF metrics(labelFont(baseFont, false));
    const QFontMetricsF menaMetrics(labelFont(baseFont, true));
    const double s = view.worldSize();
    const QRectF screen(QPointF(0, 0), QSizeF(view.size()));
    std::vector<const Basemap::Country*> order;
    for (const Basemap::Country& c : basemap.countries()) {
        if (c.iso2 != QLatin1String("--")) {
            order.push_back(&c);
        }
    }
    std::stable_sort(order.begin(), order.end(),
                     [&names](const Basemap::Country* a, const Basemap::Country* b) {
                         const CountryNames::Entry* ea = names.entry(a->iso2);
                         const CountryNames::Entry* eb = names.entry(b->iso2);
                         const bool ma = ea && ea->mena;
                         const bool mb = eb && eb->mena;
                         if (ma != mb) {
                             return ma;
                         }
                         return a->area > b->area;
                     });
    std::vector<QRectF> placed;
    for (const Basemap::Country* c : order) {
        const CountryNames::Entry* entry = names.entry(c->iso2);
        const QString name = names.name(c->iso2, language);
        if (name.isEmpty()) {
            continue;
        }
        const bool mena = entry && entry->mena;
        const QFontMetricsF& m = mena ? menaMetrics : metrics;
        const double width = m.horizontalAdvance(name);
        // A name much wider than its country would sit on the neighbours.
        if (c->bounds.width() * s < width * 0.6 && c->bounds.height() * s < m.height() * 2.5) {
            continue;
        }
        for (double copy : view.worldCopies(c->label.x(), c->label.x())) {
            const QPointF anchor = view.toScreen(QPointF(c->label.x() + copy, c->label.y()));
            const QRectF box(anchor.x() - width / 2, anchor.y() - m.height() / 2, width, m.height());
            if (!screen.contains(box)) {
                continue;
            }
            const QRectF padded = box.adjusted(-4, -2, 4, 2);
            bool overlaps = false;
            for (const QRectF& other : placed) {
                if (other.intersects(padded)) {
                    overlaps = true;
                    break;
                }
            }
            if (overlaps) {
                continue;
            }
            placed.push_back(padded);
            result.append({c->iso2, name, box, mena});
        }
    }
    return result;
}

bool CountryLabels::draw(QPainter& painter, const QList<Label>& labels, const MapStyle& style,
                         const std::atomic<bool>* cancel)
{
    const QFont font = labelFont(painter.font(), false);
    const QFont menaFont = labelFont(painter.font(), true);
    const QFontMetricsF metrics(font);
    const QFontMetricsF menaMetrics(menaFont);
    for (const Label& label : labels) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            return false;
        }
        const QFontMetricsF& m = label.mena ? menaMetrics : metrics;
        HaloText::draw(painter, QPointF(label.box.left(), label.box.top() + m.ascent()), label.text,
                       label.mena ? menaFont : font, style.label, style.halo);
    }
    return true;
}

} // namespace dalil
