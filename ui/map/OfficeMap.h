#pragma once

#include "geo/MapViewport.h"

#include <QFutureWatcher>
#include <QList>
#include <QString>
#include <QWidget>

#include <memory>

namespace dalil {

class Basemap;
class MapRenderer;

// The small map of one organisation's offices in its profile (issue 6): fitted to them (one
// office at the zoom of a town), with the countries of the main map (the same basemap, read once)
// and no dragging or zooming. A click on an office, or Enter on the one chosen with the arrow
// keys, asks for the main map to show it (officeActivated()). Cheap to keep: one per profile,
// given each organisation's offices in turn; nothing is drawn until it is on screen.
class OfficeMap : public QWidget
{
    Q_OBJECT
public:
    struct Office
    {
        QString name;
        double lon = 0;
        double lat = 0;
    };

    explicit OfficeMap(QWidget* parent = nullptr);
    ~OfficeMap() override;

    // The offices to show (those with a position); the view fits them.
    void setOffices(const QString& organisationId, const QList<Office>& offices);
    const QList<Office>& offices() const { return m_offices; }
    MapViewport viewport() const { return m_view; }
    // Where an office is drawn, in this widget's pixels.
    QPointF pixelOf(int office) const;
    // The office the arrow keys chose (Enter shows it on the main map), or -1.
    int currentOffice() const { return m_current; }
    // The renderer exists once the map has been painted (it is made at the first paint).
    bool hasRenderer() const { return m_renderer != nullptr; }

    QSize sizeHint() const override { return {320, 180}; }

signals:
    // An office was clicked, or chosen with Enter: the main map should show it.
    void officeActivated(double lon, double lat);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void ensureRenderer();
    void refit();
    void retranslate();
    // The office drawn under a pixel (within a marker's reach), or -1.
    int officeAt(const QPointF& pixel) const;
    void activate(int office);

    std::unique_ptr<MapRenderer> m_renderer;
    bool m_hasBasemap = false;
    QString m_organisationId;
    QList<Office> m_offices;
    bool m_pointsDirty = false;
    MapViewport m_view;
    int m_current = -1;
};

} // namespace dalil
