#!/usr/bin/env bash
# The whole test suite, as CI runs it: static checks, unit tests in Node, then the packaged extension in a real
# VS Code (code-server + Chromium). Ends with one line "N passed, N failed" counting every check and test.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .test-run
rm -f .test-run/unit.json .test-run/integration.json

passed=0
failed=0
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

# A mocha suite adds its own counts from the JSON file it writes; a crash before writing counts as one failure.
suite() {
  local name="$1" result="$2"
  shift 2
  echo "── $name"
  "$@"
  local code=$?
  if [ -f "$result" ]; then
    local p f
    p=$(node -p "require('./$result').passed")
    f=$(node -p "require('./$result').failed")
    passed=$((passed + p))
    failed=$((failed + f))
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
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
