import type { Entry, NewEntry } from '../api';
import { formatTimeOfDay } from '../core/displayFormats';
import { nameParts } from '../core/entry';

/** Names of the entries tracking writes for the user (utt: `**` a break, `***` ignored). */
export const AWAY_BREAK_NAME = 'away**';
export const AWAY_DISCARDED_NAME = 'away***';
export const PAUSED_NAME = 'paused***';

const MS_PER_MINUTE = 60_000;

/** A span the user was not working through: an away time or a pause. */
export interface Gap {
  readonly start: Date;
  readonly end: Date;
}

export interface GapPlan {
  readonly entries: readonly NewEntry[];
  /** Why less was planned than a plain gap would need: shown to the user. */
  readonly note?: string;
}

/**
 * The utt entries that log a gap: the activity before it ends when the gap began (named `nameBefore`), then the gap
 * itself ends under `gapName` (undefined: only close the activity before). The timesheet wins over the plan:
 * - an entry written during the gap (by hand, by the CLI) already closed the activity before: the gap runs from it;
 * - an entry at or after the gap's end means the gap was logged already: nothing is planned;
 * - a day without any entry before the gap was not being tracked: nothing is planned (utt would count the night);
 * - a gap across midnight only closes the day it began in: a break through the night means nothing to a report.
 * Entries have minute precision, so an entry is planned only where it adds a minute after the last one.
 */
export function planGapEntries(
  entries: readonly Entry[],
  gap: Gap,
  names: { readonly nameBefore: string; readonly gapName: string | undefined; readonly gapComment?: string },
): GapPlan {
  const last = entries.at(-1);
  const start = minuteOf(gap.start);
  const end = minuteOf(gap.end);
  if (!last || !sameDay(last.date, gap.start)) {
    return {
      entries: [],
      note: `No entry on ${gap.start.toDateString()} before ${formatTimeOfDay(gap.start)}: that day was not being tracked, so nothing was logged. Start the day with "hello".`,
    };
  }
  const lastMinute = minuteOf(last.date);
  if (lastMinute >= end) {
    return {
      entries: [],
      note: `The timesheet already has an entry at ${formatTimeOfDay(last.date)} (line ${last.line}), at or after ${formatTimeOfDay(gap.end)}: nothing was written.`,
    };
  }
  const planned: NewEntry[] = [];
  if (lastMinute < start) planned.push({ date: dateOfMinute(start), name: names.nameBefore });
  const crossesMidnight = !sameDay(gap.start, gap.end);
  if (names.gapName !== undefined && !crossesMidnight && end > Math.max(lastMinute, start)) {
    const comment = names.gapComment?.trim();
    planned.push({ date: dateOfMinute(end), name: names.gapName, ...(comment ? { comment } : {}) });
  }
  const note =
    lastMinute > start
      ? `An entry was added at ${formatTimeOfDay(last.date)} (line ${last.line}) during the time away: it is kept, and only the rest was logged.`
      : crossesMidnight && names.gapName !== undefined
        ? `The time away went past midnight: the day ended at ${formatTimeOfDay(gap.start)}. Start today with "hello".`
        : undefined;
  return note === undefined ? { entries: planned } : { entries: planned, note };
}

/**
 * The name of the activity that ran up to a gap, when nobody named it: the last entry's (utt's `stretch`: you were
 * still on what you last logged, or on what was just logged for you) unless that was `hello`, a break or an ignored
 * time, then the window's own name for its work (`<workspace folder>: <detail>`).
 */
export function nameBeforeGap(entries: readonly Pick<Entry, 'name'>[], nameOfWork: string): string {
  const last = entries.at(-1);
  if (!last) return nameOfWork;
  const { hello, type } = nameParts(last.name);
  if (hello || type !== 'work') return nameOfWork;
  return last.name;
}

/** The minute `date` falls in, counted from the epoch: entries are written to the minute. */
export function minuteOf(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_MINUTE);
}

function dateOfMinute(minute: number): Date {
  return new Date(minute * MS_PER_MINUTE);
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}
