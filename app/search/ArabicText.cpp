#include "search/ArabicText.h"

#include <QHash>
#include <QVarLengthArray>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace dalil {

namespace {

bool isApostrophe(char16_t c)
{
    // Transliterations write ʿayn and hamza with these; "ta'awon" is one word.
    return c == u'\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02BB || c == 0x02BE ||
           c == 0x02BF || c == u'`' || c == 0x00B4;
}

// A character of the Arabic block (U+0600-U+06FF) in the search key: one character, or 0 when it
// is dropped (harakat, Quranic marks, tatweel).
char16_t foldArabic(char16_t c)
{
    switch (c) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
    case 0x0672:
    case 0x0673:
        return 0x0627;
    case 0x0624: // ؤ
        return 0x0648;
    case 0x0626: // ئ
    case 0x0649: // ى
    case 0x06CC: // Persian ی
    case 0x06D0:
    case 0x06D2:
        return 0x064A;
    case 0x0629: // ة
    case 0x06BE:
    case 0x06C0:
    case 0x06C1:
    case 0x06C3:
        return 0x0647;
    case 0x06A9: // Persian ک
        return 0x0643;
    case 0x0640: // tatweel
        return 0;
    default:
        break;
    }
    if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) ||
        (c >= 0x0610 && c <= 0x061A)) {
        return 0; // harakat, Quranic marks, honorific signs
    }
    if (c >= 0x0660 && c <= 0x0669) {
        return char16_t(u'0' + (c - 0x0660));
    }
    if (c >= 0x06F0 && c <= 0x06F9) {
        return char16_t(u'0' + (c - 0x06F0));
    }
    return QChar(c).isLetter() ? c : u' '; // ، ؛ ؟ ٪ ٫ ٬ and other signs become a space
}

void appendFolded(char16_t c, QString& out, int depth = 0);

void appendDecomposed(char16_t c, QString& out, int depth)
{
    const QString decomposition = QChar::decomposition(c);
    if (decomposition.isEmpty() || depth > 4) {
        const QChar folded = QChar(c).toCaseFolded();
        if (folded.isLetter() || folded.isNumber()) {
            if (folded.isDigit() && folded.digitValue() >= 0) {
                out.append(QChar(u'0' + folded.digitValue()));
            } else {
                out.append(folded);
            }
        } else if (QChar(c).category() == QChar::Mark_NonSpacing ||
                   QChar(c).category() == QChar::Mark_Enclosing ||
                   QChar(c).category() == QChar::Other_Format || isApostrophe(c)) {
            // dropped: accents, harakat, joiners and direction marks keep the word whole
        } else {
            out.append(QLatin1Char(' '));
        }
        return;
    }
    for (const QChar part : decomposition) {
        appendFolded(part.unicode(), out, depth + 1);
    }
}

// One character of the search key (see ArabicText::normalise).
void appendFolded(char16_t c, QString& out, int depth)
{
    if (c < 0x80) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            out.append(QChar(c));
        } else if (c >= u'A' && c <= u'Z') {
            out.append(QChar(c + 32));
        } else if (!isApostrophe(c)) {
            out.append(QLatin1Char(' '));
        }
        return;
    }
    if (c >= 0x0600 && c <= 0x06FF) {
        const char16_t folded = foldArabic(c);
        if (folded != 0) {
            out.append(QChar(folded));
        }
        return;
    }
    switch (c) {
    case 0x00DF: // ß
        out.append(QLatin1String("ss"));
        return;
    case 0x00E6:
    case 0x00C6:
        out.append(QLatin1String("ae"));
        return;
    case 0x0153:
    case 0x0152:
        out.append(QLatin1String("oe"));
        return;
    case 0x00F8:
    case 0x00D8:
        out.append(QLatin1Char('o'));
        return;
    case 0x0111:
    case 0x0110:
        out.append(QLatin1Char('d'));
        return;
    case 0x0142:
    case 0x0141:
        out.append(QLatin1Char('l'));
        return;
    case 0x0131:
        out.append(QLatin1Char('i'));
        return;
    case 0x00FE:
    case 0x00DE:
        out.append(QLatin1String("th"));
        return;
    default:
        break;
    }
    if (QChar::isSurrogate(c)) {
        out.append(QLatin1Char(' '));
        return;
    }
    appendDecomposed(c, out, depth);
}

bool isArabicLetter(char16_t c)
{
    return c >= 0x0620 && c <= 0x06FF;
}

// Dropped from a skeleton: vowels and the weak letters that Arabic writes for long vowels.
bool isWeak(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w';
}

QString consonantClasses(const QByteArray& latin)
{
    QString out;
    const int n = int(latin.size());
    auto push = [&](char c) {
        if (out.isEmpty() || out.back() != QLatin1Char(c)) {
            out.append(QLatin1Char(c));
        }
    };
    int i = 0;
    while (i < n) {
        const char c = latin[i];
        const char next = i + 1 < n ? latin[i + 1] : 0;
        const char third = i + 2 < n ? latin[i + 2] : 0;
        if ((c == 't' && next == 'c' && third == 'h') || (c == 't' && next == 's' && third == 'h')) {
            push('x');
            i += 3;
            continue;
        }
        if (next == 'h' && (c == 's' || c == 'c')) {
            push('x');
            i += 2;
            continue;
        }
        if (next == 'h' && (c == 'k' || c == 'g' || c == 't' || c == 'd' || c == 'p')) {
            push(c == 'k' ? 'k' : c == 'g' ? 'j' : c == 'p' ? 'f' : 't');
            i += 2;
            continue;
        }
        if (c == 'd' && next == 'j') {
            push('j');
            i += 2;
            continue;
        }
        if (c == 'c' && next == 'k') {
            push('k');
            i += 2;
            continue;
        }
        ++i;
        if (c < 'a' || c > 'z' || isWeak(c)) {
            continue;
        }
        switch (c) {
        case 'p':
        case 'b':
            push('b');
            break;
        case 'v':
        case 'f':
            push('f');
            break;
        case 'd':
        case 't':
            push('t');
            break;
        case 'c':
        case 'k':
        case 'q':
            push('k');
            break;
        case 'g':
        case 'j':
            push('j');
            break;
        case 'x':
            push('k');
            push('s');
            break;
        case 'z':
            push('s'); // ز and the English plural "s" ("Minds" / "مايندز")
            break;
        default:
            push(c);
            break;
        }
    }
    // push() merged repeated consonants even across a vowel: Arabic writes neither short vowels nor
    // doubled letters, so "hilal" and "هلال" both give "hl".
    if (out.size() > 1 && out.back() == QLatin1Char('h')) {
        out.chop(1); // taa marbuta, or the "-ah" of a transliteration
    }
    return out;
}

class Transliterator
{
public:
    Transliterator()
    {
        // Building the compound transliterator parses ICU's rules (slow); each thread clones one.
        static const std::unique_ptr<icu::Transliterator> prototype = [] {
            UErrorCode status = U_ZERO_ERROR;
            std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
                "Arabic-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
            if (U_FAILURE(status)) {
                made.reset();
            }
            return made;
        }();
        if (prototype) {
            m_icu.reset(prototype->clone());
        }
    }

    QByteArray toLatin(const QString& arabic)
    {
        auto it = m_cache.constFind(arabic);
        if (it != m_cache.constEnd()) {
            return *it;
        }
        QByteArray latin;
        if (m_icu) {
            icu::UnicodeString text(reinterpret_cast<const UChar*>(arabic.utf16()), int32_t(arabic.size()));
            m_icu->transliterate(text);
            std::string utf8;
            text.toUTF8String(utf8);
            latin = QByteArray::fromStdString(utf8);
        }
        if (m_cache.size() > 500000) {
            m_cache.clear();
        }
        m_cache.insert(arabic, latin);
        return latin;
    }

private:
    std::unique_ptr<icu::Transliterator> m_icu;
    QHash<QString, QByteArray> m_cache;
};

Transliterator& transliterator()
{
    // ICU transliterators are not thread-safe; one per thread, with its own cache.
    thread_local Transliterator instance;
    return instance;
}

} // namespace

QString ArabicText::normalise(const QString& text)
{
    // One pass: each character is folded onto the end of `out`, and what it appended is compacted
    // at once (no leading, repeated or trailing space), as a second pass over the folded text would.
    // Latin letters, digits and the Arabic block fold to at most one character each and are written
    // straight through a pointer (a QString::append per character cost more than the folding);
    // anything else goes through appendFolded(), whose result may be longer.
    const qsizetype size = text.size();
    if (size == 0) {
        QString none;
        none.reserve(0); // what this gave before the fast path (null and empty are bound differently)
        return none;
    }
    const QChar* in = text.constData();
    QString out(size, Qt::Uninitialized);
    QChar* data = out.data();
    qsizetype n = 0;
    bool space = true;
    auto put = [&](char16_t c) {
        if (c == u' ') {
            if (!space) {
                data[n++] = QLatin1Char(' ');
                space = true;
            }
        } else {
            data[n++] = QChar(c);
            space = false;
        }
    };
    QString slow;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = in[i].unicode();
        if (c < 0x80) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
                put(c);
            } else if (c >= u'A' && c <= u'Z') {
                put(char16_t(c + 32));
            } else if (!isApostrophe(c)) {
                put(u' ');
            }
            continue;
        }
        if (c >= 0x0600 && c <= 0x06FF) {
            const char16_t folded = foldArabic(c);
            if (folded != 0) {
                put(folded);
            }
            continue;
        }
        slow.resize(0);
        appendFolded(c, slow);
        const qsizetype room = n + slow.size() + (size - i - 1);
        if (room > out.size()) {
            out.resize(room + 16);
            data = out.data();
        }
        for (const QChar folded : std::as_const(slow)) {
            put(folded.unicode());
        }
    }
    if (n > 0 && data[n - 1] == QLatin1Char(' ')) {
        --n;
    }
    out.truncate(n);
    return out;
}

QStringList ArabicText::tokens(const QString& text)
{
    return normalise(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool ArabicText::isArabic(const QString& token)
{
    for (const QChar c : token) {
        if (isArabicLetter(c.unicode())) {
            return true;
        }
    }
    return false;
}

QString ArabicText::stripClitic(const QString& token)
{
    if (token.size() < 4 || token.at(0).unicode() < 0x0620) {
        return token;
    }
    static const QString threeLetter[] = {QStringLiteral("وال"), QStringLiteral("بال"), QStringLiteral("فال"),
                                          QStringLiteral("كال")};
    for (const QString& prefix : threeLetter) {
        if (token.size() >= 5 && token.startsWith(prefix)) {
            return token.mid(3);
        }
    }
    if (token.startsWith(QStringLiteral("ال")) || token.startsWith(QStringLiteral("لل"))) {
        return token.mid(2);
    }
    return token;
}

QStringList ArabicText::variants(const QString& token)
{
    const QString stripped = stripClitic(token);
    if (stripped == token) {
        return {token};
    }
    return {token, stripped};
}

QString ArabicText::skeleton(const QString& token)
{
    if (token.isEmpty()) {
        return {};
    }
    QByteArray latin;
    if (isArabic(token)) {
        latin = transliterator().toLatin(token);
    } else {
        for (const QChar c : token) {
            if (c.unicode() < 0x80) {
                latin.append(char(c.unicode()));
            }
        }
    }
    const QString key = consonantClasses(latin);
    return key.size() >= 2 ? key : QString();
}

int ArabicText::editDistance(const QString& a, const QString& b, int limit)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > limit) {
        return limit + 1;
    }
    QVarLengthArray<int, 64> previous2(m + 1), previous(m + 1), current(m + 1);
    for (int j = 0; j <= m; ++j) {
        previous[j] = j;
    }
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int rowMin = current[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                value = std::min(value, previous2[j - 2] + 1);
            }
            current[j] = value;
            rowMin = std::min(rowMin, value);
        }
        if (rowMin > limit) {
            return limit + 1;
        }
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], limit + 1);
}

int ArabicText::prefixEditDistance(const QString& prefix, const QString& word, int limit)
{
    const int n = int(prefix.size());
    const int m = std::min(int(word.size()), n + limit);
    QVarLengthArray<int, 64> previous2(m + 1), previous(m + 1), current(m + 1);
    for (int j = 0; j <= m; ++j) {
        previous[j] = j;
    }
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int rowMin = current[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = prefix[i - 1] == word[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && prefix[i - 1] == word[j - 2] && prefix[i - 2] == word[j - 1]) {
                value = std::min(value, previous2[j - 2] + 1);
            }
            current[j] = value;
            rowMin = std::min(rowMin, value);
        }
        if (rowMin > limit) {
            return limit + 1;
        }
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    int best = limit + 1;
    for (int j = 0; j <= m; ++j) {
        best = std::min(best, previous[j]);
    }
    return best;
}

int ArabicText::typoBudget(int length)
{
    if (length <= 3) {
        return 0;
    }
    return length <= 7 ? 1 : 2;
}

} // namespace dalil
