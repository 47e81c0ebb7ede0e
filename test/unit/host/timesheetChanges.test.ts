import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { TimesheetContentChange } from '../../../src/api';
import { TimesheetChanges } from '../../../src/host/timesheetChanges';
import { TimesheetStore } from '../../../src/store/timesheetStore';

/** The changes as a listener sees them: the kind and the names of the entries. */
const names = (change: TimesheetContentChange) =>
  `${change.kind}: ${change.entries.map((e) => e.name).join(', ')}`;

/** A listener or a read that fails fails the test. */
const rethrow = (error: unknown): never => {
  throw error;
};

suite('TimesheetChanges (a real timesheet file)', () => {
  let folder: string;
  let file: string;
  let store: TimesheetStore;
  let changes: TimesheetChanges;
  const heard: string[] = [];
  setup(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'timekeeper-changes-'));
    file = path.join(folder, 'utt.log');
    await fs.writeFile(file, '2024-01-05 09:00 hello\n');
    store = new TimesheetStore(file);
    changes = new TimesheetChanges(() => store, rethrow);
    heard.length = 0;
  });
  teardown(() => {
    changes.dispose();
    store.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  test('an append is told as the new entries alone', async () => {
    changes.onDidChange((change) => heard.push(names(change)));
    await store.append({ date: new Date(2024, 0, 5, 10), name: 'acme: a' });
    changes.changed();
    await changes.settled();
    // Another writer (the utt CLI) appends two lines at once.
    await fs.appendFile(file, '2024-01-05 11:00 b\n2024-01-05 12:00 lunch**\n');
    changes.changed();
    await changes.settled();
    assert.deepEqual(heard, ['appended: acme: a', 'appended: b, lunch**']);
  });

  test('an edit of an earlier line is a rewrite with every entry', async () => {
    changes.onDidChange((change) => heard.push(names(change)));
    await store.append({ date: new Date(2024, 0, 5, 10), name: 'acme: a' });
    changes.changed();
    await changes.settled();
    await fs.writeFile(file, '2024-01-05 09:00 hello\n2024-01-05 10:00 acme: renamed\n');
    changes.changed();
    await changes.settled();
    assert.deepEqual(heard, ['appended: acme: a', 'rewritten: hello, acme: renamed']);
  });

  test('another file is a rewrite; a change that adds nothing is not told', async () => {
    changes.onDidChange((change) => heard.push(names(change)));
    changes.changed();
    changes.changed(true);
    await changes.settled();
    assert.deepEqual(heard, ['rewritten: hello']);
  });

  test('nothing is read while nobody listens', async () => {
    let reads = 0;
    const counted = new TimesheetChanges(() => {
      reads++;
      return store;
    }, rethrow);
    counted.changed();
    await counted.settled();
    assert.equal(reads, 0);
    const listening = counted.onDidChange(() => undefined);
    counted.changed();
    await counted.settled();
    listening.dispose();
    counted.changed();
    await counted.settled();
    assert.equal(reads, 2, 'the baseline and the one change heard');
  });
});
