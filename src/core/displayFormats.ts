import { MS_PER_MINUTE } from './wallClock';

/*
 * The days, times and durations every view displays, and the one escape that keeps timesheet text from being read
 * as Markdown. Pure, on local Dates (the timesheet's clock is the local one) and milliseconds; no dependency, so the
 * plugin API package ships them as they are.
 */

/** utt's `8h05`: whole minutes, hours past 24; negative as utt prints it (`-1h40` for minus 20 minutes). */
export function formatDuration(duration: number): string {
  const minutes = Math.floor(duration / MS_PER_MINUTE);
  // Python's divmod floors, so the minutes of a negative duration stay in 0-59.
  return `${Math.floor(minutes / 60)}h${two(modulo(minutes, 60))}`;
}

/** `0:42`, `12:05`: an elapsed time (the current activity), never negative (a clock set back shows 0:00). */
export function formatElapsed(duration: number): string {
  const minutes = Math.floor(Math.max(0, duration) / MS_PER_MINUTE);
  return `${Math.floor(minutes / 60)}:${two(minutes % 60)}`;
}

/** `09:05`: the local time of day, seconds dropped as utt does. */
export function formatTimeOfDay(date: Date): string {
  return `${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** `2024-05-06`: the local day, as the timesheet writes it. */
export function formatIsoDate(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/**
 * Timesheet text as literal Markdown (CommonMark; VS Code's hovers and tooltips too): a backslash before every
 * character that could start emphasis, code, a link, raw HTML, an entity, a heading, a strikethrough or a theme icon
 * (`$(…)`), or end a table cell; line breaks, which would end a table row, become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&#!$]/g, '\\$&').replace(/\r?\n|\r/g, ' ');
}

function two(value: number): string {
  return String(value).padStart(2, '0');
}

function modulo(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}
