#!/usr/bin/env bash
# Install Debian's PostgreSQL server binaries for the store's tests, idempotently.
# Called by `make test` before pytest. The tests start their own throwaway server from these
# binaries (tests/pg_server.py: initdb in a temporary folder, a free loopback port); the
# package's own cluster is not needed, so it is neither created nor started here.
# Never fails the build: without apt (or without the network) the PostgreSQL tests skip and say why.
set -uo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-postgresql: no apt-get here; the PostgreSQL store tests will skip (install PostgreSQL to run them)" >&2
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO="sudo -n"
    else
        echo "install-postgresql: not root and no password-less sudo; the PostgreSQL store tests will skip" >&2
        exit 0
    fi
fi
export DEBIAN_FRONTEND=noninteractive
# policy-rc.d 101: the package must not start its own cluster (no init system in containers, and
# the tests do not use it); removed again below.
POLICY=/usr/sbin/policy-rc.d
ADDED_POLICY=0
if [ ! -e "$POLICY" ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null && $SUDO chmod +x "$POLICY" && ADDED_POLICY=1
fi
status=0
$SUDO apt-get update -q || status=$?
if [ "$status" -eq 0 ]; then
    $SUDO apt-get install -y -q --no-install-recommends postgresql || status=$?
fi
if [ "$ADDED_POLICY" -eq 1 ]; then
    $SUDO rm -f "$POLICY"
fi
if [ "$status" -ne 0 ]; then
    echo "install-postgresql: apt-get failed (exit $status); the PostgreSQL store tests will skip" >&2
fi
exit 0
