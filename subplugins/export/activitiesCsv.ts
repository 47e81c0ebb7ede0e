import { formatIsoDate, formatTimeOfDay, type ReportModel } from '../../src/api';
import { decimalHours } from './timeText';

/*
 * Every activity of a report as one CSV table, with what utt's per_task section leaves out (times, the full name,
 * the timesheet line). Written as utt writes its CSV: CRLF line ends, fields quoted only where needed.
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
      activity.project,
      activity.task,
      activity.name,
      activity.type,
      String(Math.floor(activity.duration / 60_000)),
      decimalHours(activity.duration),
      activity.comment ?? '',
      activity.line === undefined ? '' : String(activity.line),
    ]);
  }
  return text;
}

function csvRow(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** Python's QUOTE_MINIMAL, as utt's sections: quoted when a comma, quote or line break is in it; quotes doubled. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
