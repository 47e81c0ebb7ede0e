import * as vscode from 'vscode';
import {
  formatDuration,
  formatIsoDate,
  formatTimeOfDay,
  type BreakdownRow,
  type ExplainedPart,
  type ExplainQuery,
  type Explanation,
  type SignalSummary,
} from '../../src/api';

/**
 * An explanation as text for its Output tab: a heading `<subject>, <days>: <total>`, one line per part (its timesheet
 * line, its time, its duration, its name and comment) with what the journal saw indented below it, and a closing
 * line saying what the parts add up to.
 */
export function explanationText(
  explanation: Explanation,
  query: Pick<ExplainQuery, 'name' | 'project'>,
): string {
  const first = formatIsoDate(explanation.start);
  const last = formatIsoDate(explanation.end);
  const oneDay = first === last;
  const heading = `${subjectOf(query)}, ${oneDay ? first : `${first} – ${last}`}: ${formatDuration(explanation.total)}`;
  const labels = explanation.parts.map((part) =>
    part.current ? vscode.l10n.t('current') : vscode.l10n.t('line {0}', part.line ?? '?'),
  );
  const width = Math.max(0, ...labels.map((label) => label.length));
  const lines = [heading, ''];
  explanation.parts.forEach((part, index) => {
    lines.push(`${(labels[index] ?? '').padEnd(width)}  ${timesOf(part, oneDay)}  ${partLine(part)}`);
    lines.push(`    ${signalLine(part.signals)}`);
  });
  // Both numbers, so the reader sees them agree (they differ only under a plugin's ReportBuilder that adds its own).
  const sum = explanation.parts.reduce((total, part) => total + part.duration, 0);
  lines.push(
    '',
    vscode.l10n.t(
      'These parts add up to {0}; the report says {1}.',
      formatDuration(sum),
      formatDuration(explanation.total),
    ),
  );
  return `${lines.join('\n')}\n`;
}

function subjectOf({ name, project }: Pick<ExplainQuery, 'name' | 'project'>): string {
  if (name !== undefined) return name;
  if (project !== undefined) return vscode.l10n.t('project {0}', project === '' ? '""' : project);
  return vscode.l10n.t('working time');
}

/** `09:00–10:30`, with the day in front when the explanation covers several. */
function timesOf(part: ExplainedPart, oneDay: boolean): string {
  const times = `${formatTimeOfDay(part.start)}–${formatTimeOfDay(part.end)}`;
  return oneDay ? times : `${formatIsoDate(part.start)} ${times}`;
}

function partLine(part: ExplainedPart): string {
  const line = `${formatDuration(part.duration)}  ${part.name}`;
  return part.comment === undefined ? line : `${line}  # ${part.comment}`;
}

/**
 * `typescript 1h05, markdown 0h20`: the rows of the person's work, with the person's time. Agents' work is summed up
 * on its own, so a language only an agent wrote in is not read as the person's.
 */
function personRows(rows: readonly BreakdownRow[]): BreakdownRow[] {
  return rows.filter((row) => row.person > 0);
}

function rowsText(rows: readonly BreakdownRow[]): string {
  return personRows(rows)
    .map((row) => `${row.key} ${formatDuration(row.person)}`)
    .join(', ');
}

function editsText(files: number): string {
  return files === 1 ? vscode.l10n.t('edits in 1 file') : vscode.l10n.t('edits in {0} files', files);
}

/** What the journal saw, as `edits in 3 files (typescript 1h05); branch main; terminal: npm 0h05; unobserved 0h10`. */
function signalLine(signals: SignalSummary): string {
  const facts: string[] = [];
  const languages = rowsText(signals.languages);
  if (signals.filesEdited > 0) {
    facts.push(
      languages ? `${editsText(signals.filesEdited)} (${languages})` : editsText(signals.filesEdited),
    );
  } else if (languages) {
    facts.push(vscode.l10n.t('languages {0}', languages));
  }
  const [branch, ...moreBranches] = personRows(signals.branches);
  if (branch) {
    facts.push(
      moreBranches.length === 0
        ? vscode.l10n.t('branch {0}', branch.key)
        : vscode.l10n.t('branches {0}', rowsText(signals.branches)),
    );
  }
  const commands = rowsText(signals.commands);
  if (commands) facts.push(commands);
  if (signals.agent > 0) {
    const agents = vscode.l10n.t('agents {0}', formatDuration(signals.agent));
    facts.push(
      signals.filesEditedByAgents > 0 ? `${agents}, ${editsText(signals.filesEditedByAgents)}` : agents,
    );
  }
  if (signals.idle.length > 0) {
    const stretches = signals.idle.map((idle) => `${formatTimeOfDay(idle.from)}–${formatTimeOfDay(idle.to)}`);
    facts.push(vscode.l10n.t('idle {0}', stretches.join(', ')));
  }
  if (signals.unobserved > 0) facts.push(vscode.l10n.t('unobserved {0}', formatDuration(signals.unobserved)));
  // Present all along, in work the journal names no file, language or command for (a chat, a read).
  if (facts.length === 0) facts.push(vscode.l10n.t('present {0}', formatDuration(signals.person)));
  return facts.join('; ');
}
