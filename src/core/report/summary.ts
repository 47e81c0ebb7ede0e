import type { Activity } from './activity';

/** The Summary section: totals of the report's activities. */
export interface Summary {
  /** Milliseconds of work, of breaks, and of both (ignored activities count in neither). */
  readonly working: number;
  readonly breaks: number;
  readonly total: number;
  /** The current activity, when it is the report's last activity. */
  readonly current: Activity | undefined;
}

export function summarize(activities: readonly Activity[]): Summary {
  let working = 0;
  let breaks = 0;
  for (const activity of activities) {
    if (activity.type === 'work') {
      working += activity.duration;
    } else if (activity.type === 'break') {
      breaks += activity.duration;
    }
  }
  const last = activities.at(-1);
  return { working, breaks, total: working + breaks, current: last?.current ? last : undefined };
}
