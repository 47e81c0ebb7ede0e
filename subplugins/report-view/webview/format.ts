/*
 * Durations and days as the report shows them. Pure: the unit tests run these in Node.
 */

export { formatDuration } from '../../../src/api';

/** `09:05` of a minute of the day. */
export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** A whole percentage, `0 %` when there is nothing to divide by. */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `Mon` of a `YYYY-MM-DD` day, on the calendar alone (the webview's time zone may not be the timesheet's). */
export function weekdayOf(day: string): string {
  return WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()];
}

/** The `YYYY-MM-DD` day `offset` days after `day`. */
export function addDays(day: string, offset: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

/** How a project is named on screen: names without one are grouped as utt's report does, under an empty name. */
export function projectLabel(project: string): string {
  return project === '' ? '(no project)' : project;
}
