import { ACTORS, SIGNAL_KINDS, type Span } from './signal';

/**
 * The first line of every journal file: names the format, so a script (or a later Timekeeper) knows what it reads.
 * A file of a later version is skipped with a log line rather than misread.
 */
export const JOURNAL_HEADER = { format: 'timekeeper-journal', version: 1 } as const;
export const HEADER_LINE = `${JSON.stringify(JOURNAL_HEADER)}\n`;

/** Fields a line leaves out when they hold their default, which keeps a day of work under its size budget. */
export const DEFAULT_ACTOR = 'person';

const TEXT_FIELDS = ['folder', 'repository', 'branch', 'language', 'file', 'detail'] as const;

/**
 * One line: `{"start":…,"end":…,"kind":…,"actor"?:…,"source"?:…,"folder"?:…,…}` with epoch milliseconds. `actor`
 * is left out for the person and `source` for Timekeeper's own signals (`ownSource`).
 */
export function formatLine(span: Span, ownSource: string): string {
  const line: Record<string, string | number> = { start: span.start, end: span.end, kind: span.kind };
  if (span.actor !== DEFAULT_ACTOR) line.actor = span.actor;
  if (span.source !== ownSource) line.source = span.source;
  for (const field of TEXT_FIELDS) {
    const value = span[field];
    if (value !== undefined) line[field] = value;
  }
  return `${JSON.stringify(line)}\n`;
}

export type ParsedLine = { readonly span: Span } | { readonly header: number } | { readonly problem: string };

/** Reads one line back into a span (defaults filled in), a header, or what is wrong with it. */
export function parseLine(text: string, ownSource: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'not JSON' };
  }
  return readLine(value, ownSource);
}

/** `parseLine` after `JSON.parse`: a reader may parse a whole file at once and check each value. */
export function readLine(value: unknown, ownSource: string): ParsedLine {
  if (typeof value !== 'object' || value === null) return { problem: 'not an object' };
  const line = value as Record<string, unknown>;
  if (line.format === JOURNAL_HEADER.format) {
    return typeof line.version === 'number'
      ? { header: line.version }
      : { problem: 'a header without version' };
  }
  const { start, end, kind } = line;
  if (typeof start !== 'number' || typeof end !== 'number' || !(end >= start)) {
    return { problem: 'no valid start and end' };
  }
  if (!SIGNAL_KINDS.includes(kind as Span['kind']))
    return { problem: `unknown kind ${JSON.stringify(kind)}` };
  const actor = (line.actor ??= DEFAULT_ACTOR);
  if (!ACTORS.includes(actor as Span['actor'])) return { problem: `unknown actor ${JSON.stringify(actor)}` };
  if (typeof (line.source ??= ownSource) !== 'string') return { problem: 'a source that is not text' };
  for (const field of TEXT_FIELDS) {
    if (line[field] !== undefined && typeof line[field] !== 'string')
      return { problem: `${field} is not text` };
  }
  // The parsed object itself, defaults filled in: a year of journal is a few hundred thousand lines, and a copy of
  // each would double the garbage. Fields this version does not know are carried along untouched.
  return { span: line as unknown as Span };
}
