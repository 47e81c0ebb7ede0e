import type { Entry, NewEntry } from './entry';
import { formatEntryLine } from './entryLine';
import { TimekeeperError } from './errors';
import { addEntry } from './newEntry';

export interface Stretch {
  /** The entry to append (appendedText gives its text): the last entry's name and comment, at `now`. */
  readonly entry: NewEntry;
  /** The two lines utt prints, without line breaks. */
  readonly lines: readonly [string, string];
}

/** utt's `stretch`: extends the last activity up to `now` by appending its name again. */
export function stretchEntry(lastEntry: Entry | undefined, now: Date): Stretch {
  if (lastEntry === undefined) {
    throw new TimekeeperError('No entry to stretch');
  }
  const entry = addEntry(now, lastEntry.name, lastEntry.comment);
  return {
    entry,
    lines: [`stretched ${formatEntryLine(lastEntry)}`, `        → ${formatEntryLine(entry)}`],
  };
}
