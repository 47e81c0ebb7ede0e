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
