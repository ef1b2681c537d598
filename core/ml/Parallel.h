#pragma once

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace td::ml {

// Runs body(begin, end) over [0, count) in chunks of `grain`, one thread per hardware thread, each
// taking the next chunk as it finishes one: users and items are long-tailed, so equal shares of rows
// are far from equal work. Model fitting loops over independent users or items, so plain threads
// without a pool are enough. A body that needs scratch space allocates it per call (per chunk).
template <typename Body> void parallelFor(int count, Body body, int grain = 64)
{
    grain = std::max(1, grain);
    const int chunks = (count + grain - 1) / grain;
    const int hardware = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    const int threads = std::clamp(chunks, 1, hardware);
    if (threads <= 1) {
        body(0, count);
        return;
    }
    std::atomic<int> next {0};
    const auto work = [&] {
        for (int chunk = next++; chunk < chunks; chunk = next++)
            body(chunk * grain, std::min(count, (chunk + 1) * grain));
    };
    std::vector<std::thread> workers;
    workers.reserve(threads - 1);
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work);
    work();
    for (auto& worker : workers)
        worker.join();
}

} // namespace td::ml
