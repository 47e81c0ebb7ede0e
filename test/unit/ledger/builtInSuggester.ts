import type { Journal, Suggester, Timesheet } from '../../../src/api';
import { defaultWorkName } from '../../../src/journal/workName';
import { createSuggester } from '../../../src/ledger';

/**
 * Timekeeper's own Suggester on a given timesheet and journal, with the default naming, a 10-minute idle time and
 * notes that name themselves: for tests of what other parts (the tracker, the journal) make the suggestions say.
 */
export function builtInSuggester(timesheet: Timesheet, journal: Journal): Suggester {
  return createSuggester({
    timesheet: () => timesheet,
    journal: () => journal,
    workName: () => defaultWorkName,
    settings: () => ({ journalEnabled: true, idleMinutes: 10 }),
    notes: {
      journalOff: () => 'journal off',
      nothingJournaled: () => 'nothing journaled',
      allLogged: () => 'all logged',
      loggedAlready: (count) => `${count} logged already`,
      cannotInsert: (count) => `${count} not inserted`,
    },
  });
}
