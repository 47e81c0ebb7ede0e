/*
 * utt computes with naive datetimes: the fields of the wall clock, without a time zone. Between 01:00 and 03:00 on
 * the night clocks spring forward, utt counts two hours, and a report's day is always 24 hours long. We reproduce
 * that with a "wall time": the wall clock's fields laid on the UTC timeline, in milliseconds. Arithmetic on wall
 * times is plain subtraction, does not depend on the machine's time zone, and needs no Date object.
 */

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** Wall time of the given wall clock fields (month 1-12, day 1-31). */
export function wallTime(year: number, month: number, day: number, hours = 0, minutes = 0): number {
  return dayNumber(year, month, day) * MS_PER_DAY + hours * MS_PER_HOUR + minutes * MS_PER_MINUTE;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by integer arithmetic (Howard Hinnant's days_from_civil):
 * several times faster than Date.UTC, which matters once per line of a large timesheet.
 */
export function dayNumber(year: number, month: number, day: number): number {
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Wall time of a Date as the local wall clock shows it, to the millisecond. */
export function wallTimeOf(date: Date): number {
  return (
    wallTime(date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes()) +
    date.getSeconds() * 1000 +
    date.getMilliseconds()
  );
}

/** The local Date that shows the given wall time. */
export function localDateOf(time: number): Date {
  const fields = new Date(time);
  const date = new Date(
    fields.getUTCFullYear(),
    fields.getUTCMonth(),
    fields.getUTCDate(),
    fields.getUTCHours(),
    fields.getUTCMinutes(),
    fields.getUTCSeconds(),
    fields.getUTCMilliseconds(),
  );
  if (fields.getUTCFullYear() < 100) {
    date.setFullYear(fields.getUTCFullYear());
  }
  return date;
}

/** Days since 1970-01-01 of the wall time's calendar day. */
export function dayNumberOf(time: number): number {
  return Math.floor(time / MS_PER_DAY);
}

/** Local midnight of a day number: the form in which the API hands out calendar days. */
export function localMidnightOf(dayNumber: number): Date {
  return localDateOf(dayNumber * MS_PER_DAY);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** `YYYY-MM-DD` of a wall time, as Python's `date.isoformat()`; by arithmetic, as it runs once per CSV row. */
export function formatIsoDay(time: number): string {
  const { year, month, day } = civilDay(dayNumberOf(time));
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
}

/** The calendar date of a day number: the inverse of dayNumber (Howard Hinnant's civil_from_days). */
export function civilDay(dayNumber: number): { year: number; month: number; day: number } {
  const shifted = dayNumber + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** `HH:MM` of a wall time, seconds dropped as utt's `%H:%M` does. */
export function formatClock(time: number): string {
  const msOfDay = time - dayNumberOf(time) * MS_PER_DAY;
  return `${twoDigits(Math.floor(msOfDay / MS_PER_HOUR))}:${twoDigits(Math.floor(msOfDay / MS_PER_MINUTE) % 60)}`;
}
