import * as vscode from 'vscode';
import type { ActivityTracker, Api } from '../../src/api';
import { showAwayNotification } from './awayNotification';
import { nameOfWork } from './nameOfWork';

/** Pause and resume: commands of the API, there as soon as Timekeeper is active. */
export function activate(api: Api): vscode.Disposable {
  return vscode.Disposable.from(
    api.registerCommand({
      name: 'pause',
      description: 'Pause tracking in every window: the paused time is logged as ignored (paused***)',
      handler: async (_args, resolve) =>
        describe(await resolve(api.tokens.ActivityTracker).pause(), vscode.l10n.t('Tracking paused.')),
    }),
    api.registerCommand({
      name: 'resume',
      description: 'Resume tracking: logs the paused time as ignored (paused***)',
      handler: async (_args, resolve) =>
        describe(await resolve(api.tokens.ActivityTracker).resume(), vscode.l10n.t('Tracking resumed.')),
    }),
  );
}

/**
 * Activity and idle detection, started just after activation: turns what the user does in this window into signals
 * for the shared tracker, keeps the tracker's settings current, and asks how to log an away time.
 */
export function start(api: Api): vscode.Disposable {
  // Resolved once: the keystroke path cannot afford a component lookup per event.
  const tracker = api.resolve(api.tokens.ActivityTracker);
  configure(tracker);
  // The keystroke path: each listener only sets the tracker's flag.
  const signal = () => tracker.signal();
  let window = vscode.window.state;
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeConfiguration((change) => {
      if (change.affectsConfiguration('timekeeper')) configure(tracker);
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => configure(tracker)),
    // Edits are not listened to here: an agent's edit is no presence, and the signals feature, which tells the
    // person's from an agent's, signals the person's.
    // An agent saves the files it wrote too: only a save of the document in front of the person is theirs.
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document === vscode.window.activeTextEditor?.document) signal();
    }),
    // Only the keyboard or the mouse moves a selection for the person: an edit (no kind) or an extension (`Command`,
    // an agent revealing what it wrote) does not, as in the journal's presence rule (docs/SIGNALS.md).
    vscode.window.onDidChangeTextEditorSelection((change) => {
      if (
        change.kind === vscode.TextEditorSelectionChangeKind.Keyboard ||
        change.kind === vscode.TextEditorSelectionChangeKind.Mouse
      ) {
        signal();
      }
    }),
    // Scrolling and switching editors are the person's only in the window they are in: an agent opens and reveals
    // files in a window in the background too.
    vscode.window.onDidChangeTextEditorVisibleRanges(() => vscode.window.state.focused && signal()),
    vscode.window.onDidChangeActiveTextEditor(() => vscode.window.state.focused && signal()),
    // Only coming back is a sign: VS Code also reports a window going inactive after a minute without input.
    vscode.window.onDidChangeWindowState((state) => {
      const cameBack = (state.focused && !window.focused) || (state.active && !window.active);
      window = state;
      if (cameBack) signal();
    }),
    vscode.window.onDidOpenTerminal(signal),
    vscode.window.onDidChangeActiveTerminal(signal),
    vscode.window.onDidChangeTerminalState(signal),
    vscode.window.onDidCloseTerminal(signal),
    vscode.debug.onDidStartDebugSession(signal),
    vscode.debug.onDidChangeActiveDebugSession(signal),
    vscode.debug.onDidTerminateDebugSession(signal),
    tracker.onDidReturn((away) => void showAwayNotification(api, tracker, away)),
  );
}

function configure(tracker: ActivityTracker): void {
  const settings = vscode.workspace.getConfiguration('timekeeper');
  tracker.configure({
    idleMinutes: settings.get<number>('idleMinutes', 10),
    autoTrack: settings.get<boolean>('autoTrack', false),
    workspace:
      vscode.workspace.workspaceFile?.toString() ??
      vscode.workspace.workspaceFolders?.[0]?.uri.toString() ??
      '',
    nameOfWork,
  });
}

/** What a pause or resume did, in one line; the note tells why less was written than usual. */
function describe(result: { written: readonly { name: string }[]; note?: string }, done: string): string {
  const text = result.note ? `${done} ${result.note}` : done;
  if (result.note) void vscode.window.showInformationMessage(vscode.l10n.t('Timekeeper: {0}', text));
  return text;
}
