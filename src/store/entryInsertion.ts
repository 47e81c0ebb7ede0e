import type { Entry, NewEntry } from '../api';
import { appendedText, type TimesheetTail } from '../core/append';
import { entryWallTime } from '../core/entry';
import { dayNumberOf, MS_PER_MINUTE, wallTimeOf } from '../core/wallClock';

/** New entries split by where they go: before the file's last entry (a rewrite), or after it (an append). */
export interface Insertion {
  /** Earlier than the file's last entry, in chronological order. */
  readonly earlier: readonly NewEntry[];
  /** At or after the file's last entry (or all of them, in a file without entries), in chronological order. */
  readonly later: readonly NewEntry[];
}

/**
 * utt orders lines by their wall-clock minute (the seconds are not written), so that is the order kept here. The
 * sort is stable: entries of the same minute keep the order they were given in.
 */
export function splitInsertion(existing: readonly Entry[], entries: readonly NewEntry[]): Insertion {
  const sorted = [...entries].sort((a, b) => minuteOf(a.date) - minuteOf(b.date));
  const last = existing.at(-1);
  const lastMinute = last === undefined ? -Infinity : entryMinute(last);
  const firstLater = sorted.findIndex((entry) => minuteOf(entry.date) >= lastMinute);
  const split = firstLater === -1 ? sorted.length : firstLater;
  return { earlier: sorted.slice(0, split), later: sorted.slice(split) };
}

/**
 * The text that appending `entries` in turn adds after a file's `tail`, each as utt appends it (a newline first when
 * the file lacks its final one, a blank line before a new day).
 */
export function appendedLines(tail: TimesheetTail, entries: readonly NewEntry[], lineEnding: string): string {
  let text = '';
  let current = tail;
  for (const entry of entries) {
    text += appendedText(current, entry, lineEnding);
    current = { lastEntry: asEntry(entry), isEmpty: false, endsWithNewline: true };
  }
  return text;
}

/**
 * `text` with each of `earlier` (chronological, each earlier than the last of `existing`) written on its own line
 * just after the last entry at or before its minute: after entries of the same minute, before any blank
 * line that follows, so that every other line keeps its place and its bytes. An entry that starts another day than
 * the one before it gets utt's blank line first; one that goes before every entry stays out of a byte order mark.
 */
export function withEarlierEntries(
  text: string,
  existing: readonly Entry[],
  earlier: readonly NewEntry[],
  lineEnding: string,
): string {
  const pieces: string[] = [];
  let copied = 0;
  let line = 1;
  let lineStart = text.startsWith('\uFEFF') ? 1 : 0;
  let previous: Entry | undefined;
  let anchor: number | undefined;
  // Entries put before every entry are followed by utt's blank line when the file's first entry is another day.
  const endFirstLines = () => {
    if (anchor === -1 && startsAnotherDay(previous, existing[0])) pieces.push(lineEnding);
  };
  for (const entry of earlier) {
    const at = lastAtOrBefore(existing, minuteOf(entry.date));
    if (at !== anchor) {
      endFirstLines();
      anchor = at;
      previous = existing[at];
      // The line after the anchor's starts where the new line goes; the file's lines are passed only once.
      const target = (previous?.line ?? 0) + 1;
      for (; line < target; line++) lineStart = text.indexOf('\n', lineStart) + 1;
      pieces.push(text.slice(copied, lineStart));
      copied = lineStart;
    }
    const tail = { lastEntry: previous, isEmpty: previous === undefined, endsWithNewline: true };
    pieces.push(appendedText(tail, entry, lineEnding));
    previous = asEntry(entry);
  }
  endFirstLines();
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** Index of the last entry whose minute is at or before `minute` (the file is in order), -1 when there is none. */
function lastAtOrBefore(existing: readonly Entry[], minute: number): number {
  let low = 0;
  let high = existing.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (entryMinute(existing[middle]) <= minute) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

function minuteOf(date: Date): number {
  return Math.floor(wallTimeOf(date) / MS_PER_MINUTE);
}

function entryMinute(entry: Entry): number {
  return Math.floor(entryWallTime(entry) / MS_PER_MINUTE);
}

function startsAnotherDay(entry: Entry | undefined, next: Entry | undefined): boolean {
  return (
    entry !== undefined &&
    next !== undefined &&
    dayNumberOf(entryWallTime(entry)) !== dayNumberOf(entryWallTime(next))
  );
}

/** A new entry as the previous one of the next: only its time counts (for utt's blank line before a new day). */
function asEntry(entry: NewEntry): Entry {
  return { ...entry, line: 0 };
}
