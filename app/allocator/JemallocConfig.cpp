// jemalloc's settings for every Dalil executable (the window, dalil-cli, the tests and benchmarks).
//
// Why jemalloc at all: an import or a first pull allocates and frees millions of small strings, often
// on one thread what another allocated. With glibc's allocator a fifth of an import's CPU went to
// malloc, free and their consolidation; jemalloc's thread caches cut the import of 100,000 rows by
// about a quarter (docs/benchmarks.md).
//
// Why these settings: by default jemalloc keeps freed large blocks for ten seconds before giving the
// pages back, which lifted the window's peak with the 1M catalogue and its map from 380 to 438 MB
// (over the 400 MB budget). Blocks of 1 MiB and more (the map's point arrays, SQLite's page cache,
// the cluster index) are served from jemalloc's separate arena for large requests, whose pages go
// back at once, as glibc does with its mmap'd blocks; small blocks keep the fast path. Two arenas
// suffice on the 2-core laptops Dalil is built for and hold less idle memory than the default
// four per core.
//
// jemalloc reads this symbol when it starts; MALLOC_CONF in the environment still overrides it.
extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "oversize_threshold:1048576,narenas:2";
}
