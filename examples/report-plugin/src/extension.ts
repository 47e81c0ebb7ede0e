// utt's example plugin, the Timekeeper way: instead of copying the default report view, wrap it (`previous`) and
// add one line under whatever it renders.
import * as vscode from 'vscode';
import { getTimekeeperApi, type ReportView } from '@timekeeper/vscode-timekeeper-api';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const timekeeper = await getTimekeeperApi({ minVersion: '0.1.0' });
  if (!timekeeper.api) {
    void vscode.window.showWarningMessage(`Activity Count: ${timekeeper.message}`);
    return;
  }
  const { api } = timekeeper;
  context.subscriptions.push(
    api.registerComponent(
      api.tokens.ReportView,
      (_resolve, previous): ReportView => ({
        render(model, output) {
          // `previous` is the view below ours: the default one, or another plugin's wrapper of it. The default
          // report ends with a blank line, so ours follows it directly, as in utt's example plugin.
          previous?.render(model, output);
          output.write(`Number of activities: ${model.activities.length}\n`);
        },
      }),
      { extensionId: context.extension.id },
    ),
  );
}

export function deactivate(): void {
  // Nothing to do: disposing context.subscriptions restores the view below ours.
}
