import type { Journal as JournalApi } from '../api';
import { Emitter, type Subscription } from '../tracking/emitter';
import { dayFolderName, JournalFolder } from './journalFolder';
import { formatLine } from './journalLine';
import { readWithRecords, type JournalReading, type JournalWithRecords } from './journalReading';
import { OpenRecord } from './openRecord';
import { checkSignal, type Actor, type Signal, type Span } from './signal';
import { spansOf } from './timeline';

/** At most one write per window this often (and at flush and shutdown). */
export const WRITE_INTERVAL_MS = 30_000;
/**
 * A record that goes on is written in pieces of at least this length (its whole when it ends, at flush and at
 * shutdown): what a crash can lose of it, and the finest grain at which records of two windows interleave. Twice the
 * write interval, to keep a day of work within its size budget.
 */
export const PIECE_MS = 60_000;
/**
 * The longest pause between two signals that still continues a record (WakaTime's heartbeat interval); the idle
 * time when it is shorter. Longer pauses start a new record, so spans can still split at any idle setting.
 */
export const MERGE_GAP_MS = 120_000;
export const DEFAULT_IDLE_MINUTES = 10;
/** Records that got no signal for the merge gap are closed; this many more stay open at most. */
const MAX_OPEN_RECORDS = 16;

export interface JournalSettings {
  readonly enabled: boolean;
  /** `timekeeper.idleMinutes`: spans split at gaps longer than this. */
  readonly idleMinutes: number;
  /** Day folders older than this many days are deleted at start; 0 keeps them all. */
  readonly retentionDays: number;
}

export interface JournalDependencies {
  /** The current time: the `Now` component, so a replayed day writes and closes spans on its own clock. */
  now(): Date;
  /** The journal folder, resolved at each write and read (settings and the timesheet may change). */
  directory(): string;
  settings(): JournalSettings;
  /** Timekeeper's own extension id: lines leave it out as their default source. */
  readonly ownSource: string;
  /** This window's file name in each day folder, unique to the window process (`<host>-<pid>-<random>.jsonl`). */
  fileName(): string;
  /** Calls `tick` every write interval; tests pass their own and tick by hand. */
  startTicking(tick: () => void, intervalMs: number): Subscription;
  /** Something the person may want to know about later (a skipped line, a pruned folder). */
  log(message: string): void;
  /** A background write or read failed; the message says what to do. Never throws. */
  onError(error: Error): void;
}

/**
 * This window's journal: coalesces signals into records in memory (the keystroke path only moves an end time),
 * appends them as JSON lines to the window's own day file at most once per write interval, and reads every window's
 * files back into spans.
 */
export class Journal implements JournalApi, JournalWithRecords {
  readonly #deps: JournalDependencies;
  readonly #folder: JournalFolder;
  #enabled: boolean;
  #idleMs: number;
  #mergeGapMs: number;
  /** The record the last signal went to: the keystroke path's one comparison. */
  #current: OpenRecord | undefined;
  readonly #open: OpenRecord[] = [];
  /** Parts of records closed since the last write. */
  #closedPieces: Span[] = [];
  #fileName: string;
  #lastWrite = -Infinity;
  #writing: Promise<void> | undefined;
  /** The pieces of the write under way: no longer in memory, perhaps not yet in the file, still in `spans`. */
  #inFlight: readonly Span[] = [];
  /** Per actor: the span this window is in, for `onDidCloseSpan` (its start, and the record it is of). */
  readonly #runs = new Map<Actor, { start: number; record: OpenRecord }>();
  readonly #closed: Emitter<Span>;
  readonly #ticking: Subscription;
  readonly #pruned: Promise<void>;

  constructor(deps: JournalDependencies, folder?: JournalFolder) {
    this.#deps = deps;
    this.#folder =
      folder ??
      new JournalFolder(
        () => deps.directory(),
        deps.ownSource,
        (m) => deps.log(m),
      );
    this.#fileName = deps.fileName();
    const settings = deps.settings();
    this.#enabled = settings.enabled;
    this.#idleMs = idleMsOf(settings.idleMinutes);
    this.#mergeGapMs = Math.min(MERGE_GAP_MS, this.#idleMs);
    this.#closed = new Emitter((error) => deps.onError(asError(error)));
    this.#ticking = deps.startTicking(() => this.tick(), WRITE_INTERVAL_MS);
    this.#pruned = this.#prune(settings.retentionDays);
  }

  readonly onDidCloseSpan = (...args: Parameters<Emitter<Span>['event']>) => this.#closed.event(...args);

  record(signal: Signal): void {
    const current = this.#current;
    if (
      current !== undefined &&
      signal.time - current.end <= this.#mergeGapMs &&
      signal.time >= current.start &&
      current.continuedBy(signal)
    ) {
      current.extendTo(signal.time);
      return;
    }
    if (this.#enabled) this.#switchTo(signal);
  }

  /** The slow path: a new context, or a pause longer than the merge gap. */
  #switchTo(signal: Signal): void {
    checkSignal(signal);
    let record = this.#open.find(
      (open) =>
        signal.time - open.end <= this.#mergeGapMs && signal.time >= open.start && open.continuedBy(signal),
    );
    if (record) record.extendTo(signal.time);
    else {
      record = new OpenRecord(signal);
      this.#open.push(record);
      if (this.#open.length > MAX_OPEN_RECORDS) this.#close(this.#open[0] as OpenRecord);
    }
    this.#current = record;
    const run = this.#runs.get(record.actor);
    if (run?.record !== record) {
      if (run) this.#endRun(run, signal.time);
      this.#runs.set(record.actor, { start: signal.time, record });
    }
  }

  /** Fires `onDidCloseSpan` for a run that ends at `time`, or at its last signal if it went idle first. */
  #endRun(run: { start: number; record: OpenRecord }, time: number): void {
    const end = time - run.record.end <= this.#idleMs ? time : run.record.end;
    if (end > run.start) this.#closed.fire(spanOf(run.record, run.start, end));
  }

  /** Keeps a record's unwritten part for the next write and forgets the record. */
  #close(record: OpenRecord): void {
    this.#takePiece(record, this.#closedPieces);
    this.#open.splice(this.#open.indexOf(record), 1);
    if (this.#current === record) this.#current = undefined;
  }

  /** The part of a record that no line covers yet, from where the last line ended. */
  #takePiece(record: OpenRecord, into: Span[]): void {
    if (!record.unwritten) return;
    into.push(spanOf(record, record.written, record.end));
    record.written = record.end;
    record.unwritten = false;
  }

  /**
   * Every write interval: picks up changed settings, ends idle runs and records, and writes what is pending when the
   * last write is at least a write interval ago on the `Now` clock.
   */
  tick(): void {
    const now = this.#deps.now().getTime();
    const settings = this.#deps.settings();
    this.#enabled = settings.enabled;
    this.#idleMs = idleMsOf(settings.idleMinutes);
    this.#mergeGapMs = Math.min(MERGE_GAP_MS, this.#idleMs);
    for (const [actor, run] of this.#runs) {
      if (now - run.record.end > this.#idleMs) {
        this.#endRun(run, now);
        this.#runs.delete(actor);
      }
    }
    for (const record of [...this.#open]) {
      if (!this.#enabled || now - record.end > this.#mergeGapMs) this.#close(record);
    }
    if (now - this.#lastWrite >= WRITE_INTERVAL_MS) {
      this.#write(now, PIECE_MS).catch((error: unknown) => this.#deps.onError(asError(error)));
    }
  }

  /** Writes everything pending now; rejects with what to do when the folder cannot be written. */
  async flush(): Promise<void> {
    await this.#write(this.#deps.now().getTime(), 0);
  }

  /** Writes closed records, and the open ones that went on for at least `minimumPiece` since their last line. */
  async #write(now: number, minimumPiece: number): Promise<void> {
    // One write at a time, in order: a flush during a tick's write waits for it, then writes what came since.
    while (this.#writing) await this.#writing.catch(() => undefined);
    const pieces = this.#closedPieces;
    this.#closedPieces = [];
    for (const record of this.#open) {
      if (record.end - record.written >= minimumPiece) this.#takePiece(record, pieces);
    }
    if (pieces.length === 0) return;
    this.#lastWrite = now;
    const writing = this.#append(pieces);
    this.#writing = writing;
    this.#inFlight = pieces;
    try {
      await writing;
    } finally {
      this.#writing = undefined;
      this.#inFlight = [];
    }
  }

  /** Appends pieces to the window's file of the day each starts on: one write of whole lines per day file. */
  async #append(pieces: Span[]): Promise<void> {
    const byDay = this.#linesByDay(pieces);
    for (const [day, lines] of byDay) {
      try {
        await this.#folder.append(day, this.#fileName, lines);
        byDay.delete(day);
      } catch (error) {
        // Kept for the next write, into a new file: the failed one may end in a torn line.
        for (const unwritten of byDay.keys()) {
          this.#closedPieces.unshift(...pieces.filter((piece) => dayFolderName(piece.start) === unwritten));
        }
        this.#fileName = this.#deps.fileName();
        throw error;
      }
    }
  }

  #linesByDay(pieces: readonly Span[]): Map<string, string> {
    const byDay = new Map<string, string>();
    for (const piece of pieces) {
      const day = dayFolderName(piece.start);
      byDay.set(day, (byDay.get(day) ?? '') + formatLine(piece, this.#deps.ownSource));
    }
    return byDay;
  }

  async spans(from: Date, to: Date): Promise<readonly Span[]> {
    return (await this[readWithRecords](from, to)).spans;
  }

  /** The spans, and the records they are made of: for the ledger, which counts what was done beside who held the time. */
  async [readWithRecords](from: Date, to: Date): Promise<JournalReading> {
    const start = from.getTime();
    const end = to.getTime();
    if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) {
      throw new Error(
        `Journal.spans: expected two valid Dates, the first not after the second; got ${String(from)} and ${String(to)}.`,
      );
    }
    const inFlight = this.#inFlight;
    const records = await this.#folder.read(start, end);
    // This window's records not written yet, so spans are current without waiting for the next write. A piece both
    // in flight and read from the file counts once: identical records hold the same time.
    records.push(...inFlight, ...this.#inFlight, ...this.#closedPieces);
    for (const record of this.#open) {
      if (record.unwritten) records.push(spanOf(record, record.written, record.end));
    }
    return { spans: spansOf(records, this.#idleMs, start, end), records };
  }

  /**
   * Journals that the person kept an away time as work (the away notification's Keep as Work): a record of the
   * person's, kind `other`, over the time away, in the context of their last span before it (docs/JOURNAL.md, "Time
   * away kept as work"). Without it the journal has no sign of the person there, and the suggestions would propose
   * the time as a break. Written at once, so other windows read it too. Records nothing when the journal is off, when
   * the time away goes past midnight (the day ended when it began, as for a break) or when it is recorded already;
   * resolves to the record, if any. Rejects, the record kept for the next write, when the folder cannot be written.
   */
  async keepAsWork(from: Date, to: Date): Promise<Span | undefined> {
    // Loaded on first use: a rare answer, kept out of the activation bundle.
    const { keptAsWorkRecord } = await import('./keptAsWork');
    const record = await keptAsWorkRecord(this, from, to, {
      enabled: this.#deps.settings().enabled,
      source: this.#deps.ownSource,
    });
    if (!record) return undefined;
    this.#closedPieces.push(record);
    await this.flush();
    return record;
  }

  /** Resolves once start-up pruning and the write under way (if any) are done, whatever their outcome. */
  async settled(): Promise<void> {
    await this.#pruned;
    while (this.#writing) await this.#writing.catch(() => undefined);
  }

  async #prune(retentionDays: number): Promise<void> {
    if (!(retentionDays > 0)) return;
    try {
      // Deleting is for real age: a clock replayed into the future (a test, a plugin) must not delete a real journal.
      const now = Math.min(this.#deps.now().getTime(), Date.now());
      const removed = await this.#folder.prune(now, retentionDays);
      if (removed > 0)
        this.#deps.log(`Journal: deleted ${removed} day folders older than ${retentionDays} days.`);
    } catch (error) {
      this.#deps.onError(asError(error));
    }
  }

  /**
   * Stops ticking and writes what is pending synchronously: the extension host does not wait for promises when it
   * shuts down, and a window's last half-minute of work must not be lost.
   */
  dispose(): void {
    this.#ticking.dispose();
    this.#closed.dispose();
    // A listener that fires after shutdown records nothing.
    this.#enabled = false;
    this.#current = undefined;
    const pieces = this.#closedPieces;
    this.#closedPieces = [];
    for (const record of this.#open) this.#takePiece(record, pieces);
    try {
      for (const [day, lines] of this.#linesByDay(pieces))
        this.#folder.appendSync(day, this.#fileName, lines);
    } catch (error) {
      this.#deps.onError(asError(error));
    }
  }
}

/** `timekeeper.idleMinutes` in milliseconds; the default for a value that is not a positive number. */
export function idleMsOf(minutes: number): number {
  const value = Number(minutes);
  return (Number.isFinite(value) && value > 0 ? value : DEFAULT_IDLE_MINUTES) * 60_000;
}

function spanOf(work: Span, start: number, end: number): Span {
  const span: Record<string, unknown> = {
    start,
    end,
    kind: work.kind,
    actor: work.actor,
    source: work.source,
  };
  for (const field of ['folder', 'repository', 'branch', 'language', 'file', 'detail'] as const) {
    if (work[field] !== undefined) span[field] = work[field];
  }
  return span as unknown as Span;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
