#pragma once
// Running one piece of work on several threads at once, the caller's among them, for the
// engine's parallel loops (Monte Carlo's draws and percentiles, Kommunebildet's units):
// how many threads a run uses, and the run itself, which hands a thread's exception on.

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace gevinst {

/// The threads for `items` pieces of work: `requested` when above 0, else one per core;
/// never more than the items, never fewer than one.
inline int threadCount(int requested, int items)
{
    const int threads = requested > 0 ? requested : int(std::max(1u, std::thread::hardware_concurrency()));
    return std::max(1, std::min(threads, items));
}

/// Runs work(thread) on `threads` threads (the caller's among them, as thread 0) and
/// rethrows the first exception any of them threw.
template <typename Work>
void onThreads(int threads, Work work)
{
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto guarded = [&](int t) {
        try {
            work(t);
        } catch (...) {
            std::lock_guard lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(guarded, t);
    guarded(0);
    for (auto& thread : pool)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace gevinst
