#include "geo/Basemap.h"

#include "geo/Mercator.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <mutex>

namespace dalil {

namespace {

// Zooms below this get a simplified copy of each path; from it on, the file's own detail is drawn.
constexpr int kDetailZooms = 7;

class Reader
{
public:
    Reader(const QByteArray& data)
        : m_data(reinterpret_cast<const uchar*>(data.constData()))
        , m_size(static_cast<size_t>(data.size()))
    {
    }
    bool has(size_t bytes) const { return m_size - m_pos >= bytes; }
    size_t pos() const { return m_pos; }
    quint32 u32()
    {
        const quint32 v = qFromLittleEndian<quint32>(m_data + m_pos);
        m_pos += 4;
        return v;
    }
    qint32 i32() { return static_cast<qint32>(u32()); }
    quint16 u16()
    {
        const quint16 v = qFromLittleEndian<quint16>(m_data + m_pos);
        m_pos += 2;
        return v;
    }
    float f32()
    {
        const quint32 bits = u32();
        float f;
        std::memcpy(&f, &bits, 4);
        return f;
    }
    QByteArray bytes(size_t n)
    {
        QByteArray b(reinterpret_cast<const char*>(m_data + m_pos), static_cast<qsizetype>(n));
        m_pos += n;
        return b;
    }

private:
    const uchar* m_data;
    size_t m_size;
    size_t m_pos = 0;
};

double perpendicularSq(const QPointF& p, const QPointF& a, const QPointF& b)
{
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double len = dx * dx + dy * dy;
    double t = len > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = a.x() + t * dx - p.x();
    const double ey = a.y() + t * dy - p.y();
    return ex * ex + ey * ey;
}

void douglasPeucker(const std::vector<QPointF>& ring, size_t first, size_t last, double toleranceSq,
                    std::vector<uint8_t>& keep)
{
    // Iterative, with an explicit stack: a long coastline would otherwise recurse deeply.
    std::vector<std::pair<size_t, size_t>> stack{{first, last}};
    while (!stack.empty()) {
        auto [a, b] = stack.back();
        stack.pop_back();
        double worst = 0;
        size_t index = a;
        for (size_t i = a + 1; i < b; ++i) {
            const double d = perpendicularSq(ring[i], ring[a], ring[b]);
            if (d > worst) {
                worst = d;
                index = i;
            }
        }
        if (worst > toleranceSq) {
            keep[index] = 1;
            stack.push_back({a, index});
            stack.push_back({index, b});
        }
    }
}

std::vector<QPointF> simplify(const std::vector<QPointF>& ring, double tolerance)
{
    if (ring.size() < 4) {
        return ring;
    }
    std::vector<uint8_t> keep(ring.size(), 0);
    // A closed ring: split at the first point and the point farthest from it.
    size_t far = 0;
    double farthest = -1;
    for (size_t i = 1; i < ring.size(); ++i) {
        const double dx = ring[i].x() - ring[0].x();
        const double dy = ring[i].y() - ring[0].y();
        if (dx * dx + dy * dy > farthest) {
            farthest = dx * dx + dy * dy;
            far = i;
        }
    }
    keep[0] = keep[far] = 1;
    douglasPeucker(ring, 0, far, tolerance * tolerance, keep);
    std::vector<QPointF> closed(ring);
    closed.push_back(ring[0]);
    std::vector<uint8_t> keepClosed(keep);
    keepClosed.push_back(1);
    douglasPeucker(closed, far, closed.size() - 1, tolerance * tolerance, keepClosed);
    std::vector<QPointF> out;
    for (size_t i = 0; i < ring.size(); ++i) {
        if (keepClosed[i]) {
            out.push_back(ring[i]);
        }
    }
    return out;
}

void addRing(std::vector<Basemap::Ring>& rings, std::vector<QPointF> points)
{
    if (points.size() < 3) {
        return;
    }
    double minX = points[0].x(), maxX = minX, minY = points[0].y(), maxY = minY;
    for (const QPointF& p : points) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    rings.push_back({std::move(points), QRectF(QPointF(minX, minY), QPointF(maxX, maxY))});
}

bool ringContains(const Basemap::Ring& ring, const QPointF& p)
{
    bool inside = false;
    const auto& pts = ring.points;
    for (size_t i = 0, j = pts.size() - 1; i < pts.size(); j = i++) {
        if ((pts[i].y() > p.y()) != (pts[j].y() > p.y()) &&
            p.x() <
                (pts[j].x() - pts[i].x()) * (p.y() - pts[i].y()) / (pts[j].y() - pts[i].y()) + pts[i].x()) {
            inside = !inside;
        }
    }
    return inside;
}

double ringArea(const std::vector<QPointF>& ring)
{
    double sum = 0;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        sum += (ring[j].x() * ring[i].y()) - (ring[i].x() * ring[j].y());
    }
    return std::abs(sum) / 2.0;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::Basemap", text); // lupdate's context
}

} // namespace

Basemap::LoadResult Basemap::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {nullptr, tr("%1: the basemap cannot be opened (%2)").arg(path, file.errorString())};
    }
    return fromData(file.readAll(), path);
}

Basemap::LoadResult Basemap::fromData(const QByteArray& data, const QString& name)
{
    Reader in(data);
    auto broken = [&](const QString& what) {
        return LoadResult{
            nullptr, tr("%1: not a usable basemap file at byte %2: %3").arg(name).arg(in.pos()).arg(what)};
    };
    if (!in.has(12) || in.bytes(4) != QByteArrayLiteral("DLBM")) {
        return broken(tr("it does not start with the DLBM signature"));
    }
    const quint32 version = in.u32();
    if (version != 1) {
        return broken(tr("format version %1 is not supported (this Dalil reads version 1)").arg(version));
    }
    const quint32 count = in.u32();
    auto basemap = std::make_shared<Basemap>();
    basemap->m_countries.reserve(std::min<quint32>(count, 1000));
    for (quint32 c = 0; c < count; ++c) {
        if (!in.has(2 + 2 + 8 + 16 + 4)) {
            return broken(tr("country %1 of %2 is cut short").arg(c + 1).arg(count));
        }
        Country country;
        country.numeric = in.u16();
        country.iso2 = QString::fromLatin1(in.bytes(2));
        const float labelLon = in.f32();
        const float labelLat = in.f32();
        country.labelLonLat = QPointF(labelLon, labelLat);
        country.label = Mercator::project(labelLon, labelLat);
        const float west = in.f32();
        const float south = in.f32();
        const float east = in.f32();
        const float north = in.f32();
        country.bounds = QRectF(QPointF(Mercator::lonToX(west), Mercator::latToY(north)),
                                QPointF(Mercator::lonToX(east), Mercator::latToY(south)));
        const quint32 rings = in.u32();
        std::vector<std::vector<QPointF>> projected;
        for (quint32 r = 0; r < rings; ++r) {
            if (!in.has(4)) {
                return broken(tr("ring %1 of country %2 is cut short").arg(r + 1).arg(country.iso2));
            }
            const quint32 points = in.u32();
            if (!in.has(static_cast<size_t>(points) * 8)) {
                return broken(tr("ring %1 of country %2 claims %3 points that are not there")
                                  .arg(r + 1)
                                  .arg(country.iso2)
                                  .arg(points));
            }
            std::vector<QPointF> ring;
            ring.reserve(points);
            for (quint32 p = 0; p < points; ++p) {
                const double lon = in.i32() / 1e6;
                const double lat = in.i32() / 1e6;
                if (!(std::abs(lon) <= 180.0) || !(std::abs(lat) <= 90.0)) {
                    return broken(tr("point %1 of country %2 is off the globe").arg(p + 1).arg(country.iso2));
                }
                ring.push_back(Mercator::project(lon, lat));
            }
            country.pointCount += static_cast<int>(points);
            country.area += ringArea(ring);
            projected.push_back(std::move(ring));
        }
        for (int z = 0; z < kDetailZooms; ++z) {
            const double tolerance = 0.5 / Mercator::worldSize(z);
            std::vector<Ring> coarse;
            for (const auto& ring : projected) {
                addRing(coarse, simplify(ring, tolerance));
            }
            country.simplified.push_back(std::move(coarse));
        }
        for (auto& ring : projected) {
            addRing(country.rings, std::move(ring));
        }
        basemap->m_totalPoints += country.pointCount;
        basemap->m_countries.push_back(std::move(country));
    }
    if (in.has(1)) {
        return broken(tr("there is data after the last country"));
    }
    return {basemap, QString()};
}

std::shared_ptr<const Basemap> Basemap::shipped()
{
    static std::shared_ptr<const Basemap> basemap;
    static std::once_flag once;
    std::call_once(once, [] { basemap = load(QStringLiteral(":/dalil/geo/basemap.dbm")).basemap; });
    return basemap;
}

const Basemap::Country* Basemap::country(const QString& iso2) const
{
    for (const Country& c : m_countries) {
        if (c.iso2 == iso2) {
            return &c;
        }
    }
    return nullptr;
}

const std::vector<Basemap::Ring>& Basemap::ringsFor(const Country& country, double zoom) const
{
    const int level = static_cast<int>(std::floor(zoom));
    if (level >= 0 && level < static_cast<int>(country.simplified.size())) {
        return country.simplified[static_cast<size_t>(level)];
    }
    return country.rings;
}

QString Basemap::countryAt(const QPointF& world) const
{
    for (const Country& c : m_countries) {
        if (!c.bounds.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(world)) {
            continue;
        }
        bool inside = false;
        for (const Ring& ring : c.rings) {
            if (ring.bounds.contains(world) && ringContains(ring, world)) {
                inside = !inside;
            }
        }
        if (inside) {
            return c.iso2;
        }
    }
    return QString();
}

} // namespace dalil
