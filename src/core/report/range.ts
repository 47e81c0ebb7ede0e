import { startOfDay } from 'date-fns';
import { TimekeeperError } from '../errors';
import { dayNumberOf, formatIsoDay, wallTimeOf } from '../wallClock';
import type { ReportArgs } from './args';
import { parseDay, parseMonth, parseWeek, type DayRange } from './dateArgs';

/**
 * The days a report covers (local midnights, both inclusive), as utt resolves its arguments: the report's day
 * (default today), widened to its month or week when one is given (month first), then `from` and `to` override
 * the first and last day; `to` is read relative to the first day.
 */
export function resolveRange(args: ReportArgs, now: Date): DayRange {
  const today = startOfDay(now);
  const reportDay = args.date === undefined ? today : parseDay(today, args.date, 'past');
  let range: DayRange = { start: reportDay, end: reportDay };
  if (args.month) {
    range = parseMonth(reportDay, args.month);
  } else if (args.week) {
    range = parseWeek(reportDay, args.week);
  }
  const start = args.from === undefined ? range.start : parseDay(today, args.from, 'past');
  const end = args.to === undefined ? range.end : parseDay(start, args.to, 'future');
  if (dayNumberOf(wallTimeOf(end)) < dayNumberOf(wallTimeOf(start))) {
    // utt would print an empty report; an error says why it is empty.
    const first = formatIsoDay(wallTimeOf(start));
    const last = formatIsoDay(wallTimeOf(end));
    throw new TimekeeperError(`Invalid range: the last day ${last} is before the first day ${first}`);
  }
  return { start, end };
}
