// Mocha bootstrap for the integration suite. VS Code loads this (compiled to out/integration/index.js) as
// `extensionTestsPath` inside the extension host and awaits `run()`: resolving means success, rejecting means failure.
//
// It runs every `*.test.js` next to this file or in its sub-folders (tdd UI: suite/test/setup/teardown, 20 s timeout,
// no colour, `.only` and skips forbidden), prints mocha's spec reporter to the extension host console (the runner
// streams it), and writes a summary counted by test/runner/honestCounts.ts (a retried test's first failure is a
// failure; a skip is counted as skipped and as a failure)
//   { passed, failed, skipped, retried, failures: [{ title, error }], startedAt, endedAt }
// to the path in $TIMEKEEPER_TEST_RESULT (set by test/runner/run-integration.mjs), or, when that is unset (e.g. under
// @vscode/test-electron), to `<first workspace folder>/.timekeeper-test-result.json`, else next to this file.
// Optional: $TIMEKEEPER_TEST_GREP filters tests by full title.
import * as fs from 'node:fs';
import { createRequire, findSourceMap } from 'node:module';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { countHonestly, honestMochaOptions, type HonestCounts } from '../runner/honestCounts';

type MochaCtor = typeof import('mocha');

// mocha 12 is an ES module: `require` works on Node >= 20.19 (and gives a namespace with `default`), and its CJS build
// is lib/mocha.cjs. It is external to the bundle; when the compiled tests live outside the repo (nothing to resolve
// `mocha` from), the runner passes the package folder in $TIMEKEEPER_TEST_MOCHA.
function loadMocha(): MochaCtor {
  const pick = (m: unknown): unknown =>
    typeof m === 'function'
      ? m
      : ((m as { default?: unknown; Mocha?: unknown } | undefined)?.default ??
        (m as { Mocha?: unknown } | undefined)?.Mocha);
  const load = createRequire(__filename);
  const errors: string[] = [];
  const candidates = ['mocha', 'mocha/lib/mocha.cjs'];
  const dir = process.env.TIMEKEEPER_TEST_MOCHA;
  if (dir) candidates.push(dir, path.join(dir, 'lib', 'mocha.cjs'));
  for (const c of candidates) {
    try {
      const M = pick(load(c));
      if (typeof M === 'function') return M as MochaCtor;
    } catch (e) {
      errors.push(`${c}: ${(e as Error).message}`);
    }
  }
  throw new Error(`cannot load mocha:\n  ${errors.join('\n  ')}`);
}

// VS Code's extension host replaces Error.prepareStackTrace, so Node's own source-map support never rewrites
// stacks: map `file.js:line:col` frames of our bundles back to the .ts sources here (for the summary and the reporter).
function mapStack(stack: string): string {
  // mocha has already made paths below the cwd relative (its stack filter) when 'fail' fires
  return stack.replace(/([^\s()]+\.js):(\d+):(\d+)/g, (all, js: string, line: string, col: string) => {
    try {
      const file = path.resolve(js);
      const entry = findSourceMap(file)?.findEntry(Number(line) - 1, Number(col) - 1) as
        { originalSource?: string; originalLine?: number; originalColumn?: number } | undefined;
      if (
        entry?.originalSource === undefined ||
        entry.originalLine === undefined ||
        entry.originalColumn === undefined
      )
        return all;
      const src = entry.originalSource.startsWith('file://')
        ? new URL(entry.originalSource).pathname
        : entry.originalSource;
      const abs = path.resolve(path.dirname(file), src);
      const rel = path.relative(process.cwd(), abs);
      return `${rel.startsWith('..') ? abs : rel}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    } catch {
      return all;
    }
  });
}

export interface Summary extends HonestCounts {
  startedAt: number;
  endedAt: number;
}

function resultPath(): string {
  if (process.env.TIMEKEEPER_TEST_RESULT) return process.env.TIMEKEEPER_TEST_RESULT;
  const ws = vscode.workspace.workspaceFolders?.[0];
  if (ws && ws.uri.scheme === 'file') return path.join(ws.uri.fsPath, '.timekeeper-test-result.json');
  return path.join(__dirname, '.timekeeper-test-result.json');
}

/** Every *.test.js next to this file or below it (build-tests.mjs keeps test/integration's sub-folders). */
function findTests(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) return d.name === 'node_modules' ? [] : findTests(p);
      return d.name.endsWith('.test.js') ? [p] : [];
    })
    .sort();
}

export async function run(): Promise<void> {
  const startedAt = Date.now();
  process.setSourceMapsEnabled?.(true); // stack traces point at the .ts sources (build-tests.mjs emits source maps)
  const Mocha = loadMocha();
  const mocha = new Mocha({
    ui: 'tdd',
    timeout: 20_000,
    color: false,
    reporter: 'spec',
    ...honestMochaOptions,
  });
  if (process.env.TIMEKEEPER_TEST_GREP) mocha.grep(process.env.TIMEKEEPER_TEST_GREP);

  const files = findTests(__dirname);
  for (const f of files) mocha.addFile(f);

  // Replaced by the run's own counts once mocha starts; before that, only a failure to start is counted.
  let counts: HonestCounts = { passed: 0, failed: 0, skipped: 0, retried: 0, failures: [] };
  const write = () => {
    const summary: Summary = { ...counts, startedAt, endedAt: Date.now() };
    const file = resultPath();
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(summary, null, 2));
    } catch (e) {
      console.error(`cannot write the test summary to ${file}: ${(e as Error).message}`);
    }
  };

  if (files.length === 0) {
    counts.failed = 1;
    counts.failures.push({ title: '(no tests)', error: `no *.test.js files in ${__dirname}` });
    write();
    throw new Error(`no *.test.js files in ${__dirname}`);
  }

  await new Promise<void>((resolve, reject) => {
    let runner: Mocha.Runner;
    try {
      runner = mocha.run(() => {
        write();
        if (counts.failed > 0) reject(new Error(`${counts.failed} integration test(s) failed`));
        else resolve();
      });
    } catch (e) {
      // a test file that throws while loading
      counts.failed++;
      counts.failures.push({ title: '(loading test files)', error: (e as Error)?.stack ?? String(e) });
      write();
      reject(e);
      return;
    }
    // The stack is mapped in place, so that mocha's spec reporter prints the mapped one too.
    counts = countHonestly(runner, (error) => {
      try {
        if (error.stack) error.stack = mapStack(error.stack);
      } catch {
        /* keep the original */
      }
      return error.stack ?? String(error);
    });
  });
}
