import type { Event, Uri } from 'vscode';

/*
 * The part of the built-in git extension's API (`vscode.git`, `getAPI(1)`, see extensions/git/src/api/git.d.ts in
 * microsoft/vscode) that the signals read: repositories, their HEAD branch, and their changes. Declared here, as VS
 * Code's own consumers of that API keep their copy of the contract; only what is used, read-only.
 */

export interface GitBranchRef {
  /** The branch name; undefined on a detached HEAD. */
  readonly name?: string;
}

export interface GitRepositoryState {
  readonly HEAD: GitBranchRef | undefined;
  /** Fires on any change of the repository's state: a branch switch among them. */
  readonly onDidChange: Event<void>;
}

export interface GitRepository {
  readonly rootUri: Uri;
  readonly state: GitRepositoryState;
}

export interface GitApi {
  /** `initialized` once the repositories of the workspace are open. */
  readonly state: 'uninitialized' | 'initialized';
  readonly repositories: readonly GitRepository[];
  /** The repository that holds `uri`, or null. */
  getRepository(uri: Uri): GitRepository | null;
  readonly onDidOpenRepository: Event<GitRepository>;
  readonly onDidCloseRepository: Event<GitRepository>;
}

export interface GitExtension {
  /** `git.enabled`; `getAPI` throws while it is false. */
  readonly enabled: boolean;
  readonly onDidChangeEnablement: Event<boolean>;
  getAPI(version: 1): GitApi;
}
