import { DependencyContainer, instanceCachingFactory } from 'tsyringe';
import type { ComponentReplacement, Resolve, Token } from '../api';
import { tokens } from '../api/tokens';
import { IDisposable, toDisposable } from './disposable';
import { pluginError } from './errors';

type Factory<T> = (resolve: <U>(token: Token<U>) => U, previous: T | undefined) => T;

interface Layer {
  readonly factory: Factory<unknown>;
  readonly extensionId: string;
}

type ChangeListener = (change: ComponentReplacement) => unknown;

/**
 * The v1 component stack on top of tsyringe.
 *
 * tsyringe keeps every registration of a token but cannot remove a single one, and hands a factory no "previous".
 * So each token gets one `useFactory` registration in the container that delegates to the top of our own stack of
 * layers; disposing a layer removes it from the stack, which restores what was below it.
 */
export class ComponentRegistry {
  readonly #container: DependencyContainer;
  readonly #stacks = new Map<string, Layer[]>();
  readonly #onFactoryError: (extensionId: string, token: string, error: unknown) => void;
  readonly #changeListeners = new Set<ChangeListener>();

  /** `onFactoryError` hears of every factory that throws, with the extension it belongs to, before it propagates. */
  constructor(
    container: DependencyContainer,
    onFactoryError: (extensionId: string, token: string, error: unknown) => void = () => undefined,
  ) {
    this.#container = container;
    this.#onFactoryError = onFactoryError;
  }

  register<T>(token: Token<T>, factory: Factory<T>, extensionId: string): IDisposable {
    if (typeof token !== 'string' || token.trim() === '') {
      throw new Error(
        `registerComponent: the token must be a non-empty string, got ${JSON.stringify(token)}.`,
      );
    }
    if (typeof factory !== 'function') {
      throw new Error(`registerComponent('${token}'): the factory must be a function.`);
    }
    let stack = this.#stacks.get(token);
    if (!stack) {
      stack = [];
      this.#stacks.set(token, stack);
      const layers = stack;
      this.#container.register(token, {
        useFactory: () => this.#resolveLayer(token, layers, layers.length - 1),
      });
    }
    const layer: Layer = { factory: factory as Factory<unknown>, extensionId };
    stack.push(layer);
    const layers = stack;
    this.#changed({ token, extensionId, change: 'registered' });
    return toDisposable(() => {
      const index = layers.indexOf(layer);
      if (index < 0) return;
      layers.splice(index, 1);
      this.#changed({ token, extensionId, change: 'disposed' });
    });
  }

  /** Hears of every layer registered or disposed (the `vscode.Event` shape, so the host can isolate listeners). */
  readonly onDidChange = (
    listener: ChangeListener,
    thisArgs?: unknown,
    disposables?: IDisposable[],
  ): IDisposable => {
    const bound: ChangeListener = (change) => listener.call(thisArgs, change);
    this.#changeListeners.add(bound);
    const subscription = toDisposable(() => this.#changeListeners.delete(bound));
    disposables?.push(subscription);
    return subscription;
  };

  #changed(change: ComponentReplacement): void {
    // Listeners are the host's own and isolated plugin listeners: none of them throws into a registration.
    for (const listener of [...this.#changeListeners]) listener(change);
  }

  resolve<T>(token: Token<T>): T {
    this.#assertRegistered(token);
    return this.#container.resolve<T>(token);
  }

  /**
   * The components of one command run: a tsyringe child container (a scope) in which `Now` resolves once, so the
   * prompt and the handler read one clock, and every other token afresh from the top of its stack. Nothing is
   * registered in the root container per run: the scope is dropped with the run.
   */
  runScope(): Resolve {
    const run = this.#container.createChildContainer();
    run.register(tokens.Now, { useFactory: instanceCachingFactory(() => this.resolve(tokens.Now)) });
    return <T>(token: Token<T>): T => {
      this.#assertRegistered(token);
      return run.resolve<T>(token);
    };
  }

  /** The extensions whose layers are currently registered for each token, top first. */
  owners(): Map<string, string[]> {
    const result = new Map<string, string[]>();
    for (const [token, stack] of this.#stacks) {
      if (stack.length > 0) result.set(token, stack.map((l) => l.extensionId).reverse());
    }
    return result;
  }

  #assertRegistered(token: string): void {
    const stack = this.#stacks.get(token);
    if (!stack || stack.length === 0) {
      const known = [...this.#stacks.entries()].filter(([, s]) => s.length > 0).map(([t]) => t);
      throw new Error(
        `No component is registered for token '${token}'. Registered tokens: ${known.join(', ')}.`,
      );
    }
  }

  #resolveLayer(token: string, stack: Layer[], index: number): unknown {
    const layer = stack[index];
    if (!layer) return undefined;
    // `previous` is a value, not a thunk: the contract hands the factory what the layer below resolves to.
    const previous = index > 0 ? this.#resolveLayer(token, stack, index - 1) : undefined;
    try {
      return layer.factory((t) => this.resolve(t), previous);
    } catch (error) {
      this.#onFactoryError(layer.extensionId, token, error);
      throw pluginError(`The factory of component '${token}'`, layer.extensionId, error);
    }
  }
}
