#!/usr/bin/env bash
# Regenerates docs/screenshots/: builds TrainingDesk, makes a demo center, and has the app photograph
# its sign-in dialog, each page and the new-student dialog at 1280×800, in English and Simplified Chinese.
#   scripts/screenshots.sh            (uses xvfb-run on a machine without a screen)
#   TD_BUILD_DIR=build-x TD_NO_BUILD=1 scripts/screenshots.sh    (use binaries already built there)
set -euo pipefail
source "$(dirname "$0")/common.sh"

if [ "${TD_NO_BUILD:-0}" != "1" ]; then
    td_install_dependencies
    td_build Release -DTD_BUILD_TESTS=OFF -DTD_BUILD_BENCHMARKS=OFF
fi

cli="$TD_BUILD_DIR/app/trainingdesk-cli"
app="$TD_BUILD_DIR/app/trainingdesk"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

td_say "Building the demo center"
db="$work/demo.sqlite"
"$cli" demo --db "$db" --students 2000 --today "$(date -u +%F)" >/dev/null

# Synced with a catalog server on loopback, as ./run.sh does, so the Sync page has a history and the
# students their online purchases and progress.
catalog="$TD_BUILD_DIR/app/catalog/trainingdesk-catalog"
server_db="$work/catalog.sqlite"
"$cli" catalog-export --db "$db" >"$work/catalog.json"
"$catalog" --db "$server_db" load-catalog "$work/catalog.json" >/dev/null
token=$("$catalog" --db "$server_db" add-center "TrainingDesk Demo Center" 2>/dev/null)
td_start_catalog_server "$catalog" "$server_db" "$work/server.log"
trap 'kill "$TD_CATALOG_PID" 2>/dev/null || true; rm -rf "$work"' EXIT
url="$TD_CATALOG_URL"
"$cli" sync-settings --db "$db" --server "$url" >/dev/null
"$cli" sync --db "$db" --server "$url" --token "$token" --send-existing >/dev/null
"$catalog" --db "$server_db" seed-demo "TrainingDesk Demo Center" >/dev/null
"$cli" sync --db "$db" --server "$url" --token "$token" >/dev/null
# Trained models, so the Insights page and the student panel show their scores and suggestions.
"$cli" train --db "$db" >/dev/null
export TD_SYNC_TOKEN="$token"

# Fresh desk preferences, so no saved window geometry or language leaks into the pictures.
export XDG_CONFIG_HOME="$work/config"
export TD_SCREENSHOT_PASSWORD=demo1234
run_display() {
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        "$@"
    else
        xvfb-run -a -s "-screen 0 1280x800x24" "$@"
    fi
}
for language in en zh_CN; do
    out="$TD_ROOT/docs/screenshots/$language"
    rm -rf "$out"
    td_say "Screenshots ($language) in docs/screenshots/$language"
    run_display "$app" --db "$db" --language "$language" --screenshot-dir "$out" --screenshot-user admin
done
ls "$TD_ROOT"/docs/screenshots/*/
