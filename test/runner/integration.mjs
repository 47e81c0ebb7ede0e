#!/usr/bin/env node
// `npm run test:integration`: the integration suite, offline, on a real VS Code (code-server + Debian chromium).
//   1. packages the VSIX files with scripts/package.mjs when dist/timekeeper.vsix is missing or older than the
//      sources (src, subplugins, test/fixtures, package.json, esbuild.mjs), or always with --build;
//      scripts/package.mjs also bundles the tests; otherwise the tests alone are rebundled (fast);
//   2. runs test/runner/run-integration.mjs with dist/timekeeper.vsix and out/fixtures/*.vsix installed,
//      out/integration/index.js as the tests, screenshots in .test-run/screenshots and the summary in
//      .test-run/integration.json ({passed, failed, pending, failures, setupMs, totalMs}; read by scripts/test.sh).
// Every other argument goes to run-integration.mjs, e.g. --grep "Plugin host", --verbose, --keep, --timeout 300.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const args = process.argv.slice(2);
const forceBuild = args.includes('--build');
const pass = args.filter((a) => a !== '--build');
const node = (...a) => spawnSync(process.execPath, a, { cwd: root, stdio: 'inherit' }).status ?? 1;

function newest(p) {
  const st = statSync(p, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(
    st.mtimeMs,
    ...readdirSync(p)
      .filter((n) => n !== 'node_modules')
      .map((n) => newest(path.join(p, n))),
  );
}
const vsix = path.join(root, 'dist/timekeeper.vsix');
const sources = ['src', 'subplugins', 'test/fixtures', 'package.json', 'esbuild.mjs', '.vscodeignore'].map(
  (p) => path.join(root, p),
);
const stale = !existsSync(vsix) || Math.max(...sources.map(newest)) > statSync(vsix).mtimeMs;
if (forceBuild || stale) {
  console.log(
    `[integration] ${forceBuild ? '--build' : 'the VSIX is missing or older than the sources'}: node scripts/package.mjs`,
  );
  if (node('scripts/package.mjs') !== 0) process.exit(2);
} else if (node('test/runner/build-tests.mjs') !== 0) {
  process.exit(2);
}

const fixtures = path.join(root, 'out/fixtures');
const plugins = existsSync(fixtures)
  ? readdirSync(fixtures)
      .filter((f) => f.endsWith('.vsix'))
      .sort()
      .map((f) => path.join(fixtures, f))
  : [];
const result = path.join(root, '.test-run/integration.json');
rmSync(result, { force: true });
const status = node(
  'test/runner/run-integration.mjs',
  ...[vsix, ...plugins].flatMap((v) => ['--vsix', v]),
  '--tests',
  path.join(root, 'out/integration/index.js'),
  '--screenshots',
  path.join(root, '.test-run/screenshots'),
  '--result',
  result,
  ...pass,
);
process.exit(status);
