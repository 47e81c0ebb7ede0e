// The idle state machine with an injected clock: ticks by hand, time moves by assignment, nothing sleeps.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { HEARTBEAT_MS } from '../../../src/tracking/activityTracker';
import { SharedStateFile } from '../../../src/tracking/sharedStateFile';
import { at, simulatedWindow, tempTimesheetPath, type SimulatedWindow } from './harness';

const windows: SimulatedWindow[] = [];

/** Moves the clock of every window (one machine, one clock), signals in this one when asked, ticks it, settles. */
async function step(window: SimulatedWindow, time: string, signal = false): Promise<void> {
  for (const w of windows) w.now = at(time);
  if (signal) window.tracker.signal();
  window.tracker.tick();
  await window.tracker.settled();
}

async function lines(file: string): Promise<string[]> {
  return (await fs.readFile(file, 'utf8')).split('\n').filter((l) => l !== '');
}

suite('tracking: activity tracker', () => {
  let file: string;
  const open = (time: string, id = `w${windows.length}`) => {
    const window = simulatedWindow(file, at(time), id);
    windows.push(window);
    return window;
  };
  setup(async () => {
    file = tempTimesheetPath();
    await fs.writeFile(file, '2024-05-02 09:00 hello\n2024-05-02 13:30 acme: review\n');
  });
  teardown(() => {
    for (const w of windows.splice(0)) w.tracker.dispose();
  });

  test('active while signals come; idle after idleMinutes without one, since the last signal', async () => {
    const w = open('2024-05-02 14:00');
    w.tracker.configure({ idleMinutes: 10 });
    await w.tracker.refresh();
    await step(w, '2024-05-02 14:02:40', true);
    await step(w, '2024-05-02 14:12:39');
    assert.equal(w.tracker.state, 'active');
    await step(w, '2024-05-02 14:12:40');
    assert.equal(w.tracker.state, 'idle');
    assert.deepEqual(w.tracker.since, at('2024-05-02 14:02:40'));
    assert.deepEqual(
      w.changes.map((c) => [c.previous, c.state, c.since.getTime(), c.at.getTime()]),
      [['active', 'idle', at('2024-05-02 14:02:40').getTime(), at('2024-05-02 14:12:40').getTime()]],
    );
  });

  test('coming back reports the away time once, in the focused window; a background signal does not end idle', async () => {
    const w = open('2024-05-02 14:02');
    await w.tracker.refresh();
    w.focused = false;
    await step(w, '2024-05-02 14:30', true);
    assert.equal(w.tracker.state, 'idle');
    assert.deepEqual(w.returns, []);
    w.focused = true;
    await step(w, '2024-05-02 14:47', true);
    assert.equal(w.tracker.state, 'active');
    assert.deepEqual(w.returns, [{ start: at('2024-05-02 14:02'), end: at('2024-05-02 14:47') }]);
    await step(w, '2024-05-02 14:47:05', true);
    assert.equal(w.returns.length, 1);
  });

  test('settling as a break ends the activity before at the start; settling again writes nothing', async () => {
    const w = open('2024-05-02 14:02');
    await w.tracker.refresh();
    await step(w, '2024-05-02 14:47', true);
    const away = w.returns[0];
    assert.ok(away);
    const result = await w.tracker.settleAway(away, { kind: 'break' });
    assert.equal(result.written.length, 2);
    assert.deepEqual((await lines(file)).slice(-2), [
      '2024-05-02 14:02 acme: review',
      '2024-05-02 14:47 away**',
    ]);
    const again = await w.tracker.settleAway(away, { kind: 'break' });
    assert.deepEqual(again.written, []);
    assert.equal((await lines(file)).length, 4);
  });

  test('each choice writes its own entries', async () => {
    const away = { start: at('2024-05-02 14:02'), end: at('2024-05-02 14:47') };
    const w = open('2024-05-02 14:47');
    assert.deepEqual(await w.tracker.settleAway(away, { kind: 'work' }), { written: [] });
    await w.tracker.settleAway(away, { kind: 'activity', name: 'acme: meeting', comment: 'with Bob' });
    assert.deepEqual((await lines(file)).slice(-2), [
      '2024-05-02 14:02 acme: review',
      '2024-05-02 14:47 acme: meeting  # with Bob',
    ]);
    await assert.rejects(w.tracker.settleAway(away, { kind: 'activity', name: ' ' }), /needs a name/);
    const later = { start: at('2024-05-02 15:00'), end: at('2024-05-02 15:30') };
    await w.tracker.settleAway(later, { kind: 'discard' });
    assert.deepEqual((await lines(file)).slice(-2), [
      '2024-05-02 15:00 acme: meeting',
      '2024-05-02 15:30 away***',
    ]);
  });

  test('a timesheet edited by hand while idle: the hand-written entry is kept, nothing is written twice', async () => {
    const w = open('2024-05-02 14:02');
    await w.tracker.refresh();
    await fs.appendFile(file, '2024-05-02 14:20 acme: call\n');
    await step(w, '2024-05-02 14:47', true);
    const away = w.returns[0];
    assert.ok(away, 'the away time was reported');
    const result = await w.tracker.settleAway(away, { kind: 'break' });
    assert.match(String(result.note), /14:20/);
    assert.deepEqual((await lines(file)).slice(-2), [
      '2024-05-02 14:20 acme: call',
      '2024-05-02 14:47 away**',
    ]);
  });

  test('system sleep: the clock jumps ahead, the user is idle since the last signal before it', async () => {
    const w = open('2024-05-02 14:00');
    await w.tracker.refresh();
    await step(w, '2024-05-02 14:05', true);
    await step(w, '2024-05-02 16:00', true);
    assert.deepEqual(w.returns, [{ start: at('2024-05-02 14:05'), end: at('2024-05-02 16:00') }]);
    assert.equal(w.tracker.state, 'active');
  });

  test('clock set back: the tracker stays active and idles again from the new time; a future shared time is repaired', async () => {
    const w = open('2024-05-02 15:00');
    await w.tracker.refresh();
    await step(w, '2024-05-02 15:00:10', true);
    const stateFile = SharedStateFile.besideTimesheet(file);
    assert.equal((await stateFile.read()).lastActivity, at('2024-05-02 15:00').getTime());
    await step(w, '2024-05-02 14:00');
    assert.equal(w.tracker.state, 'active');
    assert.equal((await stateFile.read()).lastActivity, at('2024-05-02 14:00').getTime(), 'repaired');
    await step(w, '2024-05-02 14:10');
    assert.equal(w.tracker.state, 'idle');
    assert.deepEqual(w.tracker.since, at('2024-05-02 14:00'));
  });

  test('a new clock (Now replaced) moves the tracker entirely: its state begins on the new clock', async () => {
    const w = open('2026-11-30 20:00');
    w.tracker.configure({ idleMinutes: 10 });
    await w.tracker.refresh();
    // A plugin (or a test) replaces Now with a clock of its own, hours and years away.
    w.now = at('2024-05-02 14:00');
    w.tracker.clockChanged();
    await w.tracker.settled();
    assert.equal(w.tracker.state, 'active');
    assert.deepEqual(w.tracker.since, at('2024-05-02 14:00'), 'since is on the new clock, as pause is');
    await step(w, '2024-05-02 14:10');
    assert.equal(w.tracker.state, 'idle', 'idle time counts on the new clock too');
    assert.deepEqual(w.tracker.since, at('2024-05-02 14:00'));
  });

  test('a corrupt or deleted state file: tracking goes on and the file is written afresh', async () => {
    const stateFile = SharedStateFile.besideTimesheet(file);
    await fs.writeFile(stateFile.path, 'garbage{');
    const w = open('2024-05-02 14:00');
    await w.tracker.refresh();
    await step(w, '2024-05-02 14:00:01', true);
    assert.equal(w.tracker.state, 'active');
    assert.equal((await stateFile.read()).lastActivity, at('2024-05-02 14:00').getTime());
    await fs.rm(stateFile.path);
    await w.tracker.refresh();
    await step(w, '2024-05-02 14:01:30', true);
    assert.equal((await stateFile.read()).lastActivity, at('2024-05-02 14:01:30').getTime());
    assert.deepEqual(w.errors, []);
  });

  test('at most one write a minute to the shared state while active (an hour of signals every second)', async () => {
    const w = open('2024-05-02 10:00');
    await w.tracker.refresh();
    const start = at('2024-05-02 10:00').getTime();
    for (let s = 1; s <= 3600; s++) {
      w.now = new Date(start + s * 1000);
      w.tracker.signal();
      w.tracker.tick();
      await w.tracker.settled();
    }
    assert.ok(w.writes() <= 3600_000 / HEARTBEAT_MS + 1, `${w.writes()} writes in an hour`);
    assert.equal(w.tracker.state, 'active');
  });

  test('two windows: activity in either keeps both active; the other windows hear of it before they would idle', async () => {
    const a = open('2024-05-02 14:00', 'a');
    const b = open('2024-05-02 14:00', 'b');
    await Promise.all([a.tracker.refresh(), b.tracker.refresh()]);
    await step(a, '2024-05-02 14:00:30', true); // not yet a minute newer: not published
    await step(b, '2024-05-02 14:09:50');
    await step(a, '2024-05-02 14:09:56'); // 5 s before the others would call it idle: a publishes
    await b.tracker.refresh();
    await step(b, '2024-05-02 14:10:10');
    assert.equal(b.tracker.state, 'active');
    await step(b, '2024-05-02 14:10:30');
    assert.equal(b.tracker.state, 'idle');
    assert.deepEqual(b.tracker.since, at('2024-05-02 14:00:30'));
  });

  test('pause and resume from two windows: paused time is logged as ignored, once', async () => {
    const a = open('2024-05-02 14:00', 'a');
    const b = open('2024-05-02 14:00', 'b');
    a.now = b.now = at('2024-05-02 14:02');
    const paused = await Promise.all([a.tracker.pause(), b.tracker.pause()]);
    assert.equal(paused.filter((r) => r.written.length > 0).length, 1);
    await b.tracker.refresh();
    assert.equal(a.tracker.state, 'paused');
    assert.equal(b.tracker.state, 'paused');
    a.now = b.now = at('2024-05-02 14:40');
    await Promise.all([a.tracker.resume(), b.tracker.resume()]);
    assert.deepEqual((await lines(file)).slice(-3), [
      '2024-05-02 13:30 acme: review',
      '2024-05-02 14:02 acme: review',
      '2024-05-02 14:40 paused***',
    ]);
    await a.tracker.refresh();
    assert.equal(a.tracker.state, 'active');
  });

  test('claimOnce: true for one caller only, across windows', async () => {
    const a = open('2024-05-02 14:00', 'a');
    const b = open('2024-05-02 14:00', 'b');
    const claims = await Promise.all([
      a.tracker.claimOnce('goal:2024-5-2'),
      b.tracker.claimOnce('goal:2024-5-2'),
    ]);
    assert.deepEqual(claims.sort(), [false, true]);
  });

  test('automatic mode: hello on the first activity of the day, one entry per switch of workspace', async () => {
    await fs.writeFile(file, '2024-05-01 17:00 acme: review\n');
    const a = open('2024-05-02 09:00', 'a');
    const b = open('2024-05-02 09:00', 'b');
    a.tracker.configure({ autoTrack: true, workspace: '/acme', nameOfWork: () => 'acme: src' });
    b.tracker.configure({ autoTrack: true, workspace: '/blog', nameOfWork: () => 'blog: posts' });
    await Promise.all([a.tracker.refresh(), b.tracker.refresh()]);
    await step(a, '2024-05-02 09:01', true);
    await b.tracker.refresh();
    await step(b, '2024-05-02 09:05', true);
    await a.tracker.refresh();
    await step(a, '2024-05-02 09:09', true);
    await b.tracker.refresh();
    await step(b, '2024-05-02 09:09:30', true); // same minute as the last entry: nothing to add
    await a.tracker.refresh();
    await step(a, '2024-05-02 09:15', true); // b's workspace had the focus since 09:09:30
    // Away from 09:15 in a's workspace, back in b's: a's work ends at 09:15, in the same minute: nothing more.
    await b.tracker.refresh();
    await step(b, '2024-05-02 09:50', true);
    assert.deepEqual((await lines(file)).slice(1), [
      '2024-05-02 09:01 hello',
      '2024-05-02 09:05 acme: src',
      '2024-05-02 09:09 blog: posts',
      '2024-05-02 09:15 blog: posts',
    ]);
    assert.deepEqual(b.returns, [{ start: at('2024-05-02 09:15'), end: at('2024-05-02 09:50') }]);
  });
});
