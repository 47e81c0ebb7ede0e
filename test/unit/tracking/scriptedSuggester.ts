// A Suggester for the tracker's tests: what the journal of a known day would suggest, without a journal. The script
// is the day's work as the test knows it (which name ended when); the contract is the Suggester's: only time after
// the timesheet's last entry and within the range is proposed, and `log` leaves out entries covered by then.
import type { NewEntry, Suggester, SuggestedEntry, Timesheet, TimeRange } from '../../../src/api';
import { logUnloggedTime } from '../../../src/tracking/unloggedTime';
import type { TrackerDependencies } from '../../../src/tracking/activityTracker';

/** One stretch of named work (or a `**` break, or a `hello`) as the journal would name it. */
export interface ScriptedPiece {
  readonly name: string;
  readonly start: Date;
  readonly end: Date;
}

export function scriptedSuggester(
  timesheet: Timesheet,
  script: readonly ScriptedPiece[],
  asked: TimeRange[] = [],
): Suggester {
  return {
    suggest(range, now) {
      asked.push(range);
      const to = Math.min(range.to.getTime(), now.getTime());
      const entries: SuggestedEntry[] = script
        .filter((piece) => piece.end.getTime() > range.from.getTime() && piece.start.getTime() < to)
        .map((piece) => ({
          date: new Date(Math.min(piece.end.getTime(), to)),
          name: piece.name,
          start: new Date(Math.max(piece.start.getTime(), range.from.getTime())),
          kind: piece.name === 'hello' ? 'day' : piece.name.endsWith('**') ? 'break' : 'work',
          spans: [],
        }));
      const unlogged = entries
        .filter((entry) => entry.kind === 'work')
        .reduce((sum, entry) => sum + entry.date.getTime() - entry.start.getTime(), 0);
      return Promise.resolve({ range, entries, unlogged });
    },
    async log(entries) {
      const written: NewEntry[] = [];
      for (const entry of entries) {
        const last = (await timesheet.entries()).at(-1);
        if (last && entry.date.getTime() <= last.date.getTime()) continue;
        await timesheet.append(entry);
        written.push(entry);
      }
      return { written };
    },
  };
}

/** The tracker's `unlogged` over the scripted suggester, as the composition root wires the real one. */
export function scriptedUnlogged(
  script: readonly ScriptedPiece[],
  asked: TimeRange[] = [],
): (timesheet: Timesheet, now: () => Date) => NonNullable<TrackerDependencies['unlogged']> {
  return (timesheet, now) => (until) =>
    logUnloggedTime(until, timesheet, scriptedSuggester(timesheet, script, asked), now());
}
