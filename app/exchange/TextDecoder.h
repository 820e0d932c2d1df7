#pragma once

#include <QByteArray>
#include <QString>

namespace dalil {

// Turns the bytes of a text file into text, finding out how they were encoded: UTF-8 with or without
// a byte-order mark, UTF-16 (either order, with or without a mark), Windows-1256 (what Excel writes
// for "CSV" on an Arabic Windows) or ISO-8859-6. Qt 6.4's QStringConverter knows neither Arabic code
// page, so the single-byte ones go through ICU's converters.
class TextDecoder
{
public:
    struct Result
    {
        QString text;
        QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "windows-1256", "ISO-8859-6"
        QString error;    // empty on success; otherwise says why no encoding fits, in the UI language
        bool ok() const { return error.isEmpty(); }
    };

    // `forced` names an encoding the user chose (any of the names above, case-insensitive); empty
    // means detect.
    static Result decode(const QByteArray& bytes, const QString& forced = QString());

    static bool isValidUtf8(const QByteArray& bytes);
    // Decodes with one of the single-byte Arabic code pages ("windows-1256" or "ISO-8859-6").
    static QString decodeSingleByte(const QByteArray& bytes, const char* codepage);
};

} // namespace dalil
