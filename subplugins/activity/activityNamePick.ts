import * as vscode from 'vscode';
import type { Api, Entry } from '../../src/api';

interface NameItem extends vscode.QuickPickItem {
  readonly name: string;
}

/**
 * Asks what the time away was, the way "Timekeeper: Add Entry" asks: recent names (projects first) or a new one
 * typed in, then an optional comment. Undefined when the user cancels.
 */
export async function pickActivityName(api: Api): Promise<{ name: string; comment?: string } | undefined> {
  let entries: readonly Entry[] = [];
  try {
    entries = await api.resolve(api.tokens.Timesheet).entries();
  } catch {
    // An unreadable timesheet still lets the user type a name; writing reports the problem.
  }
  const recent = recentNames(entries);
  const base: NameItem[] = recent.map((name) => ({ label: name, name }));
  const picker = vscode.window.createQuickPick<NameItem>();
  picker.title = 'Timekeeper: Log the Time Away as';
  picker.placeholder = 'What were you doing? Pick a recent activity or type a new name';
  picker.items = base;
  picker.onDidChangeValue((value) => {
    picker.items =
      value.trim() === '' || recent.includes(value)
        ? base
        : [{ label: value, description: 'new activity', name: value, alwaysShow: true }, ...base];
  });
  const name = await new Promise<string | undefined>((done) => {
    picker.onDidAccept(() => {
      done(picker.selectedItems[0]?.name ?? (picker.value.trim() ? picker.value : undefined));
      picker.hide();
    });
    picker.onDidHide(() => done(undefined));
    picker.show();
  });
  picker.dispose();
  if (name === undefined) return undefined;
  const comment = await vscode.window.showInputBox({
    title: `Timekeeper: "${name}"`,
    prompt: 'A comment (optional): press Enter to skip',
  });
  if (comment === undefined) return undefined;
  return comment.trim() === '' ? { name } : { name, comment };
}

/** Distinct names from the newest entry back, those with a project first; `hello` and breaks are not offered. */
function recentNames(entries: readonly Entry[], limit = 200): string[] {
  const seen = new Set<string>();
  for (let i = entries.length - 1; i >= 0 && seen.size < limit; i--) {
    const name = entries[i]?.name;
    if (name && name !== 'hello' && !name.endsWith('**')) seen.add(name);
  }
  const names = [...seen];
  const hasProject = (n: string) => /^[^\s:]+: /.test(n);
  return [...names.filter(hasProject), ...names.filter((n) => !hasProject(n))];
}
