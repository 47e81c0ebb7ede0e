/*
 * Days, times and durations as the exports write them. Pure, on local Dates: the timesheet's clock is the local one.
 */

const MS_PER_MINUTE = 60_000;

/** `YYYY-MM-DD` of a local date. */
export function isoDay(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** `HH:MM` of a local date, seconds dropped as utt does. */
export function clock(date: Date): string {
  return `${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** ISO 8601 with the local offset, `2024-05-06T09:00:00+02:00`: the wall time as written, and the instant. */
export function isoLocalTime(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zone = `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  return `${isoDay(date)}T${clock(date)}:${two(date.getSeconds())}${zone}`;
}

/** utt's `8h05`: whole minutes, hours past 24. */
export function formatDuration(duration: number): string {
  const minutes = Math.floor(duration / MS_PER_MINUTE);
  return `${Math.floor(minutes / 60)}h${two(minutes % 60)}`;
}

/** Decimal hours to two places, for spreadsheets and invoices. */
export function decimalHours(duration: number): string {
  return (duration / 3_600_000).toFixed(2);
}

function two(value: number): string {
  return String(value).padStart(2, '0');
}
