#!/usr/bin/env node
// `npm run test:integration`: the integration suite, offline, on a real VS Code (code-server + Debian chromium).
//   1. packages the VSIX files with scripts/package.mjs when dist/timekeeper.vsix is missing or older than the
//      sources (src, subplugins, test/fixtures, examples, api/src, package.json, esbuild.mjs), or always with --build;
//      scripts/package.mjs also bundles the tests; otherwise the tests alone are rebundled (fast);
//   2. runs two code-server sessions, one after the other, through test/runner/run-integration.mjs:
//      - main: dist/timekeeper.vsix and out/fixtures/*.vsix installed, out/integration/index.js as the tests;
//      - examples: dist/timekeeper.vsix and out/examples/*.vsix installed, out/integration-examples/index.js as the
//        tests (test/integration/examples). Separate because the example report plugin changes every report;
//      - restricted: dist/timekeeper.vsix alone, with workspace trust on and the folder untrusted (Restricted Mode),
//        out/integration-restricted/index.js as the tests (test/integration/restricted);
//      - german: dist/timekeeper.vsix alone, with German as VS Code's display language (`--locale de`),
//        out/integration-german/index.js as the tests (test/integration/german);
//   3. merges the sessions' summaries into .test-run/integration.json ({passed, failed, skipped, retried, failures,
//      sessions}; read by scripts/test.sh); each session's own is .test-run/integration-<session>.json, its
//      screenshots .test-run/screenshots[-examples|-restricted].
// --session main|examples|restricted|german runs one session only. Every other argument goes to run-integration.mjs (all sessions),
// e.g. --grep "Plugin host", --verbose, --keep, --timeout 300.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const args = process.argv.slice(2);
const forceBuild = args.includes('--build');
const sessionIndex = args.indexOf('--session');
const only = sessionIndex >= 0 ? args[sessionIndex + 1] : undefined;
if (only !== undefined && !['main', 'examples', 'restricted', 'german'].includes(only)) {
  console.error(`[integration] --session expects main, examples, restricted or german, got ${only}`);
  process.exit(2);
}
// Without --session (index -1), `i !== sessionIndex + 1` would drop the first argument.
const pass = args.filter(
  (a, i) => a !== '--build' && (sessionIndex < 0 || (i !== sessionIndex && i !== sessionIndex + 1)),
);
const node = (...a) => spawnSync(process.execPath, a, { cwd: root, stdio: 'inherit' }).status ?? 1;

function newest(p) {
  const st = statSync(p, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(
    st.mtimeMs,
    ...readdirSync(p)
      // Build output (examples/*/dist) is written after the VSIX and is not a source.
      .filter((n) => n !== 'node_modules' && n !== 'dist')
      .map((n) => newest(path.join(p, n))),
  );
}
const vsix = path.join(root, 'dist/timekeeper.vsix');
const sources = [
  'src',
  'subplugins',
  'test/fixtures',
  'examples',
  'api/src',
  'package.json',
  'esbuild.mjs',
  '.vscodeignore',
].map((p) => path.join(root, p));
const stale = !existsSync(vsix) || Math.max(...sources.map(newest)) > statSync(vsix).mtimeMs;
if (forceBuild || stale) {
  console.log(
    `[integration] ${forceBuild ? '--build' : 'the VSIX is missing or older than the sources'}: node scripts/package.mjs`,
  );
  if (node('scripts/package.mjs') !== 0) process.exit(2);
} else if (node('test/runner/build-tests.mjs') !== 0) {
  process.exit(2);
}

const examplesTests = path.join(root, 'out/integration-examples');
if (node('test/runner/build-tests.mjs', '--src', 'test/integration/examples', '--out', examplesTests) !== 0) {
  process.exit(2);
}
const restrictedTests = path.join(root, 'out/integration-restricted');
if (
  node('test/runner/build-tests.mjs', '--src', 'test/integration/restricted', '--out', restrictedTests) !== 0
) {
  process.exit(2);
}

const germanTests = path.join(root, 'out/integration-german');
if (node('test/runner/build-tests.mjs', '--src', 'test/integration/german', '--out', germanTests) !== 0) {
  process.exit(2);
}

const vsixIn = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.vsix'))
        .sort()
        .map((f) => path.join(dir, f))
    : [];
const sessions = [
  {
    name: 'main',
    plugins: vsixIn(path.join(root, 'out/fixtures')),
    tests: path.join(root, 'out/integration/index.js'),
    screenshots: path.join(root, '.test-run/screenshots'),
  },
  {
    name: 'examples',
    plugins: vsixIn(path.join(root, 'out/examples')),
    tests: path.join(examplesTests, 'index.js'),
    screenshots: path.join(root, '.test-run/screenshots-examples'),
  },
  {
    name: 'restricted',
    plugins: [],
    tests: path.join(restrictedTests, 'index.js'),
    screenshots: path.join(root, '.test-run/screenshots-restricted'),
    args: ['--workspace-trust'],
  },
  {
    name: 'german',
    plugins: [],
    tests: path.join(germanTests, 'index.js'),
    screenshots: path.join(root, '.test-run/screenshots-german'),
    args: ['--locale', 'de'],
  },
].filter((s) => !only || s.name === only);

const result = path.join(root, '.test-run/integration.json');
rmSync(result, { force: true });
const merged = { passed: 0, failed: 0, skipped: 0, retried: 0, failures: [], sessions: {} };
let status = 0;
for (const session of sessions) {
  const sessionResult = path.join(root, `.test-run/integration-${session.name}.json`);
  rmSync(sessionResult, { force: true });
  console.log(`[integration] session ${session.name}`);
  const code = node(
    'test/runner/run-integration.mjs',
    ...[vsix, ...session.plugins].flatMap((v) => ['--vsix', v]),
    '--tests',
    session.tests,
    '--screenshots',
    session.screenshots,
    '--result',
    sessionResult,
    ...(session.args ?? []),
    ...pass,
  );
  status = Math.max(status, code);
  const summary = existsSync(sessionResult) ? JSON.parse(readFileSync(sessionResult, 'utf8')) : undefined;
  merged.sessions[session.name] = summary ?? { crashed: true, exitCode: code };
  if (!summary) {
    // A session that wrote nothing counts as one failure, as scripts/test.sh counts a suite that never finished.
    merged.failed += 1;
    merged.failures.push({ title: `(session ${session.name} did not finish)`, error: `exit code ${code}` });
    continue;
  }
  merged.passed += summary.passed;
  merged.failed += summary.failed;
  merged.skipped += summary.skipped;
  merged.retried += summary.retried;
  merged.failures.push(
    ...(summary.failures ?? []).map((f) => ({ ...f, title: `[${session.name}] ${f.title}` })),
  );
}
writeFileSync(result, JSON.stringify(merged, null, 2));
if (sessions.length > 1) {
  console.log(
    `[integration] all sessions: passed ${merged.passed}, failed ${merged.failed}, skipped ${merged.skipped}, retried ${merged.retried}`,
  );
}
process.exit(status);
