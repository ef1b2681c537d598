#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a short while (default 30 s):
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-30}
build=${TD_FUZZ_BUILD_DIR:-$root/build-fuzz}
cxx=$(command -v clang++-14 || command -v clang++)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
    -DTD_BUILD_FUZZERS=ON -DTD_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build" --target fuzz_sync_protocol -j2
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
cp "$root"/fuzz/corpus/sync/* "$corpus"/
"$build/fuzz/fuzz_sync_protocol" -max_total_time="$seconds" -max_len=65536 -timeout=10 "$corpus"
