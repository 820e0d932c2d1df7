#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QChartView;
class QWidget;

namespace dalil {

// What the Dashboard asks of Qt Charts, implemented by the plugin dalil_charts (ui/dashboard/charts)
// so that Qt Charts and OpenGL are loaded when the Dashboard is first shown, not at start-up. The
// data and every text come from DashboardView, already in the UI language; the plugin only draws.
class DashboardCharts
{
public:
    virtual ~DashboardCharts() = default;

    // A bar chart in the UI language: the counts of `labels` (in the order given), titled `title`.
    struct Bars
    {
        QString title;
        QString setName;
        QStringList labels; // plain text; the plugin escapes them and breaks a long one in two
        QList<qint64> counts;
        bool horizontal = false;  // bars along the reading direction, names beside them
        bool rightToLeft = false; // the bars grow from the right, the names on the right
    };

    // An empty chart view for `parent`, with this object name; `chartView` is set to the same object
    // as a QChartView (for code that links Qt Charts itself: the tests).
    virtual QWidget* createView(QWidget* parent, const QString& objectName, QChartView** chartView) = 0;
    // Shows `bars` in `view` (made by createView), replacing its chart; a horizontal chart's
    // minimum size fits every name.
    virtual void show(QWidget* view, const Bars& bars) = 0;
};

} // namespace dalil

#define DALIL_DASHBOARD_CHARTS_IID "org.dalil.Dalil.DashboardCharts/1.0"
Q_DECLARE_INTERFACE(dalil::DashboardCharts, DALIL_DASHBOARD_CHARTS_IID)
