// The v1 facade once Timekeeper has deactivated: registering fails with a clear error, disposing stays a no-op, and
// nothing of the host is left half-registered. The Host needs `vscode`, which only an extension host provides: this
// suite lends it the few members the Host touches.
import 'reflect-metadata';
import * as assert from 'node:assert/strict';
import Module from 'node:module';
import { container } from 'tsyringe';
import type { Api } from '../../../src/api';

const registeredCommands = new Set<string>();
class FakeEventEmitter<T> {
  readonly #listeners = new Set<(value: T) => unknown>();
  readonly event = (listener: (value: T) => unknown) => {
    this.#listeners.add(listener);
    return { dispose: () => this.#listeners.delete(listener) };
  };
  fire(value: T): void {
    for (const listener of this.#listeners) listener(value);
  }
  dispose(): void {
    this.#listeners.clear();
  }
}
const fakeVscode = {
  EventEmitter: FakeEventEmitter,
  Disposable: class {
    constructor(readonly dispose: () => void) {}
  },
  commands: {
    registerCommand(id: string) {
      registeredCommands.add(id);
      return { dispose: () => registeredCommands.delete(id) };
    },
  },
  extensions: { all: [] },
  window: { showErrorMessage: () => Promise.resolve(undefined) },
};
const log = { info() {}, warn() {}, error() {}, show() {} };

suite('api: after Timekeeper deactivated', () => {
  const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
  let api: Api;
  let host: { dispose(): void };
  suiteSetup(async () => {
    (Module as unknown as { _load: typeof load })._load = (request, ...rest) =>
      request === 'vscode' ? fakeVscode : load(request, ...rest);
    const { Host } = await import('../../../src/host/host');
    const created = new Host({
      extensionId: 'timekeeper.vscode-timekeeper',
      version: '0.1.0',
      container: container.createChildContainer(),
      log: log as never,
      onDidChangeTimesheet: () => ({ dispose() {} }),
    });
    host = created;
    api = created.api();
  });
  suiteTeardown(() => {
    (Module as unknown as { _load: typeof load })._load = load;
  });

  test('registrations made before are disposed with the host; disposing them again is a no-op', () => {
    const command = api.registerCommand(
      { name: 'late', description: 'late', handler: () => 1 },
      { extensionId: 'acme.plugin' },
    );
    const component = api.registerComponent('Late', () => 1, { extensionId: 'acme.plugin' });
    assert.ok(registeredCommands.has('timekeeper.late'));
    host.dispose();
    assert.equal(registeredCommands.has('timekeeper.late'), false);
    assert.throws(() => api.resolve('Late'), /No component is registered for token 'Late'/);
    command.dispose();
    component.dispose();
    command.dispose();
  });

  test('registering afterwards throws an error that says so, and registers nothing', () => {
    assert.throws(
      () =>
        api.registerCommand(
          { name: 'later', description: '', handler: () => 1 },
          { extensionId: 'acme.plugin' },
        ),
      /registerCommand: Timekeeper has been deactivated/,
    );
    assert.throws(
      () => api.registerComponent('Later', () => 1, { extensionId: 'acme.plugin' }),
      /registerComponent: Timekeeper has been deactivated/,
    );
    assert.equal(registeredCommands.has('timekeeper.later'), false);
    assert.deepEqual(api.listPlugins(), []);
  });
});
