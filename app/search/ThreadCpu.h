#pragma once

#include <ctime>

namespace dalil {

// CPU time the calling thread has used, in milliseconds (the search index's profiling laps).
inline double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace dalil
