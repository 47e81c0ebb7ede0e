import * as vscode from 'vscode';
import type { ActivityPickOptions, PickedActivity, Timesheet } from '../api';
import { recentNames } from '../core/recentNames';
import { nameChoices, type NameChoice } from './nameChoices';

/**
 * Asks for an activity name and an optional comment: recent names (projects first) or a new one typed in. `add`,
 * the away notification and plugins share it through `v1.pickActivity`. Undefined when the user cancels.
 */
export async function pickActivity(
  timesheet: () => Timesheet,
  options: ActivityPickOptions = {},
): Promise<PickedActivity | undefined> {
  const name = await pickName(await namesOf(timesheet), options);
  if (name === undefined) return undefined;
  if (options.askComment === false) return { name };
  const comment = await vscode.window.showInputBox({
    title: options.commentTitle?.(name) ?? vscode.l10n.t('Timekeeper: "{0}"', name),
    prompt: vscode.l10n.t('A comment (optional): press Enter to skip'),
  });
  if (comment === undefined) return undefined;
  return comment.trim() === '' ? { name } : { name, comment };
}

async function namesOf(timesheet: () => Timesheet): Promise<string[]> {
  try {
    return recentNames(await timesheet().entries());
  } catch {
    // An unreadable timesheet still lets the user type a name; writing it reports the problem.
    return [];
  }
}

function pickName(recent: readonly string[], options: ActivityPickOptions): Promise<string | undefined> {
  const picker = vscode.window.createQuickPick<NameChoice & vscode.QuickPickItem>();
  picker.title = options.title ?? vscode.l10n.t('Timekeeper: Activity');
  picker.placeholder = options.placeholder ?? vscode.l10n.t('Pick a recent activity or type a new name');
  // The typed text is the new row's description: matching it would rank that row among the recent names.
  picker.matchOnDescription = false;
  picker.items = nameChoices(recent, '');
  picker.onDidChangeValue((value) => {
    picker.items = nameChoices(recent, value);
  });
  return new Promise<string | undefined>((done) => {
    picker.onDidAccept(() => {
      done(picker.selectedItems[0]?.name ?? (picker.value.trim() ? picker.value : undefined));
      picker.hide();
    });
    picker.onDidHide(() => {
      done(undefined);
      picker.dispose();
    });
    picker.show();
  });
}
