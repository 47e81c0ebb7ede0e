// Automatic mode's `hello` when the timesheet fails once at the day's first activity: tried again at the next
// activity, written once. Injected clock, ticks by hand, a real file behind a store that fails once.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import type { Entry, NewEntry, Timesheet } from '../../../src/api';
import type { TimesheetStore } from '../../../src/store/timesheetStore';
import { at, simulatedWindow, tempTimesheetPath, type SimulatedWindow } from './harness';

/** The real store, except that the named call fails once with `error`. */
function failingOnce(call: 'entries' | 'append', error: Error): (store: TimesheetStore) => Timesheet {
  return (store) => {
    let failed = false;
    const failOnce = () => {
      if (failed) return false;
      failed = true;
      return true;
    };
    return {
      path: store.path,
      format: (entry: NewEntry) => store.format(entry),
      entries: (): Promise<readonly Entry[]> =>
        call === 'entries' && failOnce() ? Promise.reject(error) : store.entries(),
      append: (entry: NewEntry) =>
        call === 'append' && failOnce() ? Promise.reject(error) : store.append(entry),
    };
  };
}

async function activity(window: SimulatedWindow, time: string): Promise<void> {
  window.now = at(time);
  window.tracker.signal();
  window.tracker.tick();
  await window.tracker.settled();
}

suite('tracking: automatic mode starts the day even after a failure', () => {
  const failures = [
    { call: 'append', error: new Error('Timekeeper could not lock .utt.log.timekeeper.lock within 5 s') },
    { call: 'entries', error: new Error('Permission denied: cannot read the timesheet') },
  ] as const;
  for (const { call, error } of failures) {
    test(`${call} fails at the first activity: hello at the next one, once`, async () => {
      const file = tempTimesheetPath();
      await fs.writeFile(file, '2024-05-01 17:00 acme: review\n');
      const window = simulatedWindow(file, at('2024-05-02 08:59'), 'w', failingOnce(call, error));
      try {
        window.tracker.configure({ autoTrack: true, workspace: '/acme', nameOfWork: () => 'acme: src' });
        await window.tracker.refresh();
        await activity(window, '2024-05-02 09:01');
        assert.deepEqual(
          await fs.readFile(file, 'utf8'),
          '2024-05-01 17:00 acme: review\n',
          'nothing written yet',
        );
        assert.match(window.errors.join('\n'), /Could not start the day/);
        await activity(window, '2024-05-02 09:02');
        await activity(window, '2024-05-02 09:03');
        assert.deepEqual(
          (await fs.readFile(file, 'utf8')).split('\n').filter((line) => line !== ''),
          ['2024-05-01 17:00 acme: review', '2024-05-02 09:02 hello'],
        );
      } finally {
        window.tracker.dispose();
      }
    });
  }
});
