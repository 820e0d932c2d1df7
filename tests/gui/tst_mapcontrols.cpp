// The buttons over the map, in Arabic (right to left) and English: none covers another, each is
// wholly on the map, none covers the scale bar, the attribution or the legend the map draws, and
// the region the map opens on (the capitals of the Middle East and North Africa) is not under
// them. In Arabic a column of area buttons on the right once covered the Gulf and Iran.
#include "GuiFixture.h"

#include "directory/DirectoryView.h"
#include "geo/MapRenderer.h"
#include "map/MapView.h"

#include <QSplitter>
#include <QToolButton>

using namespace dalil;

namespace {

const char* const kButtons[] = {"mapZoomIn",        "mapZoomOut",    "mapLimitToVisible",
                                "mapDrawRectangle", "mapDrawRadius", "mapClearArea"};

struct Capital
{
    const char* name;
    double lon;
    double lat;
};

const Capital kCapitals[] = {
    {"Rabat", -6.84, 34.02},     {"Nouakchott", -15.98, 18.08}, {"Algiers", 3.06, 36.75},
    {"Tunis", 10.18, 36.81},     {"Cairo", 31.24, 30.04},       {"Khartoum", 32.56, 15.50},
    {"Beirut", 35.50, 33.89},    {"Baghdad", 44.36, 33.31},     {"Riyadh", 46.72, 24.69},
    {"Sanaa", 44.21, 15.37},     {"Tehran", 51.39, 35.69},      {"Doha", 51.53, 25.29},
    {"Abu Dhabi", 54.37, 24.45}, {"Muscat", 58.41, 23.59}};

const GeoBounds kRegion{-17.5, 8.0, 63.5, 42.0};

QList<QToolButton*> buttonsOf(MapView* map)
{
    QList<QToolButton*> buttons;
    for (const char* name : kButtons) {
        buttons << map->findChild<QToolButton*>(QLatin1String(name));
    }
    return buttons;
}

QString describe(const QRect& r)
{
    return QStringLiteral("(%1,%2 %3×%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// Empty when the buttons are where they should be; otherwise what is wrong, in words.
QString misplaced(MapView* map, bool rightToLeft, bool withContent)
{
    const QList<QToolButton*> buttons = buttonsOf(map);
    for (int i = 0; i < buttons.size(); ++i) {
        QToolButton* b = buttons[i];
        if (!b) {
            return QStringLiteral("button %1 is missing").arg(QLatin1String(kButtons[i]));
        }
        if (!b->isVisible() || b->text().isEmpty()) {
            return QStringLiteral("%1 is not shown").arg(b->objectName());
        }
        if (!map->rect().contains(b->geometry())) {
            return QStringLiteral("%1 %2 leaves the map %3")
                .arg(b->objectName(), describe(b->geometry()), describe(map->rect()));
        }
        for (int j = 0; j < i; ++j) {
            if (b->geometry().intersects(buttons[j]->geometry())) {
                return QStringLiteral("%1 %2 covers %3 %4")
                    .arg(b->objectName(), describe(b->geometry()), buttons[j]->objectName(),
                         describe(buttons[j]->geometry()));
            }
        }
        for (const QRectF& box : map->renderer().decorationBoxes(map->viewport(), map->font())) {
            if (!box.isEmpty() && QRectF(b->geometry()).intersects(box)) {
                return QStringLiteral("%1 %2 covers the map's scale, legend or attribution %3")
                    .arg(b->objectName(), describe(b->geometry()), describe(box.toAlignedRect()));
            }
        }
    }
    // Zoom buttons in the leading top corner: right in Arabic, left in English.
    const QRect zoom = buttons[0]->geometry();
    const bool leading = rightToLeft ? zoom.right() > map->width() - 60 : zoom.left() < 60;
    if (!leading || zoom.top() > 30) {
        return QStringLiteral("zoom in %1 is not in the leading top corner").arg(describe(zoom));
    }
    if (withContent) {
        map->fitBounds(kRegion);
        for (const Capital& c : kCapitals) {
            const QPointF at = map->viewport().toScreenLonLat(c.lon, c.lat);
            if (!map->rect().contains(at.toPoint())) {
                return QStringLiteral("%1 is off the map").arg(QLatin1String(c.name));
            }
            for (QToolButton* b : buttons) {
                // A marker is a disc of about 8 pixels: it must show whole.
                if (QRectF(b->geometry()).adjusted(-8, -8, 8, 8).contains(at)) {
                    return QStringLiteral("%1 covers %2").arg(b->objectName(), QLatin1String(c.name));
                }
            }
        }
    }
    return {};
}

} // namespace

class TestMapControls : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void inTheMainWindow_data();
    void inTheMainWindow();
    void atSmallSizes_data();
    void atSmallSizes();

private:
    test::GuiFixture m_fixture;
};

void TestMapControls::cleanup()
{
    m_fixture.close();
}

void TestMapControls::inTheMainWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Arabic") << QStringLiteral("ar");
    QTest::newRow("English") << QStringLiteral("en");
}

void TestMapControls::inTheMainWindow()
{
    QFETCH(QString, language);
    QCOMPARE(m_fixture.open(language), QString());
    MainWindow* window = m_fixture.createWindow();
    QVERIFY(window);
    MapView* map = window->directory()->map();
    QTRY_VERIFY(map->hasBasemap() && !map->isBuilding());
    const bool rtl = language == QLatin1String("ar");
    QCOMPARE(map->layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
    const QString visible = map->findChild<QToolButton*>(QStringLiteral("mapLimitToVisible"))->text();
    QCOMPARE(visible == QLatin1String("Visible area"), !rtl); // the real, translated labels

    QString problem = misplaced(map, rtl, true);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // With the choropleth on, the legend joins the scale and the attribution at the bottom.
    map->setChoropleth({{QStringLiteral("LB"), 69},
                        {QStringLiteral("JO"), 64},
                        {QStringLiteral("EG"), 46},
                        {QStringLiteral("YE"), 12},
                        {QStringLiteral("MA"), 3},
                        {QStringLiteral("TN"), 1}});
    QVERIFY(!map->renderer().decorationBoxes(map->viewport(), map->font()).first().isEmpty());
    problem = misplaced(map, rtl, true);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // A short map (the splitter dragged up) keeps its buttons apart and on the map.
    auto* side = window->findChild<QSplitter*>(QStringLiteral("sideSplitter"));
    QVERIFY(side);
    map->setChoropleth({});
    side->setSizes({map->minimumHeight(), side->height()});
    QTRY_VERIFY(map->height() < 200);
    problem = misplaced(map, rtl, false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestMapControls::atSmallSizes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("legend");
    for (const QString& language : {QStringLiteral("ar"), QStringLiteral("en")}) {
        for (const QSize& size : {QSize(640, 480), QSize(420, 300), QSize(300, 220), QSize(200, 160)}) {
            QTest::addRow("%s %dx%d", qPrintable(language), size.width(), size.height())
                << language << size << false;
        }
        // With the choropleth's legend: below about 200 pixels of height its column reached the
        // zoom buttons.
        for (const QSize& size : {QSize(640, 480), QSize(640, 240), QSize(640, 199), QSize(480, 180),
                                  QSize(420, 160), QSize(300, 160), QSize(200, 160), QSize(900, 150)}) {
            QTest::addRow("%s %dx%d with legend", qPrintable(language), size.width(), size.height())
                << language << size << true;
        }
    }
}

void TestMapControls::atSmallSizes()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(bool, legend);
    QCOMPARE(m_fixture.open(language), QString());
    MapView map;
    map.setMinimumSize(1, 1); // the directory allows 160 pixels of height; test below that too
    if (legend) {
        map.setChoropleth({{QStringLiteral("EG"), 1200},
                           {QStringLiteral("LB"), 690},
                           {QStringLiteral("JO"), 64},
                           {QStringLiteral("YE"), 12},
                           {QStringLiteral("TN"), 1}});
    }
    map.resize(size);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map, 30000));
    QCOMPARE(map.size(), size);
    const bool rtl = language == QLatin1String("ar");
    QCOMPARE(map.layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
    // The region the map opens on is clear of the buttons when there is room for both.
    const QString problem = misplaced(&map, rtl, size.width() >= 420 && size.height() >= 300);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (legend && size.height() >= 240) {
        // Where there is room, the legend is there (and a column: title and one row per class).
        const QRectF box = map.renderer().decorationBoxes(map.viewport(), map.font()).first();
        QVERIFY2(box.height() > 80, qPrintable(describe(box.toAlignedRect())));
    }
}

DALIL_GUI_TEST_MAIN(TestMapControls)
#include "tst_mapcontrols.moc"
