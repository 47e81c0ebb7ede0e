import * as path from 'node:path';
import type {
  Entry,
  Journal,
  NewEntry,
  Suggester,
  Suggestions,
  TimeRange,
  Timesheet,
  TrackingResult,
  WorkName,
} from '../api';
import { withFileLock } from '../files/fileLock';
import { idleMsOf } from '../journal/journal';
import { isUncovered, planSuggestions, uncoveredStretches } from './suggestions';

/** The notes a person reads about suggestions, in the display language (the composition root translates them). */
export interface SuggestionNotes {
  journalOff(): string;
  nothingJournaled(range: TimeRange): string;
  allLogged(range: TimeRange): string;
  loggedAlready(count: number): string;
  cannotInsert(count: number, last: Entry): string;
}

export interface SuggesterDependencies {
  /** Resolved at each use, so a plugin's layer applies at once. */
  timesheet(): Timesheet;
  journal(): Journal;
  workName(): WorkName;
  /** `timekeeper.journal.enabled` and `timekeeper.idleMinutes`. */
  settings(): { readonly journalEnabled: boolean; readonly idleMinutes: number };
  readonly notes: SuggestionNotes;
}

/**
 * The default `Suggester`: the timesheet's uncovered time, filled from the journal's spans named by `WorkName`
 * (src/ledger/suggestions.ts has the rules), and written back under a lock of its own so that two windows logging
 * the same suggestions write them once.
 */
export class DefaultSuggester implements Suggester {
  readonly #deps: SuggesterDependencies;

  constructor(deps: SuggesterDependencies) {
    this.#deps = deps;
  }

  async suggest(range: TimeRange, now: Date): Promise<Suggestions> {
    checkRange(range, now);
    const clipped = { from: range.from, to: new Date(Math.min(range.to.getTime(), now.getTime())) };
    const settings = this.#deps.settings();
    const entries = await this.#deps.timesheet().entries();
    const stretches = uncoveredStretches(entries, clipped);
    const first = stretches[0];
    const last = stretches.at(-1);
    const spans =
      first && last ? await this.#deps.journal().spans(new Date(first.from), new Date(last.to)) : [];
    const workName = this.#deps.workName();
    const plan = planSuggestions(
      stretches,
      spans,
      (span) => workName.name(span),
      idleMsOf(settings.idleMinutes),
    );
    const { notes } = this.#deps;
    const note = !settings.journalEnabled
      ? notes.journalOff()
      : plan.entries.length > 0
        ? undefined
        : stretches.length === 0 && clipped.to > clipped.from
          ? notes.allLogged(clipped)
          : notes.nothingJournaled(clipped);
    return { range: clipped, entries: plan.entries, unlogged: plan.unlogged, ...(note ? { note } : {}) };
  }

  async log(entries: readonly NewEntry[]): Promise<TrackingResult> {
    const asked = checkedEntries(entries);
    const timesheet = this.#deps.timesheet();
    // A lock of its own around reading, comparing and writing: the timesheet's lock is taken by each append inside.
    const lockPath = path.join(
      path.dirname(timesheet.path),
      `.${path.basename(timesheet.path)}.suggestions.lock`,
    );
    return withFileLock(lockPath, async (lock) => {
      const current = await timesheet.entries();
      const missing = asked.filter((entry) => isUncovered(current, entry.date.getTime()));
      const lastEntry = current.at(-1);
      const later = missing.filter((entry) => !lastEntry || entry.date >= lastEntry.date);
      const earlier = missing.length - later.length;
      const notes: string[] = [];
      if (asked.length > missing.length)
        notes.push(this.#deps.notes.loggedAlready(asked.length - missing.length));
      await lock.confirm();
      let written: readonly NewEntry[] = later;
      if (earlier > 0 && timesheet.insert) {
        await timesheet.insert(missing);
        written = missing;
      } else {
        if (earlier > 0 && lastEntry) notes.push(this.#deps.notes.cannotInsert(earlier, lastEntry));
        for (const entry of later) await timesheet.append(entry);
      }
      return { written, ...(notes.length > 0 ? { note: notes.join(' ') } : {}) };
    });
  }
}

function checkRange(range: TimeRange, now: Date): void {
  const valid = (date: unknown) => date instanceof Date && !Number.isNaN(date.getTime());
  if (!range || !valid(range.from) || !valid(range.to) || range.from > range.to || !valid(now)) {
    throw new Error(
      `Suggester.suggest: expected a range { from, to } of two valid Dates, from not after to, and a valid now; ` +
        `got ${JSON.stringify(range)} and ${String(now)}.`,
    );
  }
}

/** The entries as the timesheet takes them (date, name, comment), checked: valid, named, in time order. */
function checkedEntries(entries: readonly NewEntry[]): NewEntry[] {
  if (!Array.isArray(entries)) {
    throw new Error(
      'Suggester.log: expected an array of entries { date, name, comment? }, as suggest proposes them.',
    );
  }
  return entries.map((entry, i) => {
    if (!entry || !(entry.date instanceof Date) || Number.isNaN(entry.date.getTime())) {
      throw new Error(`Suggester.log: entry ${i + 1} has no valid date (a Date).`);
    }
    if (typeof entry.name !== 'string' || entry.name.trim() === '') {
      throw new Error(`Suggester.log: entry ${i + 1} has no name.`);
    }
    const before = entries[i - 1];
    if (before && before.date > entry.date) {
      throw new Error(
        `Suggester.log: entry ${i + 1} (${entry.name}) is earlier than the one before it; pass them in time order.`,
      );
    }
    return { date: entry.date, name: entry.name, ...(entry.comment ? { comment: entry.comment } : {}) };
  });
}
