// The Networks screen as a coordinator uses it, in Arabic: "Show on map" (the button, or Ctrl+M)
// highlights the chosen network's members on the map (the renderer's set and the colour of the
// markers on screen) and fits the view to them, with a notice in the interface language whose
// Clear button gives the normal map back (in English too); the partnership graph of one organisation lists
// every partner whichever side of the partnership it was recorded on, with the kind of link in
// Arabic, and a partner opens in the directory.
#include "GuiFixture.h"

#include "catalogue/Catalogue.h"
#include "directory/DirectoryView.h"
#include "directory/OrganisationListModel.h"
#include "geo/MapRenderer.h"
#include "geo/Mercator.h"
#include "main/CatalogueDocument.h"
#include "map/MapView.h"
#include "networks/NetworksView.h"
#include "profile/ProfileView.h"

#include <QLabel>
#include <QLineEdit>
#include <QLineF>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>

using namespace dalil;

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QSet<QString> membersOf(Catalogue& catalogue, const QString& networkId)
{
    QSet<QString> ids;
    for (const QJsonObject& m : catalogue.memberships().where("network_id", networkId)) {
        ids.insert(m.value(QLatin1String("member_id")).toString());
    }
    return ids;
}

QStringList idsIn(QListWidget* list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        const QString id = list->item(i)->data(kIdRole).toString();
        if (!id.isEmpty()) {
            ids.append(id);
        }
    }
    return ids;
}

int rowOf(QListWidget* list, const QString& id)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(kIdRole).toString() == id) {
            return i;
        }
    }
    return -1;
}

bool near(QRgb a, const QColor& b, int tolerance = 24)
{
    return std::abs(qRed(a) - b.red()) <= tolerance && std::abs(qGreen(a) - b.green()) <= tolerance &&
           std::abs(qBlue(a) - b.blue()) <= tolerance;
}

// Centres the map on the organisation's first office at the closest zoom, where every office is a
// marker of its own; the colour of the pixel there. Invalid when another office is drawn within a
// few pixels of it (offices at the same address share their pixels).
QColor markerColour(MapView* map, const QString& organisationId)
{
    const auto points = map->points();
    const int64_t first = points ? points->firstPointOf(organisationId) : -1;
    if (first < 0) {
        return {};
    }
    const QPointF world(points->x()[size_t(first)], points->y()[size_t(first)]);
    map->setViewport(MapViewport(world, MapViewport::kMaxZoom, map->size()));
    const double worldSize = map->viewport().worldSize();
    for (size_t i = 0; i < points->size(); ++i) {
        const QPointF other(points->x()[i], points->y()[i]);
        if (i != size_t(first) && QLineF(world, other).length() * worldSize < 20) {
            return {};
        }
    }
    const QPointF centre(map->width() / 2.0, map->height() / 2.0);
    const MapRenderer::Hit hit = map->renderer().hitTest(map->viewport(), centre);
    if (hit.kind != MapRenderer::Hit::Marker || hit.organisationId != organisationId) {
        return {};
    }
    return QColor(map->grab().toImage().pixel(centre.toPoint()));
}

} // namespace

class TestNetworks : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void membersHighlightedOnTheMap();
    void showOnMapFitsAndClears_data();
    void showOnMapFitsAndClears();
    void membersOutsideTheSearchAreDrawn();
    void membersOutsideTheSearchCanBeClicked();
    void membersOutsideTheSearchAreReachedWithTheKeyboard();
    void partnershipGraphOfOneOrganisation();

private:
    // A network and a member of it whose first office stands alone on the map (not the selected
    // organisation), with that office's world position.
    bool isolatedMember(QString* network, QString* member, QPointF* world);
    // Searches for nothing, then shows the network on the map.
    void showNetworkOverAnEmptySearch(const QString& network, const QString& member);
    // A network with a member whose office stands alone, shown on the map over an empty search.
    // A network shown over an empty search, with a member whose office is alone on the map and is
    // not the organisation the profile shows: the member's id and its office's world point.
    std::pair<QString, QPointF> showIsolatedMember();

    test::GuiFixture m_fixture;
    MainWindow* m_window = nullptr;
};

void TestNetworks::init()
{
    QCOMPARE(m_fixture.open(QStringLiteral("ar")), QString());
    m_window = m_fixture.createWindow();
    QVERIFY(m_window);
    MapView* map = m_window->directory()->map();
    QTRY_VERIFY(map->points() && map->points()->size() > 100 && !map->isBuilding());
}

void TestNetworks::cleanup()
{
    m_window = nullptr;
    m_fixture.close();
}

void TestNetworks::membersHighlightedOnTheMap()
{
    MapView* map = m_window->directory()->map();
    QVERIFY(map->renderer().highlighted().isEmpty());
    m_window->tabs()->setCurrentIndex(MainWindow::NetworksTab);
    NetworksView* view = m_window->networks();
    QListWidget* networks = view->networks();
    QVERIFY2(networks->count() >= 2, "the sample holds several networks");

    // The network chosen when the screen opens, shown on the map.
    const QString firstNetwork = networks->currentItem()->data(kIdRole).toString();
    const QSet<QString> firstMembers = membersOf(*m_fixture.catalogue, firstNetwork);
    QVERIFY(!firstMembers.isEmpty());
    QVERIFY(map->renderer().highlighted().isEmpty());
    view->showOnMap();
    QCOMPARE(map->renderer().highlighted(), firstMembers);

    // Other networks, chosen in the list: their members and no one else. The test goes on with
    // the first that has a member whose marker stands alone on the map, to look at its colour.
    // (The selected organisation is drawn red whatever its networks: it is left out.)
    const QString selected = map->selectedOrganisation();
    QString member, outsider;
    QColor memberColour, outsiderColour;
    QSet<QString> members;
    for (int row = networks->count() - 1; row > 0 && member.isEmpty(); --row) {
        m_window->tabs()->setCurrentIndex(MainWindow::NetworksTab);
        networks->setCurrentRow(row);
        const QString network = networks->currentItem()->data(kIdRole).toString();
        QVERIFY(network != firstNetwork);
        members = membersOf(*m_fixture.catalogue, network);
        QVERIFY(!members.isEmpty());
        view->showOnMap();
        QCOMPARE(map->renderer().highlighted(), members);
        const QStringList listed = idsIn(view->members());
        QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()), members);
        m_window->tabs()->setCurrentIndex(MainWindow::OrganisationsTab);
        for (const QString& id : std::as_const(members)) {
            if (id != selected && (memberColour = markerColour(map, id)).isValid()) {
                member = id;
                break;
            }
        }
    }
    QVERIFY2(!member.isEmpty(), "no member of a network has a marker of its own");

    // On screen: a member's marker is orange, an outsider's keeps the blue of every marker.
    const auto points = map->points();
    for (size_t i = 0; i < points->size() && outsider.isEmpty(); ++i) {
        const QString id = points->organisationId(i);
        if (!members.contains(id) && id != selected && (outsiderColour = markerColour(map, id)).isValid()) {
            outsider = id;
        }
    }
    QVERIFY(!outsider.isEmpty());
    const MapStyle& style = map->renderer().style();
    QVERIFY2(near(memberColour.rgb(), style.highlight),
             qPrintable(QStringLiteral("member %1 is drawn %2").arg(member, memberColour.name())));
    QVERIFY2(near(outsiderColour.rgb(), style.marker),
             qPrintable(QStringLiteral("outsider %1 is drawn %2").arg(outsider, outsiderColour.name())));

    // Back to the first network: the member of the other one is blue again unless it is in both.
    m_window->tabs()->setCurrentIndex(MainWindow::NetworksTab);
    networks->setCurrentRow(rowOf(networks, firstNetwork));
    view->showOnMap();
    QCOMPARE(map->renderer().highlighted(), firstMembers);
    m_window->tabs()->setCurrentIndex(MainWindow::OrganisationsTab);
    const QColor again = markerColour(map, member);
    QVERIFY(near(again.rgb(), firstMembers.contains(member) ? style.highlight : style.marker));
}

void TestNetworks::showOnMapFitsAndClears_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ar") << QStringLiteral("ar");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestNetworks::showOnMapFitsAndClears()
{
    QFETCH(QString, language);
    if (language != QLatin1String("ar")) {
        QCOMPARE(m_fixture.open(language), QString());
        m_window = m_fixture.createWindow();
        QVERIFY(m_window);
        QTRY_VERIFY(m_window->directory()->map()->points() &&
                    m_window->directory()->map()->points()->size() > 100 &&
                    !m_window->directory()->map()->isBuilding());
    }
    MapView* map = m_window->directory()->map();
    const MapViewport before = map->viewport();
    m_window->tabs()->setCurrentIndex(MainWindow::NetworksTab);
    NetworksView* view = m_window->networks();
    QListWidget* networks = view->networks();
    QVERIFY(networks->count() >= 2);
    // Choosing a network changes nothing on the map by itself.
    networks->setCurrentRow(networks->count() - 1);
    QVERIFY(map->renderer().highlighted().isEmpty());

    // Ctrl+M on the Networks screen: the map, its members highlighted, every office of theirs in
    // sight, and a notice naming the network in the interface language.
    const QString network = networks->currentItem()->data(kIdRole).toString();
    const QSet<QString> members = membersOf(*m_fixture.catalogue, network);
    QVERIFY(!members.isEmpty());
    auto* button = view->findChild<QPushButton*>(QStringLiteral("showNetworkOnMap"));
    QVERIFY2(button, "no Show on map button");
    QTRY_VERIFY(button->isVisible()); // a screen built now is shown once the event loop runs
    QVERIFY(button->isEnabled());
    networks->setFocus();
    QTest::keyClick(networks, Qt::Key_M, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::OrganisationsTab));
    QCOMPARE(map->renderer().highlighted(), members);
    const GeoBounds seen = map->visibleBounds();
    int offices = 0;
    const auto points = map->points();
    for (const QString& id : members) {
        for (uint32_t point : points->pointsOf(id)) {
            ++offices;
            QVERIFY2(seen.contains(points->lon(point), points->lat(point)),
                     qPrintable(QStringLiteral("an office of %1 is out of sight").arg(id)));
        }
    }
    QVERIFY(offices > 0);
    QVERIFY(map->viewport() != before);
    auto* notice = map->findChild<QWidget*>(QStringLiteral("mapHighlightNotice"));
    QVERIFY(notice && notice->isVisible());
    const QString text = notice->findChild<QLabel*>(QStringLiteral("mapHighlightText"))->text();
    QVERIFY2(text.contains(m_window->document().organisationName(network)), qPrintable(text));
    if (language == QLatin1String("en")) {
        QVERIFY2(text.startsWith(QLatin1String("Members of")), qPrintable(text));
    } else {
        QVERIFY2(!text.startsWith(QLatin1String("Members of")) &&
                     text.contains(QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}]"))),
                 qPrintable(text));
    }
    // On screen: the members' markers in the highlight colour.
    const MapStyle& style = map->renderer().style();
    QString member;
    QColor colour;
    for (const QString& id : members) {
        if (id != map->selectedOrganisation() && (colour = markerColour(map, id)).isValid()) {
            member = id;
            break;
        }
    }
    if (!member.isEmpty()) {
        QVERIFY2(near(colour.rgb(), style.highlight), qPrintable(colour.name()));
    }

    // Clear: the normal map, as it was.
    auto* clear = notice->findChild<QPushButton*>(QStringLiteral("clearMapHighlight"));
    QVERIFY(clear && clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(map->renderer().highlighted().isEmpty());
    QVERIFY(!notice->isVisible());
    QCOMPARE(map->viewport().centre(), before.centre());
    QCOMPARE(map->viewport().zoom(), before.zoom());
    if (!member.isEmpty()) {
        QVERIFY(near(markerColour(map, member).rgb(), style.marker));
    }

    // The button does the same as the shortcut.
    m_window->tabs()->setCurrentIndex(MainWindow::NetworksTab);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::OrganisationsTab));
    QCOMPARE(map->renderer().highlighted(), members);
}

// A search that leaves a member out does not hide it: "Show on map" draws every member's office
// in the highlight colour, and Clear takes the drawn office away again.
bool TestNetworks::isolatedMember(QString* network, QString* member, QPointF* world)
{
    MapView* map = m_window->directory()->map();
    const auto all = map->points();
    QListWidget* networks = m_window->networks()->networks();
    const QString selected = map->selectedOrganisation();
    // A member whose first office stands alone (no other office within 20 px at the closest zoom).
    const double closest = MapViewport(QPointF(0.5, 0.5), MapViewport::kMaxZoom, map->size()).worldSize();
    for (int row = 0; row < networks->count(); ++row) {
        const QString candidate = networks->item(row)->data(kIdRole).toString();
        for (const QString& id : membersOf(*m_fixture.catalogue, candidate)) {
            const int64_t first = all->firstPointOf(id);
            if (first < 0 || id == selected) {
                continue;
            }
            const QPointF at(all->x()[size_t(first)], all->y()[size_t(first)]);
            bool alone = true;
            for (size_t i = 0; i < all->size() && alone; ++i) {
                alone = i == size_t(first) ||
                        QLineF(at, QPointF(all->x()[i], all->y()[i])).length() * closest >= 20;
            }
            if (alone) {
                *network = candidate;
                *member = id;
                *world = at;
                return true;
            }
        }
    }
    return false;
}

void TestNetworks::showNetworkOverAnEmptySearch(const QString& network, const QString& member)
{
    MapView* map = m_window->directory()->map();
    const auto all = map->points();
    // A search that finds nothing: the member is not among the points shown.
    m_window->tabs()->setCurrentIndex(MainWindow::OrganisationsTab);
    test::typeText(m_window->directory()->searchField(), QStringLiteral("ظظظظغغغغ"));
    QTRY_VERIFY(map->points() && map->points() != all && map->points()->firstPointOf(member) < 0);

    m_window->tabs()->setCurrentIndex(MainWindow::NetworksTab);
    QListWidget* networks = m_window->networks()->networks();
    networks->setCurrentRow(rowOf(networks, network));
    m_window->networks()->showOnMap();
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::OrganisationsTab));
    QVERIFY(map->renderer().highlighted().contains(member));
}

std::pair<QString, QPointF> TestNetworks::showIsolatedMember()
{
    m_window->tabs()->setCurrentIndex(MainWindow::NetworksTab);
    QString network;
    QString member;
    QPointF world;
    if (!isolatedMember(&network, &member, &world)) {
        QTest::qFail("no network member has an office of its own on the map", __FILE__, __LINE__);
        return {};
    }
    showNetworkOverAnEmptySearch(network, member);
    if (m_window->directory()->profile()->organisationId() == member) {
        QTest::qFail("the member's profile is shown already", __FILE__, __LINE__);
    }
    return {member, world};
}

void TestNetworks::membersOutsideTheSearchAreDrawn()
{
    MapView* map = m_window->directory()->map();
    const auto [member, world] = showIsolatedMember();
    if (QTest::currentTestFailed()) {
        return;
    }
    map->setViewport(MapViewport(world, MapViewport::kMaxZoom, map->size()));
    const QPoint centre(map->width() / 2, map->height() / 2);
    const QColor drawn(map->grab().toImage().pixel(centre));
    QVERIFY2(near(drawn.rgb(), map->renderer().style().highlight),
             qPrintable(QStringLiteral("the office of %1 is drawn %2").arg(member, drawn.name())));

    auto* clear = map->findChild<QPushButton*>(QStringLiteral("clearMapHighlight"));
    QVERIFY(clear && clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(map->renderer().highlightedOffices().isEmpty());
    map->setViewport(MapViewport(world, MapViewport::kMaxZoom, map->size()));
    const QColor after(map->grab().toImage().pixel(centre));
    QVERIFY2(!near(after.rgb(), map->renderer().style().highlight), qPrintable(after.name()));
}

void TestNetworks::membersOutsideTheSearchCanBeClicked()
{
    // Drawn outside the search, a member's office is named under the pointer and opens the
    // member's profile when clicked, as every marker does.
    MapView* map = m_window->directory()->map();
    DirectoryView* directory = m_window->directory();
    const auto [member, world] = showIsolatedMember();
    if (QTest::currentTestFailed()) {
        return;
    }
    map->setViewport(MapViewport(world, MapViewport::kMaxZoom, map->size()));
    const QPoint centre(map->width() / 2, map->height() / 2);
    QSignalSpy hovered(map, &MapView::hoveredOrganisationChanged);
    QTest::mouseMove(map, centre);
    QTRY_VERIFY(!hovered.isEmpty() && hovered.last().at(0).toString() == member);
    QVERIFY(!hovered.last().at(1).toString().isEmpty()); // its name

    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, centre);
    QTRY_COMPARE(directory->profile()->organisationId(), member);
    // The list makes way for it and selects it, as for a link to an organisation outside the
    // search, and the map marks it once its office is among the points shown.
    QTRY_COMPARE(map->selectedOrganisation(), member);
    QTRY_VERIFY(directory->model()->rowOf(member) >= 0);
    QTRY_VERIFY(!directory->results()->selectionModel()->selectedRows().isEmpty());
    QCOMPARE(directory->model()->idAt(directory->results()->selectionModel()->selectedRows().first().row()),
             member);
}

void TestNetworks::membersOutsideTheSearchAreReachedWithTheKeyboard()
{
    // What a click reaches, N reaches: a member's office drawn outside the search is one of the
    // keyboard's stops (named as the pointer names it), and Enter there opens the member's profile.
    MapView* map = m_window->directory()->map();
    DirectoryView* directory = m_window->directory();
    const auto [member, world] = showIsolatedMember();
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(map->points()->firstPointOf(member) < 0); // not among the offices of the search
    map->setViewport(MapViewport(world, MapViewport::kMaxZoom, map->size()));
    QVERIFY(QRectF(map->freeArea()).contains(map->viewport().toScreen(world)));
    map->setFocus(Qt::TabFocusReason);
    QSignalSpy hovered(map, &MapView::hoveredOrganisationChanged);
    QStringList stops;
    for (int i = 0; i < 8 && !stops.contains(member); ++i) {
        QTest::keyClick(map, Qt::Key_N);
        if (!hovered.isEmpty()) {
            stops.append(hovered.last().at(0).toString());
        }
    }
    QVERIFY2(stops.contains(member),
             qPrintable(QStringLiteral("N stopped at: ") + stops.join(QLatin1Char(','))));
    QVERIFY(!hovered.last().at(1).toString().isEmpty()); // its name, as under the pointer

    QTest::keyClick(map, Qt::Key_Return);
    QTRY_COMPARE(directory->profile()->organisationId(), member);
    QTRY_COMPARE(map->selectedOrganisation(), member);
}

void TestNetworks::partnershipGraphOfOneOrganisation()
{
    // An organisation recorded as the second side of a partnership (org_b) that belongs to a
    // network: its partner was written on the other side, and must be listed all the same.
    Catalogue& catalogue = *m_fixture.catalogue;
    QString network, organisation;
    catalogue.memberships().forEach([&](const QJsonObject& m) {
        const QString member = m.value(QLatin1String("member_id")).toString();
        if (organisation.isEmpty() && !catalogue.partnerships().where("org_b", member).isEmpty()) {
            organisation = member;
            network = m.value(QLatin1String("network_id")).toString();
        }
    });
    QVERIFY2(!organisation.isEmpty(), "the sample holds no member that is the second side of a partnership");
    QHash<QString, QString> expected; // partner -> kind
    for (const char* side : {"org_a", "org_b"}) {
        for (const QJsonObject& link : catalogue.partnerships().where(side, organisation)) {
            const QString a = link.value(QLatin1String("org_a")).toString();
            const QString b = link.value(QLatin1String("org_b")).toString();
            expected.insert(a == organisation ? b : a, link.value(QLatin1String("kind")).toString());
        }
    }

    m_window->tabs()->setCurrentIndex(MainWindow::NetworksTab);
    NetworksView* view = m_window->networks();
    view->networks()->setCurrentRow(rowOf(view->networks(), network));
    const int row = rowOf(view->members(), organisation);
    QVERIFY(row >= 0);
    view->members()->setCurrentRow(row);
    QListWidget* partners = view->partners();
    const QStringList shown = idsIn(partners);
    QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()),
             QSet<QString>(expected.keyBegin(), expected.keyEnd()));
    QCOMPARE(shown.size(), expected.size());
    CatalogueDocument& document = m_window->document();
    for (int i = 0; i < partners->count(); ++i) {
        const QString id = partners->item(i)->data(kIdRole).toString();
        const QString text = partners->item(i)->text();
        QVERIFY2(text.contains(document.organisationName(id)), qPrintable(text));
        const QString kind = expected.value(id);
        if (!kind.isEmpty()) {
            // The kind of link in Arabic, never the English word.
            const QString label = NetworksView::partnershipKind(kind);
            QVERIFY2(text.contains(label), qPrintable(text));
            QVERIFY2(label.contains(QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}]"))),
                     qPrintable(label));
        }
    }

    // A partner opens in the directory, selected, with its profile.
    QListWidgetItem* partner = partners->item(0);
    const QString partnerId = partner->data(kIdRole).toString();
    emit partners->itemActivated(partner);
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::OrganisationsTab));
    QTRY_COMPARE(m_window->directory()->map()->selectedOrganisation(), partnerId);

    // A member without partnerships says so, and offers nothing to open.
    QString loner;
    for (const QString& id : membersOf(catalogue, network)) {
        if (catalogue.partnerships().where("org_a", id).isEmpty() &&
            catalogue.partnerships().where("org_b", id).isEmpty()) {
            loner = id;
        }
    }
    if (!loner.isEmpty()) {
        m_window->tabs()->setCurrentIndex(MainWindow::NetworksTab);
        view->members()->setCurrentRow(rowOf(view->members(), loner));
        QCOMPARE(partners->count(), 1);
        QCOMPARE(partners->item(0)->flags(), Qt::NoItemFlags);
        QVERIFY(partners->item(0)->data(kIdRole).toString().isEmpty());
    }
}

DALIL_GUI_TEST_MAIN(TestNetworks)
#include "tst_networks.moc"
