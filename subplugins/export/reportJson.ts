import {
  formatIsoDate,
  type Breakdown,
  type DayTotal,
  type ProjectTotal,
  type ReportArgs,
  type ReportModel,
} from '../../src/api';
import { isoLocalTime } from './timeText';

/*
 * The report model as a JSON document: the v1 ReportModel with Dates as ISO strings, its totals per project and per
 * day included. docs/report-model.schema.json describes it; `version` changes only when a field changes meaning.
 */

export const REPORT_JSON_FORMAT = 'timekeeper-report';
export const REPORT_JSON_VERSION = 1;

export interface ReportDocument {
  readonly format: typeof REPORT_JSON_FORMAT;
  readonly version: typeof REPORT_JSON_VERSION;
  readonly args: ReportArgs;
  readonly start: string;
  readonly end: string;
  readonly summary: { readonly working: number; readonly breaks: number; readonly total: number };
  readonly projects: readonly ProjectTotal[];
  readonly days: readonly DayRecord[];
  readonly activities: readonly ActivityRecord[];
  /** The journal's breakdown of the days, when it saw work in them. */
  readonly breakdown?: BreakdownRecord;
}

/** The v1 Breakdown with its range's instants as ISO strings. */
export type BreakdownRecord = Omit<Breakdown, 'range'> & { readonly range: { from: string; to: string } };

/** A day's totals as the format has them: the model's, with the day as `YYYY-MM-DD`. */
export type DayRecord = Pick<DayTotal, 'duration' | 'breaks' | 'projects'> & { readonly date: string };

export interface ActivityRecord {
  readonly name: string;
  readonly project: string;
  readonly task: string;
  readonly type: 'work' | 'break' | 'ignored';
  readonly start: string;
  readonly end: string;
  readonly duration: number;
  readonly comment?: string;
  readonly line?: number;
  readonly current: boolean;
}

export function reportDocument(model: ReportModel, breakdown?: Breakdown): ReportDocument {
  const { working, breaks, total } = model.summary;
  return {
    format: REPORT_JSON_FORMAT,
    version: REPORT_JSON_VERSION,
    args: model.args,
    start: formatIsoDate(model.start),
    end: formatIsoDate(model.end),
    summary: { working, breaks, total },
    // Longest first, as the format has always listed them; ties keep the model's (utt's) order.
    projects: [...model.projects]
      .sort((a, b) => b.duration - a.duration)
      .map(({ project, duration, tasks }) => ({ project, duration, tasks })),
    days: model.days.map(({ date, duration, breaks, projects }) => ({
      date: formatIsoDate(date),
      duration,
      breaks,
      projects,
    })),
    activities: model.activities.map((activity) => ({
      name: activity.name,
      project: activity.project,
      task: activity.task,
      type: activity.type,
      start: isoLocalTime(activity.start),
      end: isoLocalTime(activity.end),
      duration: activity.duration,
      ...(activity.comment === undefined ? {} : { comment: activity.comment }),
      ...(activity.line === undefined ? {} : { line: activity.line }),
      current: activity.current,
    })),
    ...(breakdown && {
      breakdown: {
        ...breakdown,
        range: { from: isoLocalTime(breakdown.range.from), to: isoLocalTime(breakdown.range.to) },
      },
    }),
  };
}

export function reportJson(model: ReportModel, breakdown?: Breakdown): string {
  return `${JSON.stringify(reportDocument(model, breakdown), null, 2)}\n`;
}
