#!/usr/bin/env node
// Bundles the integration tests for the extension host: test/integration/index.ts and every
// test/integration/**/*.test.ts become out/integration/**/*.js (same relative paths), CommonJS for Node 20, one
// self-contained bundle per file with a linked source map. `vscode` and `mocha` stay external: the extension host
// provides `vscode`, and `mocha` is required at run time from the repo's node_modules.
// Helpers such as ui.ts are bundled into each test that imports them.
//
//   node test/runner/build-tests.mjs [--src test/integration] [--out out/integration]
// The output dir is emptied first so a deleted test does not keep running.
import { build } from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? resolve(args[i + 1]) : def;
};
const src = opt('--src', join(repoRoot, 'test/integration'));
const out = opt('--out', join(repoRoot, 'out/integration'));

// A sub-folder with its own index.ts is a separate suite (e.g. test/integration/examples, run in its own session):
// it is bundled by a run of its own, not into this one.
function walk(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (n === 'node_modules' || n.startsWith('.')) return [];
    if (!statSync(p).isDirectory()) return [p];
    return statSync(join(p, 'index.ts'), { throwIfNoEntry: false }) ? [] : walk(p);
  });
}
const entryPoints = walk(src).filter((p) => p.endsWith('.test.ts') || p === join(src, 'index.ts'));
if (!entryPoints.includes(join(src, 'index.ts'))) {
  console.error(`build-tests: ${join(src, 'index.ts')} is missing`);
  process.exit(1);
}

const t = Date.now();
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints,
  outbase: src,
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: ['vscode', 'mocha', 'mocha/*'],
  logLevel: 'warning',
  absWorkingDir: repoRoot,
});
console.log(
  `build-tests: ${entryPoints.length} file(s) -> ${relative(process.cwd(), out) || '.'} in ${Date.now() - t} ms (${entryPoints.map((e) => relative(src, e)).join(', ')})`,
);
