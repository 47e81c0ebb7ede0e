import * as vscode from 'vscode';
import { messageOf } from './errors';

/** A timesheet problem carries where it is, so the notification can offer to open the file at that line. */
interface Located {
  readonly path?: unknown;
  readonly line?: unknown;
}

/**
 * Shows errors where the user looks: one notification with what went wrong and what to do, details in the
 * "Timekeeper" log channel. Never throws.
 */
export class ErrorReporter {
  readonly #log: vscode.LogOutputChannel;

  constructor(log: vscode.LogOutputChannel) {
    this.#log = log;
  }

  show(prefix: string, error: unknown): void {
    const message = `${prefix}${messageOf(error)}`;
    this.#log.error(message, error instanceof Error && error.stack ? error.stack : '');
    const { path, line } = (error ?? {}) as Located;
    const actions =
      typeof path === 'string' && typeof line === 'number'
        ? [vscode.l10n.t('Open Timesheet at Line {0}', line)]
        : [];
    void vscode.window.showErrorMessage(message, ...actions, vscode.l10n.t('Show Log')).then(
      (choice) => {
        if (choice === vscode.l10n.t('Show Log')) this.#log.show(true);
        else if (choice && typeof path === 'string' && typeof line === 'number') void openAt(path, line);
      },
      () => undefined,
    );
  }
}

async function openAt(path: string, line: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path));
  const position = new vscode.Position(Math.max(0, line - 1), 0);
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
}
