// Appends of 16 windows (16 real Node processes) on one timesheet, on a clock that crosses a minute every few
// milliseconds: the lock makes each append's read, order check and write one step, so every line is written once,
// in order, and the file still reads.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TimesheetStore } from '../../../src/store/timesheetStore';

const PROCESSES = 16;
const APPENDS = 500;

function runAppender(file: string, id: number, clockStart: number): Promise<{ refused: number }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(__dirname, 'timesheetAppender.ts'),
        file,
        String(id),
        String(APPENDS),
        String(clockStart),
      ],
      { env: { ...process.env, TZ: 'UTC' } },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout)),
    );
  });
}

suite('files: appends of many windows across minute boundaries', function () {
  this.timeout(120_000);

  test(`${PROCESSES} processes × ${APPENDS} appends: every line once, in order, and the file reads`, async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'timekeeper-append-race-')), 'utt.log');
    const clockStart = Date.now();
    const results = await Promise.all(
      Array.from({ length: PROCESSES }, (_, id) => runAppender(file, id, clockStart)),
    );
    const lines = (await fs.readFile(file, 'utf8')).split('\n').filter((line) => line !== '');
    assert.equal(lines.length, PROCESSES * APPENDS);
    const names = lines.map((line) => line.slice('2024-03-01 00:00 '.length));
    assert.equal(new Set(names).size, names.length, 'no line written twice');
    for (let id = 0; id < PROCESSES; id++) {
      const own = names.filter((name) => name.startsWith(`p${id}: `));
      assert.deepEqual(
        own,
        Array.from({ length: APPENDS }, (_, i) => `p${id}: entry ${i}`),
        `process ${id}'s lines, each once, in its order`,
      );
    }
    const times = lines.map((line) => line.slice(0, 16));
    for (let i = 1; i < times.length; i++) {
      assert.ok(
        String(times[i - 1]) <= String(times[i]),
        `line ${i + 1} (${lines[i]}) is earlier than the one before`,
      );
    }
    const entries = await new TimesheetStore(file).entries();
    assert.equal(entries.length, PROCESSES * APPENDS, 'the file reads');
    const refused = results.reduce((sum, r) => sum + r.refused, 0);
    console.log(`      ${refused} appends refused as earlier than the last line and made again`);
    assert.deepEqual(await fs.readdir(path.dirname(file)), ['utt.log'], 'no lock or temporary file left');
  });
});
