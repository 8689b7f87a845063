#!/bin/sh
# Runs a test (the arguments) in a private D-Bus session with an unlocked GNOME Keyring, as the system
# keychain tests need, whether run as root on a CI machine with no session bus or by a developer with one:
# the keyring lives in a throw-away home so that a developer's own keyring is never read, unlocked or
# changed. Needs the Debian packages dbus and gnome-keyring.
set -u

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keychain: $tool is missing (install the Debian packages dbus and gnome-keyring)" >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/vigie-keyring.XXXXXX") || exit 1
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/run"
chmod 700 "$scratch/run"

status=0
env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u GNOME_KEYRING_CONTROL \
    HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
    XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/run" \
    dbus-run-session -- sh -c '
        printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || {
            echo "with-keychain: gnome-keyring-daemon did not start" >&2
            exit 1
        }
        exec "$@"' with-keychain "$@" || status=$?
rm -rf "$scratch"
exit "$status"
