// "Keep as Work" settles an away time without an entry, and the tracker has the journal record the person's answer:
// the claiming window only, and automatic mode then logs the time away as the work around it, never as `away**`.
// Real timesheet, shared state and journal files; the default Suggester; clocks and ticks by hand.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Timesheet } from '../../../src/api';
import { logUnloggedTime } from '../../../src/tracking/unloggedTime';
import {
  at as epochAt,
  MINUTE,
  simulatedJournal,
  tempJournalDirectory,
  type SimulatedJournal,
} from '../journal/harness';
import { builtInSuggester } from '../ledger/builtInSuggester';
import { at, simulatedWindow, tempTimesheetPath, type SimulatedWindow } from './harness';

const LOGIN = { folder: 'acme', branch: 'feature/ABC-123-login', file: 'src/login.ts' };

/** A window: its tracker and its journal, on one clock. */
interface Window {
  readonly tracker: SimulatedWindow;
  readonly journal: SimulatedJournal;
}

const open: Window[] = [];

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

suite('tracking: an away time kept as work is journaled', () => {
  let file: string;
  let directory: string;

  /**
   * A window whose tracker records kept work in its journal; `suggest` gives automatic mode the default Suggester
   * on that journal.
   */
  function openWindow(id: string, time: string, suggest = false): Window {
    const journal = simulatedJournal(directory, epochAt(time));
    const unlogged = (timesheet: Timesheet, now: () => Date) => (until: Date) =>
      logUnloggedTime(until, timesheet, builtInSuggester(timesheet, journal.journal), now());
    const tracker = simulatedWindow(file, at(time), id, undefined, suggest ? unlogged : undefined, {
      keptAsWork: (away) => journal.journal.keepAsWork(away.start, away.end),
    });
    const window = { tracker, journal };
    open.push(window);
    return window;
  }

  /** Moves every window's clocks; in `window` the person works in the login context, and its tracker ticks. */
  async function workAt(window: Window, time: string): Promise<void> {
    for (const w of open) {
      w.tracker.now = at(time);
      w.journal.now = epochAt(time);
      w.tracker.focused = w === window;
    }
    window.journal.signal(epochAt(time), LOGIN);
    window.tracker.tracker.signal();
    window.tracker.tracker.tick();
    await window.tracker.tracker.settled();
  }

  /** The person's work in `window`, a journal signal a minute and a tracker tick every five. */
  async function workFrom(window: Window, from: string, to: string): Promise<void> {
    const day = from.slice(0, 10);
    for (let time = epochAt(from); time <= epochAt(to); time += MINUTE) {
      const clock = new Date(time).toTimeString().slice(0, 5);
      if (new Date(time).getMinutes() % 5 === 0) await workAt(window, `${day} ${clock}`);
      else window.journal.signal(time, LOGIN);
    }
  }

  setup(async () => {
    file = tempTimesheetPath();
    directory = tempJournalDirectory();
    await fs.writeFile(file, '2024-05-02 09:00 hello\n');
  });
  teardown(() => {
    for (const w of open.splice(0)) {
      w.tracker.tracker.dispose();
      w.journal.journal.dispose();
    }
  });

  test('settleAway with Keep as Work writes no entry; the journal gets the record over the time away', async () => {
    const a = openWindow('a', '2024-05-02 09:00');
    await a.tracker.tracker.refresh();
    await workFrom(a, '2024-05-02 09:00', '2024-05-02 10:00');
    await workAt(a, '2024-05-02 10:45');
    const away = a.tracker.returns[0];
    assert.deepEqual(away, { start: at('2024-05-02 10:00'), end: at('2024-05-02 10:45') });
    assert.deepEqual(await a.tracker.tracker.settleAway(away, { kind: 'work' }), { written: [] });
    assert.deepEqual(lines(await fs.readFile(file, 'utf8')), ['2024-05-02 09:00 hello']);
    const kept = (await a.journal.journal.spans(away.start, away.end)).filter((s) => s.kind === 'other');
    assert.deepEqual(kept, [
      {
        start: away.start.getTime(),
        end: away.end.getTime(),
        kind: 'other',
        actor: 'person',
        source: 'timekeeper.vscode-timekeeper',
        ...LOGIN,
        detail: 'kept as work',
      },
    ]);
    assert.deepEqual(a.tracker.errors, []);
  });

  test('several windows: only the window that claimed the away time (and asked) records it', async () => {
    const a = openWindow('a', '2024-05-02 09:00');
    const b = openWindow('b', '2024-05-02 09:00');
    // What the activity feature does with an away time: ask in the window it came back to, and keep it as work.
    const settling: Promise<unknown>[] = [];
    for (const w of [a, b])
      w.tracker.tracker.onDidReturn((away) =>
        settling.push(w.tracker.tracker.settleAway(away, { kind: 'work' })),
      );
    await Promise.all([a.tracker.tracker.refresh(), b.tracker.tracker.refresh()]);
    await workFrom(a, '2024-05-02 09:00', '2024-05-02 10:00');
    // Window a's journal has written its morning long before the person comes back, in window b.
    await a.journal.journal.flush();
    await b.tracker.tracker.refresh();
    await workAt(b, '2024-05-02 10:45');
    await a.tracker.tracker.refresh();
    await Promise.all(settling);
    assert.deepEqual(a.tracker.returns, []);
    assert.equal(b.tracker.returns.length, 1);
    const folder = path.join(directory, '2024-05-02');
    const files = await Promise.all(
      (await fs.readdir(folder)).map(async (name) =>
        lines(await fs.readFile(path.join(folder, name), 'utf8')),
      ),
    );
    const kept = files.map((file) => file.filter((line) => line.includes('kept as work')));
    assert.deepEqual(
      kept.map((found) => found.length).sort(),
      [0, 1],
      'one record, in one of the two windows’ files',
    );
    const keeper = files[kept.findIndex((found) => found.length === 1)] ?? [];
    assert.ok(
      !keeper.some((line) => line.startsWith(`{"start":${epochAt('2024-05-02 09:00')},`)),
      `the record is in window b's file, which has no morning: ${keeper.join('\n')}`,
    );
    assert.match(keeper.join('\n'), /"kind":"other","folder":"acme","branch":"feature\/ABC-123-login"/);
  });

  test('automatic mode: after Keep as Work, the next gap logs the time away as the work around it, not away**', async () => {
    const a = openWindow('a', '2024-05-02 09:00', true);
    a.tracker.tracker.configure({ autoTrack: true, workspace: '/acme', nameOfWork: () => 'acme: src' });
    await a.tracker.tracker.refresh();
    await workFrom(a, '2024-05-02 09:00', '2024-05-02 10:00');
    await workAt(a, '2024-05-02 10:45');
    const away = a.tracker.returns[0];
    assert.ok(away, 'the away time came back');
    // Claimed in automatic mode: the work up to the away time is logged before the question is asked.
    assert.deepEqual(lines(await fs.readFile(file, 'utf8')), [
      '2024-05-02 09:00 hello',
      '2024-05-02 10:00 acme: ABC-123 login',
    ]);
    await a.tracker.tracker.settleAway(away, { kind: 'work' });
    await workFrom(a, '2024-05-02 10:45', '2024-05-02 11:30');
    const paused = await a.tracker.tracker.pause();
    assert.deepEqual(
      paused.written.map((entry) => entry.name),
      ['acme: ABC-123 login'],
    );
    assert.deepEqual(lines(await fs.readFile(file, 'utf8')), [
      '2024-05-02 09:00 hello',
      '2024-05-02 10:00 acme: ABC-123 login',
      '2024-05-02 11:30 acme: ABC-123 login',
    ]);
    assert.deepEqual(a.tracker.errors, []);
  });

  test('a journal that cannot record: the answer stands, nothing is written, the failure is reported', async () => {
    const tracker = simulatedWindow(file, at('2024-05-02 10:45'), 'a', undefined, undefined, {
      keptAsWork: () => Promise.reject(new Error('the journal folder is a file')),
    });
    try {
      const away = { start: at('2024-05-02 10:00'), end: at('2024-05-02 10:45') };
      assert.deepEqual(await tracker.tracker.settleAway(away, { kind: 'work' }), { written: [] });
      assert.deepEqual(tracker.errors, [
        'Could not journal the time away kept as work: Error: the journal folder is a file',
      ]);
      assert.deepEqual(lines(await fs.readFile(file, 'utf8')), ['2024-05-02 09:00 hello']);
    } finally {
      tracker.tracker.dispose();
    }
  });
});
