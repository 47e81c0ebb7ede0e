import type { Entry, Timesheet, TimesheetContentChange } from '../api';
import { Emitter, type TrackingEvent } from '../tracking/emitter';
import { toDisposable, type IDisposable } from './disposable';

/**
 * Tells what a change of the timesheet was: entries appended after the ones read before (Timekeeper's appends,
 * another window's, the utt CLI's), or a rewrite (an edit, another file). The store keeps the entries it parsed and
 * parses only an appended tail, so an append leaves the entries read before as they were; any other change gives new
 * ones. Nothing is read while nobody listens.
 */
/** What the last read saw: how many entries, and the last one (compared by identity). */
type Seen = { readonly count: number; readonly last: Entry | undefined } | undefined;

export class TimesheetChanges implements IDisposable {
  readonly #timesheet: () => Timesheet;
  readonly #onError: (error: unknown) => void;
  readonly #changed: Emitter<TimesheetContentChange>;
  #listeners = 0;
  #seen: Seen;
  /** One read at a time, in order, so that two quick changes are told apart correctly. */
  #reading: Promise<void> = Promise.resolve();

  /** `onError` hears of a failed read and of a listener that throws (the host isolates plugins' listeners first). */
  constructor(timesheet: () => Timesheet, onError: (error: unknown) => void) {
    this.#timesheet = timesheet;
    this.#onError = onError;
    this.#changed = new Emitter(onError);
  }

  readonly onDidChange: TrackingEvent<TimesheetContentChange> = (listener, thisArgs, disposables) => {
    // The first listener makes the baseline that the next change is compared with.
    if (this.#listeners++ === 0) this.#read(() => undefined);
    const subscription = this.#changed.event(listener, thisArgs);
    const result = toDisposable(() => {
      subscription.dispose();
      if (--this.#listeners === 0) this.#seen = undefined;
    });
    disposables?.push(result);
    return result;
  };

  /** Resolves once every read started so far has told its listeners (tests, and a clean shutdown). */
  settled(): Promise<void> {
    return this.#reading;
  }

  /** The timesheet's content changed; `anotherFile` when the timesheet is now another file altogether. */
  changed(anotherFile = false): void {
    if (this.#listeners === 0) return;
    this.#read((before, entries) => {
      const appended =
        before !== undefined &&
        entries.length >= before.count &&
        (before.count === 0 || entries[before.count - 1] === before.last);
      if (!appended) return this.#changed.fire({ kind: 'rewritten', entries });
      if (entries.length > before.count) {
        this.#changed.fire({ kind: 'appended', entries: entries.slice(before.count) });
      }
    }, anotherFile);
  }

  /** Reads in turn; `forget` drops what was seen before (another file), in turn too. */
  #read(tell: (before: Seen, entries: readonly Entry[]) => void, forget = false): void {
    this.#reading = this.#reading.then(async () => {
      try {
        const entries = await this.#timesheet().entries();
        const before = forget ? undefined : this.#seen;
        this.#seen = { count: entries.length, last: entries.at(-1) };
        tell(before, entries);
      } catch (error) {
        this.#seen = undefined;
        this.#onError(error);
      }
    });
  }

  dispose(): void {
    this.#changed.dispose();
  }
}
