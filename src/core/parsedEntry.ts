import type { Entry } from './entry';
import { localDateOf } from './wallClock';

/**
 * An entry as the parser makes it: its wall time, and the `Date` only when someone asks. Reports compute with wall
 * times, so a 100,000-line timesheet is parsed without 100,000 Date objects (and the garbage collector's work on
 * them); the few a report shows are made on demand. One class, so every entry has the same shape.
 */
export class ParsedEntry implements Entry {
  readonly name: string;
  readonly comment: string | undefined;
  readonly line: number;
  readonly wallTime: number;
  #date: Date | undefined;

  constructor(name: string, comment: string | undefined, line: number, wallTime: number) {
    this.name = name;
    this.comment = comment;
    this.line = line;
    this.wallTime = wallTime;
  }

  get date(): Date {
    // A copy each time would be safer against a caller's setHours, but Entry's date is read-only by contract.
    this.#date ??= localDateOf(this.wallTime);
    return this.#date;
  }

  /** JSON, logs and structured clones see the plain entry, `date` included. */
  toJSON(): Entry {
    return this.comment === undefined
      ? { date: this.date, name: this.name, line: this.line }
      : { date: this.date, name: this.name, comment: this.comment, line: this.line };
  }
}
