#pragma once

#include <QStyledItemDelegate>

namespace dalil {

// Draws each cell's text on up to lines() lines, wrapped between words, the last line cut short
// with … when the text needs more (one line: as QStyledItemDelegate, cut short with …). A list
// whose rows are two lines high shows a long organisation type whole in a narrow column
// ("Réseau / alliance /" over "communauté de pratique") instead of making the list scroll sideways.
class WrappedCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WrappedCellDelegate(QObject* parent = nullptr);

    int lines() const { return m_lines; }
    void setLines(int lines);

    // The width a text needs on at most `lines` lines (one or two), wrapped between words, in
    // this font; the padding a cell adds around its text is not counted.
    static int textWidth(const QString& text, const QFont& font, int lines);
    // What a cell adds around its text (the style's margins) in this view.
    static int padding(const QWidget* view);

    // Public so that tests see the text exactly as it is drawn (its lines and cuts).
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_lines = 1;
};

} // namespace dalil
