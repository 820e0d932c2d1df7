#include "networks/NetworksView.h"

#include "catalogue/Catalogue.h"
#include "catalogue/CatalogueBrowser.h"
#include "main/CatalogueDocument.h"
#include "main/Display.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dalil {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QWidget* column(QWidget* parent, QLabel** title, QListWidget** list, const QString& objectName)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    *title = new QLabel(box);
    QFont bold = (*title)->font();
    bold.setBold(true);
    (*title)->setFont(bold);
    *list = new QListWidget(box);
    (*list)->setObjectName(objectName);
    (*title)->setBuddy(*list);
    layout->addWidget(*title);
    layout->addWidget(*list, 1);
    return box;
}

} // namespace

QString NetworksView::partnershipKind(const QString& kind)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("partner"), QT_TRANSLATE_NOOP("dalil::NetworksView", "partner")},
        {QStringLiteral("joint-advocacy"), QT_TRANSLATE_NOOP("dalil::NetworksView", "joint advocacy")},
        {QStringLiteral("mou"), QT_TRANSLATE_NOOP("dalil::NetworksView", "memorandum of understanding")},
        {QStringLiteral("founder"), QT_TRANSLATE_NOOP("dalil::NetworksView", "founder")},
        {QStringLiteral("host"), QT_TRANSLATE_NOOP("dalil::NetworksView", "host")},
        {QStringLiteral("affiliate"), QT_TRANSLATE_NOOP("dalil::NetworksView", "affiliate")},
        {QStringLiteral("co-organiser"), QT_TRANSLATE_NOOP("dalil::NetworksView", "co-organiser")},
        {QStringLiteral("joint-session"), QT_TRANSLATE_NOOP("dalil::NetworksView", "joint session")},
        {QStringLiteral("funding"), QT_TRANSLATE_NOOP("dalil::NetworksView", "funding")},
    };
    const char* text = labels.value(kind);
    return text ? QCoreApplication::translate("dalil::NetworksView", text) : kind;
}

NetworksView::NetworksView(CatalogueDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("networks"));
    auto* layout = new QHBoxLayout(this);
    QWidget* networksColumn = column(this, &m_networksTitle, &m_networks, QStringLiteral("networkList"));
    m_showOnMap = new QPushButton(networksColumn);
    m_showOnMap->setObjectName(QStringLiteral("showNetworkOnMap"));
    networksColumn->layout()->addWidget(m_showOnMap);
    // Ctrl+M anywhere on this screen, as the button's tooltip says.
    auto* showAction = new QAction(this);
    showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    showAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(showAction);
    connect(showAction, &QAction::triggered, this, &NetworksView::showOnMap);
    connect(m_showOnMap, &QPushButton::clicked, this, &NetworksView::showOnMap);
    layout->addWidget(networksColumn, 2);
    layout->addWidget(column(this, &m_membersTitle, &m_members, QStringLiteral("memberList")), 3);
    layout->addWidget(column(this, &m_partnersTitle, &m_partners, QStringLiteral("partnerList")), 3);
    connect(m_networks, &QListWidget::currentRowChanged, this, &NetworksView::showMembers);
    connect(m_members, &QListWidget::currentRowChanged, this, &NetworksView::showPartners);
    for (QListWidget* list : {m_networks, m_members, m_partners}) {
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            emit organisationRequested(item->data(kIdRole).toString());
        });
    }
    connect(&m_document, &CatalogueDocument::recordChanged, this, [this](const QString& table) {
        if (table.isEmpty() || table == QLatin1String("organisation") ||
            table == QLatin1String("membership") || table == QLatin1String("partnership")) {
            reload();
        }
    });
    retranslate();
}

void NetworksView::retranslate()
{
    m_networksTitle->setText(tr("Networks &and alliances"));
    m_membersTitle->setText(tr("Mem&bers"));
    m_partnersTitle->setText(tr("&Partners of the chosen member"));
    m_networks->setAccessibleName(m_networksTitle->text().remove(QLatin1Char('&')));
    m_members->setAccessibleName(m_membersTitle->text().remove(QLatin1Char('&')));
    m_partners->setAccessibleName(m_partnersTitle->text().remove(QLatin1Char('&')));
    m_showOnMap->setText(tr("Show on &map"));
    m_showOnMap->setToolTip(tr("Highlight the members of the chosen network on the map (%1)")
                                .arg(QKeySequence(Qt::CTRL | Qt::Key_M).toString(QKeySequence::NativeText)));
    m_showOnMap->setAccessibleName(tr("Show the members on the map"));
    reload();
}

void NetworksView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void NetworksView::reload()
{
    const QString keep =
        m_networks->currentItem() ? m_networks->currentItem()->data(kIdRole).toString() : QString();
    m_networks->blockSignals(true);
    m_networks->clear();
    for (const auto& [id, count] : CatalogueBrowser(m_document.catalogue()).networks()) {
        auto* item = new QListWidgetItem(
            tr("%1 (%Ln member(s))", "", int(count)).arg(Display::isolate(m_document.organisationName(id))));
        item->setData(kIdRole, id);
        m_networks->addItem(item);
        if (id == keep) {
            m_networks->setCurrentItem(item);
        }
    }
    m_networks->blockSignals(false);
    if (!m_networks->currentItem() && m_networks->count() > 0) {
        m_networks->setCurrentRow(0);
    } else {
        showMembers();
    }
}

void NetworksView::showMembers()
{
    m_members->blockSignals(true);
    m_members->clear();
    QStringList ids;
    QString networkId;
    if (QListWidgetItem* network = m_networks->currentItem()) {
        networkId = network->data(kIdRole).toString();
        for (const QJsonObject& membership :
             m_document.catalogue().memberships().where("network_id", networkId)) {
            const QString member = membership.value(QLatin1String("member_id")).toString();
            auto* item = new QListWidgetItem(Display::isolate(m_document.organisationName(member)));
            item->setData(kIdRole, member);
            m_members->addItem(item);
            ids.append(member);
        }
    }
    m_members->blockSignals(false);
    m_showOnMap->setEnabled(!ids.isEmpty());
    if (m_members->count() > 0) {
        m_members->setCurrentRow(0);
    } else {
        showPartners();
    }
    if (!networkId.isEmpty()) {
        emit networkChosen(networkId, ids);
    }
}

void NetworksView::showOnMap()
{
    QListWidgetItem* network = m_networks->currentItem();
    if (!network) {
        return;
    }
    emit showOnMapRequested(network->data(kIdRole).toString(), memberIds());
}

QStringList NetworksView::memberIds() const
{
    QStringList ids;
    for (int i = 0; i < m_members->count(); ++i) {
        ids.append(m_members->item(i)->data(kIdRole).toString());
    }
    return ids;
}

void NetworksView::showPartners()
{
    m_partners->clear();
    QListWidgetItem* member = m_members->currentItem();
    if (!member) {
        return;
    }
    const QString id = member->data(kIdRole).toString();
    Catalogue& catalogue = m_document.catalogue();
    QList<QJsonObject> links = catalogue.partnerships().where("org_a", id);
    links.append(catalogue.partnerships().where("org_b", id));
    for (const QJsonObject& link : std::as_const(links)) {
        const QString a = link.value(QLatin1String("org_a")).toString();
        const QString other = a == id ? link.value(QLatin1String("org_b")).toString() : a;
        const QString kind = link.value(QLatin1String("kind")).toString();
        const QString name = Display::isolate(m_document.organisationName(other));
        auto* item =
            new QListWidgetItem(kind.isEmpty() ? name : tr("%1 — %2").arg(name, partnershipKind(kind)));
        item->setData(kIdRole, other);
        m_partners->addItem(item);
    }
    if (m_partners->count() == 0) {
        auto* none = new QListWidgetItem(tr("No partnerships recorded"));
        none->setFlags(Qt::NoItemFlags);
        m_partners->addItem(none);
    }
}

} // namespace dalil
