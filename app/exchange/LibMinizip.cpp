#include "exchange/LibMinizip.h"

#include "catalogue/LazyLibrary.h"

#include <QCoreApplication>

// Hidden: the stand-ins serve the executable's own calls only; libxlsxwriter, when loaded, binds
// to the real minizip.
#pragma GCC visibility push(hidden)
#include <unzip.h>
#pragma GCC visibility pop

namespace dalil {

namespace {

QString missingMessage(const QString& loaderError)
{
    return QCoreApplication::translate("dalil::LibMinizip",
                                       "the library that unpacks Excel workbooks could not be loaded (%1); "
                                       "install the Debian package libminizip1 to import .xlsx files")
        .arg(loaderError);
}

const LazyLibrary& library()
{
    static const LazyLibrary minizip("libminizip.so.1", &missingMessage);
    return minizip;
}

template <typename Function> Function* resolve(const char* name)
{
    return library().resolve<Function>(name);
}

} // namespace

bool LibMinizip::load(QString* error)
{
    return library().load(error);
}

bool LibMinizip::isLoaded()
{
    return library().isLoaded();
}

} // namespace dalil

// The stand-ins, typed after <unzip.h>. XlsxReader calls LibMinizip::load() before any of them;
// without the library each answers as minizip does for a file it cannot read.
using dalil::resolve;

unzFile unzOpen64(const void* path)
{
    static auto* const real = resolve<decltype(::unzOpen64)>("unzOpen64");
    return real ? real(path) : nullptr;
}

int unzClose(unzFile file)
{
    static auto* const real = resolve<decltype(::unzClose)>("unzClose");
    return real ? real(file) : UNZ_PARAMERROR;
}

int unzLocateFile(unzFile file, const char* fileName, int caseSensitivity)
{
    static auto* const real = resolve<decltype(::unzLocateFile)>("unzLocateFile");
    return real ? real(file, fileName, caseSensitivity) : UNZ_PARAMERROR;
}

int unzGetCurrentFileInfo64(unzFile file, unz_file_info64* info, char* fileName, uLong fileNameSize,
                            void* extraField, uLong extraFieldSize, char* comment, uLong commentSize)
{
    static auto* const real = resolve<decltype(::unzGetCurrentFileInfo64)>("unzGetCurrentFileInfo64");
    return real ? real(file, info, fileName, fileNameSize, extraField, extraFieldSize, comment, commentSize)
                : UNZ_PARAMERROR;
}

int unzOpenCurrentFile(unzFile file)
{
    static auto* const real = resolve<decltype(::unzOpenCurrentFile)>("unzOpenCurrentFile");
    return real ? real(file) : UNZ_PARAMERROR;
}

int unzReadCurrentFile(unzFile file, voidp buffer, unsigned length)
{
    static auto* const real = resolve<decltype(::unzReadCurrentFile)>("unzReadCurrentFile");
    return real ? real(file, buffer, length) : UNZ_PARAMERROR;
}

int unzCloseCurrentFile(unzFile file)
{
    static auto* const real = resolve<decltype(::unzCloseCurrentFile)>("unzCloseCurrentFile");
    return real ? real(file) : UNZ_PARAMERROR;
}
