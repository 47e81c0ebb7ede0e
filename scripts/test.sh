#!/usr/bin/env bash
# The whole test suite, as CI runs it: static checks, unit tests in Node, then the packaged extension in a real
# VS Code (code-server + Chromium). Ends with one line "N passed, N failed, N skipped" counting every check and test
# as it really went (test/runner/honestCounts.ts): a skip is forbidden, so it counts as skipped and as failed; a test
# that failed and was retried counts as failed (and the retries are shown on a line of their own).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .test-run
rm -f .test-run/unit.json .test-run/integration.json

passed=0
failed=0
skipped=0
retried=0
failures=()

# A check that is not a mocha suite counts as one test.
check() {
  local name="$1"
  shift
  echo "── $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("$name")
  fi
}

# A mocha suite adds its own counts from the JSON file it writes; a crash before writing counts as one failure, and
# so does a suite that exits non-zero with no failure counted.
suite() {
  local name="$1" result="$2"
  shift 2
  echo "── $name"
  "$@"
  local code=$?
  if [ -f "$result" ]; then
    local p f s r
    read -r p f s r < <(node -p "const c = require('./$result'); [c.passed, c.failed, c.skipped, c.retried].join(' ')")
    passed=$((passed + p))
    failed=$((failed + f))
    skipped=$((skipped + s))
    retried=$((retried + r))
    if [ "$f" -gt 0 ] || [ "$code" -ne 0 ]; then failures+=("$name"); fi
    if [ "$f" -eq 0 ] && [ "$code" -ne 0 ]; then failed=$((failed + 1)); fi
  else
    failed=$((failed + 1))
    failures+=("$name (did not run to the end)")
  fi
}

check "eslint" npx eslint --max-warnings 0 .
check "prettier" npx prettier --check --log-level warn .
check "tsc --noEmit (strict)" npx tsc --noEmit -p .
check "tsc --noEmit (strict, webview)" npx tsc --noEmit -p subplugins/report-view/webview
suite "unit tests" .test-run/unit.json node --import tsx test/runner/unit.mjs
check "build and package the VSIX files" node scripts/package.mjs
suite "integration tests (real VS Code)" .test-run/integration.json node test/runner/integration.mjs

echo
if [ ${#failures[@]} -gt 0 ]; then printf 'failed: %s\n' "${failures[@]}"; fi
if [ "$retried" -gt 0 ]; then echo "retried: $retried (retries are forbidden; each retried test counts as failed)"; fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
