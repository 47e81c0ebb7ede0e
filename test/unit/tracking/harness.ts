// One simulated window: a DefaultActivityTracker on a real timesheet file, with a clock, focus and ticks in the
// test's hands (no timers, no sleeping).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { ActivityStateChange, AwayTime, Timesheet } from '../../../src/api';
import { DefaultActivityTracker, type TrackerDependencies } from '../../../src/tracking/activityTracker';
import { SharedStateFile } from '../../../src/tracking/sharedStateFile';
import { TimesheetStore } from '../../../src/store/timesheetStore';

export interface SimulatedWindow {
  readonly tracker: DefaultActivityTracker;
  readonly changes: ActivityStateChange[];
  readonly returns: AwayTime[];
  readonly errors: string[];
  /** Writes this window made to the shared state file. */
  readonly writes: () => number;
  focused: boolean;
  now: Date;
}

export function tempTimesheetPath(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'timekeeper-tracking-')), 'utt.log');
}

/**
 * `timesheet` may wrap the real store, e.g. to make one call fail as a busy or unreadable file would; `unlogged`
 * gives automatic mode its suggestions, from this window's timesheet and clock (none without it); `journal` records
 * away times kept as work (`keptAsWork`).
 */
export function simulatedWindow(
  timesheetPath: string,
  now: Date,
  id = 'window',
  timesheet: (store: TimesheetStore) => Timesheet = (store) => store,
  unlogged?: (timesheet: Timesheet, now: () => Date) => NonNullable<TrackerDependencies['unlogged']>,
  journal?: Pick<TrackerDependencies, 'keptAsWork'>,
): SimulatedWindow {
  const store = timesheet(new TimesheetStore(timesheetPath));
  let writes = 0;
  const window: SimulatedWindow = {
    changes: [],
    returns: [],
    errors: [],
    writes: () => writes,
    focused: true,
    now,
    tracker: undefined as unknown as DefaultActivityTracker,
  };
  const tracker = new DefaultActivityTracker({
    windowId: id,
    now: () => window.now,
    timesheet: () => store,
    isFocused: () => window.focused,
    startTicking: () => ({ dispose() {} }),
    onError: (message, error) => window.errors.push(`${message}: ${String(error)}`),
    ...(unlogged ? { unlogged: unlogged(store, () => window.now) } : {}),
    ...journal,
    stateFileFor: (file) => {
      const stateFile = SharedStateFile.besideTimesheet(file);
      const update = stateFile.update.bind(stateFile);
      stateFile.update = async (change) => {
        const result = await update(change);
        if (result.written) writes++;
        return result;
      };
      return stateFile;
    },
  });
  tracker.onDidChangeState((change) => window.changes.push(change));
  tracker.onDidReturn((away) => window.returns.push(away));
  return Object.assign(window, { tracker });
}

/** Lets pending reads and writes of the shared state settle (real file I/O, no timers involved). */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 15));
}

export function at(text: string): Date {
  const [day, time] = text.split(' ');
  const [y, m, d] = String(day).split('-').map(Number) as [number, number, number];
  const [h, min, s = 0] = String(time).split(':').map(Number) as [number, number, number?];
  return new Date(y, m - 1, d, h, min, s);
}
