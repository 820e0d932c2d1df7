#include "common/FilterBar.h"

#include <QGridLayout>
#include <QLabel>

namespace dalil {

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
}

QLabel* FilterBar::addFilter(QWidget* editor, int stretch)
{
    auto* caption = new QLabel(this);
    caption->setBuddy(editor);
    m_grid->addWidget(caption, 0, m_columns);
    m_grid->addWidget(editor, 1, m_columns);
    m_grid->setColumnStretch(m_columns, stretch);
    ++m_columns;
    return caption;
}

void FilterBar::addWidget(QWidget* widget, int stretch)
{
    m_grid->addWidget(widget, 1, m_columns);
    m_grid->setColumnStretch(m_columns, stretch);
    ++m_columns;
}

void FilterBar::addPair(QWidget* top, QWidget* bottom)
{
    m_grid->addWidget(top, 0, m_columns);
    m_grid->addWidget(bottom, 1, m_columns);
    ++m_columns;
}

} // namespace dalil
