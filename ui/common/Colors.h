#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace dalil {

// The few colours Dalil adds to the palette (errors, warnings), chosen against the palette in use:
// a dark red on a light window is unreadable on a dark one, so a dark palette gets a light red.
class Colors
{
public:
    // True when text is lighter than its background (a dark palette).
    static bool isDark(const QPalette& palette)
    {
        return palette.color(QPalette::WindowText).lightness() > palette.color(QPalette::Window).lightness();
    }
    // For messages that something is wrong, readable on the palette's window and base.
    static QColor error(const QPalette& palette)
    {
        return isDark(palette) ? QColor(0xff, 0xb4, 0xab) : QColor(0xb3, 0x26, 0x1e);
    }
    // For warnings that do not block (a name already in the catalogue).
    static QColor warning(const QPalette& palette)
    {
        return isDark(palette) ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x53, 0x00);
    }
    // "color: …;" for a label's style sheet.
    static QString textStyle(const QColor& color) { return QStringLiteral("color: %1;").arg(color.name()); }
};

} // namespace dalil
