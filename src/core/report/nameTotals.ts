import type { NameTotal, NameTotals } from '../../api';
import { compareCodePoints } from '../pythonText';
import type { Activity } from './activity';

// The shapes are the public contract's: the model hands these lines to plugins as they are.
export type { NameTotal, NameTotals };

export function nameTotals(activities: readonly Activity[]): NameTotals {
  return { work: totalsByName(activities, 'work'), breaks: totalsByName(activities, 'break') };
}

function totalsByName(activities: readonly Activity[], type: Activity['type']): NameTotal[] {
  const totals = new Map<string, { -readonly [K in keyof NameTotal]: NameTotal[K] }>();
  for (const activity of activities) {
    if (activity.type !== type) {
      continue;
    }
    const total = totals.get(activity.name);
    if (total === undefined) {
      const { name, project, task, duration } = activity;
      totals.set(name, { name, project, task, duration });
    } else {
      total.duration += activity.duration;
    }
  }
  return [...totals.values()]
    .sort((a, b) => compareCodePoints(a.name, b.name))
    .sort(
      (a, b) =>
        compareCodePoints(a.project.toLowerCase(), b.project.toLowerCase()) ||
        compareCodePoints(a.task.toLowerCase(), b.task.toLowerCase()),
    );
}
