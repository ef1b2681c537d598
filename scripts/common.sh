# Shared by run.sh and test.sh: dependency installation and the build.
# shellcheck shell=bash

TD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TD_BUILD_DIR="${TD_BUILD_DIR:-$TD_ROOT/build}"

# Debian 12 / Ubuntu 24.04 packages for building, testing and running TrainingDesk.
TD_APT_PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libeigen3-dev libsodium-dev libbenchmark-dev
    fonts-noto-cjk xvfb xauth
)

td_say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

td_install_dependencies() {
    if [ "$(uname -s)" != "Linux" ] || ! command -v apt-get >/dev/null 2>&1; then
        td_say "Not a Debian/Ubuntu system: install Qt 6.4+, Eigen 3, libsodium and CMake as the README says."
        return 0
    fi
    local missing=()
    for pkg in "${TD_APT_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    td_say "Installing with apt: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# td_build BUILD_TYPE [extra cmake args...]
td_build() {
    local type="$1"
    shift
    local launcher=()
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    td_say "Configuring ($type) in $TD_BUILD_DIR"
    cmake -S "$TD_ROOT" -B "$TD_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$type" "${launcher[@]}" "$@" >/dev/null
    td_say "Building"
    cmake --build "$TD_BUILD_DIR" --parallel "$(nproc 2>/dev/null || echo 2)"
}

# td_start_catalog_server CATALOG_BINARY DATABASE LOG
# Starts trainingdesk-catalog on a free loopback port in the background and waits until it listens;
# sets TD_CATALOG_PID and TD_CATALOG_URL. The caller stops it (kill "$TD_CATALOG_PID").
td_start_catalog_server() {
    local binary="$1" database="$2" log="$3" port=""
    "$binary" --db "$database" --port 0 serve >"$log" 2>&1 &
    TD_CATALOG_PID=$!
    for _ in $(seq 1 100); do
        port=$(sed -n 's/^Listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$log")
        [ -n "$port" ] && break
        kill -0 "$TD_CATALOG_PID" 2>/dev/null || break
        sleep 0.1
    done
    if [ -z "$port" ]; then
        echo "The catalog server did not start:"
        cat "$log"
        return 1
    fi
    TD_CATALOG_URL="http://127.0.0.1:$port"
}
