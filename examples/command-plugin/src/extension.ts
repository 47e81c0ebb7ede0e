// A command with arguments. Timekeeper makes it the VS Code command `timekeeper.quick-break` (which this extension's
// manifest titles and binds to Ctrl+Alt+Shift+B with { "name": "coffee" }), an entry of "Timekeeper: Run Command…"
// that asks for the arguments, and `api.runCommand('quick-break', { name, comment })`.
import * as vscode from 'vscode';
import { getTimekeeperApi } from '@timekeeper/vscode-timekeeper-api';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const timekeeper = await getTimekeeperApi({ minVersion: '0.1.0' });
  if (!timekeeper.api) {
    void vscode.window.showWarningMessage(`Quick Break: ${timekeeper.message}`);
    return;
  }
  const { api } = timekeeper;
  context.subscriptions.push(
    api.registerCommand(
      {
        name: 'quick-break',
        description: 'Record the time since the last entry as a break (utt: a name ending in **)',
        args: [
          { name: 'name', description: 'What the break was', type: 'string', required: true },
          { name: 'comment', description: 'A comment for the entry', type: 'string' },
        ],
        async handler(args, resolve) {
          const name = String(args.name).trim();
          if (name === '') throw new Error('quick-break: the name must not be empty.');
          const timesheet = resolve(api.tokens.Timesheet);
          const entry = {
            date: resolve(api.tokens.Now),
            name: name.endsWith('**') ? name : `${name}**`,
            ...(typeof args.comment === 'string' && args.comment !== '' ? { comment: args.comment } : {}),
          };
          await timesheet.append(entry);
          // The line as written, so a caller of runCommand (or a test) sees what happened.
          return timesheet.format(entry);
        },
      },
      { extensionId: context.extension.id },
    ),
  );
}

export function deactivate(): void {
  // Nothing to do: disposing context.subscriptions removes the command.
}
