import * as vscode from 'vscode';
import {
  escapeMarkdown,
  formatDuration,
  formatElapsed,
  formatTimeOfDay,
  type ActivityState,
} from '../../src/api';
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
  'timekeeper.suggest',
  'timekeeper.explain',
];

/** `explain` for today: a command link's arguments are a JSON array, URI-encoded. */
const EXPLAIN_TODAY = `command:timekeeper.explain?${encodeURIComponent(JSON.stringify([{ date: 'today' }]))}`;

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
  /** Milliseconds of today's work no entry covers yet (suggested); `undefined` when not known. */
  readonly unlogged?: number;
}

/** Today's summary (work, breaks, per project), the goal, the tracking state, and links to act on them. */
export function tooltip(facts: TooltipFacts): vscode.MarkdownString {
  const { totals, now } = facts;
  const lines: string[] = [vscode.l10n.t('**Timekeeper** · {0}', stateLine(facts)), ''];
  if (!totals.started) {
    lines.push(vscode.l10n.t('No entry today yet. [Start the day](command:timekeeper.hello) to track it.'));
  } else {
    lines.push(
      vscode.l10n.t(
        'Working **{0}** · breaks {1}',
        formatElapsed(facts.working),
        formatElapsed(totals.breaks),
      ),
      '',
    );
    if (facts.goal > 0) lines.push(goalLine(facts.working, facts.goal), '');
    if (totals.projects.length > 0) {
      lines.push(vscode.l10n.t('| Project | Work |'), '|:--|--:|');
      for (const { project, working } of totals.projects) {
        lines.push(
          `| ${escapeMarkdown(project || vscode.l10n.t('(no project)'))} | ${formatElapsed(working)} |`,
        );
      }
      lines.push('');
    }
    if (totals.currentStart) {
      const backwards = totals.currentStart.getTime() > now.getTime();
      lines.push(
        backwards
          ? vscode.l10n.t(
              '$(warning) The clock shows {0}, before the last entry ({1}): check the system clock.',
              formatTimeOfDay(now),
              formatTimeOfDay(totals.currentStart),
            )
          : vscode.l10n.t(
              'Current activity: {0} since {1}',
              formatElapsed(facts.current),
              formatTimeOfDay(totals.currentStart),
            ),
        '',
      );
    }
    lines.push(unloggedLine(facts.unlogged), '');
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

/** What is left to log today, with the links to review it and to see how today's numbers are made. */
function unloggedLine(unlogged: number | undefined): string {
  const explain = vscode.l10n.t('[$(question) Explain today]({0})', EXPLAIN_TODAY);
  if (unlogged === undefined || unlogged <= 0) return explain;
  return `${vscode.l10n.t(
    'Unlogged today: **{0}** — [Review](command:timekeeper.suggest)',
    formatDuration(unlogged),
  )} · ${explain}`;
}

function stateLine({ state, since }: TooltipFacts): string {
  switch (state) {
    case 'active':
      return vscode.l10n.t('$(pulse) Active');
    case 'idle':
      return vscode.l10n.t('$(eye-closed) Idle since {0}', formatTimeOfDay(since));
    case 'paused':
      return vscode.l10n.t('$(debug-pause) Paused since {0}', formatTimeOfDay(since));
  }
}

function goalLine(working: number, goal: number): string {
  const ratio = Math.min(1, working / goal);
  const filled = Math.round(ratio * 10);
  const bar = '▰'.repeat(filled) + '▱'.repeat(10 - filled);
  return vscode.l10n.t('Goal {0}: {1} {2}%', formatElapsed(goal), bar, Math.floor((100 * working) / goal));
}

function actions({ totals, state }: TooltipFacts): string {
  const links = totals.started
    ? [
        vscode.l10n.t('[$(add) Add](command:timekeeper.add)'),
        vscode.l10n.t('[$(fold-down) Stretch](command:timekeeper.stretch)'),
      ]
    : [vscode.l10n.t('[$(play) Start the day](command:timekeeper.hello)')];
  links.push(vscode.l10n.t('[$(graph) Report](command:timekeeper.report)'));
  links.push(
    state === 'paused'
      ? vscode.l10n.t('[$(debug-continue) Resume](command:timekeeper.resume)')
      : vscode.l10n.t('[$(debug-pause) Pause](command:timekeeper.pause)'),
  );
  links.push(vscode.l10n.t('[$(ellipsis) More](command:timekeeper.menu)'));
  return links.join(' · ');
}
