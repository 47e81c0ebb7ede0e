/*
 * Durations, days and numbers as the report shows them. utt's own forms stay as utt writes them (durations `1:30`,
 * `8h05`, clock times, ISO days); weekday and month names, percentages and hours follow the display language
 * (`displayLanguage()`). Pure: the unit tests run these in Node.
 */
import { displayLanguage, t } from './l10n';

export { formatDuration } from '../../../src/api';

/** `09:05` of a minute of the day. */
export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** A whole percentage, `0 %` when there is nothing to divide by. */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

/**
 * The display language's formatter of one kind, made once per language: making one costs far more than using it,
 * and a year's report formats hundreds of days.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(
  kind: string,
  make: (language: string) => F,
): F {
  const language = displayLanguage();
  const key = `${kind} ${language}`;
  let found = formatters.get(key) as F | undefined;
  if (!found) {
    found = make(language);
    formatters.set(key, found);
  }
  return found;
}

/** A whole percentage as the display language writes it: `42%`, `42 %`. */
export function formatPercent(percentage: number): string {
  return formatter('percent', (language) => new Intl.NumberFormat(language, { style: 'percent' })).format(
    percentage / 100,
  );
}

/** Hours, with decimals when they have them: `8h`, `7,5h`; in words (`8 hours`) for a screen reader. */
export function formatHours(hours: number, unitDisplay: 'narrow' | 'long' = 'narrow'): string {
  return formatter(
    `hours ${unitDisplay}`,
    (language) =>
      new Intl.NumberFormat(language, { style: 'unit', unit: 'hour', unitDisplay, maximumFractionDigits: 2 }),
  ).format(hours);
}

/** A count: `1,040`, `1.040`. */
export function formatCount(count: number): string {
  return formatter('count', (language) => new Intl.NumberFormat(language)).format(count);
}

// A `YYYY-MM-DD` day is named on the calendar alone, in UTC: the webview's time zone may not be the timesheet's.
const dayOf = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** `Mon`, `Mo` of a `YYYY-MM-DD` day. */
export function weekdayOf(day: string): string {
  return formatter(
    'weekday',
    (language) => new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }),
  ).format(dayOf(day));
}

/** `Nov 30`, `30. Nov.` of a `YYYY-MM-DD` day. */
export function monthDayOf(day: string): string {
  return formatter(
    'month-day',
    (language) => new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
  ).format(dayOf(day));
}

/** The `YYYY-MM-DD` day `offset` days after `day`. */
export function addDays(day: string, offset: number): string {
  const date = dayOf(day);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

/** How a project is named on screen: names without one are grouped as utt's report does, under an empty name. */
export function projectLabel(project: string): string {
  return project === '' ? t('(no project)') : project;
}
