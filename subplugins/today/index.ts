import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import { TodayTree, type TodayNode } from './todayTree';

/** The "Timekeeper" view container's Today view, updated when the timesheet or the tracking state changes. */
export function activate(api: Api): void {
  const tree = new TodayTree(api);
  vscode.window.createTreeView('timekeeper.today', { treeDataProvider: tree, showCollapseAll: true });
  api.onDidChangeTimesheet(() => tree.refresh());
  api.resolve(api.tokens.ActivityTracker).onDidChangeState(() => tree.refresh());
  // The live row's text has minute precision: a redraw every 30 s keeps it right without waste.
  setInterval(() => tree.refreshCurrent(), 30_000);
  vscode.commands.registerCommand('timekeeper.today.refresh', () => tree.refresh());
  vscode.commands.registerCommand('timekeeper.today.openEntry', (node?: TodayNode) => openEntry(api, node));
}

/** Opens the timesheet with the cursor on the entry that ends the activity. */
async function openEntry(api: Api, node: TodayNode | undefined): Promise<void> {
  if (node?.kind !== 'activity' || node.activity.line === undefined) return;
  const file = api.resolve(api.tokens.Timesheet).path;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const position = new vscode.Position(node.activity.line - 1, 0);
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
}
