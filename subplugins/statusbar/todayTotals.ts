import type { Activity, Entry, ReportModel } from '../../src/api';

/** Today's numbers as of the last timesheet change; the tick adds the running current activity to them. */
export interface TodayTotals {
  /** Local date of the day they are for, e.g. `2024-5-2`. */
  readonly day: string;
  /** Some entry is dated today (`hello` or any other): the day is being tracked. */
  readonly started: boolean;
  /** The last entry's time: the current activity runs from it. */
  readonly currentStart: Date | undefined;
  /** Whether utt counts the current activity as work today (it needs an activity before it). */
  readonly currentCounts: boolean;
  /** Milliseconds of work and breaks in the finished activities. */
  readonly working: number;
  readonly breaks: number;
  /** Finished work per project ('' for names without one), largest first. */
  readonly projects: readonly { readonly project: string; readonly working: number }[];
}

export function dayKey(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/**
 * From today's report model (what `report` shows for today) and the timesheet's last entry: the model's totals less
 * the current activity, which the tick counts live.
 */
export function todayTotals(model: ReportModel, last: Entry | undefined, now: Date): TodayTotals {
  const current = model.activities.at(-1)?.current ? model.activities.at(-1) : undefined;
  const running = (type: Activity['type']) => (current?.type === type ? current.duration : 0);
  const started = last !== undefined && dayKey(last.date) === dayKey(now);
  return {
    day: dayKey(now),
    started,
    currentStart: last?.date,
    currentCounts: current?.type === 'work',
    working: model.summary.working - running('work'),
    breaks: model.summary.breaks - running('break'),
    projects: model.projects
      .map(({ project, duration }) => ({
        project,
        working: duration - (project === current?.project ? running('work') : 0),
      }))
      .filter((row) => row.working > 0)
      .sort((a, b) => b.working - a.working),
  };
}

/** Milliseconds of the current activity at `now`: never negative, even with the clock set back. */
export function currentElapsed(totals: TodayTotals, now: Date): number {
  return totals.currentStart ? Math.max(0, now.getTime() - totals.currentStart.getTime()) : 0;
}
