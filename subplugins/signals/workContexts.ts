import * as vscode from 'vscode';
import type { WorkContext } from '../../src/api';
import type { GitRepositories } from './gitRepositories';

/**
 * Where the work on a document happens: its workspace folder, its path in that folder, its language, and (when the
 * git signal is on) its repository and branch. Computed once per document and kept until something it depends on
 * changes (a branch switch, the workspace folders, the setting), so the tick that journals signals
 * builds no context twice.
 */
export class WorkContexts implements vscode.Disposable {
  readonly #cache = new Map<vscode.TextDocument, WorkContext>();
  readonly #git: GitRepositories;
  readonly #subscriptions: vscode.Disposable[];
  #withGit: boolean;

  constructor(git: GitRepositories, withGit: boolean) {
    this.#git = git;
    this.#withGit = withGit;
    const forget = () => this.#cache.clear();
    this.#subscriptions = [
      git.onDidChange(forget),
      vscode.workspace.onDidChangeWorkspaceFolders(forget),
      // A language change closes the document and opens a new one: the closed one leaves the cache.
      vscode.workspace.onDidCloseTextDocument((document) => this.#cache.delete(document)),
    ];
  }

  /** Turns the git signal on or off (`timekeeper.signals.git`). */
  set withGit(on: boolean) {
    if (on !== this.#withGit) this.#cache.clear();
    this.#withGit = on;
  }

  of(document: vscode.TextDocument): WorkContext {
    let context = this.#cache.get(document);
    if (!context) {
      context = this.#compute(document);
      this.#cache.set(document, context);
    }
    return context;
  }

  /** The window's own context when no document is involved (a terminal, a task, a debug session). */
  ofWindow(): WorkContext {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return {};
    const repository = this.#withGit ? this.#git.of(folder.uri) : undefined;
    return { folder: folder.name, ...repository };
  }

  dispose(): void {
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#cache.clear();
  }

  #compute(document: vscode.TextDocument): WorkContext {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const repository = this.#withGit ? this.#git.of(document.uri) : undefined;
    // Untitled and virtual documents have no path worth keeping; files outside the workspace keep their name only.
    const file =
      document.uri.scheme !== 'file'
        ? undefined
        : folder
          ? vscode.workspace.asRelativePath(document.uri, false)
          : document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
    return {
      ...(folder ? { folder: folder.name } : {}),
      ...repository,
      language: document.languageId,
      ...(file === undefined ? {} : { file }),
    };
  }
}
