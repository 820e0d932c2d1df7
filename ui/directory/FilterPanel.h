#pragma once

#include "directory/DirectoryQuery.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QGroupBox;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace dalil {

// Ticks for country, sector, organisation type and network, each with how many results it gives.
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    using Labeller = std::function<QString(const QString& facet, const QString& code)>;

    explicit FilterPanel(QWidget* parent = nullptr);

    void setLabeller(Labeller labeller) { m_labeller = std::move(labeller); }
    // Shows the counts; ticked values stay ticked (and listed, with 0, if nothing has them now).
    void setFacets(const FacetCounts& facets);
    QMap<QString, QStringList> filters() const;
    QListWidget* list(const QString& facet) const { return m_lists.value(facet); }
    static QStringList facetNames();

public slots:
    void clear();

signals:
    void filtersChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onItemChanged(QListWidgetItem* item);

    Labeller m_labeller;
    FacetCounts m_facets;
    QHash<QString, QGroupBox*> m_boxes;
    QHash<QString, QListWidget*> m_lists;
    QPushButton* m_clear = nullptr;
    bool m_updating = false;
};

} // namespace dalil
