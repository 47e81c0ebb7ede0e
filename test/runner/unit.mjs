// Runs the unit tests (mocha, in Node) and records their counts for scripts/test.sh.
// Started as `node --import tsx test/runner/unit.mjs [--bail] [filter...]`, so the TypeScript test files load
// directly. A filter keeps the test files whose path contains it (several filters: any of them); --bail stops at the
// first failure (the mutation run needs only one failing test to kill a mutant).
import Mocha from 'mocha';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { countHonestly, honestMochaOptions } from './honestCounts.ts';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const args = process.argv.slice(2);
const bail = args.includes('--bail');
const filters = args.filter((argument) => argument !== '--bail');
const mocha = new Mocha({
  ui: 'tdd',
  timeout: 60000,
  color: false,
  reporter: 'spec',
  bail,
  ...honestMochaOptions,
});
const files = readdirSync(path.join(root, 'test/unit'), { recursive: true })
  .map((f) => path.join('test/unit', String(f)))
  .filter((f) => f.endsWith('.test.ts'))
  .filter((f) => filters.length === 0 || filters.some((filter) => f.includes(filter)))
  .sort();
for (const file of files) mocha.addFile(path.join(root, file));

function record(counts) {
  mkdirSync(path.join(root, '.test-run'), { recursive: true });
  writeFileSync(path.join(root, '.test-run/unit.json'), JSON.stringify(counts, null, 2));
  process.exitCode = counts.failed > 0 || counts.passed === 0 ? 1 : 0;
}

try {
  // `.only` under forbidOnly throws here, while the files load.
  await mocha.loadFilesAsync();
} catch (error) {
  console.error(error);
  record({
    passed: 0,
    failed: 1,
    skipped: 0,
    retried: 0,
    failures: [{ title: '(loading test files)', error: String(error) }],
  });
}
if (process.exitCode === undefined) {
  const runner = mocha.run(() => {
    record(counts);
    if (counts.failures.length > 0) {
      console.log(
        `\n${counts.failures.map((failure) => `✘ ${failure.title}: ${failure.error.split('\n')[0]}`).join('\n')}`,
      );
    }
  });
  const counts = countHonestly(runner);
}
