import type { ActivityType } from '../entry';

/** A span of time between two entries, named by the later one; or the current activity, up to now. */
export interface Activity {
  readonly name: string;
  /** The project (`project: task`), or '' when the name has none. */
  readonly project: string;
  readonly task: string;
  readonly type: ActivityType;
  /** Clipped to the report's range. */
  readonly start: Date;
  readonly end: Date;
  /** Milliseconds. */
  readonly duration: number;
  readonly comment?: string;
  /** Line of the entry that ends it; absent for the current activity. */
  readonly line?: number;
  /** True for the current activity (from the last entry until now). */
  readonly current: boolean;
  /** `start` and `end` as wall times (see wallClock.ts): what reports compute with. */
  readonly startWallTime: number;
  readonly endWallTime: number;
}
