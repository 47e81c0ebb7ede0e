/** The shape of `vscode.Disposable`, so that pure host code needs no `vscode` import. */
export interface IDisposable {
  dispose(): void;
}

/** A disposable that runs `fn` once: disposing twice, or after the host deactivated, is a no-op (docs/CONTRACT.md §3). */
export function toDisposable(fn: () => void): IDisposable {
  let disposed = false;
  return {
    dispose() {
      if (disposed) return;
      disposed = true;
      fn();
    },
  };
}

/** Disposes in reverse order of registration, the way a composition root tears down. */
export function disposeAll(disposables: { dispose(): unknown }[]): void {
  while (disposables.length > 0) {
    disposables.pop()?.dispose();
  }
}
