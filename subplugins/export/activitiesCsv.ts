import { formatIsoDate, formatTimeOfDay, type ReportModel } from '../../src/api';
import { csvRow, spreadsheetSafe } from './csvCells';
import { decimalHours } from './timeText';

/*
 * Every activity of a report as one CSV table, with what utt's per_task section leaves out (times, the full name,
 * the timesheet line). Written as utt writes its CSV: CRLF line ends, fields quoted only where needed. Names and
 * comments are the person's own text: a cell a spreadsheet would run as a formula is defused (`spreadsheetSafe`).
 * utt's own CSV sections stay byte for byte what utt prints, raw.
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
