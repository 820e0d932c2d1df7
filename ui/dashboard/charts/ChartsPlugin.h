#pragma once

#include "dashboard/DashboardCharts.h"

#include <QObject>

namespace dalil {

// The Dashboard's charts with Qt Charts: the one class of the plugin dalil_charts.
class ChartsPlugin : public QObject, public DashboardCharts
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID DALIL_DASHBOARD_CHARTS_IID)
    Q_INTERFACES(dalil::DashboardCharts)

public:
    QWidget* createView(QWidget* parent, const QString& objectName, QChartView** chartView) override;
    void show(QWidget* view, const Bars& bars) override;
};

} // namespace dalil
