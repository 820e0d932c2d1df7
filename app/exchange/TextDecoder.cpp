#include "exchange/TextDecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <unicode/ucnv.h>

#include <array>
#include <mutex>

namespace dalil {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::TextDecoder", text);
}

using ByteTable = std::array<char16_t, 256>;

// The code page as a 256-entry table, built once from ICU: decoding a byte at a time through a
// table is fast and lets the detector look at what each byte would mean.
ByteTable buildTable(const char* codepage)
{
    ByteTable table{};
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(codepage, &status);
    for (int byte = 0; byte < 256; ++byte) {
        table[byte] = 0xFFFD;
        if (U_FAILURE(status) || !converter) {
            continue;
        }
        const char in = char(byte);
        UChar out[4];
        UErrorCode one = U_ZERO_ERROR;
        ucnv_reset(converter);
        const int32_t length = ucnv_toUChars(converter, out, 4, &in, 1, &one);
        if (U_SUCCESS(one) && length == 1) {
            table[byte] = out[0];
        }
    }
    if (converter) {
        ucnv_close(converter);
    }
    return table;
}

const ByteTable& tableFor(const char* codepage)
{
    static std::once_flag once;
    static ByteTable windows1256;
    static ByteTable iso88596;
    std::call_once(once, [] {
        windows1256 = buildTable("windows-1256");
        iso88596 = buildTable("ISO-8859-6");
    });
    return qstrcmp(codepage, "windows-1256") == 0 ? windows1256 : iso88596;
}

bool isArabicLetter(char16_t c)
{
    return (c >= 0x0621 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3) || c == 0x06A9 || c == 0x06CC;
}

bool isLatinAccented(char16_t c)
{
    return c >= 0x00C0 && c <= 0x017F && c != 0x00D7 && c != 0x00F7;
}

// How much a single-byte decoding looks like real text: the bytes above 127 should mostly become
// letters, and Arabic text is full of the article "ال". Returns the share of high bytes that
// became letters, and a score to rank the two Arabic code pages against each other.
struct Plausibility
{
    double letterShare = 0;
    qint64 score = 0;
};

Plausibility judge(const QByteArray& bytes, const ByteTable& table)
{
    qint64 high = 0;
    qint64 letters = 0;
    qint64 score = 0;
    char16_t previous = 0;
    for (const char byte : bytes) {
        const unsigned char b = static_cast<unsigned char>(byte);
        const char16_t c = table[b];
        if (b >= 0x80) {
            ++high;
            if (isArabicLetter(c) || isLatinAccented(c)) {
                ++letters;
            } else if (c == 0xFFFD || c == 0x1A || (c >= 0x80 && c < 0xA0)) {
                score -= 20;
            }
        }
        if (previous == 0x0627 && c == 0x0644) {
            score += 10; // "ال"
        }
        if (isArabicLetter(c)) {
            score += 1;
        }
        previous = c;
    }
    Plausibility result;
    result.letterShare = high == 0 ? 1.0 : double(letters) / double(high);
    result.score = score;
    return result;
}

// UTF-16 without a byte-order mark: text in Latin or Arabic has one byte of each pair almost always
// 0x00 or 0x06.
int utf16Order(const QByteArray& bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0) {
        return 0;
    }
    const qsizetype pairs = std::min<qsizetype>(bytes.size() / 2, 4096);
    qsizetype evenHigh = 0, oddHigh = 0, evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        const unsigned char even = static_cast<unsigned char>(bytes[2 * i]);
        const unsigned char odd = static_cast<unsigned char>(bytes[2 * i + 1]);
        evenHigh += (even == 0 || even == 6) ? 1 : 0;
        oddHigh += (odd == 0 || odd == 6) ? 1 : 0;
        evenZero += even == 0 ? 1 : 0;
        oddZero += odd == 0 ? 1 : 0;
    }
    if (oddHigh * 10 >= pairs * 9 && oddZero > 0 && evenZero * 4 < pairs) {
        return 1; // little-endian: the high byte is second
    }
    if (evenHigh * 10 >= pairs * 9 && evenZero > 0 && oddZero * 4 < pairs) {
        return 2;
    }
    return 0;
}

QString decodeUtf16(const QByteArray& bytes, bool littleEndian, bool* ok)
{
    QStringDecoder decoder(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                           QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *ok = !decoder.hasError();
    return text;
}

} // namespace

bool TextDecoder::isValidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const auto* end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned minimum = 0;
        unsigned code = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            code = c & 0x1F;
            minimum = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            code = c & 0x0F;
            minimum = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            code = c & 0x07;
            minimum = 0x10000;
        } else {
            return false;
        }
        if (end - p <= extra) {
            return false;
        }
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80) {
                return false;
            }
            code = (code << 6) | (p[i] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            return false;
        }
        p += extra + 1;
    }
    return true;
}

QString TextDecoder::decodeSingleByte(const QByteArray& bytes, const char* codepage)
{
    const ByteTable& table = tableFor(codepage);
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        out[i] = QChar(table[static_cast<unsigned char>(bytes[i])]);
    }
    return text;
}

TextDecoder::Result TextDecoder::decode(const QByteArray& bytes, const QString& forced)
{
    Result result;
    const QString wanted = forced.trimmed().toLower();
    if (!wanted.isEmpty()) {
        if (wanted == QLatin1String("utf-8") || wanted == QLatin1String("utf8")) {
            if (!isValidUtf8(bytes)) {
                result.error = tr("the file is not valid UTF-8");
                return result;
            }
            const bool bom = bytes.startsWith("\xEF\xBB\xBF");
            result.text = QString::fromUtf8(bom ? bytes.mid(3) : bytes);
            result.encoding = QStringLiteral("UTF-8");
        } else if (wanted == QLatin1String("utf-16le") || wanted == QLatin1String("utf-16be") ||
                   wanted == QLatin1String("utf-16")) {
            const bool little = wanted != QLatin1String("utf-16be");
            bool ok = false;
            result.text = decodeUtf16(bytes, little, &ok);
            result.encoding = little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
            if (!ok) {
                result.error = tr("the file is not valid %1").arg(result.encoding);
            }
        } else if (wanted == QLatin1String("windows-1256") || wanted == QLatin1String("cp1256")) {
            result.text = decodeSingleByte(bytes, "windows-1256");
            result.encoding = QStringLiteral("windows-1256");
        } else if (wanted == QLatin1String("iso-8859-6")) {
            result.text = decodeSingleByte(bytes, "ISO-8859-6");
            result.encoding = QStringLiteral("ISO-8859-6");
        } else {
            result.error = tr("unknown encoding “%1” (use UTF-8, UTF-16LE, UTF-16BE, windows-1256 or "
                              "ISO-8859-6)")
                               .arg(forced);
        }
        if (result.text.startsWith(QChar(0xFEFF))) {
            result.text.remove(0, 1);
        }
        return result;
    }

    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const QByteArray body = bytes.mid(3);
        if (!isValidUtf8(body)) {
            result.error = tr("the file starts with a UTF-8 mark but is not valid UTF-8");
            return result;
        }
        result.text = QString::fromUtf8(body);
        result.encoding = QStringLiteral("UTF-8 (BOM)");
        return result;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        bool ok = false;
        result.text = decodeUtf16(bytes.mid(2), little, &ok);
        result.encoding = little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        if (!ok) {
            result.error = tr("the file starts with a UTF-16 mark but is not valid UTF-16");
        }
        return result;
    }
    if (const int order = utf16Order(bytes)) {
        bool ok = false;
        result.text = decodeUtf16(bytes, order == 1, &ok);
        if (ok) {
            result.encoding = order == 1 ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
            return result;
        }
        result.text.clear();
    }
    if (bytes.contains('\0')) {
        result.error = tr("cannot tell how the text is encoded (it holds binary data); save it as "
                          "“CSV UTF-8” and try again");
        return result;
    }
    if (isValidUtf8(bytes)) {
        result.text = QString::fromUtf8(bytes);
        result.encoding = QStringLiteral("UTF-8");
        return result;
    }
    const Plausibility windows = judge(bytes, tableFor("windows-1256"));
    const Plausibility iso = judge(bytes, tableFor("ISO-8859-6"));
    const bool pickIso = iso.score > windows.score;
    const Plausibility& best = pickIso ? iso : windows;
    if (best.letterShare < 0.8) {
        result.error = tr("cannot tell how the text is encoded (it is not UTF-8, UTF-16, Windows-1256 "
                          "or ISO-8859-6); save it as “CSV UTF-8” and try again");
        return result;
    }
    result.encoding = pickIso ? QStringLiteral("ISO-8859-6") : QStringLiteral("windows-1256");
    result.text = decodeSingleByte(bytes, pickIso ? "ISO-8859-6" : "windows-1256");
    return result;
}

} // namespace dalil
