#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test. Exits non-zero on any failure.
#   TD_ASAN=1 ./test.sh     build with AddressSanitizer and UBSan
set -euo pipefail
TD_BUILD_DIR="${TD_BUILD_DIR:-$(cd "$(dirname "$0")" && pwd)/build-tests}"
source "$(dirname "$0")/scripts/common.sh"

# clang and its runtime (libFuzzer) for the short fuzz run of the sync payload parsers at the end.
td_install_dependencies postgresql clang libclang-rt-dev
werror=OFF
if [ -n "${CI:-}" ]; then werror=ON; fi
asan=OFF
if [ "${TD_ASAN:-0}" = 1 ]; then asan=ON; fi
td_build RelWithDebInfo -DTD_BUILD_TESTS=ON -DTD_WARNINGS_AS_ERRORS="$werror" -DTD_WITH_ASAN="$asan"

# The catalog server's PostgreSQL mode is tested against a real server on loopback.
source "$TD_ROOT/scripts/test-postgres.sh"
td_start_test_postgres
trap td_stop_test_postgres EXIT

td_say "Running the tests"
cd "$TD_BUILD_DIR"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2 --timeout 900

# A short libFuzzer run over the sync payload parsers (configures with clang and builds three files; about 1.5 minutes in all).
td_say "Fuzzing the sync payload parsers for ${TD_FUZZ_SECONDS:-45} s"
TD_FUZZ_BUILD_DIR="$TD_BUILD_DIR-fuzz" "$TD_ROOT/scripts/fuzz.sh" "${TD_FUZZ_SECONDS:-45}"
