import {
  formatIsoDate,
  type Breakdown,
  type BreakdownRow,
  type ExplainedPart,
  type Explanation,
  type SignalSummary,
  type TimeRange,
} from '../../src/api';
import type { BreakdownData, ExplainedPartData, ExplanationData, SignalsData } from './protocol';

/*
 * The Explainer's answers as the webview gets them: dates as the timesheet's local days and minutes, and no more rows
 * than the page shows. Pure, and built from the v1 types alone, so a plugin's own Explainer feeds the view too.
 */

/** Rows per dimension of the breakdown: the first payload stays small, and a longer table says little more. */
export const BREAKDOWN_ROWS = 10;
/** Keys per signal list of a part: enough to recognise the work, short enough for one line. */
const SIGNAL_KEYS = 5;

export function explanationData(explanation: Explanation): ExplanationData {
  return {
    subject: explanation.subject,
    first: formatIsoDate(explanation.start),
    last: formatIsoDate(explanation.end),
    total: explanation.total,
    parts: explanation.parts.map(partData),
  };
}

function partData(part: ExplainedPart): ExplainedPartData {
  return {
    name: part.name,
    day: formatIsoDate(part.start),
    startMinute: minuteOfDay(part.start),
    endMinute: minuteOfDay(part.end),
    duration: part.duration,
    ...(part.line === undefined ? {} : { line: part.line }),
    current: part.current,
    ...(part.comment ? { comment: part.comment } : {}),
    signals: signalsData(part.signals),
  };
}

function signalsData(signals: SignalSummary): SignalsData {
  const keys = (rows: readonly BreakdownRow[]) => rows.slice(0, SIGNAL_KEYS).map((row) => row.key);
  return {
    person: signals.person,
    agent: signals.agent,
    unobserved: signals.unobserved,
    idleStretches: signals.idle.length,
    idle: signals.idle.reduce((sum, { from, to }) => sum + (to.getTime() - from.getTime()), 0),
    filesEdited: signals.filesEdited,
    filesEditedByAgents: signals.filesEditedByAgents,
    languages: keys(signals.languages),
    branches: keys(signals.branches),
    commands: keys(signals.commands),
  };
}

/** The breakdown's top rows, or undefined when the journal saw nothing in the range (the section stays hidden). */
export function breakdownData(breakdown: Breakdown): BreakdownData | undefined {
  if (breakdown.person + breakdown.agent === 0) return undefined;
  return {
    person: breakdown.person,
    agent: breakdown.agent,
    languages: breakdown.languages.slice(0, BREAKDOWN_ROWS).map(rowData),
    branches: breakdown.branches
      .slice(0, BREAKDOWN_ROWS)
      .map((row) => (row.ticket ? { ...rowData(row), ticket: row.ticket } : rowData(row))),
    files: breakdown.files.slice(0, BREAKDOWN_ROWS).map(rowData),
  };
}

/** Only the row's own members: a plugin's rows may carry more than the page needs. */
function rowData({ key, person, agent }: BreakdownRow): BreakdownRow {
  return { key, person, agent };
}

/** The report's days, `YYYY-MM-DD` to `YYYY-MM-DD`, as a time range: the first day's midnight to the next after the last. */
export function rangeOfDays(first: string, last: string): TimeRange {
  const [fromYear, fromMonth, fromDay] = first.split('-').map(Number);
  const [toYear, toMonth, toDay] = last.split('-').map(Number);
  return {
    from: new Date(fromYear, fromMonth - 1, fromDay),
    to: new Date(toYear, toMonth - 1, toDay + 1),
  };
}

function minuteOfDay(date: Date): number {
  return date.getHours() * 60 + date.getMinutes();
}
