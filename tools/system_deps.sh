#!/usr/bin/env bash
# Install the Debian packages Mentorapp needs outside its venv.
#
#   tools/system_deps.sh run   libraries Qt's xcb platform plugin needs to show windows
#   tools/system_deps.sh test  what the test suite needs (offscreen Qt, a real Secret
#                              Service via gnome-keyring + dbus-run-session, pdftoppm, fonts)
#
# Only missing packages are installed, so a second run does nothing and is instant.
# As root: apt-get update (once, only if something is missing) and apt-get install.
# Not root, or no apt: print the exact install line; `run` then carries on (the app
# may still start), `test` fails. Without dpkg at all (not Debian) the package names
# are printed as a hint and, for `test`, the commands the tests run are checked.
set -euo pipefail

# Qt xcb platform plugin (from `ldd .../PySide6/Qt/plugins/platforms/libqxcb.so` and
# libQt6XcbQpa, plus the usual set Qt documents for xcb).
RUN_PKGS=(
    libxcb1 libx11-6 libx11-xcb1
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render0
    libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-shm0 libxcb-sync1
    libxcb-xfixes0 libxcb-util1 libxcb-xinerama0 libxcb-xkb1
    libxkbcommon-x11-0 libxkbcommon0
    libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
    python3-venv
)

# Tests: Qt offscreen runtime, a real Secret Service (gnome-keyring inside
# dbus-run-session, which comes with dbus-bin/dbus-daemon), pdftoppm for PDF checks,
# and a font so rendering is deterministic.
TEST_PKGS=(
    libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0
    dbus dbus-daemon dbus-bin gnome-keyring
    poppler-utils fonts-dejavu-core
    python3-venv
)

usage() {
    echo "usage: $0 run|test" >&2
    exit 2
}

[[ $# -eq 1 ]] || usage
mode=$1
case "$mode" in
    run) wanted=("${RUN_PKGS[@]}") ;;
    test) wanted=("${TEST_PKGS[@]}") ;;
    *) usage ;;
esac

is_installed() {
    # "ii " = wanted install, status installed; anything else (absent, half-installed,
    # removed with config files) counts as missing.
    [[ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null)" == "ii "* ]]
}

if ! command -v dpkg-query >/dev/null 2>&1; then
    # Not a Debian-like system: we cannot check packages, so check the commands the
    # tests run and name the Debian packages as a hint for the local equivalents.
    echo "system_deps ($mode): no dpkg; on Debian/Ubuntu these packages are needed:" >&2
    echo "    ${wanted[*]}" >&2
    if [[ $mode == test ]]; then
        for cmd in dbus-run-session gnome-keyring-daemon pdftoppm; do
            if ! command -v "$cmd" >/dev/null 2>&1; then
                echo "system_deps: '$cmd' not found; the tests need it." >&2
                exit 1
            fi
        done
    fi
    exit 0
fi

missing=()
for pkg in "${wanted[@]}"; do
    is_installed "$pkg" || missing+=("$pkg")
done

[[ ${#missing[@]} -eq 0 ]] && exit 0

install_line="apt-get install -y --no-install-recommends ${missing[*]}"

give_up() {
    # $1: why we cannot install ourselves
    echo "system_deps ($mode): $1. Missing Debian packages:" >&2
    echo "    ${missing[*]}" >&2
    echo "Install them with:" >&2
    echo "    sudo apt-get update && sudo $install_line" >&2
    if [[ $mode == test ]]; then
        echo "system_deps: the tests need these; stopping." >&2
        exit 1
    fi
    echo "system_deps: continuing; the GUI may fail to start without them." >&2
    exit 0
}

command -v apt-get >/dev/null 2>&1 || give_up "apt-get not found (not Debian/Ubuntu?)"
[[ $(id -u) -eq 0 ]] || give_up "not root"

echo "system_deps ($mode): installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
