import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Entry, NewEntry, Timesheet } from '../api';
import { appendedText, validateNewEntry, type TimesheetTail } from '../core/append';
import { entryWallTime } from '../core/entry';
import {
  LockLostError,
  lockPathBeside,
  removeTemporaryFiles,
  temporaryPathFor,
  withFileLock,
  type HeldLock,
} from '../files/fileLock';
import { formatEntryLine } from '../core/entryLine';
import { quotedLine } from '../core/errors';
import { parseTimesheet } from '../core/parse';
import { MS_PER_MINUTE, wallTimeOf } from '../core/wallClock';
import { renameOver } from '../files/renameOver';
import { watchFileInFolder } from '../files/watchFileInFolder';
import { ContentDigest } from './contentDigest';
import { cutOff } from './cutOff';
import { appendedLines, splitInsertion, withEarlierEntries } from './entryInsertion';
import { readRange } from './readRange';
import { syncFolder } from './syncFolder';
import {
  appendError,
  fileSystemError,
  notARegularFileError,
  rewriteError,
  specialFileKind,
  TimesheetError,
} from './timesheetError';
import { countNewlines, firstInvalidUtf8 } from './utf8Position';

/** Which version of the file a snapshot was read from, as the file system tells it. */
interface FileVersion {
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
}

/** What was parsed from the file, and how to recognise that the file has not changed, or only grown, since. */
interface Snapshot extends FileVersion {
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
  /**
   * All `size` bytes, hashed, continued by own appends: a file that grew, or that looks unchanged while its times
   * cannot be trusted, is compared with it.
   */
  readonly content: ContentDigest;
  /**
   * The file was modified so shortly before it was read that another change in the same clock tick would keep its
   * modification time: until a later look proves otherwise, an unchanged stat is checked against the content.
   */
  readonly mayHideChange: boolean;
  readonly endsWithNewline: boolean;
  /** A file written with CRLF line endings stays so: appends use the file's own. */
  readonly lineEnding: '\n' | '\r\n';
}

/**
 * How long after a change the file's times may not show the next one. File systems stamp times from a clock that
 * ticks every few milliseconds (up to 16 ms on Windows): a same-size rewrite in the same tick keeps the same stat.
 */
const RACY_MS = 50;
/** How long a half-written last line gets before it counts as an error: appends take microseconds. */
const SETTLE_MS = 25;
/** Reads that found the file changed while reading it (an editor rewriting it) are tried again this many times. */
const READ_ATTEMPTS = 5;
/** Appends that found the file changed between reading and writing it (the utt CLI, an editor) try again. */
const APPEND_ATTEMPTS = 50;
/**
 * Inserts that found the file changed between reading it and replacing it start over this many times: a rewrite
 * takes long enough on a large file that a program appending all the time would keep it from ever finishing.
 */
const INSERT_ATTEMPTS = 5;
/** Never wait on a named pipe or a device: opened without blocking, and refused when it is not a regular file. */
const NONBLOCK = constants.O_NONBLOCK ?? 0;

/** The last line, without its newline, does not read: an error unless it is still being written. */
class IncompleteLastLine extends TimesheetError {}
/** The byte order mark is kept in the text (the parser skips it), so byte offsets computed from the text hold. */
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The timesheet file (utt format) on disk.
 *
 * Reads parse once, then only the appended tail; a file rewritten in place is noticed by its content and parsed
 * again in full. An append is a single `O_APPEND` write of complete lines (whatever their length), so several windows
 * (several extension hosts) and the utt CLI can add at the same time without losing, duplicating or interleaving
 * lines; a write that fails part-way is cut off again. An insert before the last entry replaces the whole file
 * atomically (temporary file, sync, rename). No `vscode` import: it runs in plain Node too.
 */
export class TimesheetStore implements Timesheet {
  readonly path: string;
  #snapshot: Snapshot | undefined;
  /** Temporary files of killed inserts are removed at this store's first write (under the lock, when none is used). */
  #leftoversRemoved = false;
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
    validateNewEntry(entry);
    // Read, order check and write are one step for every Timekeeper writer (several windows): under the lock.
    // A first read of a large file is done before taking it, so that the lock is held for the tail only.
    await this.#refresh();
    await withFileLock(lockPathBeside(this.path), async (lock) => {
      // A read that began before the lock was taken may miss another window's append: wait for it, read afresh.
      await this.#reading?.catch(() => undefined);
      await this.#removeLeftovers();
      // Other programs (utt's CLI, an editor) take no lock: a change between the read and the write is still
      // noticed, and the append read and checked again.
      for (let attempt = 1; ; attempt++) {
        // Reading first validates the file (nothing is written to a timesheet that does not parse) and gives the
        // last entry, which decides the entry's order and whether utt's blank line before a new day is due.
        const snapshot = await this.#refresh();
        const text = this.#appendedText(this.#inOrder(entry, snapshot), snapshot);
        await lock.confirm();
        if (await this.#write(text, snapshot)) break;
        if (attempt === APPEND_ATTEMPTS) {
          throw new TimesheetError(
            `Cannot add "${quotedLine(entry.name)}": the timesheet ${this.path} changed each time between reading ` +
              `and writing it (${APPEND_ATTEMPTS} times). Try again when the program writing it is done.`,
            this.path,
          );
        }
        // Writers that keep meeting each other step apart by a random, growing moment.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * attempt * 4));
      }
    });
    this.#startWatching();
    this.#fire();
  }

  /**
   * Writes entries where they belong in time. Entries at or after the last one are appended as by `append`; if any
   * goes earlier, the whole new content (the later ones included) is written to a temporary file beside the
   * timesheet, synced, and renamed over it: a reader, a crash or a full disk sees the old file or the new one,
   * never a mix. Under the lock that appends take; a change by a program that takes no lock (the utt CLI, an
   * editor) between the read and the rename makes it start over from the read.
   */
  async insert(entries: readonly NewEntry[]): Promise<void> {
    for (const entry of entries) validateNewEntry(entry);
    if (entries.length === 0) return;
    await this.#refresh();
    const rewritten = await withFileLock(lockPathBeside(this.path), async (lock) => {
      await this.#reading?.catch(() => undefined);
      await this.#removeLeftovers();
      for (let attempt = 1; ; attempt++) {
        const snapshot = await this.#refresh();
        const { earlier, later } = splitInsertion(snapshot?.entries ?? [], entries);
        const laterText = appendedLines(this.#tailOf(snapshot), later, snapshot?.lineEnding ?? '\n');
        if (earlier.length === 0) {
          await lock.confirm();
          if (await this.#write(laterText, snapshot)) return false;
        } else if (snapshot) {
          const current = await this.#unchangedBytes(snapshot);
          if (current) {
            const text = withEarlierEntries(
              this.#decode(current.bytes, 0, 1),
              snapshot.entries,
              earlier,
              snapshot.lineEnding,
            );
            if (await this.#replace(Buffer.from(text + laterText, 'utf8'), current.mode, snapshot, lock))
              return true;
          }
        }
        if (attempt === INSERT_ATTEMPTS) {
          throw new TimesheetError(
            `Cannot insert ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} into the timesheet ` +
              `${this.path}: it changed each time between reading and writing it (${INSERT_ATTEMPTS} times), so ` +
              `nothing was written. Try again when the program writing it is done.`,
            this.path,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, Math.random() * attempt * 4));
      }
    });
    // A replaced file is read afresh, in full: its listeners learn of a rewrite, not of an append.
    if (rewritten) this.#snapshot = undefined;
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
   * utt compares the wall-clock text of the lines (naive local datetimes), so that is the order kept here. An entry
   * whose wall clock is earlier than the last line's while real time went forward is in the hour that repeats when
   * daylight saving time ends: it is logged at the last line's time, so no time is lost and the file stays in
   * order. An entry earlier in real time too (the clock was set back) is refused.
   */
  #inOrder(entry: NewEntry, snapshot: Snapshot | undefined): NewEntry {
    const last = snapshot?.entries.at(-1);
    if (!last) return entry;
    const lastMinute = Math.floor(entryWallTime(last) / MS_PER_MINUTE);
    if (Math.floor(wallTimeOf(entry.date) / MS_PER_MINUTE) >= lastMinute) return entry;
    if (entry.date.getTime() > last.date.getTime()) return { ...entry, date: last.date };
    throw new TimesheetError(
      `Cannot add "${quotedLine(entry.name)}" at ${formatEntryLine({ ...entry, name: '' }).trim()}: it is earlier ` +
        `than the last entry (line ${last.line}: ${quotedLine(formatEntryLine(last))}). Check the system clock, or ` +
        `fix the timesheet.`,
      this.path,
      last.line,
    );
  }

  #appendedText(entry: NewEntry, snapshot: Snapshot | undefined): string {
    return appendedText(this.#tailOf(snapshot), entry, snapshot?.lineEnding ?? '\n');
  }

  #tailOf(snapshot: Snapshot | undefined): TimesheetTail {
    return {
      lastEntry: snapshot?.entries.at(-1),
      isEmpty: !snapshot || snapshot.size === 0,
      endsWithNewline: snapshot?.endsWithNewline ?? true,
    };
  }

  /** Once per store, under the lock: no other writer is writing a temporary file then. */
  async #removeLeftovers(): Promise<void> {
    if (this.#leftoversRemoved) return;
    await removeTemporaryFiles(await this.#realPath());
    this.#leftoversRemoved = true;
  }

  /** The file the timesheet path leads to, through symbolic links; the path itself while there is no file. */
  #realPath(): Promise<string> {
    return fs.realpath(this.path).catch(() => this.path);
  }

  /**
   * The file's bytes and permissions if it still is the version `snapshot` was read from: same inode, size and
   * times, and the same content (a change in the clock tick of the read keeps the times). Undefined when it changed.
   */
  async #unchangedBytes(snapshot: Snapshot): Promise<{ bytes: Buffer; mode: number } | undefined> {
    const handle = await this.#open(constants.O_RDONLY, 'read');
    if (!handle) return undefined;
    try {
      const stat = await this.#statRegularFile(handle, 'read');
      if (!sameVersion(snapshot, stat)) return undefined;
      const bytes = await readRange(handle, 0, stat.size);
      return new ContentDigest(bytes).matches(snapshot.content)
        ? { bytes, mode: stat.mode & 0o7777 }
        : undefined;
    } catch (error) {
      if (error instanceof TimesheetError) throw error;
      throw fileSystemError(this.path, error, 'read');
    } finally {
      await handle.close();
    }
  }

  /**
   * Replaces the timesheet with `bytes`: written to a temporary file beside it (its permissions), synced to the
   * disk, then renamed over it if the file is still the version `snapshot` was read from, and the folder synced so
   * that the rename lasts too. False when the file changed meanwhile. On any failure the temporary file is removed
   * and the timesheet is untouched. What stays open: a program taking no lock that appends in the moment between
   * the last check and the rename loses its line; the check is the last step before the rename to keep that short.
   */
  async #replace(bytes: Buffer, mode: number, snapshot: Snapshot, lock: HeldLock): Promise<boolean> {
    // A timesheet that is a symbolic link (into a synced folder) stays one: the file it points to is replaced.
    const target = await this.#realPath();
    const temporary = temporaryPathFor(target);
    let renamed = false;
    try {
      const handle = await fs.open(
        temporary,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
        mode,
      );
      try {
        // The mode given to open is narrowed by the umask: the timesheet keeps exactly its own.
        await handle.chmod(mode);
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      if (!(await this.#unchangedBytes(snapshot))) return false;
      await lock.confirm();
      await renameOver(temporary, target);
      renamed = true;
    } catch (error) {
      if (error instanceof TimesheetError || error instanceof LockLostError) throw error;
      // Removed as a leftover by a process that took the lock over from this one: run again under a new lock.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new LockLostError(lockPathBeside(this.path));
      throw rewriteError(this.path, error);
    } finally {
      if (!renamed) await fs.rm(temporary, { force: true }).catch(() => undefined);
    }
    await syncFolder(path.dirname(target));
    return true;
  }

  /**
   * Appends `text` with one `write` (a loop only when the system writes less than asked), if the file is still the
   * one `snapshot` was read from; false when it changed since, so the caller reads and checks again. A write that
   * fails part-way (disk full, file size limit, I/O error) is cut off again, so the file is as before.
   */
  async #write(text: string, snapshot: Snapshot | undefined): Promise<boolean> {
    const bytes = Buffer.from(text, 'utf8');
    // The folder exists: the lock, which every write holds, was created in it. Gone since, the open fails and the
    // caller starts over, where confirming the lock finds it lost and takes it again (creating the folder).
    const handle = await this.#open(constants.O_RDWR | constants.O_APPEND | constants.O_CREAT, 'write');
    if (!handle) return false;
    try {
      const before = await this.#statRegularFile(handle, 'write');
      if (snapshot ? !sameVersion(snapshot, before) : before.size !== 0) return false;
      let written = 0;
      try {
        while (written < bytes.length) {
          const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, null);
          if (bytesWritten === 0) throw Object.assign(new Error('nothing was written'), { code: 'EIO' });
          written += bytesWritten;
        }
      } catch (error) {
        throw appendError(this.path, error, await cutOff(handle, before.size, written), before.size);
      }
      // The entry is written: a stat that fails now must not report it as failed (it would be added twice), it
      // only leaves the snapshot for the next read to grow.
      const after = await handle.stat().catch(() => undefined);
      if (snapshot && after?.size === before.size + bytes.length) {
        await this.#extend(handle, snapshot, bytes, after);
      }
      return true;
    } finally {
      await handle.close();
    }
  }

  /**
   * After an own append, the snapshot grows by what was written, without reading the file again. Skipped while a
   * read is running (that read, or the next, sees the growth), so two parses never grow the same array at once.
   */
  async #extend(
    handle: fs.FileHandle,
    snapshot: Snapshot,
    written: Buffer,
    after: FileVersion,
  ): Promise<void> {
    let tail: Buffer;
    try {
      tail = await readRange(handle, snapshot.completeBytes, after.size);
    } catch {
      // The entry is written; the next read reads it from the file.
      return;
    }
    if (this.#reading || this.#snapshot !== snapshot) return;
    try {
      // Own bytes are known and every Timekeeper writer appends this way, so the new times hide nothing of ours.
      this.#snapshot = this.#parseTail(tail, snapshot, after, snapshot.content, false);
      snapshot.content.update(written);
    } catch {
      // The entry is written; whatever does not read is for the next read to report, with its line.
      this.#snapshot = undefined;
    }
  }

  /**
   * One read at a time: readers that arrive while one is running share it, so two tail parses never grow the same
   * entries array at once (and a change read by the status bar, the Today view and a report is read once).
   */
  #refresh(): Promise<Snapshot | undefined> {
    // Cheap once watching; retried here in case the watch could not be set up before.
    this.#startWatching();
    this.#reading ??= this.#readSettled().finally(() => (this.#reading = undefined));
    return this.#reading;
  }

  /**
   * A last line without its newline that does not read may be another writer's append caught half-way (a reader
   * can see a write in progress): it gets a moment to finish, then the file is read again and must make sense. A
   * line that stays so was cut off (a writer killed, a crash): the message says so and what to do; the file is
   * never repaired behind the user's back.
   */
  async #readSettled(): Promise<Snapshot | undefined> {
    try {
      return await this.#read();
    } catch (error) {
      if (!(error instanceof IncompleteLastLine)) throw error;
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      try {
        return await this.#read();
      } catch (again) {
        if (!(again instanceof IncompleteLastLine)) throw again;
        throw new TimesheetError(
          `${again.message.replace(/\.?$/, '.')} This last line has no newline and is not an entry: a write to ` +
            `the timesheet was cut off (a program stopped while writing, a crash, a full disk). Complete the line ` +
            `or delete it, then try again.`,
          this.path,
          again.line,
        );
      }
    }
  }

  /**
   * Reads the file into a snapshot. The file's stat is taken again after reading: when it changed meanwhile (an
   * editor truncating and rewriting it), what was read may mix two versions, so it is read again.
   */
  async #read(): Promise<Snapshot | undefined> {
    for (let attempt = 1; ; attempt++) {
      const handle = await this.#open(constants.O_RDONLY, 'read');
      if (!handle) {
        this.#snapshot = undefined;
        return undefined;
      }
      try {
        // Taken before the stat, so any later change is stamped at least this late.
        const seenAt = Date.now();
        const before = await this.#statRegularFile(handle, 'read');
        const snapshot = await this.#snapshotOf(handle, before, seenAt);
        if (snapshot === this.#snapshot || (await this.#stillReads(handle, before, snapshot))) {
          this.#snapshot = snapshot;
          return snapshot;
        }
        // A tail parse may have grown the previous snapshot's entries from a torn read: start afresh.
        this.#snapshot = undefined;
        if (attempt === READ_ATTEMPTS) {
          throw new TimesheetError(
            `The timesheet ${this.path} changed each time it was read (${READ_ATTEMPTS} times). Try again when ` +
              `the program writing it is done.`,
            this.path,
          );
        }
      } catch (error) {
        if (error instanceof TimesheetError) throw error;
        throw fileSystemError(this.path, error, 'read');
      } finally {
        await handle.close();
      }
    }
  }

  /**
   * Whether the bytes just read are one version of the file: its stat is unchanged, or it only grew (other writers
   * appending) and its first `before.size` bytes still hash the same. An unchanged snapshot needs no check: nothing
   * was read.
   */
  async #stillReads(handle: fs.FileHandle, before: FileVersion, snapshot: Snapshot): Promise<boolean> {
    const after = await handle.stat();
    if (sameVersion(before, after)) return true;
    // The handle's file is the one read (the stat of an open file keeps its inode): only its size and bytes say more.
    if (after.size < before.size) return false;
    return new ContentDigest(await readRange(handle, 0, before.size)).matches(snapshot.content);
  }

  /**
   * Opens the file without ever blocking: a path that holds something other than a regular file is refused before
   * it is opened, and opened without blocking in case it was swapped since. Undefined when there is no file to read.
   */
  async #open(flags: number, action: 'read' | 'write'): Promise<fs.FileHandle | undefined> {
    try {
      const kind = specialFileKind(await fs.stat(this.path));
      if (kind) throw notARegularFileError(this.path, kind);
    } catch (error) {
      if (error instanceof TimesheetError) throw error;
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw fileSystemError(this.path, error, action);
    }
    try {
      return await fs.open(this.path, flags | NONBLOCK, 0o666);
    } catch (error) {
      // Gone between the stat and the open (read), or its folder was (write): the caller starts over.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw fileSystemError(this.path, error, action);
    }
  }

  async #statRegularFile(
    handle: fs.FileHandle,
    action: 'read' | 'write',
  ): Promise<FileVersion & { readonly mode: number }> {
    const stat = await handle.stat().catch((error: unknown) => {
      throw fileSystemError(this.path, error, action);
    });
    const kind = specialFileKind(stat);
    if (kind) throw notARegularFileError(this.path, kind);
    return stat;
  }

  /**
   * The snapshot of the file as it is now. Unchanged times and size mean an unchanged file, unless they were taken
   * in the clock tick of a change: then the content decides. A file that grew is parsed from the previous end on
   * only if everything before is what was parsed (an editor may rewrite an earlier line and add one); anything
   * else is parsed in full.
   */
  async #snapshotOf(handle: fs.FileHandle, stat: FileVersion, seenAt: number): Promise<Snapshot> {
    const previous = this.#snapshot;
    const mayHideChange = stat.mtimeMs >= seenAt - RACY_MS;
    if (previous && sameVersion(previous, stat) && !previous.mayHideChange) return previous;
    const bytes = await readRange(handle, 0, stat.size);
    const version = { ino: stat.ino, size: bytes.length, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs };
    if (previous && previous.ino === stat.ino && bytes.length >= previous.size) {
      const content = new ContentDigest(bytes.subarray(0, previous.size));
      if (content.matches(previous.content)) {
        if (bytes.length === previous.size) return { ...previous, ...version, mayHideChange };
        content.update(bytes.subarray(previous.size));
        return this.#parseTail(
          bytes.subarray(previous.completeBytes),
          previous,
          version,
          content,
          mayHideChange,
        );
      }
    }
    const snapshot = this.#parse(bytes, 0, 1, undefined, undefined, version, mayHideChange);
    return { ...snapshot, content: new ContentDigest(bytes) };
  }

  /** Parses `tail` (the file from `previous.completeBytes` on) into the snapshot that continues `previous`. */
  #parseTail(
    tail: Buffer,
    previous: Snapshot,
    version: FileVersion,
    content: ContentDigest,
    mayHideChange: boolean,
  ): Snapshot {
    const snapshot = this.#parse(
      tail,
      previous.completeBytes,
      previous.nextLine,
      previous.entries[previous.completeCount - 1],
      previous,
      version,
      mayHideChange,
    );
    return { ...snapshot, content, lineEnding: previous.lineEnding };
  }

  /** Parses `bytes` (the file from `offset` on) and builds the snapshot that continues `before`. */
  #parse(
    bytes: Buffer,
    offset: number,
    firstLine: number,
    previousEntry: Entry | undefined,
    before: Snapshot | undefined,
    version: FileVersion,
    mayHideChange: boolean,
  ): Omit<Snapshot, 'content'> {
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
      ...version,
      entries: all,
      completeCount,
      completeBytes,
      nextLine: firstLine + linesInComplete,
      mayHideChange,
      endsWithNewline: version.size === 0 || partialText.length === 0,
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
    // The watch follows the path (a missing folder is watched from above); undefined only if nothing can be.
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

function sameVersion(a: FileVersion, b: FileVersion): boolean {
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}
