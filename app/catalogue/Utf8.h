#pragma once

#include <QChar>
#include <QStringView>

namespace dalil {

// UTF-8 of text written through a pointer into room the caller made (3 bytes per UTF-16 unit), for
// the hot paths that turn many short strings into one buffer (an import's values, the search
// documents): QString::toUtf8() would allocate a QByteArray for each. Returns the end of what was
// written, or nullptr if text holds a surrogate (a character beyond the BMP, or a broken pair): the
// caller then encodes that text with Qt, so that the bytes are always exactly those of toUtf8().
inline char* writeBmpUtf8(char* out, QStringView text)
{
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c < 0x80) {
            *out++ = char(c);
        } else if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3F));
        } else if (!QChar::isSurrogate(c)) {
            *out++ = char(0xE0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
            *out++ = char(0x80 | (c & 0x3F));
        } else {
            return nullptr;
        }
    }
    return out;
}

} // namespace dalil
