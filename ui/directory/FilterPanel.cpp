#include "directory/FilterPanel.h"

#include "main/Display.h"

#include <QEvent>
#include <QGroupBox>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dalil {

namespace {

constexpr int kCodeRole = Qt::UserRole + 1;

} // namespace

QStringList FilterPanel::facetNames()
{
    return {QStringLiteral("country"), QStringLiteral("sector"), QStringLiteral("type"),
            QStringLiteral("network")};
}

FilterPanel::FilterPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const QString& facet : facetNames()) {
        auto* box = new QGroupBox(this);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(4, 4, 4, 4);
        auto* list = new QListWidget(box);
        list->setObjectName(QStringLiteral("facet_") + facet);
        // A value too long for the panel ("Santé mentale et soutien psychosocial (SMSPS) (12)")
        // goes on over a second line rather than losing its end: rows are as tall as their text,
        // and are wrapped again when the panel changes width.
        list->setWordWrap(true);
        list->setTextElideMode(Qt::ElideNone);
        list->setUniformItemSizes(false);
        list->setResizeMode(QListView::Adjust);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        boxLayout->addWidget(list);
        layout->addWidget(box, 1);
        m_boxes.insert(facet, box);
        m_lists.insert(facet, list);
        connect(list, &QListWidget::itemChanged, this, &FilterPanel::onItemChanged);
    }
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    connect(m_clear, &QPushButton::clicked, this, &FilterPanel::clear);
    layout->addWidget(m_clear);
    retranslate();
}

void FilterPanel::retranslate()
{
    m_boxes.value(QStringLiteral("country"))->setTitle(tr("Country"));
    m_boxes.value(QStringLiteral("sector"))->setTitle(tr("Sector"));
    m_boxes.value(QStringLiteral("type"))->setTitle(tr("Organisation type"));
    m_boxes.value(QStringLiteral("network"))->setTitle(tr("Network"));
    for (const QString& facet : facetNames()) {
        m_lists.value(facet)->setAccessibleName(m_boxes.value(facet)->title());
    }
    m_clear->setText(tr("&Clear filters"));
    setFacets(m_facets);
}

void FilterPanel::setFacets(const FacetCounts& facets)
{
    m_facets = facets;
    const QMap<QString, QStringList> ticked = filters();
    m_updating = true;
    for (const QString& facet : facetNames()) {
        QListWidget* list = m_lists.value(facet);
        QMap<QString, qint64> counts = facets.value(facet);
        for (const QString& code : ticked.value(facet)) {
            if (!counts.contains(code)) {
                counts.insert(code, 0);
            }
        }
        QList<QPair<QString, qint64>> ordered;
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            ordered.append({it.key(), it.value()});
        }
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        list->clear();
        for (const auto& [code, count] : ordered) {
            const QString label = m_labeller ? m_labeller(facet, code) : code;
            auto* item =
                new QListWidgetItem(tr("%1 (%2)").arg(Display::isolate(label), Display::number(count)));
            item->setData(kCodeRole, code);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState(ticked.value(facet).contains(code) ? Qt::Checked : Qt::Unchecked);
            list->addItem(item);
        }
    }
    m_updating = false;
}

QMap<QString, QStringList> FilterPanel::filters() const
{
    QMap<QString, QStringList> out;
    for (const QString& facet : facetNames()) {
        QListWidget* list = m_lists.value(facet);
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked) {
                out[facet].append(list->item(i)->data(kCodeRole).toString());
            }
        }
    }
    return out;
}

void FilterPanel::clear()
{
    m_updating = true;
    for (QListWidget* list : std::as_const(m_lists)) {
        for (int i = 0; i < list->count(); ++i) {
            list->item(i)->setCheckState(Qt::Unchecked);
        }
    }
    m_updating = false;
    emit filtersChanged();
}

void FilterPanel::onItemChanged(QListWidgetItem*)
{
    if (!m_updating) {
        emit filtersChanged();
    }
}

void FilterPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace dalil
