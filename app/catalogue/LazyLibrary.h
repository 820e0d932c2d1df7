#pragma once

#include <QByteArray>
#include <QString>

#include <mutex>

namespace dalil {

// A C library Dalil does not link but opens with dlopen() the first time one of its functions is
// called: linked, the dynamic loader would map it (and everything it links) and bind its symbols
// at every start of the window, a good part of its start-up time. The library's functions are then
// defined in Dalil as hidden stand-ins with the same names and types (decltype of the header's
// declaration) that resolve the real function once and pass the call on; see sync/LibPq.cpp,
// exchange/LibXlsxWriter.cpp and exchange/LibMinizip.cpp. Code keeps calling the library as usual.
class LazyLibrary
{
public:
    // `soname` as dlopen() takes it ("libpq.so.5"); `missing` says, in the UI language, that it is
    // missing and which Debian package brings it; it is given dlerror()'s text.
    LazyLibrary(const char* soname, QString (*missing)(const QString& loaderError));

    // Opens the library (once, from any thread); false with `missing`'s message when it is absent.
    bool load(QString* error = nullptr) const;
    // Whether this process has the library mapped (tests: only its users load it).
    bool isLoaded() const;
    // The library's function `name`, or null when the library or the function is missing.
    template <typename Function> Function* resolve(const char* name) const
    {
        return reinterpret_cast<Function*>(symbol(name));
    }
    // The load error as UTF-8, for stand-ins that return the library's own error text.
    char* errorText() const;

private:
    void* symbol(const char* name) const;
    void open() const;

    const char* m_soname;
    QString (*m_missing)(const QString&);
    mutable std::once_flag m_once;
    mutable void* m_handle = nullptr;
    mutable QString m_error;
    mutable QByteArray m_errorUtf8;
};

} // namespace dalil
