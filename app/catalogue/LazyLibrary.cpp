#include "catalogue/LazyLibrary.h"

#include <dlfcn.h>

namespace dalil {

LazyLibrary::LazyLibrary(const char* soname, QString (*missing)(const QString& loaderError))
    : m_soname(soname)
    , m_missing(missing)
{
}

void LazyLibrary::open() const
{
    // Thread-safe once: a worker (a pull's reader, an export) may be the first caller.
    std::call_once(m_once, [this] {
        m_handle = dlopen(m_soname, RTLD_NOW | RTLD_LOCAL);
        if (!m_handle) {
            m_error = m_missing(QString::fromLocal8Bit(dlerror()));
            m_errorUtf8 = m_error.toUtf8();
        }
    });
}

bool LazyLibrary::load(QString* error) const
{
    open();
    if (error) {
        *error = m_error;
    }
    return m_handle != nullptr;
}

bool LazyLibrary::isLoaded() const
{
    void* handle = dlopen(m_soname, RTLD_LAZY | RTLD_NOLOAD);
    if (handle) {
        dlclose(handle);
    }
    return handle != nullptr;
}

void* LazyLibrary::symbol(const char* name) const
{
    open();
    return m_handle ? dlsym(m_handle, name) : nullptr;
}

char* LazyLibrary::errorText() const
{
    open();
    return const_cast<char*>(m_errorUtf8.constData());
}

} // namespace dalil
