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

/** How much of an offending line a message quotes: enough to recognise it, not a screenful. */
const QUOTED_CHARACTERS = 200;

/**
 * A line as a message quotes it: whole when short, else its first 200 characters, an ellipsis and its length, so a
 * megabyte-long line does not make a megabyte-long message.
 */
export function quotedLine(line: string): string {
  if (line.length <= QUOTED_CHARACTERS) return line;
  return `${line.slice(0, QUOTED_CHARACTERS)}… (a line of ${line.length} characters)`;
}
