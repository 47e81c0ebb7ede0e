import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  LockLostError,
  removeTemporaryFiles,
  temporaryPathFor,
  withFileLock,
  type FileLockOptions,
  type HeldLock,
} from '../files/fileLock';
import { renameOver } from '../files/renameOver';
import { watchFileInFolder } from '../files/watchFileInFolder';
import { EMPTY_SHARED_STATE, parseSharedState, serializeSharedState, type SharedState } from './sharedState';

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
 * that is renamed over it (atomic on POSIX, retried on Windows). Read-modify-write cycles are serialised by the lock
 * of `../files/fileLock` (why it is safe, and where it stops, is written there), so two windows coming back from idle
 * at once cannot both claim the same away time, and a window frozen while holding it retries its update instead of
 * writing over what others wrote meanwhile. A file that exists but cannot be read fails the update with the real
 * cause: treating it as empty would drop the pause and the claims. Other windows learn of a change through a watch on
 * the folder, which keeps the per-second tick free of I/O.
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
  readonly #lockOptions: FileLockOptions;
  /** What killed writers left is removed under the first lock this process takes. */
  #leftoversRemoved = false;

  constructor(filePath: string, lockOptions: FileLockOptions = {}) {
    this.path = filePath;
    this.#lockPath = `${filePath}.lock`;
    this.#lockOptions = lockOptions;
  }

  static besideTimesheet(timesheetPath: string, lockOptions: FileLockOptions = {}): SharedStateFile {
    return new SharedStateFile(
      path.join(path.dirname(timesheetPath), `.${path.basename(timesheetPath)}.timekeeper.json`),
      lockOptions,
    );
  }

  /** The state last read or written by this process. */
  get current(): SharedState {
    return this.#current;
  }

  /** What the file holds; missing reads as empty. Rejects, keeping `current`, when the file cannot be read. */
  async read(): Promise<SharedState> {
    const version = ++this.#version;
    let text: string;
    try {
      text = await fs.readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw cannotRead(this.path, error);
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
    return withFileLock(
      this.#lockPath,
      async (lock) => {
        if (!this.#leftoversRemoved) {
          await removeTemporaryFiles(this.path);
          this.#leftoversRemoved = true;
        }
        const state = await this.read();
        const next = change(state);
        if (next === undefined) return { state, written: false };
        await this.#writeAtomically(serializeSharedState(next), lock);
        this.#apply(next, ++this.#version);
        return { state: next, written: true };
      },
      this.#lockOptions,
    );
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

  /** Writes the whole text aside first, so that the lock is confirmed as late as possible: just before the rename. */
  async #writeAtomically(text: string, lock: HeldLock): Promise<void> {
    const temporary = temporaryPathFor(this.path);
    try {
      await fs.writeFile(temporary, text, 'utf8');
      await lock.confirm();
    } catch (error) {
      await fs.rm(temporary, { force: true });
      if (error instanceof LockLostError) throw error;
      throw cannotWrite(this.path, error);
    }
    try {
      await renameOver(temporary, this.path);
    } catch (error) {
      // Removed as a leftover by the process that took the lock over from this one: run again.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new LockLostError(this.#lockPath);
      await fs.rm(temporary, { force: true });
      throw cannotWrite(this.path, error);
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
      // A file that cannot be read keeps the state known so far; the next update reports why.
      this.read().then(
        (state) => {
          for (const listener of [...this.#listeners]) listener(state);
        },
        () => undefined,
      );
    }, WATCH_DEBOUNCE_MS);
  }

  /** Starts the watch once the folder exists (after the first update created it). */
  ensureWatching(): void {
    this.#startWatching();
  }
}

function cannotRead(file: string, error: unknown): Error {
  return new Error(`Timekeeper cannot read the shared state ${file}: ${cause(error)}.`, { cause: error });
}

function cannotWrite(file: string, error: unknown): Error {
  return new Error(`Timekeeper cannot write the shared state ${file}: ${cause(error)}.`, { cause: error });
}

/** The real cause of a file-system error, and what to do about it. */
function cause(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied. Give your user read and write access to it (pause and claims are kept in it)';
    case 'EISDIR':
      return 'it is a directory, not a file. Remove or rename that directory';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full. Free some space; nothing was changed';
    case 'EROFS':
      return 'the file system is read-only. Choose a writable location for the timesheet';
    default:
      return (error as Error | undefined)?.message ?? String(error);
  }
}
