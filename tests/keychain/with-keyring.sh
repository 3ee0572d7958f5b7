#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one keychain test against a private Secret Service, never the user's own keyring.
# Meant to run inside its own session bus:
#   dbus-run-session --config-file=session-bus.conf -- sh with-keyring.sh [--no-keyring] <test> [args]
# Every folder a keychain, QSettings or the journal could write to is a temporary one; the
# test scans them afterwards. With --no-keyring no daemon is started (a bus, but nobody owns
# org.freedesktop.secrets), to check what people are told then.
set -u

mode=keyring
if [ "${1:-}" = "--no-keyring" ]; then
    mode=none
    shift
fi
if [ $# -lt 1 ]; then
    echo "usage: with-keyring.sh [--no-keyring] <test executable> [arguments]" >&2
    exit 2
fi
test_exe=$1
shift

tmp=$(mktemp -d "${TMPDIR:-/tmp}/partnero-keychain.XXXXXX") || exit 1
keyring_pid=
cleanup() {
    if [ -n "$keyring_pid" ]; then
        kill "$keyring_pid" 2>/dev/null
        wait "$keyring_pid" 2>/dev/null
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export HOME="$tmp/home"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# A password prompt on a screen would wait for ever; without one, failures are immediate.
unset DISPLAY WAYLAND_DISPLAY
# Tells the test it is safe to write to this keychain and these folders.
export PARTNERO_KEYCHAIN_SANDBOX="$tmp"

if [ "$mode" = keyring ]; then
    # --unlock reads the password of the (new) login keyring from stdin.
    printf pw | gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$tmp/keyring.log" 2>&1 &
    keyring_pid=$!
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q 'boolean true'; do
        tries=$((tries + 1))
        if [ $tries -gt 100 ] || ! kill -0 "$keyring_pid" 2>/dev/null; then
            echo "gnome-keyring-daemon did not come up:" >&2
            cat "$tmp/keyring.log" >&2
            exit 1
        fi
        sleep 0.1
    done
fi

"$test_exe" "$@"
status=$?
exit $status
