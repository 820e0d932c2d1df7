// Web Mercator, tile arithmetic (TMS rows, the antimeridian), boxes, area filters, the viewport and
// the shipped basemap: the maths every map picture stands on.
#include "geo/AreaFilter.h"
#include "geo/Basemap.h"
#include "geo/CountryNames.h"
#include "geo/GeoBounds.h"
#include "geo/MapViewport.h"
#include "geo/Mercator.h"
#include "geo/TileMath.h"

#include <QtTest>

using namespace dalil;

class TestGeoMath : public QObject
{
    Q_OBJECT
private slots:
    void mercatorRoundTrip_data();
    void mercatorRoundTrip();
    void mercatorKnownValues();
    void mercatorClampsPoles();
    void metresPerPixel();
    void tileAt_data();
    void tileAt();
    void tmsRowFlip();
    void wrapX();
    void tileBoundsRoundTrip();
    void tilesCoveringAntimeridian();
    void boundsParse_data();
    void boundsParse();
    void boundsAntimeridian();
    void areaFilterRadius();
    void viewportZoomAtKeepsAnchor();
    void viewportPanWrapsAcrossAntimeridian();
    void viewportFitting();
    void basemapShipped();
    void basemapCountryAt_data();
    void basemapCountryAt();
    void basemapRejectsCorrupt_data();
    void basemapRejectsCorrupt();
    void countryNames();
};

void TestGeoMath::mercatorRoundTrip_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::newRow("Beirut") << 35.5018 << 33.8938;
    QTest::newRow("Rabat") << -6.8498 << 34.0209;
    QTest::newRow("Muscat") << 58.4059 << 23.5880;
    QTest::newRow("origin") << 0.0 << 0.0;
    QTest::newRow("antimeridian west") << -180.0 << -17.7;
    QTest::newRow("near antimeridian east") << 179.9999 << 65.0;
    QTest::newRow("far south") << -70.0 << -84.9;
    QTest::newRow("far north") << 20.0 << 85.05;
}

void TestGeoMath::mercatorRoundTrip()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    const QPointF world = Mercator::project(lon, lat);
    QVERIFY(world.x() >= 0.0 && world.x() <= 1.0);
    QVERIFY(world.y() >= 0.0 && world.y() <= 1.0);
    const QPointF back = Mercator::unproject(world);
    QVERIFY2(std::abs(back.x() - lon) < 1e-9, qPrintable(QString::number(back.x(), 'g', 17)));
    QVERIFY2(std::abs(back.y() - lat) < 1e-9, qPrintable(QString::number(back.y(), 'g', 17)));
    // At zoom 18 the pixel the point falls in must be stable through the round trip.
    const double size = Mercator::worldSize(18);
    QCOMPARE(std::floor(Mercator::lonToX(back.x()) * size), std::floor(world.x() * size));
}

void TestGeoMath::mercatorKnownValues()
{
    QCOMPARE(Mercator::lonToX(-180), 0.0);
    QCOMPARE(Mercator::lonToX(180), 1.0);
    QCOMPARE(Mercator::latToY(0), 0.5);
    QVERIFY(std::abs(Mercator::latToY(Mercator::kMaxLatitude)) < 1e-12);
    QVERIFY(std::abs(Mercator::latToY(-Mercator::kMaxLatitude) - 1.0) < 1e-12);
    QCOMPARE(Mercator::worldSize(0), 256.0);
    QCOMPARE(Mercator::worldSize(18), 256.0 * 262144.0);
    // Beirut at zoom 10 in pixels, as any slippy map computes it.
    QCOMPARE(std::floor(Mercator::lonToX(35.5018) * Mercator::worldSize(10)), 156923.0);
}

void TestGeoMath::mercatorClampsPoles()
{
    QCOMPARE(Mercator::latToY(90), Mercator::latToY(Mercator::kMaxLatitude));
    QCOMPARE(Mercator::latToY(-90), Mercator::latToY(-Mercator::kMaxLatitude));
    QVERIFY(std::isfinite(Mercator::latToY(90)));
    QCOMPARE(Mercator::wrapLongitude(190), -170.0);
    QCOMPARE(Mercator::wrapLongitude(-190), 170.0);
    QCOMPARE(Mercator::wrapLongitude(180), -180.0);
    QCOMPARE(Mercator::wrapLongitude(540), -180.0);
}

void TestGeoMath::metresPerPixel()
{
    // 156543.03 m per pixel at the equator at zoom 0 with 256-pixel tiles.
    QVERIFY(std::abs(Mercator::metresPerPixel(0, 0) - 156543.03392) < 0.01);
    QVERIFY(std::abs(Mercator::metresPerPixel(60, 1) - 156543.03392 / 4) < 0.01);
    // Beirut–Damascus is about 85 km.
    const double d = Mercator::distanceMetres(35.5018, 33.8938, 36.2765, 33.5138);
    QVERIFY2(d > 80000 && d < 90000, qPrintable(QString::number(d)));
}

void TestGeoMath::tileAt_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<int>("z");
    QTest::addColumn<int>("x");
    QTest::addColumn<int>("y");
    QTest::newRow("world") << 35.5 << 33.9 << 0 << 0 << 0;
    QTest::newRow("Beirut z10") << 35.5018 << 33.8938 << 10 << 612 << 409;
    QTest::newRow("Cairo z12") << 31.2357 << 30.0444 << 12 << 2403 << 1689;
    QTest::newRow("north-west corner") << -180.0 << 85.0511 << 3 << 0 << 0;
    QTest::newRow("south-east corner") << 179.9999 << -85.0511 << 3 << 7 << 7;
    QTest::newRow("longitude 180 wraps to the first column") << 180.0 << 0.0 << 4 << 0 << 8;
    QTest::newRow("longitude 190 is 170 west") << 190.0 << 10.0 << 2 << 0 << 1;
}

void TestGeoMath::tileAt()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(int, z);
    QFETCH(int, x);
    QFETCH(int, y);
    const TileId tile = TileMath::tileAt(lon, lat, z);
    QCOMPARE(tile.z, z);
    QCOMPARE(tile.x, x);
    QCOMPARE(tile.y, y);
    QVERIFY(tile.isValid());
}

void TestGeoMath::tmsRowFlip()
{
    QCOMPARE(TileMath::tmsRow(0, 0), 0);
    QCOMPARE(TileMath::tmsRow(1, 0), 1);
    QCOMPARE(TileMath::tmsRow(10, 409), 614);
    for (int z = 0; z <= 18; ++z) {
        for (int y : {0, (1 << z) / 3, (1 << z) - 1}) {
            QCOMPARE(TileMath::tmsRow(z, TileMath::tmsRow(z, y)), y);
        }
    }
    // The northernmost XYZ row is the last TMS row.
    QCOMPARE(TileMath::tmsRow(5, 0), 31);
}

void TestGeoMath::wrapX()
{
    QCOMPARE(TileMath::wrapX(3, -1), 7);
    QCOMPARE(TileMath::wrapX(3, 8), 0);
    QCOMPARE(TileMath::wrapX(3, 17), 1);
    QCOMPARE(TileMath::wrapX(3, -9), 7);
    QCOMPARE(TileMath::wrapX(0, 5), 0);
    QCOMPARE(TileMath::parent({10, 612, 409}), (TileId{9, 306, 204}));
}

void TestGeoMath::tileBoundsRoundTrip()
{
    const TileId tile{10, 612, 409};
    const GeoBounds b = TileMath::bounds(tile);
    QVERIFY(b.contains(35.5018, 33.8938));
    QVERIFY(b.west < b.east && b.south < b.north);
    QCOMPARE(TileMath::tileAt(b.centreLon(), b.centreLat(), 10), tile);
    QCOMPARE(TileMath::bounds({0, 0, 0}).west, -180.0);
    QCOMPARE(TileMath::bounds({0, 0, 0}).east, 180.0);
    QVERIFY(std::abs(TileMath::bounds({0, 0, 0}).north - Mercator::kMaxLatitude) < 1e-9);
}

void TestGeoMath::tilesCoveringAntimeridian()
{
    // Fiji straddles the antimeridian: the box from 177°E to 178°W covers the last and first columns.
    const QList<TileId> tiles = TileMath::tilesCovering(GeoBounds{177, -19, -178, -16}, 4);
    QVERIFY(!tiles.isEmpty());
    QSet<int> columns;
    for (const TileId& t : tiles) {
        columns.insert(t.x);
        QVERIFY(t.isValid());
    }
    QCOMPARE(columns, (QSet<int>{15, 0}));
    // An ordinary box: Lebanon at zoom 8.
    const QList<TileId> lebanon = TileMath::tilesCovering(GeoBounds{35.1, 33.05, 36.62, 34.69}, 8);
    QCOMPARE(lebanon.size(), 9); // columns 152-154, rows 101-103
    QCOMPARE(lebanon.first(), TileMath::tileAt(35.1, 34.69, 8));
    // Exactly on a tile edge does not pull in the next tile.
    QCOMPARE(TileMath::tilesCovering(TileMath::bounds({6, 40, 25}), 6).size(), 1);
}

void TestGeoMath::boundsParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("errorMentions");
    QTest::newRow("Levant") << "34,29,43,38" << true << "";
    QTest::newRow("spaces and decimals") << " 34.5 , 29.25 ,43, 38.75" << true << "";
    QTest::newRow("across the antimeridian") << "170,-20,-170,-10" << true << "";
    QTest::newRow("three numbers") << "34,29,43" << false << "W,S,E,N";
    QTest::newRow("not a number") << "34,south,43,38" << false << "south";
    QTest::newRow("latitude out of range") << "34,29,43,98" << false << "98";
    QTest::newRow("longitude out of range") << "200,29,43,38" << false << "200";
    QTest::newRow("south above north") << "34,38,43,29" << false << "south";
    QTest::newRow("Arabic comma is not a separator") << "34،29،43،38" << false << "W,S,E,N";
    QTest::newRow("nan") << "nan,29,43,38" << false << "west";
}

void TestGeoMath::boundsParse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, errorMentions);
    GeoBounds b;
    QString error;
    QCOMPARE(GeoBounds::parse(text, b, error), ok);
    if (ok) {
        QVERIFY(error.isEmpty());
        GeoBounds again;
        QVERIFY(GeoBounds::parse(b.toString(), again, error));
        QCOMPARE(again, b);
    } else {
        QVERIFY2(error.contains(errorMentions), qPrintable(error));
    }
}

void TestGeoMath::boundsAntimeridian()
{
    const GeoBounds fiji{170, -20, -170, -10};
    QVERIFY(fiji.crossesAntimeridian());
    QVERIFY(fiji.contains(178, -17));
    QVERIFY(fiji.contains(-179, -17));
    QVERIFY(!fiji.contains(0, -17));
    QCOMPARE(fiji.widthDegrees(), 20.0);
    QCOMPARE(fiji.centreLon(), -180.0);
}

void TestGeoMath::areaFilterRadius()
{
    AreaFilter f;
    f.kind = AreaFilter::Radius;
    f.lon = 35.5018; // Beirut
    f.lat = 33.8938;
    f.radiusKm = 50;
    QVERIFY(f.contains(35.65, 34.12));      // Jounieh–Byblos coast, ~28 km
    QVERIFY(!f.contains(36.2765, 33.5138)); // Damascus, ~85 km
    const GeoBounds b = f.bounds();
    QVERIFY(b.contains(35.65, 34.12));
    QVERIFY(b.north - b.south > 0.85 && b.north - b.south < 0.95);
    QVERIFY(!AreaFilter().isActive());
    QVERIFY(AreaFilter().contains(1, 2));
}

void TestGeoMath::viewportZoomAtKeepsAnchor()
{
    MapViewport view(Mercator::project(35.5, 33.9), 6, QSize(800, 600));
    const QPointF anchor(650, 120);
    const QPointF before = view.toLonLat(anchor);
    view.zoomAt(anchor, 9.5);
    QCOMPARE(view.zoom(), 9.5);
    const QPointF after = view.toLonLat(anchor);
    QVERIFY(std::abs(before.x() - after.x()) < 1e-9);
    QVERIFY(std::abs(before.y() - after.y()) < 1e-9);
    view.zoomAt(anchor, 40);
    QCOMPARE(view.zoom(), MapViewport::kMaxZoom);
    view.zoomAt(anchor, -3);
    QCOMPARE(view.zoom(), MapViewport::kMinZoom);
}

void TestGeoMath::viewportPanWrapsAcrossAntimeridian()
{
    MapViewport view(Mercator::project(179.5, -17), 8, QSize(400, 300));
    const double pixelsPerDegree = view.worldSize() / 360.0;
    view.panBy(QPointF(-pixelsPerDegree, 0)); // drag left: the view moves east by one degree
    const QPointF centre = view.toLonLat(QPointF(200, 150));
    QVERIFY2(std::abs(centre.x() - (-179.5)) < 1e-6, qPrintable(QString::number(centre.x())));
    QVERIFY(view.centre().x() >= 0 && view.centre().x() < 1);
    const GeoBounds b = view.bounds();
    QVERIFY(b.crossesAntimeridian());
    QVERIFY(b.contains(179.9, -17));
    QVERIFY(b.contains(-179.9, -17));
}

void TestGeoMath::viewportFitting()
{
    const GeoBounds levant{34, 29, 43, 38};
    const MapViewport view = MapViewport::fitting(levant, QSize(800, 600));
    const GeoBounds shown = view.bounds();
    QVERIFY(shown.west <= 34.0001 && shown.east >= 42.9999);
    QVERIFY(shown.south <= 29.0001 && shown.north >= 37.9999);
    // Not much more than asked: one side fits exactly.
    QVERIFY(std::abs((shown.east - shown.west) - 9) < 1e-6 || std::abs(shown.north - 38) < 1e-3);
}

void TestGeoMath::basemapShipped()
{
    auto basemap = Basemap::shipped();
    QVERIFY(basemap);
    QVERIFY(basemap->countries().size() > 240);
    QCOMPARE(basemap->totalPoints(), 148527);
    const Basemap::Country* lebanon = basemap->country(QStringLiteral("LB"));
    QVERIFY(lebanon);
    QVERIFY(lebanon->bounds.contains(lebanon->label));
    QCOMPARE(lebanon->numeric, 422);
    // Coarser copies for low zooms, never more detailed than the original.
    const Basemap::Country* egypt = basemap->country(QStringLiteral("EG"));
    QVERIFY(egypt);
    size_t coarse = 0, full = 0;
    for (const auto& ring : basemap->ringsFor(*egypt, 3)) {
        coarse += ring.points.size();
    }
    for (const auto& ring : basemap->ringsFor(*egypt, 12)) {
        full += ring.points.size();
    }
    QVERIFY2(coarse < full / 3, qPrintable(QStringLiteral("%1 vs %2").arg(coarse).arg(full)));
}

void TestGeoMath::basemapCountryAt_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<QString>("iso2");
    QTest::newRow("Syrian desert") << 38.5 << 34.5 << "SY";
    QTest::newRow("Beirut hills") << 35.6 << 33.85 << "LB";
    QTest::newRow("Amman") << 35.93 << 31.95 << "JO";
    QTest::newRow("Cairo") << 31.24 << 30.04 << "EG";
    QTest::newRow("Marrakech") << -8.0 << 31.63 << "MA";
    QTest::newRow("off the Lebanese coast") << 35.2 << 33.9 << "";
    QTest::newRow("Gulf of Oman") << 58.5 << 25.0 << "";
    QTest::newRow("Chukotka east of 180") << -175.0 << 67.0 << "RU";
    QTest::newRow("Fiji west of 180") << 178.0 << -17.8 << "FJ";
}

void TestGeoMath::basemapCountryAt()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(QString, iso2);
    QCOMPARE(Basemap::shipped()->countryAt(Mercator::project(lon, lat)), iso2);
}

void TestGeoMath::basemapRejectsCorrupt_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("errorMentions");
    QFile file(QStringLiteral(":/dalil/geo/basemap.dbm"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    QTest::newRow("empty") << QByteArray() << "signature";
    QTest::newRow("a PNG") << QByteArray("\x89PNG\r\n\x1a\n0000000000") << "signature";
    QByteArray v2 = good;
    v2[4] = 2;
    QTest::newRow("newer version") << v2 << "version 2";
    QTest::newRow("cut in half") << good.left(good.size() / 2) << "of country";
    QTest::newRow("trailing bytes") << good + QByteArray("xx") << "after the last country";
    QByteArray lying = good.left(12 + 2 + 2 + 8 + 16 + 4);
    lying += QByteArray("\xff\xff\xff\x7f", 4);
    QTest::newRow("huge ring") << lying << "claims";
}

void TestGeoMath::basemapRejectsCorrupt()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, errorMentions);
    const Basemap::LoadResult result = Basemap::fromData(data, QStringLiteral("broken.dbm"));
    QVERIFY(!result.basemap);
    QVERIFY2(result.error.contains(QLatin1String("broken.dbm")), qPrintable(result.error));
    QVERIFY2(result.error.contains(errorMentions), qPrintable(result.error));
}

void TestGeoMath::countryNames()
{
    auto names = CountryNames::shipped();
    QVERIFY(names->size() >= 249);
    QCOMPARE(names->name(QStringLiteral("LB"), QStringLiteral("ar")), QStringLiteral("لبنان"));
    QCOMPARE(names->name(QStringLiteral("LB"), QStringLiteral("en")), QStringLiteral("Lebanon"));
    QCOMPARE(names->name(QStringLiteral("LB"), QStringLiteral("fr")), QStringLiteral("Liban"));
    QCOMPARE(names->name(QStringLiteral("EG"), QStringLiteral("de")), QStringLiteral("Egypt"));
    QCOMPARE(names->name(QStringLiteral("ZZ"), QStringLiteral("ar")), QStringLiteral("ZZ"));
    QVERIFY(names->entry(QStringLiteral("SY"))->mena);
    QVERIFY(!names->entry(QStringLiteral("FR"))->mena);
}

QTEST_GUILESS_MAIN(TestGeoMath)
#include "tst_geomath.moc"
