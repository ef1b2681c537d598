#pragma once

#include <algorithm>
#include <thread>
#include <vector>

namespace td::ml {

// Runs body(begin, end) over [0, count) split into one contiguous range per hardware thread. Model
// fitting loops over independent users or items, so plain threads without a pool are enough.
template <typename Body> void parallelFor(int count, Body body, int minPerThread = 64)
{
    const int hardware = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    const int threads = std::clamp(count / std::max(1, minPerThread), 1, hardware);
    if (threads <= 1) {
        body(0, count);
        return;
    }
    std::vector<std::thread> workers;
    workers.reserve(threads - 1);
    const int chunk = (count + threads - 1) / threads;
    for (int t = 1; t < threads; ++t) {
        const int begin = std::min(count, t * chunk);
        const int end = std::min(count, begin + chunk);
        workers.emplace_back([&body, begin, end] { body(begin, end); });
    }
    body(0, std::min(count, chunk));
    for (auto& worker : workers)
        worker.join();
}

} // namespace td::ml
