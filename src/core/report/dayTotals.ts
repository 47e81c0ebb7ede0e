import type { DayTotal as PublicDayTotal } from '../../api';
import { dayNumberOf, localMidnightOf } from '../wallClock';
import type { Activity } from './activity';
import { sortedCaseInsensitively } from './order';

/** One day's work and breaks (the public contract's), a line of the Per Day section when the day has work. */
export interface DayTotal extends PublicDayTotal {
  /** Day number (see wallClock.ts) of `date`: what the text report computes with. */
  readonly day: number;
}

interface DayGroup {
  duration: number;
  breaks: number;
  work: Map<string, number>;
  tasks: Set<string>;
}

/** The days with work or breaks, in order; utt's Per Day section lists those with work. */
export function dayTotals(activities: readonly Activity[]): DayTotal[] {
  const days = new Map<number, DayGroup>();
  for (const activity of activities) {
    if (activity.type === 'ignored') {
      continue;
    }
    const day = dayNumberOf(activity.startWallTime);
    let total = days.get(day);
    if (total === undefined) {
      total = { duration: 0, breaks: 0, work: new Map(), tasks: new Set() };
      days.set(day, total);
    }
    if (activity.type === 'break') {
      total.breaks += activity.duration;
      continue;
    }
    total.duration += activity.duration;
    total.work.set(activity.project, (total.work.get(activity.project) ?? 0) + activity.duration);
    total.tasks.add(activity.task);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, { duration, breaks, work, tasks }]) => {
      const projects = sortedCaseInsensitively(work.keys());
      return {
        day,
        date: localMidnightOf(day),
        duration,
        breaks,
        projects,
        tasks: sortedCaseInsensitively(tasks),
        work: projects.map((project) => ({ project, duration: work.get(project) ?? 0 })),
      };
    });
}

/** Whether utt's Per Day section lists the day: it counts work only. */
export function hasWork(day: DayTotal): boolean {
  return day.projects.length > 0;
}
