// The Networks screen as a coordinator uses it, in Arabic: choosing a network highlights its
// members on the map (the renderer's set and the colour of the markers on screen, the first network
// too, which is chosen when the screen opens); the partnership graph of one organisation lists
// every partner whichever side of the partnership it was recorded on, with the kind of link in
// Arabic, and a partner opens in the directory.
#include "GuiFixture.h"

#include "catalogue/Catalogue.h"
#include "directory/DirectoryView.h"
#include "geo/MapRenderer.h"
#include "geo/Mercator.h"
#include "main/CatalogueDocument.h"
#include "map/MapView.h"
#include "networks/NetworksView.h"

#include <QListWidget>
#include <QRegularExpression>
#include <QSet>

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
    void partnershipGraphOfOneOrganisation();

private:
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

    // The network chosen when the screen opens is highlighted already.
    const QString firstNetwork = networks->currentItem()->data(kIdRole).toString();
    const QSet<QString> firstMembers = membersOf(*m_fixture.catalogue, firstNetwork);
    QVERIFY(!firstMembers.isEmpty());
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
    QCOMPARE(map->renderer().highlighted(), firstMembers);
    m_window->tabs()->setCurrentIndex(MainWindow::OrganisationsTab);
    const QColor again = markerColour(map, member);
    QVERIFY(near(again.rgb(), firstMembers.contains(member) ? style.highlight : style.marker));
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

QTEST_MAIN(TestNetworks)
#include "tst_networks.moc"
