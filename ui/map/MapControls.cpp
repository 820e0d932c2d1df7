#include "map/MapControls.h"

#include <QCoreApplication>
#include <QToolButton>
#include <QWidget>

#include <algorithm>

namespace dalil {

MapControls::MapControls(QWidget* map)
    : QObject(map)
    , m_map(map)
{
    auto makeButton = [map](const QString& name, bool checkable) {
        auto* button = new QToolButton(map);
        button->setObjectName(name);
        button->setCheckable(checkable);
        button->setAutoRaise(false);
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    m_zoomIn = makeButton(QStringLiteral("mapZoomIn"), false);
    m_zoomOut = makeButton(QStringLiteral("mapZoomOut"), false);
    m_visibleArea = makeButton(QStringLiteral("mapLimitToVisible"), true);
    m_rectangle = makeButton(QStringLiteral("mapDrawRectangle"), true);
    m_radius = makeButton(QStringLiteral("mapDrawRadius"), true);
    m_clearArea = makeButton(QStringLiteral("mapClearArea"), false);
    connect(m_zoomIn, &QToolButton::clicked, this, &MapControls::zoomInClicked);
    connect(m_zoomOut, &QToolButton::clicked, this, &MapControls::zoomOutClicked);
    connect(m_visibleArea, &QToolButton::toggled, this, &MapControls::limitToVisibleToggled);
    connect(m_rectangle, &QToolButton::toggled, this, &MapControls::rectangleToggled);
    connect(m_radius, &QToolButton::toggled, this, &MapControls::radiusToggled);
    connect(m_clearArea, &QToolButton::clicked, this, &MapControls::clearClicked);
}

void MapControls::retranslate()
{
    // The buttons were first written (and translated) in MapView: they keep its context.
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomIn->setToolTip(QCoreApplication::translate("dalil::MapView", "Zoom in"));
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomOut->setToolTip(QCoreApplication::translate("dalil::MapView", "Zoom out"));
    m_visibleArea->setText(QCoreApplication::translate("dalil::MapView", "Visible area"));
    m_visibleArea->setToolTip(
        QCoreApplication::translate("dalil::MapView", "Limit the results to the area the map shows"));
    m_rectangle->setText(QCoreApplication::translate("dalil::MapView", "Rectangle"));
    m_rectangle->setToolTip(QCoreApplication::translate(
        "dalil::MapView", "Draw a rectangle on the map to limit the results to it"));
    m_radius->setText(QCoreApplication::translate("dalil::MapView", "Radius"));
    m_radius->setToolTip(QCoreApplication::translate(
        "dalil::MapView", "Drag from a point to limit the results to a distance around it"));
    m_clearArea->setText(QCoreApplication::translate("dalil::MapView", "Clear area"));
    m_clearArea->setToolTip(QCoreApplication::translate("dalil::MapView", "Show results everywhere again"));
    for (QToolButton* b : {m_zoomIn, m_zoomOut, m_visibleArea, m_rectangle, m_radius, m_clearArea}) {
        b->adjustSize();
    }
    place();
}

void MapControls::place()
{
    // The buttons sit in the leading top corner: left in English and French, right in Arabic.
    // The map under them does not move: geography is never mirrored.
    const int margin = 10;
    int y = margin;
    int widest = 0;
    const QList<QToolButton*> column{m_zoomIn, m_zoomOut};
    const QList<QToolButton*> area{m_visibleArea, m_rectangle, m_radius, m_clearArea};
    for (QToolButton* b : column) {
        b->resize(30, 30);
    }
    for (QToolButton* b : area) {
        widest = std::max(widest, b->sizeHint().width());
    }
    const bool rtl = m_map->layoutDirection() == Qt::RightToLeft;
    auto place = [&](QToolButton* b, int w) {
        const int x = rtl ? m_map->width() - margin - w : margin;
        b->setGeometry(x, y, w, b->height() > 0 ? std::max(b->height(), 26) : 26);
        y += b->height() + 4;
    };
    for (QToolButton* b : column) {
        place(b, 30);
    }
    y += 8;
    for (QToolButton* b : area) {
        b->resize(widest, b->sizeHint().height());
        place(b, widest);
    }
}

void MapControls::setLimitToVisibleChecked(bool on)
{
    const QSignalBlocker block(m_visibleArea);
    m_visibleArea->setChecked(on);
}

void MapControls::setDrawChecked(bool rectangle, bool radius)
{
    const QSignalBlocker a(m_rectangle);
    const QSignalBlocker b(m_radius);
    m_rectangle->setChecked(rectangle);
    m_radius->setChecked(radius);
}

void MapControls::setClearEnabled(bool enabled)
{
    m_clearArea->setEnabled(enabled);
}

} // namespace dalil
