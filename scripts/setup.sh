#!/usr/bin/env bash
# Installs what the tests and `npm start` need beyond node_modules, on a new Debian machine with Node 20:
# Debian's Chromium (driven by playwright-core) and the offline VS Code (code-server from the npm registry).
set -euo pipefail
cd "$(dirname "$0")/.."

# ripgrep: VS Code's search and workspace.findFiles (code-server's own download of it is not possible offline).
if ! command -v chromium >/dev/null 2>&1 || ! command -v rg >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "setup: installing Debian's chromium and ripgrep"
  $sudo_cmd apt-get update -qq
  # apt's progress and debconf's notes are noise here; its errors still reach the terminal.
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium ripgrep >/dev/null 2>/tmp/timekeeper-apt.log ||
    { cat /tmp/timekeeper-apt.log >&2; exit 1; }
fi
bash scripts/setup-code-server.sh
echo "setup: done ($(chromium --version 2>/dev/null | head -1); code-server $(node -p "require('./node_modules/code-server/package.json').version"))"
