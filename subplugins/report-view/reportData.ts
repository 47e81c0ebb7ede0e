import { formatIsoDate, type Activity, type ReportModel } from '../../src/api';
import type { DetailRow, NameRow, ProjectRow, ReportData, ReportQuery } from './protocol';

/*
 * Lays a report model out as the webview draws it: the model's totals in the view's order and compact detail rows.
 * Pure, and built from the v1 members alone, so a plugin's own ReportBuilder feeds the view as well as the default.
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
  const projects = projectRows(model);
  const projectIndex = new Map(projects.map((row, index) => [row.project, index]));
  const dayTotals = new Map(model.days.map((day) => [formatIsoDate(day.date), day]));
  const firstDay = calendarDay(model.start);
  const names = new NameTable();
  const details: DetailRow[] = model.activities.map((activity) => {
    const day = calendarDay(activity.start) - firstDay;
    const start = minuteOfDay(activity.start);
    const end = minuteOfDay(activity.end);
    const name = names.add(activity);
    const line = activity.line ?? 0;
    return activity.comment
      ? [day, start, end, activity.duration, name, line, activity.comment]
      : [day, start, end, activity.duration, name, line];
  });
  const current = model.activities.at(-1);
  return {
    query,
    first: formatIsoDate(model.start),
    last: formatIsoDate(model.end),
    today: formatIsoDate(now),
    goalHours,
    summary: { working: model.summary.working, breaks: model.summary.breaks, total: model.summary.total },
    ...(current?.current
      ? { current: { name: current.name, type: current.type, duration: current.duration } }
      : {}),
    allProjects: [...allProjects].sort(),
    projects,
    days: everyDay(model.start, model.end).map((date) => {
      const total = dayTotals.get(date);
      return {
        date,
        work: (total?.work ?? [])
          .map(({ project, duration }): [number, number] => [projectIndex.get(project) ?? 0, duration])
          .sort(([a], [b]) => a - b),
        breaks: total?.breaks ?? 0,
      };
    }),
    names: names.rows,
    details,
  };
}

/** The distinct projects of activities, work or not ('' for names without one). */
export function projectsOf(activities: readonly Activity[]): string[] {
  return [...new Set(activities.map((activity) => activity.project))];
}

/** The model's project totals longest first (a project's index is its colour), each with its tasks longest first. */
function projectRows(model: ReportModel): ProjectRow[] {
  const longestFirst = (a: { duration: number }, b: { duration: number }) => b.duration - a.duration;
  return [...model.projects].sort(longestFirst).map(({ project, duration }) => ({
    project,
    duration,
    tasks: [
      ...new Set(
        model.names.work
          .filter((name) => name.project === project)
          .sort(longestFirst)
          .map((name) => name.task),
      ),
    ],
  }));
}

/** Every day from `start` to `end` (local midnights), counted on the calendar so clock changes do not matter. */
function everyDay(start: Date, end: Date): string[] {
  const last = formatIsoDate(end);
  const days: string[] = [];
  for (let offset = 0; ; offset++) {
    const date = formatIsoDate(new Date(start.getFullYear(), start.getMonth(), start.getDate() + offset));
    days.push(date);
    if (date >= last) return days;
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

/** Days since 1970-01-01 of a local date's calendar day: consecutive days differ by one, whatever the clock did. */
function calendarDay(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000;
}

function minuteOfDay(date: Date): number {
  return date.getHours() * 60 + date.getMinutes();
}
