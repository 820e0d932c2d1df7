#pragma once

// Shared helpers for tests/bench (owned by the generator/bench engineer; this placeholder only
// lets the benchmarks build until the shared helpers land).
