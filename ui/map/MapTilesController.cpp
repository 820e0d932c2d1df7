#include "map/MapTilesController.h"

#include "geo/TileProvider.h"
#include "map/MapTilesDialog.h"
#include "map/MapView.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace dalil {

MapTilesController::MapTilesController(MapView* map, QMenu* menu, QWidget* window)
    : QObject(window)
    , m_map(map)
    , m_window(window)
    , m_action(menu->addAction(QString(), this, &MapTilesController::editSettings))
{
    m_action->setObjectName(QStringLiteral("mapTilesAction"));
    window->installEventFilter(this);
    retranslate();
    apply();
}

MapTilesController::~MapTilesController()
{
    if (m_map) {
        m_map->setTileProvider(nullptr);
    }
}

bool MapTilesController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void MapTilesController::retranslate()
{
    m_action->setText(tr("&Map tiles…"));
}

void MapTilesController::editSettings()
{
    MapTilesDialog dialog(m_window);
    dialog.setSettings(MapTilesDialog::Settings::load());
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    dialog.settings().save();
    apply();
}

void MapTilesController::apply()
{
    std::unique_ptr<TileProvider> provider =
        MapTilesDialog::createProvider(MapTilesDialog::Settings::load(), &m_lastError);
    // The map lets go of the old provider before it is destroyed.
    if (m_map) {
        m_map->setTileProvider(provider.get());
    }
    m_provider = std::move(provider);
    if (!m_lastError.isEmpty()) {
        if (auto* window = qobject_cast<QMainWindow*>(m_window)) {
            window->statusBar()->showMessage(tr("Map tiles are off: %1").arg(m_lastError), 30000);
        }
    }
}

} // namespace dalil
