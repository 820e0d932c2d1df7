#pragma once

// What the keyboard tests count as one control on screen.

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitterHandle>
#include <QTabBar>
#include <QWidget>

namespace dalil::test {

// Parts of a control rather than controls: a line edit's clear button, a spin box's text field,
// a table's headers and corner button, a tab bar's scroll arrows, scroll bars, splitter handles.
inline bool isPartOfAControl(QWidget* w)
{
    if (w->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<QScrollBar*>(w) ||
        qobject_cast<QSplitterHandle*>(w) || qobject_cast<QHeaderView*>(w)) {
        return true;
    }
    for (QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<QLineEdit*>(p) || qobject_cast<QComboBox*>(p) ||
            qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QTabBar*>(p) ||
            qobject_cast<QAbstractItemView*>(p)) {
            return true;
        }
    }
    return false;
}

} // namespace dalil::test
