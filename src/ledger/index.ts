import type { Suggester } from '../api';
import { DefaultSuggester, type SuggesterDependencies } from './suggester';

/*
 * The ledger: what fills and explains the timesheet from the journal. The composition root reaches it only through
 * this module, so the whole of it can be loaded when first used.
 */

export type { SuggesterDependencies, SuggestionNotes } from './suggester';

/** The default `Suggester` (tokens.Suggester): suggestions for unlogged time, and logging them. */
export function createSuggester(deps: SuggesterDependencies): Suggester {
  return new DefaultSuggester(deps);
}
