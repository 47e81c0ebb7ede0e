import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import { StatusBarTimer } from './statusBarTimer';
import { showStatusMenu } from './statusMenu';

/** The status bar timer and its menu. */
export function activate(api: Api): vscode.Disposable {
  return vscode.Disposable.from(
    new StatusBarTimer(api),
    vscode.commands.registerCommand('timekeeper.menu', () =>
      showStatusMenu(api.resolve(api.tokens.ActivityTracker)),
    ),
  );
}
