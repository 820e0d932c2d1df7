#pragma once

#include <QList>
#include <QObject>
#include <QRect>

class QToolButton;
class QWidget;

namespace dalil {

// The buttons over the map: zoom in and out, and the area filters (visible area, rectangle,
// radius, clear). They are children of the map widget and sit in its leading top corner; the map
// under them never mirrors. The map connects to the signals and reflects its state back with the
// setters (which do not emit).
class MapControls : public QObject
{
    Q_OBJECT
public:
    explicit MapControls(QWidget* map);

    void retranslate();
    // Lays the buttons out in the map's current size and layout direction.
    void place();
    // The part of the map no button covers: an area fitted into view goes there.
    QRect freeArea() const;
    QList<QToolButton*> buttons() const;

    void setLimitToVisibleChecked(bool on);
    void setDrawChecked(bool rectangle, bool radius);
    void setClearEnabled(bool enabled);

signals:
    void zoomInClicked();
    void zoomOutClicked();
    void limitToVisibleToggled(bool on);
    void rectangleToggled(bool on);
    void radiusToggled(bool on);
    void clearClicked();

private:
    static constexpr int kMargin = 10;
    static constexpr int kGap = 4;
    static constexpr int kZoomSide = 30;
    static constexpr int kMinButtonHeight = 26;

    QWidget* m_map;
    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_zoomOut = nullptr;
    QToolButton* m_visibleArea = nullptr;
    QToolButton* m_rectangle = nullptr;
    QToolButton* m_radius = nullptr;
    QToolButton* m_clearArea = nullptr;
};

} // namespace dalil
