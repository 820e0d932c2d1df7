#pragma once

#include <QString>

namespace dalil {

// minizip, which unpacks .xlsx workbooks, is opened when a workbook is first read, not when Dalil
// starts (see catalogue/LazyLibrary.h). LibMinizip.cpp defines the functions of <unzip.h> that
// Dalil calls as stand-ins; a function used for the first time needs its stand-in there.
class LibMinizip
{
public:
    // Opens libminizip.so.1 (once); false with a message in the UI language when it is missing.
    static bool load(QString* error = nullptr);
    static bool isLoaded();
};

} // namespace dalil
