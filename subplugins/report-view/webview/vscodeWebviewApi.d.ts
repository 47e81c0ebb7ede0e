/** What VS Code gives a webview's script: once per page, a channel to the extension and a place for state. */
declare function acquireVsCodeApi<State = unknown>(): {
  postMessage(message: unknown): void;
  getState(): State | undefined;
  setState(state: State): void;
};
