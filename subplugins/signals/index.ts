import * as vscode from 'vscode';
import { EXTENSION_ID, type Api } from '../../src/api';
import { GitRepositories } from './gitRepositories';
import { readSignalSettings } from './signalSettings';
import { WindowSignals } from './windowSignals';
import { WorkContexts } from './workContexts';

/** Nothing to register: the signals only listen. */
export function activate(): undefined {
  return undefined;
}

/**
 * Where the time goes, started just after activation: edits and reads with their folder, file, language, repository
 * and branch, terminal commands, debug sessions and task runs, and agents' edits told apart from the person's, each
 * on its own `timekeeper.signals.*` setting, journaled through the `Journal` component.
 */
export function start(api: Api): vscode.Disposable {
  const tracker = api.resolve(api.tokens.ActivityTracker);
  const log = (message: string, error: unknown) =>
    console.warn(`Timekeeper signals: ${message}: ${error instanceof Error ? error.message : String(error)}`);
  const settings = readSignalSettings();
  const git = new GitRepositories(log);
  const contexts = new WorkContexts(git, settings.git);
  const signals = new WindowSignals({
    tracker,
    contexts,
    settings,
    source: EXTENSION_ID,
    now: () => api.resolve(api.tokens.Now).getTime(),
    record: (signal) => api.resolve(api.tokens.Journal).record(signal),
    onError: log,
  });
  const ticking = setInterval(() => signals.tick(), 1000);
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeConfiguration((change) => {
      if (change.affectsConfiguration('timekeeper.signals')) signals.settings = readSignalSettings();
    }),
    { dispose: () => clearInterval(ticking) },
    signals,
    contexts,
    git,
  );
}
