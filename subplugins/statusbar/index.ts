import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import { StatusBarTimer } from './statusBarTimer';
import { showStatusMenu } from './statusMenu';
import { publishTrackingState } from './trackingStateContext';

/** The status bar's menu: a command, there as soon as Timekeeper is active. */
export function activate(api: Api): vscode.Disposable {
  return vscode.commands.registerCommand('timekeeper.menu', () =>
    showStatusMenu(api.resolve(api.tokens.ActivityTracker)),
  );
}

/** The status bar timer and the tracking state that menus read, started just after activation. */
export function start(api: Api): vscode.Disposable {
  return vscode.Disposable.from(
    new StatusBarTimer(api),
    publishTrackingState(api.resolve(api.tokens.ActivityTracker)),
  );
}
