import { entryWallTime, type Entry } from './entry';
import { quotedLine } from './errors';
import { isPythonWhitespace } from './pythonText';
import { ParsedEntry } from './parsedEntry';
import { daysInMonth, wallTime as wallTimeOf } from './wallClock';

/** A line that utt would refuse, with utt's message. */
export interface TimesheetError {
  /** 1-based line in the file. */
  readonly line: number;
  /** `invalid`: not an entry; `order`: earlier than the entry before it. */
  readonly kind: 'invalid' | 'order';
  readonly message: string;
}

export interface ParsedTimesheet {
  /** The valid entries in chronological order; lines in error are left out. */
  readonly entries: Entry[];
  readonly errors: TimesheetError[];
}

export interface ParseOptions {
  /** Line number of the text's first line, when the text is the tail of a file (it must start a line). */
  readonly firstLine?: number;
  /** The last entry before the text, so that the tail's first entry is checked for order too. */
  readonly previous?: Entry;
}

const BYTE_ORDER_MARK = 0xfeff;
const DIGIT_0 = 0x30;
const HYPHEN = 0x2d;
const COLON = 0x3a;
const HASH = 0x23;

/**
 * Reads a timesheet as utt does: one entry per line, `YYYY-M-D H:MM name` with an optional `  # comment`,
 * surrounding whitespace ignored, blank lines skipped. Where utt stops at the first bad line, this goes on and
 * reports every one, so the user sees them all; an out-of-order entry is left out so the entries stay sorted.
 *
 * Hand-written scanning rather than a regular expression and Date parsing per line: a timesheet of a million lines
 * parses in well under a second.
 */
export function parseTimesheet(text: string, options: ParseOptions = {}): ParsedTimesheet {
  const firstLine = options.firstLine ?? 1;
  // Python's universal newlines: \r\n, \r and \n all end a line.
  let source = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  if (firstLine === 1 && source.charCodeAt(0) === BYTE_ORDER_MARK) {
    source = source.slice(1);
  }
  const entries: Entry[] = [];
  const errors: TimesheetError[] = [];
  let previousTime = options.previous === undefined ? -Infinity : entryWallTime(options.previous);
  const scanner = new LineScanner(source);
  let lineNumber = firstLine;
  let lineStart = 0;
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) {
      lineEnd = source.length;
    }
    // utt strips each line before reading it, and quotes the stripped line in its messages.
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isPythonWhitespace(source.charCodeAt(start))) {
      start++;
    }
    while (end > start && isPythonWhitespace(source.charCodeAt(end - 1))) {
      end--;
    }
    if (start < end) {
      const entry = scanner.scanEntry(start, end, lineNumber);
      if (entry === undefined) {
        const message = `Invalid entry at line ${lineNumber}: ${quotedLine(source.slice(start, end))}`;
        errors.push({ line: lineNumber, kind: 'invalid', message });
      } else if (entry.wallTime < previousTime) {
        const message = `Line ${lineNumber} not in chronological order: ${quotedLine(source.slice(start, end))}`;
        errors.push({ line: lineNumber, kind: 'order', message });
      } else {
        entries.push(entry);
        previousTime = entry.wallTime;
      }
    }
    lineStart = lineEnd + 1;
    lineNumber++;
  }
  return { entries, errors };
}

/** Reads lines as entries, field by field. */
class LineScanner {
  /**
   * A timesheet repeats a few hundred names over its lines: one string per distinct name, so the slices made for
   * each line die young instead of surviving (and being copied by the garbage collector) with their entries.
   */
  readonly #names = new Map<string, string>();

  private position = 0;
  private end = 0;

  constructor(private readonly source: string) {}

  /**
   * utt's entry syntax, `\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{1,2}\s+(name)(  # comment)?` read with
   * `strptime('%Y-%m-%d %H:%M')`, from `start` to `end` (a stripped line); undefined when it is not an entry.
   */
  scanEntry(start: number, end: number, line: number): ParsedEntry | undefined {
    this.position = start;
    this.end = end;
    const year = this.digits(4, 4);
    if (year < 0 || !this.expect(HYPHEN)) {
      return undefined;
    }
    const month = this.digits(1, 2);
    if (month < 0 || !this.expect(HYPHEN)) {
      return undefined;
    }
    const day = this.digits(1, 2);
    if (day < 0 || !this.whitespace()) {
      return undefined;
    }
    const hours = this.digits(1, 2);
    if (hours < 0 || !this.expect(COLON)) {
      return undefined;
    }
    const minutes = this.digits(1, 2);
    // The name follows whitespace and starts with a non-space: the line is stripped, so one is left if any is.
    if (minutes < 0 || !this.whitespace() || this.position === end) {
      return undefined;
    }
    // strptime's ranges; year 0 does not exist in Python.
    if (
      year < 1 ||
      month < 1 ||
      month > 12 ||
      day < 1 ||
      day > daysInMonth(year, month) ||
      hours > 23 ||
      minutes > 59
    ) {
      return undefined;
    }
    const wallTime = wallTimeOf(year, month, day, hours, minutes);
    const nameStart = this.position;
    const separator = findCommentSeparator(this.source, nameStart, end);
    if (separator === -1) {
      return new ParsedEntry(this.#intern(this.source.slice(nameStart, end)), undefined, line, wallTime);
    }
    const name = this.source.slice(nameStart, separator);
    return new ParsedEntry(this.#intern(name), this.source.slice(separator + 4, end), line, wallTime);
  }

  #intern(name: string): string {
    const known = this.#names.get(name);
    if (known !== undefined) return known;
    this.#names.set(name, name);
    return name;
  }

  /** The value of `min` to `max` ASCII digits, -1 when there are fewer than `min`. */
  private digits(min: number, max: number): number {
    let value = 0;
    let count = 0;
    while (count < max && this.position < this.end) {
      const digit = this.source.charCodeAt(this.position) - DIGIT_0;
      if (digit < 0 || digit > 9) {
        break;
      }
      value = value * 10 + digit;
      count++;
      this.position++;
    }
    return count >= min ? value : -1;
  }

  private expect(code: number): boolean {
    return this.position < this.end && this.source.charCodeAt(this.position++) === code;
  }

  /** Skips one or more whitespace characters; false when there is none. */
  private whitespace(): boolean {
    const before = this.position;
    while (this.position < this.end && isPythonWhitespace(this.source.charCodeAt(this.position))) {
      this.position++;
    }
    return this.position > before;
  }
}

/**
 * Where the name ends and `<ws><ws>#<ws>comment` begins: utt's name is lazy, so the first such separator after the
 * name's first character wins (`a  # b  # c` is `a` with comment `b  # c`). -1 when there is none.
 */
function findCommentSeparator(source: string, nameStart: number, end: number): number {
  for (let hash = nameStart + 3; hash < end - 1; hash++) {
    if (
      source.charCodeAt(hash) === HASH &&
      isPythonWhitespace(source.charCodeAt(hash - 2)) &&
      isPythonWhitespace(source.charCodeAt(hash - 1)) &&
      isPythonWhitespace(source.charCodeAt(hash + 1))
    ) {
      return hash - 2;
    }
  }
  return -1;
}
