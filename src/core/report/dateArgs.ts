import {
  addDays,
  addWeeks,
  getISODay,
  getISOWeek,
  getISOWeekYear,
  getISOWeeksInYear,
  lastDayOfMonth,
  startOfISOWeek,
  startOfISOWeekYear,
} from 'date-fns';
import { TimekeeperError } from '../errors';
import { localMidnightOf, wallTime, dayNumberOf, daysInMonth } from '../wallClock';

/*
 * The date forms of utt's `report` arguments, read as utt 1.32 reads them. Days are local midnights.
 */

export interface DayRange {
  readonly start: Date;
  readonly end: Date;
}

const DAY_NAMES = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const MONTH_NAMES = [
  'JANUARY',
  'FEBRUARY',
  'MARCH',
  'APRIL',
  'MAY',
  'JUNE',
  'JULY',
  'AUGUST',
  'SEPTEMBER',
  'OCTOBER',
  'NOVEMBER',
  'DECEMBER',
];

/** Whether a weekday name means the latest one up to `today` or the next one from `today` on. */
export type WeekdayDirection = 'past' | 'future';

/**
 * A day: any prefix of `today` or `yesterday` (so '' is today), a weekday name, or `YYYY-M-D`. `today` is the
 * reference day: the real today for a report's day, the first day for `--to`.
 */
export function parseDay(today: Date, text: string, direction: WeekdayDirection): Date {
  const upper = text.toUpperCase();
  if ('TODAY'.startsWith(upper)) {
    return today;
  }
  if ('YESTERDAY'.startsWith(upper)) {
    return addDays(today, -1);
  }
  const weekday = DAY_NAMES.indexOf(upper);
  if (weekday !== -1) {
    const offset = weekday - (getISODay(today) - 1);
    return addDays(today, direction === 'past' ? -modulo(-offset, 7) : modulo(offset, 7));
  }
  return parseIsoDay(text);
}

/** strptime's `%Y-%m-%d`: four-digit year, month and day with or without a leading zero (or a space for the day). */
function parseIsoDay(text: string): Date {
  const match = /^(\d{4})-(1[0-2]|0[1-9]|[1-9])-(3[01]|[12]\d|0[1-9]|[1-9]| [1-9])$/.exec(text);
  const day = match && validDay(Number(match[1]), Number(match[2]), Number(match[3]));
  if (!day) {
    throw new TimekeeperError(`Invalid date: ${text} (expected YYYY-MM-DD)`);
  }
  return day;
}

/** A month: the first and last day of the month that `text` names, relative to `reference`. */
export function parseMonth(reference: Date, text: string): DayRange {
  const first = relativeMonth(reference, text) ?? absoluteMonth(text);
  return { start: first, end: lastDayOfMonth(first) };
}

/** `this`, `prev` (any prefix of at least 3 letters), a month name (same) or a number: the latest such month. */
function relativeMonth(reference: Date, text: string): Date | undefined {
  const numbered = integerMonth(reference, text);
  if (numbered !== undefined) {
    return numbered;
  }
  // Shorter prefixes are ambiguous (`ma`, `ju`).
  if ([...text].length < 3) {
    return undefined;
  }
  const upper = text.toUpperCase();
  const currentMonth = reference.getMonth() + 1;
  let month = MONTH_NAMES.findIndex((name) => name.startsWith(upper)) + 1;
  if (month === 0) {
    if ('THIS'.startsWith(upper)) {
      month = currentMonth;
    } else if ('PREVIOUS'.startsWith(upper)) {
      month = currentMonth === 1 ? 12 : currentMonth - 1;
    } else {
      return undefined;
    }
  }
  return localMidnight(
    month <= currentMonth ? reference.getFullYear() : reference.getFullYear() - 1,
    month,
    1,
  );
}

/** A month number (`10`: the latest October) or a negative count of months ago (`-2`), at most 11 back. */
function integerMonth(reference: Date, text: string): Date | undefined {
  let month = parsePythonInteger(text);
  if (month === undefined || month === 0 || month < -11) {
    return undefined;
  }
  const currentMonth = reference.getMonth() + 1;
  if (month < 0) {
    month += currentMonth;
    if (month < 1) {
      month += 12;
    }
  }
  if (month > 12) {
    // utt fails here with Python's own error; ours names the argument.
    throw invalidMonth(text);
  }
  return localMidnight(
    month > currentMonth ? reference.getFullYear() - 1 : reference.getFullYear(),
    month,
    1,
  );
}

/** strptime's `%Y-%m`. */
function absoluteMonth(text: string): Date {
  const match = /^(\d{4})-(1[0-2]|0[1-9]|[1-9])$/.exec(text);
  const first = match && validDay(Number(match[1]), Number(match[2]), 1);
  if (!first) {
    throw invalidMonth(text);
  }
  return first;
}

function invalidMonth(text: string): TimekeeperError {
  return new TimekeeperError(`Invalid month: ${text} (expected YYYY-MM)`);
}

/** A week, Monday to Sunday: `this`, `prev` (any prefix), a week number (the latest such) or `-N` weeks ago. */
export function parseWeek(reference: Date, text: string): DayRange {
  const monday = relativeWeek(reference, text) ?? numberedWeek(reference, text);
  return { start: monday, end: addDays(monday, 6) };
}

function relativeWeek(reference: Date, text: string): Date | undefined {
  const upper = text.toUpperCase();
  if ('THIS'.startsWith(upper)) {
    return startOfISOWeek(reference);
  }
  if ('PREVIOUS'.startsWith(upper)) {
    return startOfISOWeek(addDays(reference, -7));
  }
  return undefined;
}

function numberedWeek(reference: Date, text: string): Date {
  const week = parsePythonInteger(text);
  if (week !== undefined && week < 0) {
    return startOfISOWeek(addWeeks(reference, week));
  }
  if (week !== undefined && week > 0) {
    const year = week > getISOWeek(reference) ? getISOWeekYear(reference) - 1 : getISOWeekYear(reference);
    // Mid-year lies in the ISO year of the same number.
    const midYear = localMidnight(year, 7, 1);
    if (week <= getISOWeeksInYear(midYear)) {
      return addWeeks(startOfISOWeekYear(midYear), week - 1);
    }
    // utt's words for a week number that its year does not have (53 in most years, 60).
    throw new TimekeeperError(`Invalid week: ${week}`);
  }
  // utt raises a bare ValueError with this text.
  throw new TimekeeperError(`Invalid week string: ${text}`);
}

/** Python's `int(text)`: optional sign, digits with single underscores between them, surrounding whitespace. */
function parsePythonInteger(text: string): number | undefined {
  return /^\s*[+-]?\d+(?:_\d+)*\s*$/.test(text) ? Number(text.trim().replaceAll('_', '')) : undefined;
}

function validDay(year: number, month: number, day: number): Date | undefined {
  return year >= 1 && day <= daysInMonth(year, month) ? localMidnight(year, month, day) : undefined;
}

function localMidnight(year: number, month: number, day: number): Date {
  return localMidnightOf(dayNumberOf(wallTime(year, month, day)));
}

function modulo(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}
