#include "main/ProcessMemory.h"

#include "catalogue/Database.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace dalil {

void ProcessMemory::configure()
{
#if defined(__GLIBC__)
    // A fixed threshold: glibc otherwise raises it to the size of the largest block freed so far
    // (up to 32 MB), after which the big arrays of the next load come from the heap and stay there.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    mallopt(M_TRIM_THRESHOLD, 4 * 1024 * 1024);
#endif
    // The search connection, the main one and the background readers each get this much; the
    // catalogue file itself stays in the system's cache, shared and outside the resident set.
    Database::setDefaultCacheKib(8 * 1024);
}

void ProcessMemory::giveBack()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace dalil
