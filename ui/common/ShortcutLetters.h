#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dalil {

// Shortcut letters ("&Name" underlines N; Alt+N acts on the control) chosen in the text as
// translated, for labels made at run time from a list (a record form's fields), where no
// translator sees them together and so cannot keep them apart.
class ShortcutLetters
{
public:
    // The letter `text` underlines, in lower case; a null QChar when none ("&&" is an ampersand).
    static QChar of(const QString& text);
    // `text` with a letter of its own underlined: the first letter of a word if it is free (after
    // the Arabic article ال), else any other of its letters; only letters a keyboard of the
    // language types without Shift (a–z; the Arabic letters of the Arabic keyboard). `text` as it
    // was when it already has one or none is free. `text` is a label's text ("&&" for an
    // ampersand); `used` holds lower-case letters.
    static QString give(const QString& text, const QString& used);
    // The same for labels shown together, each with a letter of its own: as many of them get one
    // as their letters allow (a label takes another of its letters so that a later one finds one).
    static QStringList giveAll(const QStringList& texts, const QString& used);

private:
    // The places in `text` of the letters it could underline, in order of preference.
    static QList<qsizetype> places(const QString& text);
};

} // namespace dalil
