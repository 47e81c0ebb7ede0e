import * as vscode from 'vscode';
import type { Output } from '../api';

/**
 * The default `Output`: a read-only editor tab showing the text of the last command that wrote. A second write
 * replaces the text and reuses the tab.
 */
export class EditorOutput implements vscode.TextDocumentContentProvider, vscode.Disposable {
  static readonly scheme = 'timekeeper-output';
  readonly uri = vscode.Uri.from({ scheme: EditorOutput.scheme, path: '/Timekeeper Report' });
  readonly #onDidChange = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.#onDidChange.event;
  readonly #registration: vscode.Disposable;
  readonly #log: vscode.LogOutputChannel;
  #text = '';

  constructor(log: vscode.LogOutputChannel) {
    this.#log = log;
    this.#registration = vscode.workspace.registerTextDocumentContentProvider(EditorOutput.scheme, this);
  }

  provideTextDocumentContent(): string {
    return this.#text;
  }

  readonly output: Output = {
    write: (text: string) => {
      this.#text = text;
      this.#onDidChange.fire(this.uri);
      this.#show().catch((error: unknown) => this.#log.error('Cannot show the report tab', error));
    },
  };

  async #show(): Promise<void> {
    let document = await vscode.workspace.openTextDocument(this.uri);
    if (document.languageId !== 'utt-report') {
      document = await vscode.languages.setTextDocumentLanguage(document, 'utt-report');
    }
    await vscode.window.showTextDocument(document, { preview: false, preserveFocus: false });
  }

  dispose(): void {
    this.#registration.dispose();
    this.#onDidChange.dispose();
  }
}
