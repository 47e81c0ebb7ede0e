import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import { OpenReview, REVIEW_OPEN_CONTEXT } from './openReview';
import { suggestCommand } from './suggestCommand';
import { TodayTree, type TodayNode } from './todayTree';

/**
 * The Today view's commands, there as soon as Timekeeper is active, and `suggest`: the entries the view proposes for
 * unlogged time, for any day, from the palette (a review, F2 renaming its highlighted entry), `runCommand` and
 * `executeCommand`.
 */
export function activate(api: Api): vscode.Disposable {
  const open = new OpenReview(
    (shown) => void vscode.commands.executeCommand('setContext', REVIEW_OPEN_CONTEXT, shown),
  );
  return vscode.Disposable.from(
    api.registerCommand(suggestCommand(api, open)),
    // F2 in the palette's review (package.json `keybindings`): the keyboard's way to an item's Rename button.
    vscode.commands.registerCommand('timekeeper.today.renameHighlightedSuggestion', () =>
      open.renameHighlighted(),
    ),
    // The row's inline action: VS Code hands the row to the command, which `stretch` must not take for its args.
    vscode.commands.registerCommand('timekeeper.today.stretch', () =>
      vscode.commands.executeCommand('timekeeper.stretch'),
    ),
    vscode.commands.registerCommand('timekeeper.today.openEntry', (node?: TodayNode) => openEntry(api, node)),
  );
}

/**
 * The "Timekeeper" view container's Today view, started just after activation and updated when the timesheet or
 * the tracking state changes.
 */
export function start(api: Api): vscode.Disposable {
  const tree = new TodayTree(api);
  const view = vscode.window.createTreeView('timekeeper.today', {
    treeDataProvider: tree,
    showCollapseAll: true,
  });
  // The live row's text has minute precision: a redraw every 30 s keeps it right without waste.
  const redraw = setInterval(() => tree.refreshCurrent(), 30_000);
  // Suggestions grow with the journal: asked again every minute, only while someone can see them.
  const suggest = setInterval(() => {
    if (view.visible) tree.refresh();
  }, 60_000);
  // A row's actions get the row; the group's Log All gets the group.
  const act =
    (action: (node: Extract<TodayNode, { kind: 'suggestion' }>) => unknown) => (node?: TodayNode) =>
      node?.kind === 'suggestion' ? action(node) : undefined;
  return vscode.Disposable.from(
    tree,
    view,
    new vscode.Disposable(() => clearInterval(suggest)),
    vscode.commands.registerCommand(
      'timekeeper.today.logSuggestion',
      act(({ suggested, entry }) => suggested.log(entry)),
    ),
    vscode.commands.registerCommand(
      'timekeeper.today.renameSuggestion',
      act(({ suggested, entry }) => suggested.rename(entry)),
    ),
    vscode.commands.registerCommand(
      'timekeeper.today.discardSuggestion',
      act(({ suggested, entry }) => suggested.discard(entry)),
    ),
    vscode.commands.registerCommand('timekeeper.today.logAllSuggestions', (node?: TodayNode) =>
      node?.kind === 'suggestions' ? node.suggested.log() : undefined,
    ),
    api.onDidChangeTimesheet(() => tree.refresh()),
    api.onDidChangeDataFile(() => tree.refresh()),
    api.resolve(api.tokens.ActivityTracker).onDidChangeState(() => tree.refresh()),
    new vscode.Disposable(() => clearInterval(redraw)),
    vscode.commands.registerCommand('timekeeper.today.refresh', () => tree.refresh()),
  );
}

/** Opens the timesheet with the cursor on the entry that ends the activity. */
async function openEntry(api: Api, node: TodayNode | undefined): Promise<void> {
  if (node?.kind !== 'activity' || node.activity.line === undefined) return;
  const file = api.currentDataFile();
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const position = new vscode.Position(node.activity.line - 1, 0);
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
}
