#include "common/ShortcutLetters.h"

#include <QHash>
#include <QStringList>

#include <functional>

#include <algorithm>

namespace dalil {

namespace {

// The Arabic (101) keyboard's letter keys, unshifted.
const QString& arabicKeys()
{
    static const QString keys = QStringLiteral("ضصثقفغعهخحجدشسيبلاتنمكطئءؤرىةوزظذ");
    return keys;
}

// A letter the keyboard of the text's language types without Shift: in Arabic text an Arabic one
// (not the "ar" of "codes such as ar, en": Arabic keyboards send Arabic letters with Alt).
bool typedWithoutShift(QChar c, bool arabic)
{
    return arabic ? arabicKeys().contains(c) : (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
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

QList<qsizetype> ShortcutLetters::places(const QString& text)
{
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
            if (article) {
                others.append(i);
                others.append(i + 1);
            }
        } else if (!starts.contains(i)) {
            others.append(i);
        }
        wordStart = false;
    }
    const bool arabic =
        std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Arabic; });
    QList<qsizetype> out;
    QString letters;
    for (qsizetype at : starts + others) {
        const QChar letter = text[at].toLower();
        if (typedWithoutShift(letter, arabic) && !letters.contains(letter)) {
            letters.append(letter);
            out.append(at);
        }
    }
    return out;
}

QString ShortcutLetters::give(const QString& text, const QString& used)
{
    return giveAll({text}, used).constFirst();
}

QStringList ShortcutLetters::giveAll(const QStringList& texts, const QString& used)
{
    // A matching of labels to letters (augmenting paths): a label takes the first of its letters
    // that is free or whose holder can move to another of its own, so a label late in the list
    // is not left without one while a letter could still be found for everybody.
    QList<QList<qsizetype>> options;
    for (const QString& text : texts) {
        QList<qsizetype> own;
        if (of(text).isNull()) {
            for (qsizetype at : places(text)) {
                if (!used.contains(text[at].toLower())) {
                    own.append(at);
                }
            }
        }
        options.append(own);
    }
    QList<qsizetype> chosen(texts.size(), -1);
    QHash<QChar, qsizetype> holder;
    std::function<bool(qsizetype, QString&)> take = [&](qsizetype i, QString& tried) {
        for (qsizetype at : std::as_const(options[i])) {
            const QChar letter = texts[i][at].toLower();
            if (tried.contains(letter)) {
                continue;
            }
            tried.append(letter);
            const auto held = holder.constFind(letter);
            if (held == holder.cend() || take(held.value(), tried)) {
                holder.insert(letter, i);
                chosen[i] = at;
                return true;
            }
        }
        return false;
    };
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QString tried;
        take(i, tried);
    }
    QStringList out;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        out.append(chosen[i] < 0 ? texts[i] : QString(texts[i]).insert(chosen[i], QLatin1Char('&')));
    }
    return out;
}

} // namespace dalil
