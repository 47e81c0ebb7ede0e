import { entryWallTime, type Entry, type NewEntry } from './entry';
import { formatEntryLine } from './entryLine';
import { TimekeeperError } from './errors';
import { isPythonBlank } from './pythonText';
import { dayNumberOf, wallTimeOf } from './wallClock';

/** What an append needs to know of the file it appends to. */
export interface TimesheetTail {
  /** The file's last entry, if it has any. */
  readonly lastEntry?: Entry;
  /** The file is missing or has no characters. */
  readonly isEmpty: boolean;
  /** Its last character is `\n`. */
  readonly endsWithNewline: boolean;
}

/** The tail of a timesheet's text, given the entries parsed from it. */
export function tailOf(text: string, entries: readonly Entry[]): TimesheetTail {
  return {
    lastEntry: entries.at(-1),
    isEmpty: text.length === 0,
    endsWithNewline: text.endsWith('\n'),
  };
}

/**
 * The exact text utt appends for a new entry: a `\n` first when the file does not end with one, a blank line when
 * the entry starts a new day, then the entry's line. `lineEnding` lets the caller keep a CRLF file in CRLF (utt
 * writes the platform's); the repair of a missing final newline is always `\n`, as utt checks for that byte.
 */
export function appendedText(tail: TimesheetTail, entry: NewEntry, lineEnding = '\n'): string {
  validateNewEntry(entry);
  let text = !tail.isEmpty && !tail.endsWithNewline ? '\n' : '';
  if (tail.lastEntry !== undefined && startsNewDay(tail.lastEntry, entry)) {
    text += lineEnding;
  }
  return text + formatEntryLine(entry) + lineEnding;
}

function startsNewDay(lastEntry: Entry, entry: NewEntry): boolean {
  return dayNumberOf(entryWallTime(lastEntry)) !== dayNumberOf(wallTimeOf(entry.date));
}

/**
 * Rejects what would break the file: utt would write a blank name (and then fail to read its own file) or a line
 * break inside a line. Leading and trailing spaces are written as given, as utt does.
 */
export function validateNewEntry(entry: NewEntry): void {
  if (Number.isNaN(entry.date.getTime())) {
    throw new TimekeeperError('Invalid entry date: the date is not a valid time');
  }
  const year = entry.date.getFullYear();
  if (year < 1 || year > 9999) {
    // utt (and Python's datetime) read four-digit years from 0001: any other would make the file unreadable.
    throw new TimekeeperError(
      `Invalid entry date: the year ${year} is outside 0001–9999, the years a timesheet line can hold. Check the date or the system clock.`,
    );
  }
  if (isPythonBlank(entry.name)) {
    throw new TimekeeperError('Invalid entry name: a name needs at least one character that is not a space');
  }
  if (/[\r\n]/.test(entry.name)) {
    throw new TimekeeperError('Invalid entry name: a name must fit on one line');
  }
  if (entry.comment !== undefined && /[\r\n]/.test(entry.comment)) {
    throw new TimekeeperError('Invalid comment: a comment must fit on one line');
  }
}
