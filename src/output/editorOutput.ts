import * as vscode from 'vscode';
import type { Output, OutputOptions } from '../api';

/** The title of the tab that writes without a title of their own share: every built-in text command's. */
const DEFAULT_OUTPUT_TITLE = 'Timekeeper Report';

/**
 * The default `Output`: a read-only editor tab per title, showing what was written to it. A write replaces the
 * tab's text (or appends to it when asked), updates it at once when it is open, and shows it (opening it the first
 * time) without waiting: the tab may come up after the command that wrote has resolved.
 */
export class EditorOutput implements vscode.TextDocumentContentProvider, vscode.Disposable {
  static readonly scheme = 'timekeeper-output';
  readonly #onDidChange = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.#onDidChange.event;
  readonly #registration: vscode.Disposable;
  readonly #log: vscode.LogOutputChannel;
  /** Text per document path (`/<title>`). */
  readonly #texts = new Map<string, string>();

  constructor(log: vscode.LogOutputChannel) {
    this.#log = log;
    this.#registration = vscode.workspace.registerTextDocumentContentProvider(EditorOutput.scheme, this);
  }

  /** The document of a title. */
  #uriOf(title: string): vscode.Uri {
    return vscode.Uri.from({ scheme: EditorOutput.scheme, path: `/${title}` });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.#texts.get(uri.path) ?? '';
  }

  readonly output: Output = {
    write: (text: string, options?: OutputOptions) => {
      const { title, append } = checked(options);
      const uri = this.#uriOf(title);
      const before = append ? (this.#texts.get(uri.path) ?? '') : '';
      this.#texts.set(uri.path, before + String(text));
      this.#onDidChange.fire(uri);
      this.#show(uri).catch((error: unknown) => this.#log.error('Cannot show the output tab', error));
    },
  };

  async #show(uri: vscode.Uri): Promise<void> {
    let document = await vscode.workspace.openTextDocument(uri);
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

/** The options, checked: the title names a document, so it must be a name and not a path. */
function checked(options: OutputOptions | undefined): { title: string; append: boolean } {
  const { title = DEFAULT_OUTPUT_TITLE, mode = 'replace' } = options ?? {};
  if (typeof title !== 'string' || title.trim() === '' || /[\\/]/.test(title)) {
    throw new Error(
      `Output.write: the title must be a non-empty name without '/' or '\\' (got ${JSON.stringify(title)}); ` +
        `leave it out to write to the "${DEFAULT_OUTPUT_TITLE}" tab.`,
    );
  }
  if (mode !== 'replace' && mode !== 'append') {
    throw new Error(`Output.write: mode must be 'replace' or 'append' (got ${JSON.stringify(mode)}).`);
  }
  return { title, append: mode === 'append' };
}
