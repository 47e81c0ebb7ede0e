import { dayNumberOf } from '../wallClock';
import type { Activity } from './activity';
import { sortedCaseInsensitively } from './order';

/** One line of the Per Day section: a day's work. */
export interface DayTotal {
  /** Day number (see wallClock.ts) of the day the activities start on. */
  readonly day: number;
  readonly duration: number;
  /** Distinct projects ('' for names without one) and tasks, sorted case-insensitively. */
  readonly projects: readonly string[];
  readonly tasks: readonly string[];
}

export function dayTotals(activities: readonly Activity[]): DayTotal[] {
  const days = new Map<number, { duration: number; projects: Set<string>; tasks: Set<string> }>();
  for (const activity of activities) {
    if (activity.type !== 'work') {
      continue;
    }
    const day = dayNumberOf(activity.startWallTime);
    let total = days.get(day);
    if (total === undefined) {
      total = { duration: 0, projects: new Set(), tasks: new Set() };
      days.set(day, total);
    }
    total.duration += activity.duration;
    total.projects.add(activity.project);
    total.tasks.add(activity.task);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, { duration, projects, tasks }]) => ({
      day,
      duration,
      projects: sortedCaseInsensitively(projects),
      tasks: sortedCaseInsensitively(tasks),
    }));
}
