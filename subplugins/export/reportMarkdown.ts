import {
  escapeMarkdown,
  formatDuration,
  formatIsoDate,
  formatTimeOfDay,
  type ReportModel,
} from '../../src/api';
import { decimalHours } from './timeText';

/*
 * The report as Markdown tables, for a wiki, a pull request or an invoice. Every name and comment is escaped, so
 * that a timesheet's text stays text in any renderer (no links, emphasis or raw HTML from the data).
 */

export function reportMarkdown(model: ReportModel): string {
  const first = formatIsoDate(model.start);
  const last = formatIsoDate(model.end);
  const filter =
    model.args.project === undefined ? '' : ` (project ${escapeMarkdown(model.args.project || '(none)')})`;
  const { working, breaks, total } = model.summary;
  const activities = model.activities;
  const sections = [
    `# Timekeeper report: ${first === last ? first : `${first} to ${last}`}${filter}`,
    table(
      ['', 'Duration', 'Hours'],
      [
        ['Working', formatDuration(working), decimalHours(working)],
        ['Break', formatDuration(breaks), decimalHours(breaks)],
        ['Total', formatDuration(total), decimalHours(total)],
      ],
    ),
  ];
  if (activities.length === 0) return `${sections.join('\n\n')}\n\nNo activities for this time range.\n`;
  sections.push(
    '## Projects',
    table(
      ['Project', 'Duration', 'Hours', 'Tasks'],
      [...model.projects]
        .sort((a, b) => b.duration - a.duration)
        .map((row) => [
          row.project || '(no project)',
          formatDuration(row.duration),
          decimalHours(row.duration),
          row.tasks.join(', '),
        ]),
    ),
    '## Per day',
    table(
      ['Date', 'Working', 'Break', 'Projects'],
      model.days.map((row) => [
        formatIsoDate(row.date),
        formatDuration(row.duration),
        formatDuration(row.breaks),
        row.projects.map((project) => project || '(no project)').join(', '),
      ]),
    ),
    '## Details',
    table(
      ['Date', 'Start', 'End', 'Duration', 'Activity', 'Type', 'Comment'],
      activities.map((activity) => [
        formatIsoDate(activity.start),
        formatTimeOfDay(activity.start),
        formatTimeOfDay(activity.end),
        formatDuration(activity.duration),
        activity.name,
        activity.type,
        activity.comment ?? '',
      ]),
    ),
  );
  return `${sections.join('\n\n')}\n`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}
