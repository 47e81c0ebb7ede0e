import * as vscode from 'vscode';
import { escapeMarkdown, formatElapsed, formatTimeOfDay, type ActivityState } from '../../src/api';
import type { TodayTotals } from './todayTotals';

/** The commands the tooltip's links may run: nothing else, however the Markdown came to be. */
const LINKED_COMMANDS = [
  'timekeeper.add',
  'timekeeper.hello',
  'timekeeper.stretch',
  'timekeeper.report',
  'timekeeper.pause',
  'timekeeper.resume',
  'timekeeper.menu',
];

export interface TooltipFacts {
  readonly totals: TodayTotals;
  readonly state: ActivityState;
  readonly since: Date;
  readonly now: Date;
  /** Today's work and breaks with the current activity as the status bar counts it. */
  readonly working: number;
  readonly current: number;
  /** Milliseconds; 0 without a goal. */
  readonly goal: number;
  /** Plugins' sections (`tokens.StatusBarTooltip`), each its lines of plain text. */
  readonly sections: readonly (readonly string[])[];
}

/** Today's summary (work, breaks, per project), the goal, the tracking state, and links to act on them. */
export function tooltip(facts: TooltipFacts): vscode.MarkdownString {
  const { totals, now } = facts;
  const lines: string[] = [`**Timekeeper** · ${stateLine(facts)}`, ''];
  if (!totals.started) {
    lines.push('No entry today yet. [Start the day](command:timekeeper.hello) to track it.');
  } else {
    lines.push(`Working **${formatElapsed(facts.working)}** · breaks ${formatElapsed(totals.breaks)}`, '');
    if (facts.goal > 0) lines.push(goalLine(facts.working, facts.goal), '');
    if (totals.projects.length > 0) {
      lines.push('| Project | Work |', '|:--|--:|');
      for (const { project, working } of totals.projects) {
        lines.push(`| ${escapeMarkdown(project || '(no project)')} | ${formatElapsed(working)} |`);
      }
      lines.push('');
    }
    if (totals.currentStart) {
      const backwards = totals.currentStart.getTime() > now.getTime();
      lines.push(
        backwards
          ? `$(warning) The clock shows ${formatTimeOfDay(now)}, before the last entry (${formatTimeOfDay(totals.currentStart)}): check the system clock.`
          : `Current activity: ${formatElapsed(facts.current)} since ${formatTimeOfDay(totals.currentStart)}`,
        '',
      );
    }
  }
  for (const section of facts.sections) {
    // A plugin's text is shown as written: escaped, so it cannot add links or commands to the tooltip.
    lines.push(section.map(escapeMarkdown).join('  \n'), '');
  }
  lines.push(actions(facts));
  const markdown = new vscode.MarkdownString(lines.join('\n'), true);
  markdown.isTrusted = { enabledCommands: LINKED_COMMANDS };
  return markdown;
}

function stateLine({ state, since }: TooltipFacts): string {
  switch (state) {
    case 'active':
      return '$(pulse) Active';
    case 'idle':
      return `$(eye-closed) Idle since ${formatTimeOfDay(since)}`;
    case 'paused':
      return `$(debug-pause) Paused since ${formatTimeOfDay(since)}`;
  }
}

function goalLine(working: number, goal: number): string {
  const ratio = Math.min(1, working / goal);
  const filled = Math.round(ratio * 10);
  const bar = '▰'.repeat(filled) + '▱'.repeat(10 - filled);
  return `Goal ${formatElapsed(goal)}: ${bar} ${Math.floor((100 * working) / goal)}%`;
}

function actions({ totals, state }: TooltipFacts): string {
  const links = totals.started
    ? ['[$(add) Add](command:timekeeper.add)', '[$(fold-down) Stretch](command:timekeeper.stretch)']
    : ['[$(play) Start the day](command:timekeeper.hello)'];
  links.push('[$(graph) Report](command:timekeeper.report)');
  links.push(
    state === 'paused'
      ? '[$(debug-continue) Resume](command:timekeeper.resume)'
      : '[$(debug-pause) Pause](command:timekeeper.pause)',
  );
  links.push('[$(ellipsis) More](command:timekeeper.menu)');
  return links.join(' · ');
}
