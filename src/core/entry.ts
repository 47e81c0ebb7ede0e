import { isPythonWhitespace } from './pythonText';
import { wallTimeOf } from './wallClock';

/** One line of the timesheet: the end of an activity that began at the previous entry. */
export interface Entry {
  /** Local time, minute precision. */
  readonly date: Date;
  readonly name: string;
  readonly comment?: string;
  /** 1-based line in the timesheet file. */
  readonly line: number;
  /**
   * The wall time of `date` (see wallClock.ts), set by the parser so that reports compare and subtract numbers.
   * Entries built elsewhere may leave it out: it is then derived from `date`.
   */
  readonly wallTime?: number;
}

/** What `add`, `hello` and `stretch` append. */
export interface NewEntry {
  readonly date: Date;
  readonly name: string;
  readonly comment?: string;
}

/** The name `hello` writes: it starts a day, and the gap it closes is never counted. */
export const HELLO_ENTRY_NAME = 'hello';

/** Work counts as working time, breaks (`name**`) as break time, ignored activities (`name***`) as neither. */
export type ActivityType = 'work' | 'break' | 'ignored';

export function activityTypeOf(name: string): ActivityType {
  if (name.endsWith('***')) {
    return 'ignored';
  }
  return name.endsWith('**') ? 'break' : 'work';
}

export function isBreakName(name: string): boolean {
  return activityTypeOf(name) === 'break';
}

export function isIgnoredName(name: string): boolean {
  return activityTypeOf(name) === 'ignored';
}

export function isHelloName(name: string): boolean {
  return name === HELLO_ENTRY_NAME;
}

export interface ProjectAndTask {
  /** '' when the name has no project. */
  readonly project: string;
  readonly task: string;
}

/**
 * utt's `project: task`: the project is a run of characters that are neither whitespace nor `:`, right at the
 * start, followed by `:` and one whitespace; the task is the rest. Any other name is a task without a project.
 */
export function splitProject(name: string): ProjectAndTask {
  let colon = 0;
  while (colon < name.length) {
    const code = name.charCodeAt(colon);
    if (code === 0x3a || isPythonWhitespace(code)) {
      break;
    }
    colon++;
  }
  const hasProject =
    colon > 0 &&
    colon + 1 < name.length &&
    name.charCodeAt(colon) === 0x3a &&
    isPythonWhitespace(name.charCodeAt(colon + 1));
  return hasProject
    ? { project: name.slice(0, colon), task: name.slice(colon + 2) }
    : { project: '', task: name };
}

/** What utt reads in a name: its project and task, whether it is work, a break or ignored, and whether it is `hello`. */
export interface NameParts extends ProjectAndTask {
  readonly type: ActivityType;
  readonly hello: boolean;
}

export function nameParts(name: string): NameParts {
  return { ...splitProject(name), type: activityTypeOf(name), hello: isHelloName(name) };
}

/** The entry's wall time: the parser's when it set one, else its date's. */
export function entryWallTime(entry: Entry): number {
  return entry.wallTime ?? wallTimeOf(entry.date);
}
