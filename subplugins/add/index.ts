import * as vscode from 'vscode';
import type { Api, Entry, Resolve } from '../../src/api';

/** utt's `add`: ends the current activity now, under the given name. */
export function activate(api: Api): void {
  api.registerCommand({
    name: 'add',
    description: 'Add an entry now: the activity that just ended',
    args: [
      {
        name: 'name',
        description: 'Activity name, e.g. "project: task", "lunch**" (break), "commute***" (ignored)',
        type: 'string',
        required: true,
      },
      { name: 'comment', description: 'A comment for the entry', type: 'string' },
    ],
    async handler(args, resolve) {
      const comment =
        typeof args.comment === 'string' && args.comment.trim() !== '' ? args.comment : undefined;
      await resolve(api.tokens.Timesheet).append({
        date: resolve(api.tokens.Now),
        name: String(args.name),
        ...(comment === undefined ? {} : { comment }),
      });
    },
    prompt: (resolve) => promptForEntry(api, resolve),
  });
}

interface NameItem extends vscode.QuickPickItem {
  readonly name?: string;
}

/** A quick pick of recent names (projects first, then most recent first) that also accepts a new name. */
async function promptForEntry(api: Api, resolve: Resolve): Promise<Record<string, unknown> | undefined> {
  let entries: readonly Entry[] = [];
  try {
    entries = await resolve(api.tokens.Timesheet).entries();
  } catch {
    // An unreadable timesheet still lets the user type a name; the append reports the problem.
  }
  const picker = vscode.window.createQuickPick<NameItem>();
  picker.title = 'Timekeeper: Add Entry';
  picker.placeholder = 'What did you just finish? Pick a recent activity or type a new name';
  const recent = recentNames(entries);
  const base: NameItem[] = recent.map((name) => ({ label: name, name }));
  picker.items = base;
  picker.onDidChangeValue((value) => {
    const typed = value.trim();
    picker.items =
      typed === '' || recent.includes(value)
        ? base
        : [{ label: value, description: 'new activity', name: value, alwaysShow: true }, ...base];
  });
  const name = await new Promise<string | undefined>((done) => {
    picker.onDidAccept(() => {
      const chosen = picker.selectedItems[0]?.name ?? (picker.value.trim() ? picker.value : undefined);
      done(chosen);
      picker.hide();
    });
    picker.onDidHide(() => done(undefined));
    picker.show();
  });
  picker.dispose();
  if (name === undefined) return undefined;
  const comment = await vscode.window.showInputBox({
    title: `Timekeeper: Add "${name}"`,
    prompt: 'A comment (optional): press Enter to skip',
  });
  if (comment === undefined) return undefined;
  return comment.trim() === '' ? { name } : { name, comment };
}

/** Distinct names from the newest entry back, those with a project first; `hello` is never offered. */
export function recentNames(entries: readonly Entry[], limit = 200): string[] {
  const seen = new Set<string>();
  for (let i = entries.length - 1; i >= 0 && seen.size < limit; i--) {
    const name = entries[i]?.name;
    if (name && name !== 'hello') seen.add(name);
  }
  const names = [...seen];
  const hasProject = (n: string) => /^[^\s:]+: /.test(n);
  return [...names.filter(hasProject), ...names.filter((n) => !hasProject(n))];
}
