import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Entry, NewEntry, Timesheet } from '../api';
import { appendedText } from '../core/append';
import { lockPathBeside, withFileLock } from '../files/fileLock';
import { watchFileInFolder } from '../files/watchFileInFolder';
import { formatEntryLine } from '../core/entryLine';
import { parseTimesheet } from '../core/parse';
import { fileSystemError, TimesheetError } from './timesheetError';

/** What was parsed from the file, and how to recognise that the file has only grown since. */
interface Snapshot {
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
  /**
   * Every entry, in file order. Appends grow this same array (copying a million entries per append would cost
   * more than the append), so readers get a view that may grow on a later read; only a line that was incomplete
   * (no newline yet) can be read again differently.
   */
  readonly entries: Entry[];
  /** How many of `entries` come from complete lines; the rest are from a last line without a newline yet. */
  readonly completeCount: number;
  /** Byte offset just after the last newline, and the 1-based number of the line that starts there. */
  readonly completeBytes: number;
  readonly nextLine: number;
  /** The bytes just before `size`, to notice a rewrite that kept the inode and grew the file. */
  readonly fingerprint: Buffer;
  readonly endsWithNewline: boolean;
  /** A file written with CRLF line endings stays so: appends use the file's own. */
  readonly lineEnding: '\n' | '\r\n';
}

const FINGERPRINT_BYTES = 64;
/** How long a half-written last line gets before it counts as an error: appends take microseconds. */
const SETTLE_MS = 25;

/** The last line, without its newline, does not read: an error unless it is still being written. */
class IncompleteLastLine extends TimesheetError {}
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The timesheet file (utt format) on disk.
 *
 * Reads parse once, then only the appended tail; a rewritten file is parsed again in full. Appends are a single
 * `O_APPEND` write of complete lines, so several windows (several extension hosts) and the utt CLI can add at the
 * same time without losing, duplicating or interleaving lines. No `vscode` import: it runs in plain Node too.
 */
export class TimesheetStore implements Timesheet {
  readonly path: string;
  #snapshot: Snapshot | undefined;
  #reading: Promise<Snapshot | undefined> | undefined;
  #watcher: { close(): void } | undefined;
  readonly #listeners = new Set<() => void>();
  #debounce: NodeJS.Timeout | undefined;

  constructor(filePath: string) {
    this.path = filePath;
  }

  async entries(): Promise<readonly Entry[]> {
    const snapshot = await this.#refresh();
    if (!snapshot) return [];
    return snapshot.entries;
  }

  async append(entry: NewEntry): Promise<void> {
    // Read, order check and write are one step for every Timekeeper writer (several windows): under the lock.
    // A first read of a large file is done before taking it, so that the lock is held for the tail only.
    await this.#refresh();
    await withFileLock(lockPathBeside(this.path), async (lock) => {
      // A read that began before the lock was taken may miss another window's append: wait for it, read afresh.
      await this.#reading?.catch(() => undefined);
      // Reading first validates the file (nothing is written to a timesheet that does not parse) and gives the
      // last entry, which decides whether utt's blank line before a new day is due.
      const snapshot = await this.#refresh();
      const last = snapshot?.entries.at(-1);
      if (last && Math.floor(entry.date.getTime() / 60_000) < Math.floor(last.date.getTime() / 60_000)) {
        // An earlier entry would make the file unreadable for utt and for us: refuse it rather than corrupt it.
        throw new TimesheetError(
          `Cannot add "${entry.name}" at ${formatEntryLine({ ...entry, name: '' }).trim()}: it is earlier than the last ` +
            `entry (line ${last.line}: ${formatEntryLine(last)}). Check the system clock, or fix the timesheet.`,
          this.path,
          last.line,
        );
      }
      const text = appendedText(
        {
          lastEntry: last,
          isEmpty: !snapshot || snapshot.size === 0,
          endsWithNewline: snapshot?.endsWithNewline ?? true,
        },
        entry,
        snapshot?.lineEnding ?? '\n',
      );
      await lock.confirm();
      try {
        await fs.mkdir(path.dirname(this.path), { recursive: true });
        await fs.appendFile(this.path, text, { encoding: 'utf8', flag: 'a' });
      } catch (error) {
        throw fileSystemError(this.path, error, 'write');
      }
    });
    this.#startWatching();
    this.#fire();
  }

  format(entry: NewEntry): string {
    return formatEntryLine(entry);
  }

  /** Listens for changes of the file: own appends at once, other writers through the file-system watcher. */
  onDidChange(listener: () => void): { dispose(): void } {
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

  /**
   * One read at a time: readers that arrive while one is running share it, so two tail parses never grow the same
   * entries array at once (and a change read by the status bar, the Today view and a report is read once).
   */
  #refresh(): Promise<Snapshot | undefined> {
    // Cheap once watching; retried here because the folder may have appeared since (created by another writer).
    this.#startWatching();
    this.#reading ??= this.#readSettled().finally(() => (this.#reading = undefined));
    return this.#reading;
  }

  /**
   * A last line without its newline that does not read may be another writer's append caught half-way (a reader
   * can see a write in progress): it gets a moment to finish, then the file is read again and must make sense.
   */
  async #readSettled(): Promise<Snapshot | undefined> {
    try {
      return await this.#read();
    } catch (error) {
      if (!(error instanceof IncompleteLastLine)) throw error;
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      return this.#read();
    }
  }

  async #read(): Promise<Snapshot | undefined> {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(this.path, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        this.#snapshot = undefined;
        return undefined;
      }
      throw fileSystemError(this.path, error, 'read');
    }
    try {
      const stat = await handle.stat();
      if (stat.isDirectory())
        throw fileSystemError(this.path, Object.assign(new Error(), { code: 'EISDIR' }), 'read');
      const previous = this.#snapshot;
      if (
        previous &&
        previous.ino === stat.ino &&
        previous.size === stat.size &&
        previous.mtimeMs === stat.mtimeMs
      ) {
        return previous;
      }
      if (
        previous &&
        previous.ino === stat.ino &&
        stat.size > previous.size &&
        (await this.#grewFrom(handle, previous))
      ) {
        this.#snapshot = await this.#parseTail(handle, previous, stat);
      } else {
        this.#snapshot = await this.#parseAll(handle, stat);
      }
      return this.#snapshot;
    } catch (error) {
      if (error instanceof TimesheetError) throw error;
      throw fileSystemError(this.path, error, 'read');
    } finally {
      await handle.close();
    }
  }

  async #grewFrom(handle: fs.FileHandle, previous: Snapshot): Promise<boolean> {
    const length = previous.fingerprint.length;
    const bytes = await readRange(handle, previous.size - length, previous.size);
    return bytes.equals(previous.fingerprint);
  }

  async #parseAll(
    handle: fs.FileHandle,
    stat: { ino: number; size: number; mtimeMs: number },
  ): Promise<Snapshot> {
    const bytes = await readRange(handle, 0, stat.size);
    return this.#parse(bytes, 0, 1, undefined, undefined, stat);
  }

  async #parseTail(
    handle: fs.FileHandle,
    previous: Snapshot,
    stat: { ino: number; size: number; mtimeMs: number },
  ): Promise<Snapshot> {
    const bytes = await readRange(handle, previous.completeBytes, stat.size);
    const snapshot = this.#parse(
      bytes,
      previous.completeBytes,
      previous.nextLine,
      previous.entries[previous.completeCount - 1],
      previous,
      stat,
    );
    return { ...snapshot, lineEnding: previous.lineEnding };
  }

  /** Parses `bytes` (the file from `offset` on) and builds the snapshot that continues `before`. */
  #parse(
    bytes: Buffer,
    offset: number,
    firstLine: number,
    previousEntry: Entry | undefined,
    before: Snapshot | undefined,
    stat: { ino: number; size: number; mtimeMs: number },
  ): Snapshot {
    const text = this.#decode(bytes, offset, firstLine);
    const lastNewline = text.lastIndexOf('\n');
    const completeText = text.slice(0, lastNewline + 1);
    const partialText = text.slice(lastNewline + 1);
    const complete = this.#check(parseTimesheet(completeText, { firstLine, previous: previousEntry }));
    const linesInComplete = countNewlines(completeText);
    const lastComplete = complete.at(-1) ?? previousEntry;
    const partial =
      partialText.length > 0
        ? this.#check(
            parseTimesheet(partialText, { firstLine: firstLine + linesInComplete, previous: lastComplete }),
            IncompleteLastLine,
          )
        : [];
    let all = complete;
    if (before) {
      // Drop what the old partial line gave, then grow the same array.
      all = before.entries;
      all.length = before.completeCount;
      for (const entry of complete) all.push(entry);
    }
    const completeCount = all.length;
    for (const entry of partial) all.push(entry);
    const completeBytes = offset + Buffer.byteLength(completeText, 'utf8');
    return {
      ino: stat.ino,
      size: stat.size,
      mtimeMs: stat.mtimeMs,
      entries: all,
      completeCount,
      completeBytes,
      nextLine: firstLine + linesInComplete,
      fingerprint: Buffer.from(bytes.subarray(Math.max(0, bytes.length - FINGERPRINT_BYTES))),
      endsWithNewline: stat.size === 0 || partialText.length === 0,
      lineEnding: /^[^\n]*\r\n/.test(text) ? '\r\n' : '\n',
    };
  }

  #decode(bytes: Buffer, offset: number, firstLine: number): string {
    try {
      return decoder.decode(bytes);
    } catch {
      const bad = firstInvalidUtf8(bytes);
      const line = firstLine + countNewlines(bytes.subarray(0, bad).toString('utf8'));
      const inLastLine = bytes.indexOf(0x0a, bad) === -1;
      throw new (inLastLine ? IncompleteLastLine : TimesheetError)(
        `The timesheet ${this.path} is not valid UTF-8 (byte ${offset + bad}, line ${line}). ` +
          `Save it as UTF-8 and try again.`,
        this.path,
        line,
      );
    }
  }

  #check(result: ReturnType<typeof parseTimesheet>, kind: typeof TimesheetError = TimesheetError): Entry[] {
    const first = result.errors[0];
    if (first) throw new kind(first.message, this.path, first.line);
    return result.entries as Entry[];
  }

  #startWatching(): void {
    if (this.#watcher || this.#listeners.size === 0) return;
    // Undefined while the folder does not exist: the first append creates it and starts watching.
    this.#watcher = watchFileInFolder(
      this.path,
      () => this.#fireSoon(),
      () => (this.#watcher = undefined),
    );
  }

  #fireSoon(): void {
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => this.#fire(), 30);
  }

  #fire(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}

async function readRange(handle: fs.FileHandle, start: number, end: number): Promise<Buffer> {
  const length = Math.max(0, end - start);
  const buffer = Buffer.allocUnsafe(length);
  let read = 0;
  while (read < length) {
    const { bytesRead } = await handle.read(buffer, read, length - read, start + read);
    if (bytesRead === 0) break;
    read += bytesRead;
  }
  return buffer.subarray(0, read);
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** Byte offset of the first byte that is not UTF-8: where the lenient decoding put its first replacement character. */
function firstInvalidUtf8(bytes: Buffer): number {
  const lenient = bytes.toString('utf8');
  const index = lenient.indexOf('\uFFFD');
  return index < 0 ? 0 : Buffer.byteLength(lenient.slice(0, index), 'utf8');
}
