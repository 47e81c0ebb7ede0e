import * as vscode from 'vscode';
import type { Entry, RangePickOptions, ReportArgs, Timesheet } from '../api';
import { nameParts } from '../core/entry';

interface RangeItem extends vscode.QuickPickItem {
  readonly args?: ReportArgs;
  readonly ask?: 'date' | 'range' | 'project';
}

/** Built at each pick, not at load: `vscode.l10n` translates for the extension only once it is activated. */
const ranges = (): RangeItem[] => [
  { label: vscode.l10n.t('$(calendar) Today'), args: { date: 'today' } },
  { label: vscode.l10n.t('Yesterday'), args: { date: 'yesterday' } },
  { label: vscode.l10n.t('This week'), args: { week: 'this' } },
  { label: vscode.l10n.t('Last week'), args: { week: 'prev' } },
  { label: vscode.l10n.t('This month'), args: { month: 'this' } },
  { label: vscode.l10n.t('Last month'), args: { month: 'prev' } },
  {
    label: vscode.l10n.t('A date…'),
    description: vscode.l10n.t('YYYY-MM-DD, a weekday name, today, yesterday'),
    ask: 'date',
  },
  { label: vscode.l10n.t('A range…'), description: vscode.l10n.t('from one day to another'), ask: 'range' },
];

/**
 * The palette's way to ask for a report's days: a quick pick of ranges instead of raw strings, with an optional
 * project filter. `report`, `export` and plugins share it through `v1.pickReportRange`. Resolves to the report's
 * args, or `undefined` when the user cancels.
 */
export async function pickReportRange(
  timesheet: () => Timesheet,
  options: RangePickOptions = {},
): Promise<ReportArgs | undefined> {
  const title = options.title ?? vscode.l10n.t('Timekeeper: Report');
  let project: string | undefined;
  for (;;) {
    const filter: RangeItem = {
      label: project
        ? vscode.l10n.t('$(filter-filled) Project: {0}', project)
        : vscode.l10n.t('$(filter) Project filter…'),
      description: project
        ? vscode.l10n.t('pick to change or clear')
        : vscode.l10n.t('only one project’s activities'),
      ask: 'project',
    };
    const items: RangeItem[] =
      options.projectFilter === false
        ? ranges()
        : [...ranges(), { label: '', kind: vscode.QuickPickItemKind.Separator }, filter];
    const picked = await vscode.window.showQuickPick<RangeItem>(items, {
      title: project ? vscode.l10n.t('{0} on {1}', title, project) : title,
      placeHolder: vscode.l10n.t('Which days?'),
    });
    if (!picked) return undefined;
    const withProject = (args: ReportArgs): ReportArgs => (project ? { ...args, project } : args);
    if (picked.args) return withProject(picked.args);
    if (picked.ask === 'date') {
      const date = await askDay(title, vscode.l10n.t('Report on which day?'), 'today');
      return date === undefined ? undefined : withProject({ date });
    }
    if (picked.ask === 'range') {
      const from = await askDay(title, vscode.l10n.t('First day of the range'), '');
      if (from === undefined) return undefined;
      const to = await askDay(title, vscode.l10n.t('Last day of the range (from {0})', from), from);
      return to === undefined ? undefined : withProject({ from, to });
    }
    const chosen = await pickProject(timesheet, project);
    if (chosen === undefined) return undefined;
    project = chosen === '' ? undefined : chosen;
  }
}

function askDay(title: string, prompt: string, value: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title,
    prompt,
    value,
    placeHolder: vscode.l10n.t('YYYY-MM-DD, a weekday name, today or yesterday'),
    validateInput: (text) =>
      text.trim() === '' ? vscode.l10n.t('Enter a day, e.g. 2026-11-26, monday or yesterday') : undefined,
  });
}

/** Projects from the timesheet, most recent first; '' clears the filter. */
async function pickProject(
  timesheet: () => Timesheet,
  current: string | undefined,
): Promise<string | undefined> {
  let entries: readonly Entry[] = [];
  try {
    entries = await timesheet().entries();
  } catch {
    // A broken timesheet is reported by the report itself; the picker then offers no project.
  }
  const projects = new Set<string>();
  for (let i = entries.length - 1; i >= 0; i--) {
    const { project } = nameParts(entries[i].name);
    if (project) projects.add(project);
  }
  const items: vscode.QuickPickItem[] = [...projects].map((p) => ({ label: p }));
  if (current)
    items.unshift({ label: vscode.l10n.t('All projects'), description: vscode.l10n.t('clear the filter') });
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Timekeeper: Report on one project'),
    placeHolder: projects.size
      ? vscode.l10n.t('Pick a project')
      : vscode.l10n.t('No project in the timesheet yet (names like "project: task")'),
  });
  if (!picked) return undefined;
  return picked.label === vscode.l10n.t('All projects') ? '' : picked.label;
}
