#pragma once

#include <QString>

namespace dalil {

// libxlsxwriter (and the minizip and OpenSSL libcrypto it links) is opened when an XLSX file is
// first written, not when Dalil starts (see catalogue/LazyLibrary.h). LibXlsxWriter.cpp defines the
// functions of <xlsxwriter.h> that Dalil calls as stand-ins; a function used for the first time
// needs its stand-in there (the link fails until it has one).
class LibXlsxWriter
{
public:
    // Opens libxlsxwriter.so.4 (once); false with a message in the UI language when it is missing.
    static bool load(QString* error = nullptr);
    static bool isLoaded();
};

} // namespace dalil
