import { appendFileSync, mkdirSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { HEADER_LINE, JOURNAL_HEADER, parseLine, readLine, type ParsedLine } from './journalLine';
import type { Span } from './signal';

const DAY_FOLDER = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;
const DAYS_READ_AT_ONCE = 8;

/** `.<timesheet name>.journal` beside the timesheet, so a synced timesheet folder carries the journal with it. */
export function defaultJournalDirectory(timesheetPath: string): string {
  return path.join(path.dirname(timesheetPath), `.${path.basename(timesheetPath)}.journal`);
}

/**
 * The journal folder from the setting `timekeeper.journal.directory`: empty means beside the timesheet; `~` expands
 * to the home folder; a relative path is taken from the timesheet's folder.
 */
export function journalDirectory(setting: string | undefined, timesheetPath: string, home: string): string {
  const configured = setting?.trim();
  if (!configured) return defaultJournalDirectory(timesheetPath);
  const expanded =
    configured === '~' || configured.startsWith('~/') ? path.join(home, configured.slice(1)) : configured;
  return path.resolve(path.dirname(timesheetPath), expanded);
}

/** `YYYY-MM-DD` of the local calendar day of an epoch time: the journal's folder for records starting then. */
export function dayFolderName(time: number): string {
  const date = new Date(time);
  const month = date.getMonth() + 1;
  const day = date.getDate();
  return `${date.getFullYear()}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Local midnight starting the day of `time`. */
function localMidnight(time: number): number {
  const date = new Date(time);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/**
 * Turns a file-system error into what the person can act on: which path, what is wrong, what to do. Anything else is
 * left as it is (its message names the path already).
 */
export function journalPathError(error: unknown, directory: string): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const where = `the journal folder ${directory}`;
  const fix = 'Set timekeeper.journal.directory to a folder you can write to (empty: beside the timesheet).';
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    return new Error(`Timekeeper cannot use ${where}: a file stands where a folder should be. ${fix}`);
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new Error(`Timekeeper cannot write to ${where}: permission denied. ${fix}`);
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new Error(
      `Timekeeper cannot write to ${where}: the disk is full. Free some space; nothing is lost.`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * The journal on disk: `<directory>/<YYYY-MM-DD>/<window file>.jsonl`. Each window appends to its own file, so no
 * two processes ever write one file and no lock is needed; readers merge all files of a day.
 */
export class JournalFolder {
  readonly #directory: () => string;
  readonly #ownSource: string;
  readonly #log: (message: string) => void;
  /** Day files this process has created (and given their header). */
  readonly #started = new Set<string>();

  constructor(directory: () => string, ownSource: string, log: (message: string) => void) {
    this.#directory = directory;
    this.#ownSource = ownSource;
    this.#log = log;
  }

  /**
   * Appends whole lines to this window's file of a day, in one `write` (the file's header first when this process
   * starts the file). Rejects with a message naming the folder and the fix.
   */
  async append(day: string, fileName: string, lines: string): Promise<void> {
    const directory = this.#directory();
    const file = path.join(directory, day, fileName);
    try {
      if (this.#started.has(file)) {
        try {
          await fs.appendFile(file, lines, { encoding: 'utf8', flag: 'a' });
          return;
        } catch (error) {
          // Its folder was deleted meanwhile (by hand, or a sync): the file starts again, header first.
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
      }
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.appendFile(file, HEADER_LINE + lines, { encoding: 'utf8', flag: 'a' });
      this.#started.add(file);
    } catch (error) {
      throw journalPathError(error, directory);
    }
  }

  /** `append` for shutdown, when nothing waits for a promise. */
  appendSync(day: string, fileName: string, lines: string): void {
    const directory = this.#directory();
    const file = path.join(directory, day, fileName);
    try {
      if (this.#started.has(file)) {
        try {
          appendFileSync(file, lines, { encoding: 'utf8', flag: 'a' });
          return;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
      }
      mkdirSync(path.dirname(file), { recursive: true });
      appendFileSync(file, HEADER_LINE + lines, { encoding: 'utf8', flag: 'a' });
      this.#started.add(file);
    } catch (error) {
      throw journalPathError(error, directory);
    }
  }

  /**
   * Every record of every window whose day folder may hold time in [from, to]. The days either side too: a record
   * belongs to the day it starts on, and to the local day of the machine that wrote it (a synced journal may come
   * from another time zone). A line that cannot be read is skipped with a log line: a torn last line is what a
   * crash during a write leaves (or another window writing right now), never an error for the person.
   */
  async read(from: number, to: number): Promise<Span[]> {
    const directory = this.#directory();
    const days: string[] = [];
    const last = to + MS_PER_DAY;
    for (
      let day = localMidnight(from) - MS_PER_DAY;
      day <= last;
      day = localMidnight(day + 1.5 * MS_PER_DAY)
    ) {
      days.push(dayFolderName(day));
    }
    const records: Span[] = [];
    // A few days at a time: a year of many windows' files read at once would run out of file handles.
    for (let i = 0; i < days.length; i += DAYS_READ_AT_ONCE) {
      await Promise.all(
        days.slice(i, i + DAYS_READ_AT_ONCE).map((day) => this.#readDay(directory, day, from, to, records)),
      );
    }
    return records;
  }

  async #readDay(directory: string, day: string, from: number, to: number, into: Span[]): Promise<void> {
    const folder = path.join(directory, day);
    let names: string[];
    try {
      names = await fs.readdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw journalPathError(error, directory);
    }
    const texts = await Promise.all(
      names
        .filter((name) => name.endsWith('.jsonl'))
        .map((name) =>
          fs
            .readFile(path.join(folder, name), 'utf8')
            .then((text) => ({ name, text }), journalReadError(directory)),
        ),
    );
    for (const { name, text } of texts) this.#parse(`${day}/${name}`, text, from, to, into);
  }

  #parse(file: string, text: string, from: number, to: number, into: Span[]): void {
    // Most files are whole: parsed as one JSON array, several times faster than line by line. A file with a torn or
    // broken line is read line by line, to skip just that line and say which it is.
    let values: unknown[] | undefined;
    if (text.endsWith('\n')) {
      try {
        values = JSON.parse(`[${text.slice(0, -1).replaceAll('\n', ',')}]`) as unknown[];
      } catch {
        values = undefined;
      }
    }
    if (values) {
      for (let i = 0; i < values.length; i++) {
        if (!this.#take(file, i + 1, readLine(values[i], this.#ownSource), from, to, into)) return;
      }
      return;
    }
    let start = 0;
    let lineNumber = 0;
    while (start < text.length) {
      lineNumber++;
      const newline = text.indexOf('\n', start);
      if (newline < 0) {
        this.#log(
          `Journal ${file}: skipped an unfinished last line (a window is writing it, or one stopped while writing).`,
        );
        return;
      }
      const parsed = parseLine(text.slice(start, newline), this.#ownSource);
      start = newline + 1;
      if (!this.#take(file, lineNumber, parsed, from, to, into)) return;
    }
  }

  /** Keeps a line's span if it touches [from, to]; false when the rest of the file must be skipped. */
  #take(file: string, line: number, parsed: ParsedLine, from: number, to: number, into: Span[]): boolean {
    if ('span' in parsed) {
      if (parsed.span.end >= from && parsed.span.start <= to) into.push(parsed.span);
    } else if ('header' in parsed) {
      if (parsed.header > JOURNAL_HEADER.version) {
        this.#log(`Journal ${file}: written by a later Timekeeper (format ${parsed.header}); skipped.`);
        return false;
      }
    } else {
      this.#log(`Journal ${file}: skipped line ${line} (${parsed.problem}).`);
    }
    return true;
  }

  /**
   * Deletes the journal's day folders older than `days` days before `now`: only `YYYY-MM-DD` folders, only their
   * `.jsonl` files, and a folder only once it is empty, so nothing else that shares the folder is ever touched.
   */
  async prune(now: number, days: number): Promise<number> {
    const directory = this.#directory();
    const oldest = dayFolderName(localMidnight(now) - days * MS_PER_DAY);
    let names: string[];
    try {
      names = await fs.readdir(directory);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw journalPathError(error, directory);
    }
    let removed = 0;
    for (const name of names) {
      if (!DAY_FOLDER.test(name) || name >= oldest) continue;
      const folder = path.join(directory, name);
      const files = await fs.readdir(folder).catch(() => [] as string[]);
      for (const file of files) {
        if (file.endsWith('.jsonl')) await fs.rm(path.join(folder, file), { force: true });
      }
      await fs.rmdir(folder).then(
        () => removed++,
        () => undefined, // Not empty (something else lives there) or not a folder: left alone.
      );
    }
    return removed;
  }
}

function journalReadError(directory: string): (error: unknown) => never {
  return (error) => {
    throw journalPathError(error, directory);
  };
}
