#!/usr/bin/env bash
# Prepares the code-server that the integration tests drive (CONTRIBUTING.md, "The real VS Code"). code-server is installed with
# --ignore-scripts because its own postinstall refuses root and downloads ripgrep; this does the parts we need.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cs="$root/node_modules/code-server"
vs="$cs/lib/vscode"
# ripgrep is optional (code-server's own download of it needs GitHub): without it the workbench logs
# "spawn …/@vscode/ripgrep/bin/rg ENOENT" and workspace.findFiles / text search / workspaceContains do not work.
# When a system rg is installed (Debian: apt-get install ripgrep), use it.
rgbin="$vs/node_modules/@vscode/ripgrep/bin"
if [ -d "$vs/node_modules/@vscode/ripgrep" ] && [ ! -e "$rgbin/rg" ] && command -v rg >/dev/null 2>&1; then
  mkdir -p "$rgbin" && ln -s "$(command -v rg)" "$rgbin/rg"
fi
if [ -f "$vs/.timekeeper-ready" ]; then exit 0; fi
echo "setup: preparing the offline VS Code (code-server $(node -p "require('$cs/package.json').version"))"
(cd "$vs" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
# node-pty's own post-install step fails after its build succeeded (npm then prints "npm error" lines that mean
# nothing here): the built .node files are what matter, so the output is kept in a log and shown only when a
# module does not load.
rebuild_log="$vs/.timekeeper-rebuild.log"
(cd "$vs" && npm rebuild --ignore-scripts=false @parcel/watcher @vscode/spdlog native-watchdog node-pty >"$rebuild_log" 2>&1) || true
# Check by loading each module (@parcel/watcher >= 2.5 ships its binary in @parcel/watcher-linux-x64-glibc,
# so searching its own folder for *.node finds nothing even when it works).
for m in @parcel/watcher @vscode/spdlog native-watchdog node-pty; do
  if ! (cd "$vs" && node -e "require('$m')" >/dev/null 2>&1); then
    cat "$rebuild_log" >&2
    echo "setup: $m does not load (the rebuild's output is above and in $rebuild_log)" >&2
    exit 1
  fi
done
[ -e "$vs/node_modules.asar" ] || ln -s node_modules "$vs/node_modules.asar"
# argon2 (required at code-server's start even with --auth none) is hoisted to the root node_modules by npm, so
# rebuild it where it actually is: `npm rebuild argon2` inside code-server's folder silently does nothing then.
a2="$(cd "$cs" && node -p "require('path').dirname(require.resolve('argon2/package.json'))")"
if ! (cd "$cs" && node -e "require('argon2')" >/dev/null 2>&1); then
  (cd "$(dirname "$(dirname "$a2")")" && npm rebuild --ignore-scripts=false argon2 --loglevel=error >/dev/null)
fi
(cd "$cs" && node -e "require('argon2')") || { echo "setup: argon2 does not load" >&2; exit 1; }
touch "$vs/.timekeeper-ready"
