import { codePointLength } from '../pythonText';
import { dayNumberOf, formatClock, formatIsoDay, MS_PER_DAY } from '../wallClock';
import type { Activity } from './activity';
import { renderCsv } from './csv';
import { formatDuration } from '../displayFormats';
import { formatBillableHours, formatReportDay, formatTitle } from './formatting';
import { hasWork } from './dayTotals';
import type { ReportModel } from './model';

/*
 * utt's text report, byte for byte. Each section renders as utt's view of the same name does (every line ends with
 * `\n`), so a plugin can compose its own report from them, as utt's example plugin does.
 */

/** The whole report: the CSV of one section when asked for, else Summary, Projects or Per Day, Activities, Details. */
export function renderReportText(model: ReportModel): string {
  if (model.options.csvSection !== undefined) {
    return renderCsv(model);
  }
  return (
    renderSummary(model) +
    (model.options.showPerDay ? renderPerDay(model) : renderProjects(model)) +
    renderActivities(model) +
    (model.options.showDetails ? renderDetails(model) : '')
  );
}

export function renderSummary(model: ReportModel): string {
  const { working, breaks, total, current } = model.summary;
  let range = formatReportDay(model.start);
  if (model.options.firstDay !== model.options.lastDay) {
    range += ` to ${formatReportDay(model.end)}`;
  }
  // The current activity's share is shown beside the totals it counts in.
  const timeLine = (label: string, duration: number, counted: boolean): string =>
    current !== undefined && counted
      ? `${label}: ${formatDuration(duration)} (${formatDuration(duration - current.duration)} + ${formatDuration(current.duration)})\n`
      : `${label}: ${formatDuration(duration)}\n`;
  return (
    `\n${formatTitle(range)}\n\n` +
    timeLine('  Total', total, true) +
    timeLine('Working', working, current?.type === 'work') +
    timeLine('  Break', breaks, current?.type === 'break')
  );
}

export function renderProjects(model: ReportModel): string {
  const lines = model.projects.map((total) => ({
    duration: total.duration,
    project: total.project,
    name: total.tasks.join(', '),
  }));
  return `\n${formatTitle('Projects')}\n\n${projectColumns(lines)}`;
}

export function renderPerDay(model: ReportModel): string {
  let text = `\n${formatTitle('Per Day')}\n\n`;
  for (const day of model.days.filter(hasWork)) {
    const duration = `(${formatDuration(day.duration)})`.padStart(7);
    const hours = formatBillableHours(day.duration);
    text += `${formatIsoDay(day.day * MS_PER_DAY)}: ${hours}h ${duration} - ${day.projects.join(', ')} - ${day.tasks.join(', ')}\n`;
  }
  return text;
}

/** Work by name, then a blank line, then breaks by name. */
export function renderActivities(model: ReportModel): string {
  const names = model.names;
  const work = projectColumns(
    names.work.map(({ duration, project, task }) => ({ duration, project, name: task })),
  );
  const breaks = projectColumns(
    names.breaks.map(({ duration, project, task }) => ({ duration, project, name: task })),
  );
  return `\n${formatTitle('Activities')}\n\n${work}\n${breaks}`;
}

/** Every activity with its times; dated headings when the activities start on more than one day. */
export function renderDetails(model: ReportModel): string {
  const activities = model.activities;
  const lines = [`\n${formatTitle('Details')}\n`];
  const first = activities.at(0);
  const last = activities.at(-1);
  const dated = first !== undefined && last !== undefined && startDay(first) !== startDay(last);
  let currentDay: number | undefined;
  for (const activity of activities) {
    const day = startDay(activity);
    if (dated && day !== currentDay) {
      if (currentDay !== undefined) {
        lines.push('');
      }
      currentDay = day;
      lines.push(`${formatIsoDay(activity.startWallTime)}:`, '');
    }
    lines.push(detailsLine(activity, model.options.showComments));
  }
  lines.push('', '');
  return lines.join('\n');
}

function detailsLine(activity: Activity, showComments: boolean): string {
  const times = `${formatClock(activity.startWallTime)}-${formatClock(activity.endWallTime)}`;
  const line = `(${formatDuration(activity.duration)}) ${times} ${activity.name}`;
  return showComments && activity.comment ? `${line}  # ${activity.comment}` : line;
}

function startDay(activity: Activity): number {
  return dayNumberOf(activity.startWallTime);
}

interface ColumnLine {
  readonly duration: number;
  readonly project: string;
  readonly name: string;
}

/** `(duration) project: name`, the projects left-aligned to the longest. */
function projectColumns(lines: readonly ColumnLine[]): string {
  const width = Math.max(0, ...lines.map((line) => codePointLength(line.project)));
  return lines
    .map((line) => {
      const padding = ' '.repeat(width - codePointLength(line.project));
      return `(${formatDuration(line.duration)}) ${line.project}${padding}: ${line.name}\n`;
    })
    .join('');
}
