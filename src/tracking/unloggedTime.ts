import type { NewEntry, Suggester, Timesheet } from '../api';
import { resolveRange } from '../core/report/range';

/**
 * Automatic mode's one rule for naming time, the same as the person's: logs the time the timesheet does not cover
 * yet, from its last entry (or, in an empty timesheet, the start of `until`'s day) up to `until`, as `suggester`
 * proposes it (work named from the journal, breaks, a day's `hello`). Resolves to the entries written, in time
 * order: none when the journal saw nothing there, or when another window logged it first (`log` leaves out what is
 * covered by then).
 */
export async function logUnloggedTime(
  until: Date,
  timesheet: Timesheet,
  suggester: Suggester,
  now: Date,
): Promise<readonly NewEntry[]> {
  const from = (await timesheet.entries()).at(-1)?.date ?? startOfDay(until);
  // The timesheet already reaches `until` (an entry written meanwhile): nothing before it is unlogged.
  if (from.getTime() >= until.getTime()) return [];
  const { entries } = await suggester.suggest({ from, to: until }, now);
  if (entries.length === 0) return [];
  return (await suggester.log(entries)).written;
}

/** `date`'s midnight as v1's `resolveRange` (utt's calendar) resolves it, also on a day whose midnight DST skips. */
function startOfDay(date: Date): Date {
  return resolveRange({ date: 'today' }, date).start;
}
