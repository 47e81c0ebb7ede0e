import { formatIsoDate, formatTimeOfDay, type ReportModel } from '../../src/api';
import { decimalHours } from './timeText';

/*
 * Every activity of a report as one CSV table, with what utt's per_task section leaves out (times, the full name,
 * the timesheet line). Written as utt writes its CSV: CRLF line ends, fields quoted only where needed. Names and
 * comments are the person's own text: a cell a spreadsheet would run as a formula is defused (see below). utt's
 * own CSV sections stay byte for byte what utt prints, raw.
 */

const HEADER = [
  'Date',
  'Start',
  'End',
  'Project',
  'Task',
  'Name',
  'Type',
  'Minutes',
  'Hours',
  'Comment',
  'Line',
];

export function activitiesCsv(model: ReportModel): string {
  let text = csvRow(HEADER);
  for (const activity of model.activities) {
    text += csvRow([
      formatIsoDate(activity.start),
      formatTimeOfDay(activity.start),
      formatTimeOfDay(activity.end),
      spreadsheetSafe(activity.project),
      spreadsheetSafe(activity.task),
      spreadsheetSafe(activity.name),
      activity.type,
      String(Math.floor(activity.duration / 60_000)),
      decimalHours(activity.duration),
      spreadsheetSafe(activity.comment ?? ''),
      activity.line === undefined ? '' : String(activity.line),
    ]);
  }
  return text;
}

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and a tab or carriage return before them) as a
 * formula: a name like `=HYPERLINK(…)` in a timesheet must not become a live link or a command in Excel, LibreOffice
 * or Google Sheets. A leading apostrophe makes such a cell text in all three (OWASP's advice for CSV injection).
 */
function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvRow(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** Python's QUOTE_MINIMAL, as utt's sections: quoted when a comma, quote or line break is in it; quotes doubled. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
