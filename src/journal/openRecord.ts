import type { Actor, Signal, SignalKind, Span } from './signal';

/**
 * One context's record while signals keep coming: the journal's heartbeat merge. A signal of the same context
 * within the merge gap only moves `end`, so the keystroke path touches two numbers and allocates nothing.
 * `written` is how far lines already cover it: each write adds one line from there to `end`, so a long record
 * reaches the file in pieces of at most one write interval, and a crash loses at most the last one.
 */
export class OpenRecord implements Span {
  readonly folder: string | undefined;
  readonly repository: string | undefined;
  readonly branch: string | undefined;
  readonly language: string | undefined;
  readonly file: string | undefined;
  readonly kind: SignalKind;
  readonly actor: Actor;
  readonly source: string;
  readonly detail: string | undefined;
  readonly start: number;
  end: number;
  /** The time up to which lines cover this record; `start` until the first write. */
  written: number;
  /** Whether the next write has a line to add (a record of a single signal is written once, with no length). */
  unwritten = true;

  constructor(signal: Signal) {
    this.folder = signal.folder;
    this.repository = signal.repository;
    this.branch = signal.branch;
    this.language = signal.language;
    this.file = signal.file;
    this.kind = signal.kind;
    this.actor = signal.actor;
    this.source = signal.source;
    this.detail = signal.detail;
    this.start = signal.time;
    this.end = signal.time;
    this.written = signal.time;
  }

  /**
   * Whether a signal continues this record: the same context, kind, actor and origin. Reading a file being edited
   * continues the edit (a person moving the cursor between keystrokes is still editing), as WakaTime does not split
   * an entity's time between reads and writes.
   */
  continuedBy(signal: Signal): boolean {
    return (
      signal.file === this.file &&
      (signal.kind === this.kind || (signal.kind === 'read' && this.kind === 'edit')) &&
      signal.actor === this.actor &&
      signal.folder === this.folder &&
      signal.branch === this.branch &&
      signal.repository === this.repository &&
      signal.language === this.language &&
      signal.source === this.source &&
      signal.detail === this.detail
    );
  }

  /** Extends the record to a signal's time; a time before its end (a clock set back) changes nothing. */
  extendTo(time: number): void {
    if (time > this.end) {
      this.end = time;
      this.unwritten = true;
    }
  }
}
