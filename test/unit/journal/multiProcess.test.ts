// Three processes, each playing a VS Code window, journal at the same moment into one folder while a reader merges
// their files: nothing is lost, nothing is misread, and no window's writing disturbs another's.
import * as assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { at, MINUTE, simulatedJournal } from './harness';

function runWindow(directory: string, index: number, start: number): Promise<number | null> {
  const child = fork(path.join(__dirname, 'windowProcess.ts'), [directory, String(index), String(start)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve) => child.on('exit', resolve));
}

suite('journal: several windows in several processes', function () {
  this.timeout(120_000);

  test('three windows write at once; a reader merges every file into the spans of the day', async () => {
    const reader = simulatedJournal();
    const start = at('2024-05-02 09:00');
    const day = [new Date(at('2024-05-02 00:00')), new Date(at('2024-05-02 23:59'))] as const;
    let exited = false;
    const windows = Promise.all([0, 1, 2].map((i) => runWindow(reader.directory, i, start))).finally(
      () => (exited = true),
    );
    // Reading while they write: lines being written are skipped (and logged), never an error.
    let reads = 0;
    while (!exited) {
      await reader.journal.spans(...day);
      reads++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.deepEqual(await windows, [0, 0, 0], 'every window wrote without an error');
    const files = await fs.readdir(path.join(reader.directory, '2024-05-02'));
    assert.equal(files.length, 3, 'one file per window');
    const spans = await reader.journal.spans(...day);
    assert.deepEqual(
      spans.map((s) => [s.file, (s.start - start) / MINUTE, (s.end - start) / MINUTE]),
      [
        ['w0.ts', 0, 30],
        ['w1.ts', 30, 60],
        ['w2.ts', 60, 89 + 59 / 60],
      ],
    );
    const broken = reader.logs.filter((line) => !line.includes('unfinished last line'));
    assert.deepEqual(broken, [], `${reads} reads while writing`);
  });
});
