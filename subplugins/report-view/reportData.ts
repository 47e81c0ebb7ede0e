import type { Activity, ReportModel } from '../../src/api';
import type { DayRow, DetailRow, NameRow, ProjectRow, ReportData, ReportQuery } from './protocol';

/*
 * Aggregates a report model into what the webview draws. Pure, and built from the v1 members alone (`activities`,
 * `summary`, `start`, `end`), so a plugin's own ReportBuilder feeds the view as well as the default one does.
 */

export interface ReportDataSource {
  readonly query: ReportQuery;
  /** The report with the query's project filter applied. */
  readonly model: ReportModel;
  /** Projects of the same range without the filter. */
  readonly allProjects: readonly string[];
  readonly now: Date;
  readonly goalHours: number;
}

export function reportData({ query, model, allProjects, now, goalHours }: ReportDataSource): ReportData {
  const projects = projectRows(model.activities);
  const projectIndex = new Map(projects.map((row, index) => [row.project, index]));
  const days = dayRows(model.start, model.end);
  const firstDay = calendarDay(model.start);
  const names = new NameTable();
  const details: DetailRow[] = [];
  const dayTotals = days.map(() => ({ work: new Map<number, number>(), breaks: 0 }));
  for (const activity of model.activities) {
    const day = calendarDay(activity.start) - firstDay;
    const total = dayTotals[day];
    if (activity.type === 'work') {
      const project = projectIndex.get(activity.project) ?? 0;
      total.work.set(project, (total.work.get(project) ?? 0) + activity.duration);
    } else if (activity.type === 'break') {
      total.breaks += activity.duration;
    }
    const start = minuteOfDay(activity.start);
    const end = minuteOfDay(activity.end);
    const name = names.add(activity);
    const line = activity.line ?? 0;
    details.push(
      activity.comment
        ? [day, start, end, activity.duration, name, line, activity.comment]
        : [day, start, end, activity.duration, name, line],
    );
  }
  const current = model.activities.at(-1);
  return {
    query,
    first: isoDay(model.start),
    last: isoDay(model.end),
    today: isoDay(now),
    goalHours,
    summary: { ...model.summary },
    ...(current?.current
      ? { current: { name: current.name, type: current.type, duration: current.duration } }
      : {}),
    allProjects: [...allProjects].sort(),
    projects,
    days: days.map((row, index) => ({
      ...row,
      work: [...dayTotals[index].work].sort(([a], [b]) => a - b),
      breaks: dayTotals[index].breaks,
    })),
    names: names.rows,
    details,
  };
}

/** The distinct projects of activities, work or not ('' for names without one). */
export function projectsOf(activities: readonly Activity[]): string[] {
  return [...new Set(activities.map((activity) => activity.project))];
}

function projectRows(activities: readonly Activity[]): ProjectRow[] {
  const groups = new Map<string, { duration: number; tasks: Map<string, number> }>();
  for (const activity of activities) {
    if (activity.type !== 'work') continue;
    let group = groups.get(activity.project);
    if (!group) {
      group = { duration: 0, tasks: new Map() };
      groups.set(activity.project, group);
    }
    group.duration += activity.duration;
    group.tasks.set(activity.task, (group.tasks.get(activity.task) ?? 0) + activity.duration);
  }
  return [...groups]
    .map(([project, { duration, tasks }]) => ({ project, duration, tasks: longestFirst(tasks) }))
    .sort((a, b) => b.duration - a.duration || a.project.localeCompare(b.project));
}

function longestFirst(durations: Map<string, number>): string[] {
  return [...durations].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([name]) => name);
}

/** Every day from `start` to `end` (local midnights), counted on the calendar so clock changes do not matter. */
function dayRows(start: Date, end: Date): Omit<DayRow, 'work' | 'breaks'>[] {
  const last = isoDay(end);
  const rows: Omit<DayRow, 'work' | 'breaks'>[] = [];
  for (let offset = 0; ; offset++) {
    const date = isoDay(new Date(start.getFullYear(), start.getMonth(), start.getDate() + offset));
    rows.push({ date });
    if (date >= last) return rows;
  }
}

class NameTable {
  readonly rows: { -readonly [K in keyof NameRow]: NameRow[K] }[] = [];
  private readonly indexes = new Map<string, number>();

  /** Counts the activity under its name; returns the name's index. */
  add(activity: Activity): number {
    let index = this.indexes.get(activity.name);
    if (index === undefined) {
      index = this.rows.length;
      this.indexes.set(activity.name, index);
      const { name, project, task, type } = activity;
      this.rows.push({ name, project, task, type, duration: 0, count: 0, line: 0 });
    }
    const row = this.rows[index];
    row.duration += activity.duration;
    row.count += 1;
    row.line = activity.line ?? row.line;
    return index;
  }
}

/** YYYY-MM-DD of a local date. */
export function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}

/** Days since 1970-01-01 of a local date's calendar day: consecutive days differ by one, whatever the clock did. */
function calendarDay(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000;
}

function minuteOfDay(date: Date): number {
  return date.getHours() * 60 + date.getMinutes();
}
