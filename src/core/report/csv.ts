import type { ActivityType } from '../entry';
import { formatIsoDay, MS_PER_DAY } from '../wallClock';
import { formatDuration } from '../displayFormats';
import { formatBillableHours } from './formatting';
import { hasWork } from './dayTotals';
import type { ReportModel } from './model';

/*
 * utt's `--csv-section`: one section as CSV, written as Python's csv module writes it (CRLF line ends, quotes only
 * where needed).
 */

const NO_ACTIVITIES = ' -- No activities for this time range --\n';

const TYPE_NAMES: Readonly<Record<ActivityType, string>> = {
  work: 'WORK',
  break: 'BREAK',
  ignored: 'IGNORED',
};

export function renderCsv(model: ReportModel): string {
  return model.options.csvSection === 'per_task' ? renderPerTaskCsv(model) : renderPerDayCsv(model);
}

/** Work per day: the Per Day section. */
export function renderPerDayCsv(model: ReportModel): string {
  const days = model.days.filter(hasWork);
  if (days.length === 0) {
    return NO_ACTIVITIES;
  }
  const rows = [['Date', 'Hours', 'Duration', 'Projects', 'Tasks']];
  for (const day of days) {
    rows.push([
      formatIsoDay(day.day * MS_PER_DAY),
      formatBillableHours(day.duration).trim(),
      formatDuration(day.duration),
      day.projects.join(', '),
      day.tasks.join(', '),
    ]);
  }
  return csvText(rows);
}

/** Every activity, breaks and ignored ones included: the Details section. */
export function renderPerTaskCsv(model: ReportModel): string {
  if (model.activities.length === 0) {
    return NO_ACTIVITIES;
  }
  // Row by row rather than through csvText: this section has a row per activity, which can be 100,000.
  let text = 'Date,Projects,Tasks,Duration,Type,Comment\r\n';
  for (const activity of model.activities) {
    const date = formatIsoDay(activity.startWallTime);
    const hours = formatBillableHours(activity.duration).trim();
    const names = `${csvField(activity.project)},${csvField(activity.task)}`;
    text += `${date},${names},${hours},${TYPE_NAMES[activity.type]},${csvField(activity.comment ?? '')}\r\n`;
  }
  return text;
}

function csvText(rows: readonly string[][]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** Python's QUOTE_MINIMAL: quoted when the field holds a comma, a quote or a line break; quotes doubled. */
function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const NEEDS_QUOTES = /[",\r\n]/;
