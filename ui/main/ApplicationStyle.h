#pragma once

#include <QProxyStyle>

namespace dalil {

// The platform's style, with one change for start-up: the menu bar's overflow button ("»", shown
// only when the menus do not fit) gets its icon when it is first drawn, not when the menu bar is
// made. Qt reads that icon through QImageReader, which loads every image-format plugin (SVG with
// Qt Svg, JPEG, GIF, ICO) to ask each whether it reads PNG: work the first paint does not need.
class ApplicationStyle : public QProxyStyle
{
    Q_OBJECT
public:
    ApplicationStyle();
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
};

} // namespace dalil
