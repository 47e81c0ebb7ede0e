import type { ReportModel as PublicReportModel } from '../../api';
import type { Entry } from '../entry';
import { dayNumberOf, wallTimeOf } from '../wallClock';
import type { Activity } from './activity';
import { csvSectionOf, currentActivityNameOf, type CsvSection, type ReportArgs } from './args';
import { dayTotals, type DayTotal } from './dayTotals';
import { nameTotals } from './nameTotals';
import { projectTotals } from './projectTotals';
import { resolveRange } from './range';
import { selectActivities } from './selectActivities';
import { summarize, type Summary } from './summary';

/**
 * A report as data: the public model (what plugins read to render their own views) with what the text view computes
 * with: wall times, day numbers, the arguments as utt understands them.
 */
export interface ReportModel extends PublicReportModel {
  /** The arguments as given. */
  readonly args: ReportArgs;
  /** The report's activities after filtering, the current activity included (last), in time order. */
  readonly activities: readonly Activity[];
  /** The arguments as utt understands them. */
  readonly options: ReportOptions;
  readonly summary: Summary;
  readonly days: readonly DayTotal[];
}

export interface ReportOptions {
  /** First and last day as day numbers (see wallClock.ts). */
  readonly firstDay: number;
  readonly lastDay: number;
  readonly project: string | undefined;
  readonly currentActivityName: string | undefined;
  readonly csvSection: CsvSection | undefined;
  readonly showPerDay: boolean;
  /** Details are shown for a one-day report, or when asked for. */
  readonly showDetails: boolean;
  readonly showComments: boolean;
}

/**
 * Builds a report from the timesheet's entries (sorted, as parseTimesheet returns them) at `now`. Throws a
 * TimekeeperError with utt's message on a bad argument.
 */
export function buildReportModel(entries: readonly Entry[], args: ReportArgs, now: Date): ReportModel {
  const { start, end } = resolveRange(args, now);
  const firstDay = dayNumberOf(wallTimeOf(start));
  const lastDay = dayNumberOf(wallTimeOf(end));
  const options: ReportOptions = {
    firstDay,
    lastDay,
    project: args.project,
    currentActivityName: currentActivityNameOf(args),
    csvSection: csvSectionOf(args),
    showPerDay: args.perDay ?? false,
    showDetails: args.details === true || firstDay === lastDay,
    showComments: args.comments ?? false,
  };
  const activities = selectActivities(entries, { ...options, now: wallTimeOf(now) });
  return {
    args,
    start,
    end,
    activities,
    options,
    summary: summarize(activities),
    projects: projectTotals(activities),
    names: nameTotals(activities),
    days: dayTotals(activities),
  };
}
