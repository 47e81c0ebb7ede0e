// Automatic mode writes what the suggestions propose (one rule for automatic and manual entries): before a switch of
// workspace, an away time and a new day, the unlogged time up to the gap as suggested, then what the gap needs.
// Real timesheet files and shared state, a scripted Suggester in place of the journal, ticks and clock by hand.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import type { NewEntry, TimeRange, Timesheet } from '../../../src/api';
import type { TrackerDependencies } from '../../../src/tracking/activityTracker';
import { at, simulatedWindow, tempTimesheetPath, type SimulatedWindow } from './harness';
import { scriptedUnlogged, type ScriptedPiece } from './scriptedSuggester';

type Unlogged = (timesheet: Timesheet, now: () => Date) => NonNullable<TrackerDependencies['unlogged']>;

const windows: SimulatedWindow[] = [];

/** Moves every window's clock (one machine), signals in `window` when asked, ticks it and lets its writes finish. */
async function step(window: SimulatedWindow, time: string, signal = false): Promise<void> {
  for (const w of windows) w.now = at(time);
  if (signal) window.tracker.signal();
  window.tracker.tick();
  await window.tracker.settled();
}

/** `window` is the one in front: the others hear of the shared state first, as their file watchers would tell them. */
async function activityIn(window: SimulatedWindow, time: string): Promise<void> {
  for (const w of windows) w.focused = w === window;
  await Promise.all(windows.filter((w) => w !== window).map((w) => w.tracker.refresh()));
  await window.tracker.refresh();
  await step(window, time, true);
}

async function lines(file: string): Promise<string[]> {
  return (await fs.readFile(file, 'utf8')).split('\n').filter((l) => l !== '');
}

function piece(name: string, start: string, end: string): ScriptedPiece {
  return { name, start: at(start), end: at(end) };
}

suite('tracking: automatic mode writes the suggestions', () => {
  let file: string;
  const open = (time: string, id: string, workspace: string, unlogged?: Unlogged) => {
    const window = simulatedWindow(file, at(time), id, undefined, unlogged);
    window.tracker.configure({ autoTrack: true, workspace, nameOfWork: () => `${workspace.slice(1)}: src` });
    windows.push(window);
    return window;
  };
  setup(() => {
    file = tempTimesheetPath();
  });
  teardown(() => {
    for (const w of windows.splice(0)) w.tracker.dispose();
  });

  test('a switch of workspace logs the suggested entries up to it; the journal’s last name goes on up to the switch', async () => {
    await fs.writeFile(file, '2024-05-02 09:00 hello\n');
    const script = [
      piece('acme: ABC-1 login', '2024-05-02 09:00', '2024-05-02 09:20'),
      piece('acme: docs', '2024-05-02 09:20', '2024-05-02 09:30'),
      // The journal of the other window has its last minute still unwritten at the switch back.
      piece('blog: draft', '2024-05-02 09:30', '2024-05-02 09:38'),
    ];
    const a = open('2024-05-02 09:00', 'a', '/acme', scriptedUnlogged(script));
    const b = open('2024-05-02 09:00', 'b', '/blog', scriptedUnlogged(script));
    for (const time of ['09:01', '09:08', '09:15', '09:22', '09:29'])
      await activityIn(a, `2024-05-02 ${time}`);
    await activityIn(b, '2024-05-02 09:30');
    await activityIn(b, '2024-05-02 09:35');
    await activityIn(a, '2024-05-02 09:39');
    assert.deepEqual(await lines(file), [
      '2024-05-02 09:00 hello',
      '2024-05-02 09:20 acme: ABC-1 login',
      '2024-05-02 09:30 acme: docs',
      '2024-05-02 09:38 blog: draft',
      '2024-05-02 09:39 blog: draft',
    ]);
    assert.deepEqual([...a.errors, ...b.errors], []);
  });

  test('an away time claimed logs the suggestions up to its start, then the break', async () => {
    await fs.writeFile(file, '2024-05-02 09:00 hello\n');
    const script = [
      piece('acme: review', '2024-05-02 09:00', '2024-05-02 09:25'),
      piece('coffee**', '2024-05-02 09:25', '2024-05-02 09:40'),
      piece('acme: ABC-2 release', '2024-05-02 09:40', '2024-05-02 09:50'),
    ];
    const a = open('2024-05-02 09:00', 'a', '/acme', scriptedUnlogged(script));
    for (const time of [
      '09:05',
      '09:10',
      '09:15',
      '09:20',
      '09:25',
      '09:30',
      '09:35',
      '09:40',
      '09:45',
      '09:50',
    ])
      await activityIn(a, `2024-05-02 ${time}`);
    assert.deepEqual(await lines(file), ['2024-05-02 09:00 hello'], 'nothing written while working');
    await activityIn(a, '2024-05-02 10:30');
    assert.deepEqual(a.returns, [{ start: at('2024-05-02 09:50'), end: at('2024-05-02 10:30') }]);
    const away = a.returns[0];
    assert.ok(away, 'the away time came back');
    const settled = await a.tracker.settleAway(away, { kind: 'break' });
    assert.deepEqual(await lines(file), [
      '2024-05-02 09:00 hello',
      '2024-05-02 09:25 acme: review',
      '2024-05-02 09:40 coffee**',
      '2024-05-02 09:50 acme: ABC-2 release',
      '2024-05-02 10:30 away**',
    ]);
    assert.deepEqual(
      settled.written.map((e) => e.name),
      ['away**'],
    );
    assert.equal(settled.note, undefined);
  });

  test('a pause logs the suggestions up to now and says what it wrote, with no note', async () => {
    await fs.writeFile(file, '2024-05-02 09:00 hello\n');
    const script = [piece('acme: review', '2024-05-02 09:00', '2024-05-02 09:06')];
    const a = open('2024-05-02 09:00', 'a', '/acme', scriptedUnlogged(script));
    await activityIn(a, '2024-05-02 09:05');
    a.now = at('2024-05-02 09:06:20');
    const paused = await a.tracker.pause();
    assert.deepEqual(
      paused.written.map(({ date, name }) => ({ date, name })),
      [{ date: at('2024-05-02 09:06'), name: 'acme: review' }],
    );
    assert.equal(paused.note, undefined);
    a.now = at('2024-05-02 09:30');
    await a.tracker.resume();
    assert.deepEqual(await lines(file), [
      '2024-05-02 09:00 hello',
      '2024-05-02 09:06 acme: review',
      '2024-05-02 09:30 paused***',
    ]);
  });

  for (const path of ['a window opened this morning', 'a window open overnight']) {
    test(`day end (${path}): yesterday’s suggestions, then today’s hello, by one window`, async () => {
      await fs.writeFile(file, '2024-05-01 09:00 hello\n2024-05-01 12:00 acme: a\n');
      const script = [
        piece('acme: b', '2024-05-01 12:00', '2024-05-01 16:00'),
        piece('lunch**', '2024-05-01 16:00', '2024-05-01 16:30'),
        piece('acme: c', '2024-05-01 16:30', '2024-05-01 17:30'),
      ];
      const asked: TimeRange[] = [];
      const opened = path === 'a window opened this morning' ? '2024-05-02 08:59' : '2024-05-01 17:30';
      const a = open(opened, 'a', '/acme', scriptedUnlogged(script, asked));
      const b = open(opened, 'b', '/blog', scriptedUnlogged(script, asked));
      await activityIn(a, '2024-05-02 09:01');
      await activityIn(b, '2024-05-02 09:02');
      assert.deepEqual(await lines(file), [
        '2024-05-01 09:00 hello',
        '2024-05-01 12:00 acme: a',
        '2024-05-01 16:00 acme: b',
        '2024-05-01 16:30 lunch**',
        '2024-05-01 17:30 acme: c',
        '2024-05-02 09:01 hello',
        // Nothing journaled today: the switch to the other window names the work as before suggestions.
        '2024-05-02 09:02 acme: src',
      ]);
      assert.ok(
        asked.some((range) => range.to.getTime() === at('2024-05-02 00:00').getTime()),
        'the day before was asked for up to midnight',
      );
      assert.deepEqual([...a.errors, ...b.errors], []);
    });
  }

  test('without suggestions (journal off, nothing journaled, or no Suggester) the window names the work, as before', async () => {
    await fs.writeFile(file, '2024-05-02 09:00 hello\n');
    const empty: Unlogged = () => () => Promise.resolve([]);
    const failing: Unlogged = () => () =>
      Promise.reject(new Error('No component is registered for Suggester'));
    const quiet = open('2024-05-02 09:00', 'quiet', '/acme', empty);
    const broken = open('2024-05-02 09:00', 'broken', '/blog', failing);
    await activityIn(quiet, '2024-05-02 09:05');
    await activityIn(broken, '2024-05-02 09:08');
    await activityIn(quiet, '2024-05-02 09:09');
    await activityIn(quiet, '2024-05-02 09:12');
    // Back after the idle time in the other window: the work before it ends at 09:12 under the window's name.
    await activityIn(broken, '2024-05-02 09:40');
    assert.deepEqual(await lines(file), [
      '2024-05-02 09:00 hello',
      '2024-05-02 09:08 acme: src',
      '2024-05-02 09:09 blog: src',
      '2024-05-02 09:12 acme: src',
    ]);
    assert.deepEqual(quiet.errors, []);
    assert.match(
      broken.errors.join('\n'),
      /Could not log the suggested entries .*No component is registered/,
    );
  });

  test('two windows on one timesheet: each suggested entry once, whichever window logs it', async () => {
    await fs.writeFile(file, '2024-05-01 17:00 blog: post\n');
    const script = [
      piece('acme: review', '2024-05-02 09:01', '2024-05-02 09:20'),
      piece('blog: draft', '2024-05-02 09:20', '2024-05-02 09:45'),
      piece('acme: late', '2024-05-02 10:30', '2024-05-02 11:00'),
    ];
    const a = open('2024-05-02 09:00', 'a', '/acme', scriptedUnlogged(script));
    const b = open('2024-05-02 09:00', 'b', '/blog', scriptedUnlogged(script));
    for (const time of ['09:01', '09:08', '09:15']) await activityIn(a, `2024-05-02 ${time}`);
    for (const time of ['09:20', '09:27', '09:34', '09:41', '09:45'])
      await activityIn(b, `2024-05-02 ${time}`);
    // Back after lunch in window a: it claims the away time; then each window settles it (a plugin in each).
    await activityIn(a, '2024-05-02 10:30');
    const away = a.returns[0];
    assert.ok(away, 'window a claimed the away time');
    assert.deepEqual(b.returns, []);
    const first = await a.tracker.settleAway(away, { kind: 'break' });
    const second = await b.tracker.settleAway(away, { kind: 'break' });
    assert.deepEqual(
      first.written.map((e: NewEntry) => e.name),
      ['away**'],
    );
    assert.deepEqual(second.written, []);
    for (const time of ['10:37', '10:44', '10:51', '10:58', '11:00'])
      await activityIn(a, `2024-05-02 ${time}`);
    // The next morning both windows see activity: one logs the day before, and only what is unlogged.
    await activityIn(b, '2024-05-03 08:30');
    await activityIn(a, '2024-05-03 08:31');
    assert.deepEqual(await lines(file), [
      '2024-05-01 17:00 blog: post',
      '2024-05-02 09:01 hello',
      '2024-05-02 09:20 acme: review',
      '2024-05-02 09:45 blog: draft',
      '2024-05-02 10:30 away**',
      '2024-05-02 11:00 acme: late',
      '2024-05-03 08:30 hello',
      '2024-05-03 08:31 blog: src',
    ]);
  });
});
