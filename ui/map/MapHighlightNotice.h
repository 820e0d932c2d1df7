#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace dalil {

// Says over the map what stands out on it (e.g. "Members of ‹network› are highlighted"), with a
// button that clears the highlight and gives the normal map back.
class MapHighlightNotice : public QFrame
{
    Q_OBJECT
public:
    explicit MapHighlightNotice(QWidget* map);

    // The text shown (already in the interface language); an empty text hides the notice.
    void setText(const QString& text);
    QLabel* label() const { return m_label; }
    QPushButton* clearButton() const { return m_clear; }
    // Centred along the bottom of `area` (the top is the read error's), at most its width.
    void placeIn(const QRect& area);

signals:
    void clearClicked();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_label = nullptr;
    QPushButton* m_clear = nullptr;
};

} // namespace dalil
