#!/usr/bin/env bash
# The full test command (README's second command; .ci/run calls it): type check, unit tests,
# both builds, then end-to-end tests in real Chromium and Firefox.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -d node_modules ] || npm ci --no-audit --no-fund
bash scripts/install-browsers.sh

echo "== type check"
npx tsc --noEmit

echo "== unit tests"
npx vitest run --config vitest.config.ts

echo "== build"
npm run build --silent

echo "== end-to-end tests (Chromium and Firefox)"
npx vitest run --config vitest.e2e.config.ts
