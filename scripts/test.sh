#!/usr/bin/env bash
# The full test command (README's second command; .ci/run calls it): type check, lint and format check,
# unit tests, both builds, then end-to-end tests in real Chromium and Firefox.
#
# MEDGLANCE_DIST=/some/dir npm test builds into that folder instead of dist/ and tests that build
# (lets several people test one checkout at once without overwriting each other's dist/).
set -euo pipefail
cd "$(dirname "$0")/.."

stage() {
  echo
  echo "== $1 (at ${SECONDS}s)"
}

[ -d node_modules ] || npm ci --no-audit --no-fund
bash scripts/install-browsers.sh

stage "type check"
npx tsc --noEmit

stage "lint and format check (ESLint, Prettier)"
npm run lint --silent

stage "unit tests"
npx vitest run --config vitest.config.ts

stage "build"
if [ -n "${MEDGLANCE_DIST:-}" ]; then
  for target in chrome firefox; do
    MEDGLANCE_TARGET=$target MEDGLANCE_OUT_DIR="$MEDGLANCE_DIST/$target" npx vite build --logLevel warn
  done
else
  npm run build --silent
fi

stage "end-to-end tests (Chromium and Firefox)"
npx vitest run --config vitest.e2e.config.ts

echo
echo "== all tests passed in ${SECONDS}s"
