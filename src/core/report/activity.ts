import type { Activity as PublicActivity } from '../../api';

/**
 * A span of time between two entries, named by the later one; or the current activity, up to now: the public
 * activity (`start` clipped to the report's range) with its times as wall times.
 */
export interface Activity extends PublicActivity {
  /** `start` and `end` as wall times (see wallClock.ts): what reports compute with. */
  readonly startWallTime: number;
  readonly endWallTime: number;
}
