#include "map/MapControls.h"

#include "map/MapButton.h"

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
        auto* button = new MapButton(map);
        button->setObjectName(name);
        button->setCheckable(checkable);
        button->setAutoRaise(false);
        // Tab reaches every button (after the map itself); a click leaves the keyboard focus where
        // it was, so the arrows keep moving the map after a zoom button is clicked.
        button->setFocusPolicy(Qt::TabFocus);
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
    // Screen readers say the name, not the "+" or "−" on the button; the longer explanation is
    // its description.
    for (QToolButton* b : {m_zoomIn, m_zoomOut}) {
        b->setAccessibleName(b->toolTip());
    }
    for (QToolButton* b : {m_visibleArea, m_rectangle, m_radius, m_clearArea}) {
        b->setAccessibleName(b->text());
        b->setAccessibleDescription(b->toolTip());
    }
    for (QToolButton* b : {m_zoomIn, m_zoomOut, m_visibleArea, m_rectangle, m_radius, m_clearArea}) {
        b->adjustSize();
    }
    place();
}

void MapControls::place()
{
    // Zoom in and out stand in the leading top corner (left in English and French, right in
    // Arabic); the area buttons run in a row along the top edge beside them, wrapping to another
    // row when the map is narrow. The map under them does not move: geography is never mirrored.
    // A column of area buttons under the zoom ones (as before) covered the east of the region in
    // Arabic: the Gulf and Iran sit at the right of a map of the Middle East and North Africa.
    const bool rtl = m_map->layoutDirection() == Qt::RightToLeft;
    const int width = m_map->width();
    // x of a box `w` wide that starts `lead` pixels from the leading edge.
    auto leading = [&](int lead, int w) { return rtl ? width - lead - w : lead; };
    m_zoomIn->setGeometry(leading(kMargin, kZoomSide), kMargin, kZoomSide, kZoomSide);
    m_zoomOut->setGeometry(leading(kMargin, kZoomSide), kMargin + kZoomSide + kGap, kZoomSide, kZoomSide);

    const int rowStart = kMargin + kZoomSide + kGap;
    int lead = rowStart;
    int y = kMargin;
    for (QToolButton* b : {m_visibleArea, m_rectangle, m_radius, m_clearArea}) {
        const QSize hint = b->sizeHint();
        const int h = std::max(hint.height(), kMinButtonHeight);
        if (lead > rowStart && lead + hint.width() > width - kMargin) {
            lead = rowStart;
            y += h + kGap;
        }
        b->setGeometry(leading(lead, hint.width()), y, hint.width(), h);
        lead += hint.width() + kGap;
    }
}

QRect MapControls::freeArea() const
{
    // Everything below the rows of area buttons and beyond the column of zoom buttons.
    QRect free = m_map->rect();
    int bottom = 0;
    for (const QToolButton* b : {m_visibleArea, m_rectangle, m_radius, m_clearArea}) {
        bottom = std::max(bottom, b->geometry().bottom());
    }
    free.setTop(bottom + 1 + kGap);
    if (m_map->layoutDirection() == Qt::RightToLeft) {
        free.setRight(m_zoomIn->geometry().left() - 1 - kGap);
    } else {
        free.setLeft(m_zoomIn->geometry().right() + 1 + kGap);
    }
    return free;
}

QList<QToolButton*> MapControls::buttons() const
{
    return {m_zoomIn, m_zoomOut, m_visibleArea, m_rectangle, m_radius, m_clearArea};
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
