import {
  escapeMarkdown,
  formatDuration,
  formatIsoDate,
  formatTimeOfDay,
  type Breakdown,
  type ReportModel,
} from '../../src/api';
import { breakdownMarkdown } from './breakdownMarkdown';
import { markdownTable } from './markdownTable';
import { decimalHours } from './timeText';

/*
 * The report as Markdown tables, for a wiki, a pull request or an invoice. Every name and comment is escaped, so
 * that a timesheet's text stays text in any renderer (no links, emphasis or raw HTML from the data).
 */

/** The report's Markdown, and the journal's breakdown of its days when there is one. */
export function reportMarkdown(model: ReportModel, breakdown?: Breakdown): string {
  const { working, breaks, total } = model.summary;
  const activities = model.activities;
  const sections = [
    markdownHeading('Timekeeper report', model),
    markdownTable(
      ['', 'Duration', 'Hours'],
      [
        ['Working', formatDuration(working), decimalHours(working)],
        ['Break', formatDuration(breaks), decimalHours(breaks)],
        ['Total', formatDuration(total), decimalHours(total)],
      ],
    ),
  ];
  const where = breakdown ? `\n${breakdownMarkdown(breakdown)}` : '';
  if (activities.length === 0)
    return `${sections.join('\n\n')}\n\nNo activities for this time range.\n${where}`;
  sections.push(
    '## Projects',
    markdownTable(
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
    markdownTable(
      ['Date', 'Working', 'Break', 'Projects'],
      model.days.map((row) => [
        formatIsoDate(row.date),
        formatDuration(row.duration),
        formatDuration(row.breaks),
        row.projects.map((project) => project || '(no project)').join(', '),
      ]),
    ),
    '## Details',
    markdownTable(
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
  return `${sections.join('\n\n')}\n${where}`;
}

/** `# <what>: 2024-05-06 to 2024-05-12 (project acme)`: the days and the project filter of an export. */
export function markdownHeading(what: string, model: ReportModel): string {
  const first = formatIsoDate(model.start);
  const last = formatIsoDate(model.end);
  const filter =
    model.args.project === undefined ? '' : ` (project ${escapeMarkdown(model.args.project || '(none)')})`;
  return `# ${what}: ${first === last ? first : `${first} to ${last}`}${filter}`;
}
