#include "profile/LinkLabel.h"

#include <QDesktopServices>
#include <QKeyEvent>
#include <QUrl>

namespace dalil {

LinkLabel::LinkLabel(const QString& html, const QString& link, QWidget* parent)
    : QLabel(html, parent)
    , m_link(link)
{
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                            Qt::LinksAccessibleByKeyboard);
    setFocusPolicy(Qt::StrongFocus);
}

bool LinkLabel::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next);
}

void LinkLabel::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (openExternalLinks()) {
            QDesktopServices::openUrl(QUrl(m_link));
        } else {
            emit linkActivated(m_link);
        }
        event->accept();
        return;
    default:
        QLabel::keyPressEvent(event);
    }
}

} // namespace dalil
