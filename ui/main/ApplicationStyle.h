#pragma once

#include <QProxyStyle>

namespace dalil {

// The platform's style, with two changes.
// - Start-up: the menu bar's overflow button ("»", shown only when the menus do not fit) gets its
//   icon when it is first drawn, not when the menu bar is made. Qt reads that icon through
//   QImageReader, which loads every image-format plugin (SVG with Qt Svg, JPEG, GIF, ICO) to ask
//   each whether it reads PNG: work the first paint does not need.
// - Shortcut letters are underlined only from the moment Alt is pressed until the next click or
//   plain key, as Windows and GNOME do. Qt shapes an underlined letter apart from its word, so an
//   underline inside an Arabic word breaks the joining of its letters ("الفعاليات" drawn as
//   "الـ ـفـ ـعاليات"); drawn whole, every label reads as written, and Alt shows where the letters are.
class ApplicationStyle : public QProxyStyle
{
    Q_OBJECT
public:
    ApplicationStyle();
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption* option = nullptr, const QWidget* widget = nullptr,
                  QStyleHintReturn* returnData = nullptr) const override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showShortcutLetters(bool shown);
    bool m_lettersShown = false;
};

} // namespace dalil
