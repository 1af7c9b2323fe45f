#!/usr/bin/env bash
# Installs Debian's chromium and firefox-esr for the end-to-end tests when they are missing.
# Test tools cannot download their own browsers here; Debian's packages are the browsers we test.
# The paths checked are the ones the tests launch (MEDGLANCE_CHROMIUM / MEDGLANCE_FIREFOX
# override them, as they do in the test harness).
set -euo pipefail

CHROMIUM="${MEDGLANCE_CHROMIUM:-/usr/bin/chromium}"
FIREFOX="${MEDGLANCE_FIREFOX:-/usr/bin/firefox-esr}"

missing_packages() {
  local missing=()
  [ -x "$CHROMIUM" ] || missing+=(chromium)
  [ -x "$FIREFOX" ] || missing+=(firefox-esr)
  echo "${missing[@]}"
}

read -r -a missing <<<"$(missing_packages)"
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing ${missing[*]} from Debian's packages..."
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "Need root to install ${missing[*]}: run as root, or install sudo, or run: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  SUDO=(sudo)
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "apt-get not found: install ${missing[*]} with your system's package manager" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null

read -r -a still_missing <<<"$(missing_packages)"
if [ ${#still_missing[@]} -ne 0 ]; then
  echo "Still missing after apt-get install: ${still_missing[*]} (looked for $CHROMIUM and $FIREFOX)" >&2
  exit 1
fi
echo "Installed ${missing[*]}."
