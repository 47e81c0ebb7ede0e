import { tokens, type Explainer, type Journal, type ReportArgs, type Resolve } from '../api';
import { readWithRecords, type JournalReading, type JournalWithRecords } from '../journal/journalReading';
import { breakdownOf } from './breakdown';
import { explanationOf, subjectOf } from './explain';

/** What the explainer reads that is a setting, not a component: the idle time, read at each call. */
export interface ExplainerSettings {
  readonly idleMinutes: () => number;
}

/**
 * The default `Explainer`. Components are resolved at each call, so a plugin's `Timesheet`, `ReportBuilder` or
 * `Journal` applies at once: the report model is the one the `report` command builds for the same days.
 */
export function createExplainer(resolve: Resolve, settings: ExplainerSettings): Explainer {
  return {
    async explain(query, now) {
      if (typeof query?.range !== 'object' || query.range === null) {
        throw new Error(
          "Explainer.explain: query.range must give the report's days, e.g. { range: { date: 'today' } }.",
        );
      }
      const { date, from, to, week, month, noCurrentActivity, currentActivity } = query.range;
      // The days and the current activity, as `report` reads them; its project filter would hide what is asked.
      const args: ReportArgs = { date, from, to, week, month, noCurrentActivity, currentActivity };
      const entries = await resolve(tokens.Timesheet).entries();
      const model = resolve(tokens.ReportBuilder).build(entries, args, now);
      const subject = subjectOf(model, query);
      // The whole days, not only the parts: whether the journal was watching at all is decided over them.
      const { start, end } = model;
      const afterLastDay = new Date(end.getFullYear(), end.getMonth(), end.getDate() + 1);
      const journal =
        subject.activities.length > 0
          ? await readJournal(resolve(tokens.Journal), start, afterLastDay)
          : { spans: [], records: [] };
      return explanationOf(model, subject, journal, settings.idleMinutes());
    },
    async breakdown(range, now) {
      const to = Math.min(range.to.getTime(), now.getTime());
      const spans =
        to > range.from.getTime() ? await resolve(tokens.Journal).spans(range.from, new Date(to)) : [];
      return breakdownOf(spans, range, now);
    },
  };
}

/**
 * Reads `journal` once, spans and records. A journal that gives spans only (a plugin's, or a plugin's wrapper of the
 * built-in one) has its spans taken for its records: what was done is then known only from what held the time.
 */
async function readJournal(journal: Journal, from: Date, to: Date): Promise<JournalReading> {
  const withRecords = journal as Partial<JournalWithRecords>;
  if (typeof withRecords[readWithRecords] === 'function') return withRecords[readWithRecords](from, to);
  const spans = await journal.spans(from, to);
  return { spans, records: spans };
}
