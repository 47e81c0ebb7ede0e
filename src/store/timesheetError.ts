/**
 * A problem with the timesheet file itself. `line` (1-based) is set when one line is at fault, so the user can be
 * taken there; the message is utt's where utt has one.
 */
export class TimesheetError extends Error {
  readonly path: string;
  readonly line: number | undefined;

  constructor(message: string, path: string, line?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TimesheetError';
    this.path = path;
    this.line = line;
  }
}

/** What a file that is not a regular file is, in words; undefined for a regular file. */
export function specialFileKind(stat: {
  isFile(): boolean;
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * The timesheet path holds something other than a regular file. Said at once, before anything opens it: opening a
 * named pipe would wait for a writer forever.
 */
export function notARegularFileError(path: string, kind: string): TimesheetError {
  return new TimesheetError(
    `The timesheet ${path} is ${kind}, not a file. Timekeeper reads and appends a regular file only: ` +
      `fix the path in the setting timekeeper.dataFile, or put the timesheet file there.`,
    path,
  );
}

/** The disk failures a write can meet, in words, with what to do about each. */
const WRITE_FAILURES: Record<string, { what: string; todo: string }> = {
  ENOSPC: { what: 'the disk is full', todo: 'Free some space on the disk, then try again.' },
  EDQUOT: { what: 'your disk quota is used up', todo: 'Free some space in your quota, then try again.' },
  EFBIG: {
    what: 'the file is larger than this process may write (file size limit)',
    todo: 'Raise the limit (ulimit -f) or move the timesheet to a smaller file, then try again.',
  },
  EIO: {
    what: 'an input/output error (the disk or the network file system failed)',
    todo: 'Check the disk or the connection, then try again.',
  },
  EROFS: { what: 'the file system is read-only', todo: 'Move the timesheet to a writable place.' },
};

/**
 * An append that failed part-way. `restored` says whether the file is byte for byte as before the append (the part
 * written was cut off again); when it is not, the message says where to look.
 */
export function appendError(
  path: string,
  error: unknown,
  restored: boolean,
  sizeBefore: number,
): TimesheetError {
  const state = restored
    ? 'The timesheet is as it was before.'
    : `Part of the entry may be at the end of the file (after byte ${sizeBefore}): check its last line.`;
  return writeError(path, error, 'add the entry to', state);
}

/** A rewrite (an insert) that failed before it replaced the file: the timesheet was not touched. */
export function rewriteError(path: string, error: unknown): TimesheetError {
  return writeError(path, error, 'insert the entries into', 'The timesheet is as it was before.');
}

function writeError(path: string, error: unknown, what: string, state: string): TimesheetError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const failure = code === undefined ? undefined : WRITE_FAILURES[code];
  if (!failure) {
    const base = fileSystemError(path, error, 'write');
    return new TimesheetError(`${base.message} ${state}`, path, undefined, { cause: error });
  }
  return new TimesheetError(
    `Cannot ${what} the timesheet ${path}: ${failure.what} (${code}). ${state} ${failure.todo}`,
    path,
    undefined,
    { cause: error },
  );
}

/** Turns a file-system error into a message that says what was wrong and what to do. */
export function fileSystemError(path: string, error: unknown, action: 'read' | 'write'): TimesheetError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const hint = 'Fix the path in the setting timekeeper.dataFile or the file itself.';
  switch (code) {
    case 'EISDIR':
      return new TimesheetError(
        `The timesheet ${path} is a directory, not a file. ${hint}`,
        path,
        undefined,
        { cause: error },
      );
    case 'EACCES':
    case 'EPERM':
      return new TimesheetError(
        `Permission denied: cannot ${action} the timesheet ${path}. Check the permissions of the file and its folder, or ${hint.charAt(0).toLowerCase()}${hint.slice(1)}`,
        path,
        undefined,
        { cause: error },
      );
    case 'ENOTDIR':
      return new TimesheetError(
        `A part of the timesheet path ${path} is a file, not a folder. ${hint}`,
        path,
        undefined,
        {
          cause: error,
        },
      );
    default:
      return new TimesheetError(
        `Cannot ${action} the timesheet ${path}: ${(error as Error)?.message ?? String(error)}`,
        path,
        undefined,
        { cause: error },
      );
  }
}
