import * as vscode from 'vscode';
import type { ActivityTracker } from '../../src/api';

interface MenuItem extends vscode.QuickPickItem {
  readonly command: string;
}

/** "Timekeeper: Status Bar Menu…": what the status bar offers besides its click, for the keyboard and the tooltip's More link. */
export async function showStatusMenu(tracker: ActivityTracker): Promise<void> {
  const items: MenuItem[] = [
    { label: '$(add) Add Entry…', description: 'the activity that just ended', command: 'timekeeper.add' },
    {
      label: '$(fold-down) Stretch',
      description: 'the last activity up to now',
      command: 'timekeeper.stretch',
    },
    {
      label: '$(graph) Open Report View',
      description: 'charts, projects, activities',
      command: 'timekeeper.open-report',
    },
    {
      label: '$(output) Text Report (utt)…',
      description: "utt's report in a tab",
      command: 'timekeeper.report',
    },
    tracker.state === 'paused'
      ? { label: '$(debug-continue) Resume Tracking', command: 'timekeeper.resume' }
      : {
          label: '$(debug-pause) Pause Tracking',
          description: 'in every window',
          command: 'timekeeper.pause',
        },
    { label: '$(play) Hello', description: 'start the day', command: 'timekeeper.hello' },
    { label: '$(list-tree) Today', description: "today's activities", command: 'timekeeper.today.focus' },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Timekeeper', placeHolder: 'What next?' });
  if (picked) await vscode.commands.executeCommand(picked.command);
}
