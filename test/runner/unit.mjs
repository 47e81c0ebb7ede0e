// Runs the unit tests (mocha, in Node) and records their counts for scripts/test.sh.
// Started as `node --import tsx test/runner/unit.mjs [filter]`, so the TypeScript test files load directly.
import Mocha from 'mocha';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const mocha = new Mocha({ ui: 'tdd', timeout: 60000, color: false, reporter: 'spec' });
const filter = process.argv[2];
const files = readdirSync(path.join(root, 'test/unit'), { recursive: true })
  .map((f) => path.join('test/unit', String(f)))
  .filter((f) => f.endsWith('.test.ts'))
  .filter((f) => !filter || f.includes(filter))
  .sort();
for (const file of files) mocha.addFile(path.join(root, file));
await mocha.loadFilesAsync();
const runner = mocha.run(() => {
  const { passes, failures } = runner.stats;
  mkdirSync(path.join(root, '.test-run'), { recursive: true });
  writeFileSync(path.join(root, '.test-run/unit.json'), JSON.stringify({ passed: passes, failed: failures }));
  process.exitCode = failures > 0 || passes === 0 ? 1 : 0;
});
