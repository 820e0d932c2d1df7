#include "main/ApplicationStyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPointer>

namespace dalil {

namespace {

// A standard icon of `style`, read the first time it is drawn or measured.
class DeferredIconEngine : public QIconEngine
{
public:
    DeferredIconEngine(QStyle* style, QStyle::StandardPixmap which)
        : m_style(style)
        , m_which(which)
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QIconEngine* clone() const override { return new DeferredIconEngine(m_style, m_which); }

private:
    const QIcon& icon()
    {
        if (m_icon.isNull() && m_style) {
            m_icon = m_style->standardIcon(m_which);
        }
        return m_icon;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_which;
    QIcon m_icon;
};

} // namespace

ApplicationStyle::ApplicationStyle()
    : QProxyStyle(QApplication::style()->name()) // the style Qt chose (or -style named)
{
    qApp->installEventFilter(this);
}

int ApplicationStyle::styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                                QStyleHintReturn* returnData) const
{
    if (hint == SH_UnderlineShortcut) {
        return m_lettersShown ? 1 : 0;
    }
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

bool ApplicationStyle::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress: {
        const auto* key = static_cast<const QKeyEvent*>(event);
        if (key->key() == Qt::Key_Alt) {
            showShortcutLetters(true);
        } else if (!(key->modifiers() & Qt::AltModifier) && !qobject_cast<QMenu*>(watched) &&
                   key->key() != Qt::Key_Shift && key->key() != Qt::Key_Control &&
                   key->key() != Qt::Key_Meta) {
            showShortcutLetters(false); // a plain key, outside a menu opened with a letter
        }
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::ApplicationDeactivate:
        showShortcutLetters(false);
        break;
    default:
        break;
    }
    return QProxyStyle::eventFilter(watched, event);
}

void ApplicationStyle::showShortcutLetters(bool shown)
{
    if (m_lettersShown == shown) {
        return;
    }
    m_lettersShown = shown;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window->isVisible()) {
            window->update();
            const QList<QWidget*> children = window->findChildren<QWidget*>();
            for (QWidget* child : children) {
                child->update();
            }
        }
    }
}

QIcon ApplicationStyle::standardIcon(StandardPixmap icon, const QStyleOption* option,
                                     const QWidget* widget) const
{
    if (icon == SP_ToolBarHorizontalExtensionButton || icon == SP_ToolBarVerticalExtensionButton) {
        return QIcon(new DeferredIconEngine(baseStyle(), icon));
    }
    return QProxyStyle::standardIcon(icon, option, widget);
}

} // namespace dalil
