import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import { chooseDataFile } from './chooseDataFile';

/** The walkthrough's id as VS Code knows it: `<publisher>.<name>#<walkthrough id>` (package.json). */
const WALKTHROUGH = 'timekeeper.vscode-timekeeper#timekeeper.start';

/**
 * The first hour: the commands behind the Today view's welcome buttons and the walkthrough's steps that VS Code
 * itself does not provide (opening the walkthrough, choosing the timesheet).
 */
export function activate(api: Api): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('timekeeper.openWalkthrough', () =>
      vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false),
    ),
    vscode.commands.registerCommand('timekeeper.chooseDataFile', () =>
      chooseDataFile(api.resolve(api.tokens.DataFile)),
    ),
  );
}
