import type { ProjectTotal } from '../../api';
import { compareCodePoints } from '../pythonText';
import type { Activity } from './activity';
import { byLowerCase, sortedCaseInsensitively } from './order';

// The shape is the public contract's: the model hands these lines to plugins as they are.
export type { ProjectTotal };

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
