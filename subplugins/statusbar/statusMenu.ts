import * as vscode from 'vscode';
import type { ActivityTracker } from '../../src/api';

interface MenuItem extends vscode.QuickPickItem {
  readonly command: string;
}

/** "Timekeeper: Status Bar Menu…": what the status bar offers besides its click, for the keyboard and the tooltip's More link. */
export async function showStatusMenu(tracker: ActivityTracker): Promise<void> {
  const items: MenuItem[] = [
    {
      label: vscode.l10n.t('$(add) Add Entry…'),
      description: vscode.l10n.t('the activity that just ended'),
      command: 'timekeeper.add',
    },
    {
      label: vscode.l10n.t('$(fold-down) Stretch'),
      description: vscode.l10n.t('the last activity up to now'),
      command: 'timekeeper.stretch',
    },
    {
      label: vscode.l10n.t('$(graph) Open Report View'),
      description: vscode.l10n.t('charts, projects, activities'),
      command: 'timekeeper.open-report',
    },
    {
      label: vscode.l10n.t('$(output) Text Report (utt)…'),
      description: vscode.l10n.t("utt's report in a tab"),
      command: 'timekeeper.report',
    },
    tracker.state === 'paused'
      ? { label: vscode.l10n.t('$(debug-continue) Resume Tracking'), command: 'timekeeper.resume' }
      : {
          label: vscode.l10n.t('$(debug-pause) Pause Tracking'),
          description: vscode.l10n.t('in every window'),
          command: 'timekeeper.pause',
        },
    {
      label: vscode.l10n.t('$(play) Hello'),
      description: vscode.l10n.t('start the day'),
      command: 'timekeeper.hello',
    },
    {
      label: vscode.l10n.t('$(list-tree) Today'),
      description: vscode.l10n.t("today's activities"),
      command: 'timekeeper.today.focus',
    },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Timekeeper'),
    placeHolder: vscode.l10n.t('What next?'),
  });
  if (picked) await vscode.commands.executeCommand(picked.command);
}
