import { formatIsoDate, formatTimeOfDay } from '../../src/api';

/*
 * The instants and hours only the exports write; days, times and durations are the shared formats of the API.
 */

/** ISO 8601 with the local offset, `2024-05-06T09:00:00+02:00`: the wall time as written, and the instant. */
export function isoLocalTime(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zone = `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  return `${formatIsoDate(date)}T${formatTimeOfDay(date)}:${two(date.getSeconds())}${zone}`;
}

/** Decimal hours to two places, for spreadsheets and invoices. */
export function decimalHours(duration: number): string {
  return (duration / 3_600_000).toFixed(2);
}

function two(value: number): string {
  return String(value).padStart(2, '0');
}
