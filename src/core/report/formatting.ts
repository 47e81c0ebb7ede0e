import { getISOWeek } from 'date-fns';
import { codePointLength } from '../pythonText';

/*
 * utt's formats for hours, headers and titles (durations: ../displayFormats.ts).
 */

/**
 * Decimal hours rounded to the nearest tenth for billing, right-aligned in 4 characters (` 0.4`). Like utt, it
 * nudges by 1e-6 h so that 3, 9, 15… minutes round up despite Python's round-half-to-even.
 */
export function formatBillableHours(duration: number): string {
  // Python's order of operations: total seconds, then hours, then the nudge.
  const hours = duration / 1000 / 3600 + 0.000001;
  const tenths = roundHalfToEven(hours * 10);
  return (tenths / 10).toFixed(1).padStart(4);
}

function roundHalfToEven(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  if (fraction !== 0.5) {
    return Math.round(value);
  }
  return floor % 2 === 0 ? floor : floor + 1;
}

/** A section title: the text between spaces, centred in 80 dashes (the extra dash on the right). */
export function formatTitle(text: string): string {
  const title = ` ${text} `;
  const padding = Math.max(0, 80 - codePointLength(title));
  const left = Math.floor(padding / 2);
  return '-'.repeat(left) + title + '-'.repeat(padding - left);
}

// The C locale's names, as utt prints them whatever the user's locale. Spelled out here rather than through
// date-fns' `format`, which would bring its whole formatter and the en-US locale (about 15 KB) into the bundle.
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Wednesday, Mar 19, 2014 (week 12)`: Python's `%A, %b %d, %Y` in the C locale and the ISO week. */
export function formatReportDay(day: Date): string {
  const date = String(day.getDate()).padStart(2, '0');
  // Python's `%Y` is glibc's: not zero-padded (year 999 prints as `999`).
  const year = String(day.getFullYear());
  return `${WEEKDAYS[day.getDay()]}, ${MONTHS[day.getMonth()]} ${date}, ${year} (week ${getISOWeek(day)})`;
}
