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
catalog="$TD_BUILD_DIR/app/catalog/trainingdesk-catalog"
if [ $# -gt 0 ]; then
    td_say "Opening TrainingDesk"
    exec "$app" "$@"
fi

td_say "Preparing the demo center (first run only)"
demo=$("$cli" demo --if-missing --json)

# The online half of the demo: a catalog server on loopback with the demo's online catalog, the demo
# center's students and their online purchases and progress. It lives beside the desk's data and stops
# when the app closes.
server_dir="${XDG_DATA_HOME:-$HOME/.local/share}/TrainingDesk/demo-catalog"
if grep -q '"created": true' <<<"$demo"; then
    # A new demo center is a new desk: a server kept from an earlier demo knows the old one.
    rm -rf "$server_dir"
fi
mkdir -p "$server_dir"
chmod 700 "$server_dir"
server_db="$server_dir/catalog.sqlite"
token_file="$server_dir/center.token"
center_name="TrainingDesk Demo Center"
if [ ! -s "$token_file" ]; then
    td_say "Preparing the demo's online catalog server (first run only)"
    "$cli" catalog-export >"$server_dir/catalog.json"
    "$catalog" --db "$server_db" load-catalog "$server_dir/catalog.json" >/dev/null
    (umask 077 && "$catalog" --db "$server_db" add-center "$center_name" 2>/dev/null >"$token_file.new")
    mv "$token_file.new" "$token_file"
fi
token=$(cat "$token_file")

td_say "Starting the demo's catalog server on loopback"
td_start_catalog_server "$catalog" "$server_db" "$server_dir/server.log"
trap 'kill "$TD_CATALOG_PID" 2>/dev/null || true; wait "$TD_CATALOG_PID" 2>/dev/null || true' EXIT
url="$TD_CATALOG_URL"
"$cli" sync-settings --server "$url" >/dev/null

# The first time, the desk sends every demo student, the server makes their online history, and the
# desk pulls it; later runs just sync what changed.
if [ ! -e "$server_dir/seeded" ]; then
    td_say "Sending the demo students and seeding their online purchases and progress (first run only)"
    "$cli" sync --server "$url" --token "$token" --send-existing --attempts 1 >/dev/null
    "$catalog" --db "$server_db" seed-demo "$center_name" >/dev/null
    touch "$server_dir/seeded"
fi
"$cli" sync --server "$url" --token "$token" --attempts 1 || true

td_say "Opening TrainingDesk (synced with $url)"
# The token is handed over for this session only; the desk keeps no copy.
TD_SYNC_TOKEN="$token" "$app"
