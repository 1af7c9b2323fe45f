#!/usr/bin/env bash
# Installs Debian's chromium and firefox-esr for the end-to-end tests when they are missing.
# Test tools cannot download their own browsers here; Debian's packages are the browsers we test.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing ${missing[*]} from Debian's packages..."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
