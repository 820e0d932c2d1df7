#include "common/ShortcutLetters.h"

#include <QStringList>

namespace dalil {

namespace {

bool typedWithoutShift(QChar c)
{
    // The Arabic (101) keyboard's letter keys, unshifted.
    static const QString arabic = QStringLiteral("ضصثقفغعهخحجدشسيبلاتنمكطئءؤرىةوزظذ");
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || arabic.contains(c);
}

} // namespace

QChar ShortcutLetters::of(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] != QLatin1Char('&')) {
                return text[i + 1].toLower();
            }
            ++i;
        }
    }
    return {};
}

QString ShortcutLetters::give(const QString& text, const QString& used)
{
    if (!of(text).isNull()) {
        return text;
    }
    // Where each word's letters begin, then every other place, in reading order.
    QList<qsizetype> starts;
    QList<qsizetype> others;
    bool wordStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!c.isLetter()) {
            wordStart = true;
            continue;
        }
        if (wordStart) {
            const bool article =
                text.mid(i, 2) == QStringLiteral("ال") && i + 2 < text.size() && text[i + 2].isLetter();
            starts.append(article ? i + 2 : i);
            others.append(article ? i : -1);
            if (article) {
                others.append(i + 1);
            }
        } else if (!starts.contains(i)) {
            others.append(i);
        }
        wordStart = false;
    }
    others.removeAll(-1);
    for (const QList<qsizetype>& places : {starts, others}) {
        for (qsizetype at : places) {
            const QChar letter = text[at].toLower();
            if (typedWithoutShift(letter) && !used.contains(letter)) {
                return QString(text).insert(at, QLatin1Char('&'));
            }
        }
    }
    return text;
}

} // namespace dalil
