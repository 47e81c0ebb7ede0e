import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  EMPTY_SHARED_STATE,
  parseSharedState,
  serializeSharedState,
} from '../../../src/tracking/sharedState';
import { SharedStateFile } from '../../../src/tracking/sharedStateFile';
import { simulatedWindow, tempTimesheetPath } from './harness';

suite('tracking: shared state file', () => {
  test('round-trips through its text form', () => {
    const state = {
      lastActivity: 1_714_650_000_000,
      pausedSince: 1_714_650_060_000,
      away: { start: 1, end: 2, claimedBy: 'w1' },
      claims: { 'goal:2024-5-2': 3 },
      focus: { workspace: '/ws', name: 'ws: src' },
    };
    const parsed = parseSharedState(serializeSharedState(state));
    assert.deepEqual({ ...parsed, claims: { ...parsed.claims } }, state);
  });

  test('corrupt, foreign or half-broken text reads as what can be trusted', () => {
    for (const text of ['', '{', 'null', '[]', '{"version":2,"lastActivity":5}']) {
      assert.deepEqual(parseSharedState(text), EMPTY_SHARED_STATE, text);
    }
    const parsed = parseSharedState(
      '{"version":1,"lastActivity":"soon","pausedSince":-4,"away":{"start":9,"end":1},"claims":{"a":1,"b":"x"}}',
    );
    assert.deepEqual({ ...parsed, claims: { ...parsed.claims } }, { lastActivity: 0, claims: { a: 1 } });
  });

  test('lives beside the timesheet; a missing or corrupt file reads empty and the next update repairs it', async () => {
    const timesheet = tempTimesheetPath();
    const file = SharedStateFile.besideTimesheet(timesheet);
    assert.equal(file.path, timesheet.replace(/utt\.log$/, '.utt.log.timekeeper.json'));
    assert.deepEqual(await file.read(), EMPTY_SHARED_STATE);
    await fs.writeFile(file.path, '{"version":1,"lastActivity":');
    assert.deepEqual(await file.read(), EMPTY_SHARED_STATE);
    const { written } = await file.update((state) => ({ ...state, lastActivity: 42 }));
    assert.ok(written);
    assert.equal(parseSharedState(await fs.readFile(file.path, 'utf8')).lastActivity, 42);
    const dir = await fs.readdir(timesheet.replace(/\/utt\.log$/, ''));
    assert.deepEqual(dir, ['.utt.log.timekeeper.json'], 'no temporary or lock file left behind');
  });

  test('a lock left by a crashed process is taken over once stale', async () => {
    const file = SharedStateFile.besideTimesheet(tempTimesheetPath());
    await file.update((state) => state);
    const lock = `${file.path}.lock`;
    await fs.writeFile(lock, '99999\n');
    const old = new Date(Date.now() - 60_000);
    await fs.utimes(lock, old, old);
    assert.ok((await file.update((state) => ({ ...state, lastActivity: 7 }))).written);
  });

  test('concurrent updates in one process never lose an increment', async () => {
    const file = SharedStateFile.besideTimesheet(tempTimesheetPath());
    await Promise.all(
      Array.from({ length: 20 }, () =>
        file.update((state) => ({ ...state, lastActivity: state.lastActivity + 1 })),
      ),
    );
    assert.equal((await file.read()).lastActivity, 20);
  });

  test('claimOnce is true on the first call for any key, "constructor" and "__proto__" too', async () => {
    const timesheet = tempTimesheetPath();
    const window = simulatedWindow(timesheet, new Date(2024, 4, 2, 9, 0));
    const keys = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'hello:2024-5-2'];
    try {
      for (const key of keys) {
        assert.equal(await window.tracker.claimOnce(key), true, key);
        assert.equal(await window.tracker.claimOnce(key), false, key);
      }
      const { claims } = await SharedStateFile.besideTimesheet(timesheet).read();
      assert.deepEqual(Object.keys(claims), keys, 'each stored as data, read back as data');
    } finally {
      window.tracker.dispose();
    }
  });

  test('a state file that cannot be read fails the update with the cause, and keeps the pause and the claims', async () => {
    const timesheet = tempTimesheetPath();
    const folder = path.dirname(timesheet);
    const file = SharedStateFile.besideTimesheet(timesheet);
    const text = '{"version":1,"lastActivity":5,"pausedSince":3,"claims":{"hello:2024-5-2":1}}\n';
    await fs.writeFile(file.path, text);
    await fs.chmod(file.path, 0o000);
    await fs.chmod(folder, 0o777);
    // Root reads any file, so the reading window runs as an unprivileged user when the tests run as root.
    const child = path.join(__dirname, 'stateUpdateChild.ts');
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const output = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', child, file.path],
        { ...asUser, cwd: path.resolve(__dirname, '../../..') },
        (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
      ),
    );
    assert.match(output, /cannot read the shared state .*: permission denied/);
    await fs.chmod(file.path, 0o600);
    assert.equal(await fs.readFile(file.path, 'utf8'), text, 'nothing written over it');
  });

  test('a directory at the state path fails the update with the cause', async () => {
    const file = SharedStateFile.besideTimesheet(tempTimesheetPath());
    await fs.mkdir(file.path);
    await assert.rejects(file.read(), /cannot read the shared state .*: it is a directory, not a file/);
    await assert.rejects(
      file.update((state) => ({ ...state, lastActivity: 1 })),
      /cannot read the shared state .*: it is a directory, not a file/,
    );
  });
});
