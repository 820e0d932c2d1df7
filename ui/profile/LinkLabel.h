#pragma once

#include <QLabel>

namespace dalil {

// A text holding one link (a partner, a website) that Tab and Shift+Tab stop at and Enter or Space
// follows. QLabel's own walk from link to link never let Shift+Tab leave it, and a label reached
// with Tab did not follow its link on Enter: here each label has one link, `link`.
class LinkLabel : public QLabel
{
    Q_OBJECT
public:
    LinkLabel(const QString& html, const QString& link, QWidget* parent = nullptr);

    QString link() const { return m_link; }

protected:
    bool focusNextPrevChild(bool next) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString m_link;
};

} // namespace dalil
