#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace dalil {

class MapView;
class TileProvider;

// The map's tile settings in the main window: a "Map tiles…" entry in the given menu opens
// MapTilesDialog, and the provider the saved settings ask for is made here, kept, and handed to
// the map (at start too). A saved choice that cannot be used (a damaged MBTiles file) is not
// used: the map keeps its offline basemap and lastError() says why.
class MapTilesController : public QObject
{
    Q_OBJECT

public:
    MapTilesController(MapView* map, QMenu* menu, QWidget* window);
    ~MapTilesController() override;

    QAction* action() const { return m_action; }
    TileProvider* provider() const { return m_provider.get(); }
    const QString& lastError() const { return m_lastError; }

public slots:
    void editSettings();
    // Makes the provider from the saved settings and gives it to the map.
    void apply();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();

    QPointer<MapView> m_map;
    QWidget* m_window;
    QAction* m_action;
    std::unique_ptr<TileProvider> m_provider;
    QString m_lastError;
};

} // namespace dalil
