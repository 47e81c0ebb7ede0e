import type { Journal, Span } from '../api';

/**
 * One read of the journal, for the ledger: the spans say who held each moment, the records what was done. Where
 * records overlap (two windows, an agent editing two files at once) one of them holds the time, but all were done.
 */
export interface JournalReading {
  /** As `Journal.spans` gives them: one timeline per actor. */
  readonly spans: readonly Span[];
  /**
   * Every record touching the range (as `touches` decides), clipped to it. Records may overlap, and a record of one
   * signal has no length.
   */
  readonly records: readonly Span[];
}

/**
 * The built-in journal's method that reads spans and records at once. A symbol, not a named method: plugins still see
 * the v1 `Journal` and nothing more, and a plugin's journal cannot offer it by accident.
 */
export const readWithRecords = Symbol('Timekeeper: the journal read with its records');

/** A journal that gives its records too: the built-in one, and the facade plugins get of it. */
export interface JournalWithRecords {
  [readWithRecords](from: Date, to: Date): Promise<JournalReading>;
}

/**
 * Reads `journal` once, spans and records. A journal that gives spans only (a plugin's, or a plugin's wrapper of the
 * built-in one) has its spans taken for its records: what was done is then known only from what held the time.
 */
export async function readJournal(journal: Journal, from: Date, to: Date): Promise<JournalReading> {
  const withRecords = journal as Partial<JournalWithRecords>;
  if (typeof withRecords[readWithRecords] === 'function') return withRecords[readWithRecords](from, to);
  const spans = await journal.spans(from, to);
  return { spans, records: spans };
}

/**
 * Whether a record happened inside `[from, to)`: a record with a length overlaps it; a record of one signal (no
 * length) lies in it. A record that only touches `from` with its end happened before.
 */
export function touches(record: Span, from: number, to: number): boolean {
  if (record.start >= to) return false;
  return record.end === record.start ? record.start >= from : record.end > from;
}

/** The records that happened inside `[from, to)`, clipped to it. */
export function recordsWithin(records: readonly Span[], from: number, to: number): Span[] {
  const within: Span[] = [];
  for (const record of records) {
    if (!touches(record, from, to)) continue;
    within.push(
      record.start >= from && record.end <= to
        ? record
        : { ...record, start: Math.max(record.start, from), end: Math.min(record.end, to) },
    );
  }
  return within;
}
