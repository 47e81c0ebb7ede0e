import {
  activityTypeOf,
  entryWallTime,
  isHelloName,
  splitProject,
  type ActivityType,
  type Entry,
  type ProjectAndTask,
} from '../entry';
import { localDateOf, MS_PER_DAY } from '../wallClock';
import type { Activity } from './activity';

export interface ActivitySelection {
  /** First and last day, as day numbers (see wallClock.ts). */
  readonly firstDay: number;
  readonly lastDay: number;
  /** Only this project's activities, when set. */
  readonly project: string | undefined;
  /** Name of the current activity; undefined leaves it out. */
  readonly currentActivityName: string | undefined;
  /** Wall time of now. */
  readonly now: number;
}

/**
 * utt ends a report's range at 23:59:59.099999 of the last day (a microseconds typo in utt kept for the same
 * numbers): an activity running past midnight shows 23:59 and its duration keeps those seconds.
 */
const RANGE_END_BEFORE_MIDNIGHT = 901;

/**
 * The report's activities: those that overlap the range, clipped to it, then the current activity; `hello`
 * activities and other projects' left out. The entries are sorted, so the range is found by binary search: a
 * one-day report reads only that day's entries, whatever the size of the timesheet.
 */
export function selectActivities(entries: readonly Entry[], selection: ActivitySelection): Activity[] {
  const rangeStart = selection.firstDay * MS_PER_DAY;
  const nextMidnight = (selection.lastDay + 1) * MS_PER_DAY;
  const rangeEnd = nextMidnight - RANGE_END_BEFORE_MIDNIGHT;
  const names = new NameCache();
  const activities: Activity[] = [];
  for (let i = firstEndingAfter(entries, rangeStart); i < entries.length; i++) {
    const previous = entries[i - 1];
    const previousTime = entryWallTime(previous);
    if (previousTime >= rangeEnd) {
      break;
    }
    const entry = entries[i];
    const time = entryWallTime(entry);
    const start = Math.max(previousTime, rangeStart);
    const end = Math.min(time, rangeEnd);
    const kind = names.get(entry.name);
    if (end <= start || !kind.selected(selection.project)) {
      continue;
    }
    activities.push({
      name: entry.name,
      project: kind.project,
      task: kind.task,
      type: kind.type,
      start: start === previousTime ? previous.date : localDateOf(start),
      end: end === time ? entry.date : localDateOf(end),
      duration: end - start,
      comment: entry.comment,
      line: entry.line,
      current: false,
      startWallTime: start,
      endWallTime: end,
    });
  }
  const current = currentActivity(entries, selection, rangeStart, nextMidnight);
  if (current !== undefined && names.get(current.name).selected(selection.project)) {
    activities.push(current);
  }
  return activities;
}

/**
 * From the end of the timesheet's last activity (or the range's start, if later) until now, when now is after it
 * and no later than the midnight that ends the range. utt needs a last activity, so two entries at least.
 */
function currentActivity(
  entries: readonly Entry[],
  selection: ActivitySelection,
  rangeStart: number,
  nextMidnight: number,
): Activity | undefined {
  const name = selection.currentActivityName;
  if (name === undefined || entries.length < 2) {
    return undefined;
  }
  const start = Math.max(entryWallTime(entries[entries.length - 1]), rangeStart);
  if (!(start < selection.now && selection.now <= nextMidnight)) {
    return undefined;
  }
  return {
    name,
    ...splitProject(name),
    type: activityTypeOf(name),
    start: localDateOf(start),
    end: localDateOf(selection.now),
    duration: selection.now - start,
    comment: undefined,
    line: undefined,
    current: true,
    startWallTime: start,
    endWallTime: selection.now,
  };
}

/** Index of the first entry after the first one that is later than `time`: the first activity ending after it. */
function firstEndingAfter(entries: readonly Entry[], time: number): number {
  let low = 1;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (entryWallTime(entries[middle]) > time) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return low;
}

/** What a report needs to know of a name, worked out once per distinct name: timesheets repeat their names. */
class NameCache {
  private readonly kinds = new Map<string, NameKind>();

  get(name: string): NameKind {
    let kind = this.kinds.get(name);
    if (kind === undefined) {
      kind = new NameKind(name);
      this.kinds.set(name, kind);
    }
    return kind;
  }
}

class NameKind implements ProjectAndTask {
  readonly project: string;
  readonly task: string;
  readonly type: ActivityType;
  private readonly hello: boolean;

  constructor(name: string) {
    ({ project: this.project, task: this.task } = splitProject(name));
    this.type = activityTypeOf(name);
    this.hello = isHelloName(name);
  }

  /** utt drops `hello` activities, then keeps only the filtered project's. */
  selected(project: string | undefined): boolean {
    return !this.hello && (project === undefined || project === this.project);
  }
}
