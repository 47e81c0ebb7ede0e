import * as vscode from 'vscode';
import type { GitApi, GitExtension, GitRepository } from './gitApi';

const GIT_EXTENSION = 'vscode.git';

/** The repository and branch a file belongs to, as VS Code's git extension knows them. */
export interface RepositoryAndBranch {
  /** The name of the repository's root folder (its full path stays out of the journal). */
  readonly repository: string;
  readonly branch?: string;
}

/**
 * Repositories and branches through the built-in git extension: no git binary of our own, no shelling out. The
 * extension activates on its own schedule and may be disabled (`git.enabled`): until its API is there, files have no
 * repository. `onDidChange` fires when a repository opens or closes or its state changes (a branch switch), so callers drop what
 * they cached.
 */
export class GitRepositories implements vscode.Disposable {
  readonly #changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.#changed.event;
  readonly #subscriptions: vscode.Disposable[] = [];
  /** Subscriptions to the API, dropped when git is disabled. */
  readonly #apiSubscriptions: vscode.Disposable[] = [];
  readonly #watched = new Map<GitRepository, vscode.Disposable>();
  #api: GitApi | undefined;
  #disposed = false;
  readonly #onError: (message: string, error: unknown) => void;

  constructor(onError: (message: string, error: unknown) => void) {
    this.#onError = onError;
    void this.#connect().catch((error: unknown) => onError('Could not reach the git extension', error));
  }

  /** The repository holding `uri` and its current branch; undefined outside any repository or without git. */
  of(uri: vscode.Uri): RepositoryAndBranch | undefined {
    const repository = this.#api?.getRepository(uri);
    if (!repository) return undefined;
    const name = repository.rootUri.path.slice(repository.rootUri.path.lastIndexOf('/') + 1);
    const branch = repository.state.HEAD?.name;
    return branch === undefined ? { repository: name } : { repository: name, branch };
  }

  dispose(): void {
    this.#disposed = true;
    this.#close();
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#changed.dispose();
  }

  async #connect(): Promise<void> {
    const extension = vscode.extensions.getExtension<GitExtension>(GIT_EXTENSION);
    if (!extension) return;
    const exports = extension.isActive ? extension.exports : await extension.activate();
    if (this.#disposed) return;
    // `git.enabled` can change at any time: files have no repository while it is false.
    this.#subscriptions.push(
      exports.onDidChangeEnablement((enabled) => {
        try {
          if (enabled) this.#open(exports);
          else this.#close();
        } catch (error) {
          this.#onError('Could not reach the git extension', error);
        }
      }),
    );
    if (exports.enabled) this.#open(exports);
  }

  #open(exports: GitExtension): void {
    if (this.#api) return;
    const api = exports.getAPI(1);
    this.#api = api;
    for (const repository of api.repositories) this.#watch(repository);
    this.#apiSubscriptions.push(
      api.onDidOpenRepository((repository) => this.#watch(repository)),
      api.onDidCloseRepository((repository) => {
        this.#watched.get(repository)?.dispose();
        this.#watched.delete(repository);
        this.#changed.fire();
      }),
    );
    this.#changed.fire();
  }

  #close(): void {
    this.#api = undefined;
    for (const subscription of this.#apiSubscriptions.splice(0)) subscription.dispose();
    for (const watch of this.#watched.values()) watch.dispose();
    this.#watched.clear();
    this.#changed.fire();
  }

  #watch(repository: GitRepository): void {
    if (this.#watched.has(repository)) return;
    this.#watched.set(
      repository,
      repository.state.onDidChange(() => this.#changed.fire()),
    );
    this.#changed.fire();
  }
}
