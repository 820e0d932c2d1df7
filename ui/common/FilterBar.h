#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace dalil {

// The row of filters above a list: each filter's caption above it, the editors on one line, in
// the reading order of the UI language (the grid mirrors in right-to-left layouts).
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    // An editor with a caption above it: the caption is returned (its buddy is the editor, so
    // its mnemonic focuses it); the view writes its text.
    QLabel* addFilter(QWidget* editor, int stretch = 0);
    // An editor that needs no caption (a search field, a choice that says what it is), or a note.
    void addWidget(QWidget* widget, int stretch = 0);
    // Two small controls stacked in one column (check boxes).
    void addPair(QWidget* top, QWidget* bottom);

private:
    QGridLayout* m_grid;
    int m_columns = 0;
};

} // namespace dalil
