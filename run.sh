#!/usr/bin/env bash
# Installs what is missing, builds TrainingDesk and opens it on a demo center.
#   ./run.sh                 the demo center in your data directory (created on first run)
#   ./run.sh --db FILE       another center database
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"

if [ "$(uname -s)" = "Linux" ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: TrainingDesk is a desktop application."
    echo "On a machine without a screen, run it under a virtual display:  xvfb-run ./run.sh"
    exit 1
fi

td_install_dependencies
td_build Release -DTD_BUILD_TESTS=OFF -DTD_BUILD_BENCHMARKS=OFF

cli="$TD_BUILD_DIR/app/trainingdesk-cli"
app="$TD_BUILD_DIR/app/trainingdesk"
if [ $# -eq 0 ]; then
    td_say "Preparing the demo center (first run only)"
    "$cli" demo --if-missing
fi
td_say "Opening TrainingDesk"
exec "$app" "$@"
