import type { Activity } from '../../src/api';
import { isoDay } from './timeText';

/*
 * The totals the JSON and Markdown exports add to the activities, computed from the v1 `activities` alone, so a
 * plugin's own ReportBuilder exports as well as the default one.
 */

export interface ProjectTotal {
  readonly project: string;
  /** Milliseconds of work. */
  readonly duration: number;
  /** Distinct tasks, in the order first met. */
  readonly tasks: readonly string[];
}

export interface DayTotal {
  /** YYYY-MM-DD of the day the activities start on. */
  readonly date: string;
  /** Milliseconds of work and of breaks. */
  readonly duration: number;
  readonly breaks: number;
  /** Distinct projects worked on, in the order first met. */
  readonly projects: readonly string[];
}

/** Work per project, longest first. */
export function projectTotals(activities: readonly Activity[]): ProjectTotal[] {
  const totals = new Map<string, { duration: number; tasks: Set<string> }>();
  for (const activity of activities) {
    if (activity.type !== 'work') continue;
    const total = totals.get(activity.project) ?? { duration: 0, tasks: new Set<string>() };
    total.duration += activity.duration;
    total.tasks.add(activity.task);
    totals.set(activity.project, total);
  }
  return [...totals]
    .map(([project, { duration, tasks }]) => ({ project, duration, tasks: [...tasks] }))
    .sort((a, b) => b.duration - a.duration || a.project.localeCompare(b.project));
}

/** Work and breaks per day with activities, in order. */
export function dayTotals(activities: readonly Activity[]): DayTotal[] {
  const totals = new Map<string, { duration: number; breaks: number; projects: Set<string> }>();
  for (const activity of activities) {
    if (activity.type === 'ignored') continue;
    const date = isoDay(activity.start);
    const total = totals.get(date) ?? { duration: 0, breaks: 0, projects: new Set<string>() };
    if (activity.type === 'work') {
      total.duration += activity.duration;
      total.projects.add(activity.project);
    } else {
      total.breaks += activity.duration;
    }
    totals.set(date, total);
  }
  return [...totals].map(([date, { duration, breaks, projects }]) => ({
    date,
    duration,
    breaks,
    projects: [...projects],
  }));
}
