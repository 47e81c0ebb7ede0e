import { formatIsoDate, type Api, type TimeRange } from '../../src/api';

/*
 * The spans of time the Suggester is asked about, with their midnights as v1 resolves them (`resolveRange`, utt's
 * calendar): a day whose midnight is skipped by daylight saving time starts where v1, and so `report`, starts it.
 */

/** A day lasts 23 to 25 hours: 36 hours after a midnight always falls in the next day. */
const INTO_NEXT_DAY = 36 * 60 * 60 * 1000;

/** Today, from its midnight up to `now`: the time a review or the Today view can suggest entries for. */
export function todayUpTo(api: Pick<Api, 'resolveRange'>, now: Date): TimeRange {
  return { from: api.resolveRange({ date: 'today' }, now).start, to: now };
}

/** The whole day that begins at `midnight` (a day v1 resolved), up to the next day's midnight. */
export function wholeDay(api: Pick<Api, 'resolveRange'>, midnight: Date): TimeRange {
  const nextDay = formatIsoDate(new Date(midnight.getTime() + INTO_NEXT_DAY));
  return { from: midnight, to: api.resolveRange({ date: nextDay }, midnight).start };
}
