// Inserts (a rewrite of the whole file by rename) and appends of 4 windows (4 real Node processes) on one timesheet:
// the lock makes every read-modify-write one step, so every entry is written exactly once and the file stays in
// chronological order.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TimesheetStore } from '../../../src/store/timesheetStore';

const EACH = 60;

function runWriter(file: string, mode: 'insert' | 'append', id: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'timesheetInserter.ts'), file, mode, String(id), String(EACH)],
      { env: { ...process.env, TZ: 'UTC' } },
      (error, _stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve()),
    );
  });
}

suite('files: inserts and appends of several windows at once', function () {
  this.timeout(120_000);

  test('2 processes inserting and 2 appending: every entry exactly once, the file in order, nothing left beside it', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'timekeeper-insert-race-')), 'utt.log');
    await fs.writeFile(file, '2024-03-05 23:59 hello\n');
    await Promise.all([
      runWriter(file, 'insert', 0),
      runWriter(file, 'insert', 1),
      runWriter(file, 'append', 2),
      runWriter(file, 'append', 3),
    ]);
    // The store refuses a file out of chronological order: reading it is the order check.
    const names = (await new TimesheetStore(file).entries()).map((entry) => entry.name);
    const expected = ['hello'];
    for (const [mode, id] of [
      ['insert', 0],
      ['insert', 1],
      ['append', 2],
      ['append', 3],
    ] as const) {
      for (let i = 0; i < EACH; i++) {
        expected.push(`${mode}${id}: entry ${i}`);
        if (mode === 'insert' && i % 3 === 0) expected.push(`${mode}${id}: entry ${i} bis`);
      }
    }
    assert.deepEqual([...names].sort(), expected.sort(), 'every entry once');
    const appended = names.filter((name) => name.startsWith('append'));
    for (const id of [2, 3]) {
      assert.deepEqual(
        appended.filter((name) => name.startsWith(`append${id}:`)),
        Array.from({ length: EACH }, (_, i) => `append${id}: entry ${i}`),
        `process ${id}'s appends in its order`,
      );
    }
    assert.deepEqual(await fs.readdir(path.dirname(file)), ['utt.log'], 'no lock or temporary file left');
  });
});
