import { compareCodePoints } from '../pythonText';
import type { Activity } from './activity';
import { byLowerCase, sortedCaseInsensitively } from './order';

/** One line of the Projects section: a project's work and its tasks. */
export interface ProjectTotal {
  readonly project: string;
  readonly duration: number;
  /** Distinct tasks, sorted case-insensitively. */
  readonly tasks: readonly string[];
}

export function projectTotals(activities: readonly Activity[]): ProjectTotal[] {
  const groups = new Map<string, { duration: number; tasks: Set<string> }>();
  for (const activity of activities) {
    if (activity.type !== 'work') {
      continue;
    }
    let group = groups.get(activity.project);
    if (group === undefined) {
      group = { duration: 0, tasks: new Set() };
      groups.set(activity.project, group);
    }
    group.duration += activity.duration;
    group.tasks.add(activity.task);
  }
  return [...groups]
    .sort(([a], [b]) => compareCodePoints(a, b))
    .sort(([a], [b]) => byLowerCase(a, b))
    .map(([project, { duration, tasks }]) => ({ project, duration, tasks: sortedCaseInsensitively(tasks) }));
}
