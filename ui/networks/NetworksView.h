#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace dalil {

class CatalogueDocument;

// Networks and alliances with their members, and the partnerships of one member: who works with
// whom. Double-click goes to the organisation's profile.
class NetworksView : public QWidget
{
    Q_OBJECT
public:
    explicit NetworksView(CatalogueDocument& document, QWidget* parent = nullptr);

    QListWidget* networks() const { return m_networks; }
    QListWidget* members() const { return m_members; }
    QListWidget* partners() const { return m_partners; }
    QPushButton* showOnMapButton() const { return m_showOnMap; }
    // The members of the network shown.
    QStringList memberIds() const;
    // A partnership kind ("mou", "joint-advocacy") in the UI language.
    static QString partnershipKind(const QString& kind);

public slots:
    void reload();
    // "Show on map" (Ctrl+M): the chosen network's members, highlighted on the main map.
    void showOnMap();

signals:
    void organisationRequested(const QString& id);
    // The members of the chosen network, for the map to highlight.
    void networkChosen(const QString& networkId, const QStringList& memberIds);
    // "Show on map": the main map should highlight these members and fit its view to them.
    void showOnMapRequested(const QString& networkId, const QStringList& memberIds);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showMembers();
    void showPartners();

    CatalogueDocument& m_document;
    QLabel* m_networksTitle = nullptr;
    QLabel* m_membersTitle = nullptr;
    QLabel* m_partnersTitle = nullptr;
    QListWidget* m_networks = nullptr;
    QListWidget* m_members = nullptr;
    QListWidget* m_partners = nullptr;
    QPushButton* m_showOnMap = nullptr;
};

} // namespace dalil
