/** The shape of `vscode.Disposable` and `vscode.Event`, so that tracking needs no `vscode` import. */
export interface Subscription {
  dispose(): void;
}
export type TrackingEvent<T> = (
  listener: (value: T) => unknown,
  thisArgs?: unknown,
  disposables?: Subscription[],
) => Subscription;

/**
 * A minimal event emitter with `vscode.Event`'s signature. A listener that throws is reported and never keeps the
 * others (or the tracker's tick) from running: listeners belong to plugins.
 */
export class Emitter<T> {
  readonly #listeners = new Set<(value: T) => unknown>();
  readonly #onListenerError: (error: unknown) => void;

  constructor(onListenerError: (error: unknown) => void) {
    this.#onListenerError = onListenerError;
  }

  readonly event: TrackingEvent<T> = (listener, thisArgs, disposables) => {
    const bound = (value: T) => listener.call(thisArgs, value);
    this.#listeners.add(bound);
    const subscription = { dispose: () => void this.#listeners.delete(bound) };
    disposables?.push(subscription);
    return subscription;
  };

  fire(value: T): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(value);
      } catch (error) {
        this.#onListenerError(error);
      }
    }
  }

  dispose(): void {
    this.#listeners.clear();
  }
}
