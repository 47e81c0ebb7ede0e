import type { Span } from '../api';

/**
 * One read of the journal, for the ledger: the spans say who held each moment, the records what was done. Where
 * records overlap (two windows, an agent editing two files at once) one of them holds the time, but all were done.
 */
export interface JournalReading {
  /** As `Journal.spans` gives them: one timeline per actor. */
  readonly spans: readonly Span[];
  /**
   * Every record the read found touching the range, as written: records may overlap one another and reach beyond the
   * range, and a record of one signal has no length.
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
