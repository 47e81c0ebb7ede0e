import { tokens, type Explainer, type Journal, type ReportArgs, type Resolve } from '../api';
import { readWithRecords, type JournalReading, type JournalWithRecords } from '../journal/journalReading';
import { breakdownOf } from './breakdown';
import { explanationOf, subjectOf } from './explain';

/** What the explainer reads besides the components: the idle time, read at each call, and Timekeeper's own journal. */
export interface ExplainerDependencies {
  readonly idleMinutes: () => number;
  /**
   * The built-in journal beneath any plugin's: its records say which files were edited when a plugin's journal is on
   * top (a plugin wrapping it passes every signal on). Undefined where there is none (a test of a journal alone).
   */
  readonly ownJournal: () => JournalWithRecords | undefined;
}

/**
 * The default `Explainer`. Components are resolved at each call, so a plugin's `Timesheet`, `ReportBuilder` or
 * `Journal` applies at once: the report model is the one the `report` command builds for the same days.
 */
export function createExplainer(resolve: Resolve, deps: ExplainerDependencies): Explainer {
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
          ? await readJournal(resolve(tokens.Journal), deps.ownJournal(), start, afterLastDay)
          : { spans: [], records: [] };
      return explanationOf(model, subject, journal, deps.idleMinutes());
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
 * The spans of the journal on top, and the records behind them. The built-in journal on top is read once, for both.
 * A plugin's journal on top gives spans alone: the records are then its spans and the built-in journal's records, read
 * beside them (a plugin that replaces the journal outright leaves nothing new there).
 */
async function readJournal(
  top: Journal,
  own: JournalWithRecords | undefined,
  from: Date,
  to: Date,
): Promise<JournalReading> {
  const withRecords = top as Partial<JournalWithRecords>;
  if (typeof withRecords[readWithRecords] === 'function') return withRecords[readWithRecords](from, to);
  const [spans, beneath] = await Promise.all([top.spans(from, to), own?.[readWithRecords](from, to)]);
  return { spans, records: beneath ? [...spans, ...beneath.records] : spans };
}
