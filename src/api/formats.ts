import {
  escapeMarkdown as escape,
  formatDuration as duration,
  formatElapsed as elapsed,
  formatIsoDate as isoDate,
  formatTimeOfDay as timeOfDay,
} from '../core/displayFormats';

/*
 * The formats the built-in views display, for plugins that want to look the same. Pure: they need no activated
 * Timekeeper, and the plugin API package ships them.
 */

/**
 * utt's duration, `8h05`: whole minutes (seconds dropped), hours past 24, `-1h40` for minus 20 minutes. Added in
 * 0.2.0.
 */
export const formatDuration: (milliseconds: number) => string = duration;
/** An elapsed time, `0:42` or `12:05` (the status bar's current activity); negative shows `0:00`. Added in 0.2.0. */
export const formatElapsed: (milliseconds: number) => string = elapsed;
/** The local time of day, `09:05`, as utt prints it. Added in 0.2.0. */
export const formatTimeOfDay: (date: Date) => string = timeOfDay;
/** The local day, `2024-05-06`, as the timesheet writes it. Added in 0.2.0. */
export const formatIsoDate: (date: Date) => string = isoDate;
/**
 * Timesheet text (names, comments) as literal Markdown for a tooltip, a hover or a table cell: emphasis, code,
 * links, HTML, entities, headings, `$(icons)` and `|` are escaped, line breaks become spaces. Added in 0.2.0.
 */
export const escapeMarkdown: (text: string) => string = escape;
