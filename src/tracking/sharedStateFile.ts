import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { watchFileInFolder } from '../files/watchFileInFolder';
import { EMPTY_SHARED_STATE, parseSharedState, serializeSharedState, type SharedState } from './sharedState';

/** A lock older than this was left by a process that died while holding it (updates hold it for milliseconds). */
const STALE_LOCK_MS = 10_000;
/** How long an update waits for the lock before it gives up with an error that says what to do. */
const LOCK_TIMEOUT_MS = 5_000;
const WATCH_DEBOUNCE_MS = 20;

export interface SharedStateUpdate {
  /** What the file holds after the update. */
  readonly state: SharedState;
  /** True when this call wrote it (the change returned a new state). */
  readonly written: boolean;
}

/**
 * The shared state file: `.<timesheet name>.timekeeper.json` beside the timesheet, so that every window (and every
 * user of the same timesheet on the machine) finds the same one.
 *
 * Why this mechanism: windows are separate processes without a channel between them, and a file beside the timesheet
 * needs no server and survives crashes. Readers never see a half-written file, because writes go to a temporary file
 * that is renamed over it (atomic on POSIX, retried on Windows). Read-modify-write cycles are serialised by a lock file
 * created with O_EXCL, so two windows coming back from idle at once cannot both claim the same away time. Other
 * windows learn of a change through a watch on the folder, which keeps the per-second tick free of I/O.
 */
export class SharedStateFile {
  readonly path: string;
  readonly #lockPath: string;
  #current: SharedState = EMPTY_SHARED_STATE;
  /** Numbers reads (when they start) and writes, so that a slow read never replaces what a later one learned. */
  #version = 0;
  #appliedVersion = 0;
  #watcher: { close(): void } | undefined;
  #debounce: NodeJS.Timeout | undefined;
  readonly #listeners = new Set<(state: SharedState) => void>();

  constructor(filePath: string) {
    this.path = filePath;
    this.#lockPath = `${filePath}.lock`;
  }

  static besideTimesheet(timesheetPath: string): SharedStateFile {
    return new SharedStateFile(
      path.join(path.dirname(timesheetPath), `.${path.basename(timesheetPath)}.timekeeper.json`),
    );
  }

  /** The state last read or written by this process. */
  get current(): SharedState {
    return this.#current;
  }

  async read(): Promise<SharedState> {
    const version = ++this.#version;
    let text: string;
    try {
      text = await fs.readFile(this.path, 'utf8');
    } catch {
      // Missing or unreadable: the next update writes a fresh file.
      text = '';
    }
    const state = parseSharedState(text);
    this.#apply(state, version);
    return state;
  }

  /**
   * Read-modify-write under the lock: `change` gets what the file holds now and returns the next state, or
   * `undefined` to leave the file as it is.
   */
  async update(change: (state: SharedState) => SharedState | undefined): Promise<SharedStateUpdate> {
    await fs.mkdir(path.dirname(this.path), { recursive: true });
    await this.#lock();
    try {
      const state = await this.read();
      const next = change(state);
      if (next === undefined) return { state, written: false };
      await this.#writeAtomically(serializeSharedState(next));
      this.#apply(next, ++this.#version);
      return { state: next, written: true };
    } finally {
      await fs.rm(this.#lockPath, { force: true });
    }
  }

  #apply(state: SharedState, version: number): void {
    if (version < this.#appliedVersion) return;
    this.#appliedVersion = version;
    this.#current = state;
  }

  /** Calls `listener` with the new state after another process (or this one) changed the file. */
  onDidChange(listener: (state: SharedState) => void): { dispose(): void } {
    this.#listeners.add(listener);
    this.#startWatching();
    return { dispose: () => this.#listeners.delete(listener) };
  }

  dispose(): void {
    this.#watcher?.close();
    this.#watcher = undefined;
    clearTimeout(this.#debounce);
    this.#listeners.clear();
  }

  async #lock(): Promise<void> {
    const deadline = Date.now() + LOCK_TIMEOUT_MS;
    for (;;) {
      try {
        const handle = await fs.open(this.#lockPath, 'wx');
        await handle.writeFile(`${process.pid}\n`);
        await handle.close();
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      await this.#removeIfStale();
      if (Date.now() > deadline) {
        throw new Error(
          `Timekeeper could not lock ${this.#lockPath}: another VS Code window has held it for ${LOCK_TIMEOUT_MS / 1000} s. ` +
            'If no other window is busy, delete that file; tracking goes on meanwhile.',
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 8));
    }
  }

  async #removeIfStale(): Promise<void> {
    try {
      const { mtimeMs } = await fs.stat(this.#lockPath);
      // Either way: a clock set back makes a live lock look young forever, so age counts in both directions.
      if (Math.abs(Date.now() - mtimeMs) > STALE_LOCK_MS) await fs.rm(this.#lockPath, { force: true });
    } catch {
      // Released meanwhile.
    }
  }

  async #writeAtomically(text: string): Promise<void> {
    const temporary = `${this.path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await fs.writeFile(temporary, text, 'utf8');
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.rename(temporary, this.path);
        return;
      } catch (error) {
        // Windows refuses to replace a file another process has open for a moment; anything else is final.
        const code = (error as NodeJS.ErrnoException).code;
        if (attempt >= 5 || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) {
          await fs.rm(temporary, { force: true });
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
  }

  #startWatching(): void {
    if (this.#watcher || this.#listeners.size === 0) return;
    // Undefined while the folder does not exist: the tracker's first update creates it and watches again.
    this.#watcher = watchFileInFolder(
      this.path,
      () => this.#readSoon(),
      () => (this.#watcher = undefined),
    );
  }

  /** Re-reads after a burst of events settles, then tells the listeners. */
  #readSoon(): void {
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => {
      void this.read().then((state) => {
        for (const listener of [...this.#listeners]) listener(state);
      });
    }, WATCH_DEBOUNCE_MS);
  }

  /** Starts the watch once the folder exists (after the first update created it). */
  ensureWatching(): void {
    this.#startWatching();
  }
}
