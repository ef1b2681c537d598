#!/bin/sh
# Runs each model benchmark in its own process so that its peak_rss_MB counter is its own peak.
#   scripts/ml/bench_ml.sh BUILD_DIR [REPETITIONS]
set -eu
build=${1:?usage: bench_ml.sh BUILD_DIR [REPETITIONS]}
reps=${2:-3}
for case in 'ALS/' 'EASE/' 'Top10/' 'LogisticRegression/'; do
    "$build/benchmarks/bench_ml" --benchmark_filter="^$case" --benchmark_repetitions="$reps" \
        --benchmark_report_aggregates_only=true
done
