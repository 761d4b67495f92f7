#!/usr/bin/env bash
# Install Debian's Chromium for the end-to-end tests (tests/e2e), idempotently.
# Called by `make test` (and CI) before pytest: the e2e tests never install anything
# themselves, and in CI (CI=true) they fail rather than skip when chromium is missing.
# Playwright's own browser download does not work on this machine, so we use Debian's build.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# Recommends would pull ~100 packages (and a systemd upgrade) that headless tests never use.
$SUDO apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
command -v chromium
