import type { BreakdownData, ExplainedPartData, SignalsData } from '../protocol';
import { formatDuration, formatMinute, formatPercent, percent, projectLabel } from './format';
import * as l10n from './l10n';

/*
 * The words of the explanation pane and the breakdown, apart from the DOM that shows them. Pure: the unit tests run
 * these in Node. `l10n.t`, not a bare `t`: the completeness test of the translations finds its literals.
 */

/** What a total's button says to a screen reader: `Explain acme: review, 1h30`. */
export function explainLabel(subject: string, duration: number): string {
  return l10n.t('Explain {0}, {1}', subject, formatDuration(duration));
}

/** The subject of a project's total, as the Projects section names it. */
export function projectSubject(project: string): string {
  return l10n.t('project {0}', projectLabel(project));
}

/** `2024-05-06 09:00–10:30`: the timesheet's day and clock, as utt writes them. */
export function partTimes(part: ExplainedPartData): string {
  return `${part.day} ${formatMinute(part.startMinute)}–${formatMinute(part.endMinute)}`;
}

/** What the journal saw during a part, a phrase each; one phrase when it saw nothing. */
export function signalPhrases(signals: SignalsData): string[] {
  if (signals.person + signals.agent === 0) {
    return [l10n.t('Nothing in the journal: {0} unobserved', formatDuration(signals.unobserved))];
  }
  const list = (keys: readonly string[]) => keys.join(', ');
  return [
    l10n.t('You {0}, unobserved {1}', formatDuration(signals.person), formatDuration(signals.unobserved)),
    signals.agent > 0 && l10n.t('Agents {0}', formatDuration(signals.agent)),
    signals.filesEdited + signals.filesEditedByAgents > 0 &&
      l10n.t('{0} files edited, {1} by agents', signals.filesEdited, signals.filesEditedByAgents),
    signals.languages.length > 0 && l10n.t('Languages: {0}', list(signals.languages)),
    signals.branches.length > 0 && l10n.t('Branches: {0}', list(signals.branches)),
    signals.commands.length > 0 && l10n.t('Commands: {0}', list(signals.commands)),
    signals.idleStretches > 0 &&
      l10n.t('{0} idle stretches cut out, {1} in all', signals.idleStretches, formatDuration(signals.idle)),
  ].filter((phrase): phrase is string => phrase !== false);
}

/**
 * The closing sentence: the parts' own sum against the total, so a number that does not add up says so instead of
 * being taken on trust.
 */
export function sumSentence(parts: readonly ExplainedPartData[], total: number): string {
  const sum = parts.reduce((time, part) => time + part.duration, 0);
  if (sum !== total) {
    return l10n.t(
      'The parts add up to {0}, not to the total of {1}.',
      formatDuration(sum),
      formatDuration(total),
    );
  }
  return parts.length === 1
    ? l10n.t('This one part is the whole total, {0}.', formatDuration(total))
    : l10n.t('These {0} parts add up to the total, {1}.', parts.length, formatDuration(total));
}

/** One table of the breakdown: its caption, its first column's title, and its rows with their share of the time. */
export interface BreakdownTable {
  readonly caption: string;
  readonly keyTitle: string;
  readonly rows: readonly {
    readonly key: string;
    readonly person: number;
    readonly agent: number;
    /** Whole percent of the range's journaled time (person and agents). */
    readonly share: number;
  }[];
}

export function breakdownTables(breakdown: BreakdownData): BreakdownTable[] {
  const all = breakdown.person + breakdown.agent;
  const rowsOf = (rows: BreakdownData['files']) =>
    rows.map(({ key, person, agent }) => ({ key, person, agent, share: percent(person + agent, all) }));
  return [
    { caption: l10n.t('By language'), keyTitle: l10n.t('Language'), rows: rowsOf(breakdown.languages) },
    {
      caption: l10n.t('By branch and ticket'),
      keyTitle: l10n.t('Branch'),
      rows: rowsOf(
        breakdown.branches.map((row) => (row.ticket ? { ...row, key: `${row.key} (${row.ticket})` } : row)),
      ),
    },
    { caption: l10n.t('By file (top 10)'), keyTitle: l10n.t('File'), rows: rowsOf(breakdown.files) },
  ].filter((table) => table.rows.length > 0);
}

/** The person against agents, in words: the bar beside it only repeats it. */
export function actorsSentence(breakdown: BreakdownData): string {
  const all = breakdown.person + breakdown.agent;
  return l10n.t(
    'You {0} ({1}), agents {2} ({3}), from the journal',
    formatDuration(breakdown.person),
    formatPercent(percent(breakdown.person, all)),
    formatDuration(breakdown.agent),
    formatPercent(percent(breakdown.agent, all)),
  );
}
