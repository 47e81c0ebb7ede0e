import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import { StatusBarTimer } from './statusBarTimer';
import { showStatusMenu } from './statusMenu';

/** The status bar's menu: a command, there as soon as Timekeeper is active. */
export function activate(api: Api): vscode.Disposable {
  return vscode.commands.registerCommand('timekeeper.menu', () =>
    showStatusMenu(api.resolve(api.tokens.ActivityTracker)),
  );
}

/** The status bar timer, started just after activation. */
export function start(api: Api): vscode.Disposable {
  return new StatusBarTimer(api);
}
