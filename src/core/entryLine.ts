import type { NewEntry } from './entry';
import { formatClock, formatIsoDay, wallTimeOf } from './wallClock';

/**
 * An entry as utt writes it (its `str(Entry)`): `YYYY-MM-DD HH:MM name`, then `  # comment` when there is a
 * comment. Seconds are dropped, not rounded.
 */
export function formatEntryLine(entry: NewEntry & { readonly wallTime?: number }): string {
  const time = entry.wallTime ?? wallTimeOf(entry.date);
  const line = `${formatIsoDay(time)} ${formatClock(time)} ${entry.name}`;
  return entry.comment ? `${line}  # ${entry.comment}` : line;
}
