/**
 * An error the user caused and can fix: a bad argument, a malformed timesheet line. Its message is utt's wording
 * where utt has one, so people who know the CLI recognise it. `line` (1-based) points into the timesheet when one
 * line is at fault.
 */
export class TimekeeperError extends Error {
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(message);
    this.name = 'TimekeeperError';
    this.line = line;
  }
}
