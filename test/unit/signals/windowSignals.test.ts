// A window's signals, driven through the VS Code events they listen to: what each one-second tick journals, and
// what is presence. `vscode` exists only in an extension host: this suite lends the few members the signals touch.
import * as assert from 'node:assert/strict';
import Module from 'node:module';
import type { Signal } from '../../../src/api';
import type { SignalSettings } from '../../../subplugins/signals/signalSettings';
import type { WindowSignals as WindowSignalsClass } from '../../../subplugins/signals/windowSignals';
import type { WorkContexts } from '../../../subplugins/signals/workContexts';

type Listener = (value: never) => void;
const listeners = new Map<string, Listener[]>();
/** A fake `vscode.Event` named `name`: `fire(name, value)` calls its listeners. */
const event =
  (name: string) =>
  (listener: Listener): { dispose(): void } => {
    const list = listeners.get(name) ?? [];
    listeners.set(name, [...list, listener]);
    return {
      dispose: () =>
        listeners.set(
          name,
          (listeners.get(name) ?? []).filter((l) => l !== listener),
        ),
    };
  };
function fire(name: string, value: unknown): void {
  for (const listener of listeners.get(name) ?? []) listener(value as never);
}

interface FakeDocument {
  readonly name: string;
  readonly uri: { readonly scheme: string };
}
const app: FakeDocument = { name: 'src/app.ts', uri: { scheme: 'file' } };
const util: FakeDocument = { name: 'src/util.ts', uri: { scheme: 'file' } };
const window = {
  activeTextEditor: { document: app, selections: [{}] } as
    { document: FakeDocument; selections: unknown[] } | undefined,
  state: { focused: true },
  onDidChangeTextEditorSelection: event('selection'),
  onDidChangeTextEditorVisibleRanges: event('visibleRanges'),
  onDidChangeActiveTextEditor: event('activeEditor'),
  onDidChangeWindowState: event('windowState'),
  onDidStartTerminalShellExecution: event('commandStart'),
  onDidEndTerminalShellExecution: event('commandEnd'),
};
const fakeVscode = {
  window,
  workspace: { onDidChangeTextDocument: event('documentChange') },
  debug: { onDidStartDebugSession: event('debugStart'), onDidTerminateDebugSession: event('debugEnd') },
  tasks: { onDidStartTask: event('taskStart'), onDidEndTask: event('taskEnd') },
  TextEditorSelectionChangeKind: { Keyboard: 1, Mouse: 2, Command: 3 },
};

const allOn: SignalSettings = {
  edits: true,
  reads: true,
  git: true,
  terminal: true,
  debug: true,
  tasks: true,
  agents: true,
  recordTerminalArguments: false,
};

suite('signals: a window’s events, journaled each second', () => {
  const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
  let WindowSignals: typeof WindowSignalsClass;
  suiteSetup(async () => {
    (Module as unknown as { _load: typeof load })._load = (request, ...rest) =>
      request === 'vscode' ? fakeVscode : load(request, ...rest);
    ({ WindowSignals } = await import('../../../subplugins/signals/windowSignals'));
  });
  suiteTeardown(() => {
    (Module as unknown as { _load: typeof load })._load = load;
  });

  let now: number;
  let clockReads: number;
  let presence: number;
  let journaled: Signal[];
  let signals: WindowSignalsClass;
  const start = (settings: SignalSettings = allOn) => {
    signals = new WindowSignals({
      tracker: { signal: () => presence++ } as never,
      contexts: {
        of: (document: FakeDocument) => ({ folder: 'acme', file: document.name }),
        ofWindow: () => ({ folder: 'acme' }),
        set withGit(_on: boolean) {},
      } as unknown as WorkContexts,
      settings,
      source: 'timekeeper.vscode-timekeeper',
      now: () => {
        clockReads++;
        return now;
      },
      record: (signal) => journaled.push(signal),
      onError: (message, error) => assert.fail(`${message}: ${String(error)}`),
    });
  };
  const edit = (document: FakeDocument, text = 'x') =>
    fire('documentChange', { document, contentChanges: [{ text }] });
  const second = () => {
    signals.tick();
    now += 1000;
  };

  setup(() => {
    now = Date.UTC(2024, 5, 3, 7, 0);
    clockReads = 0;
    presence = 0;
    journaled = [];
    window.state.focused = true;
    window.activeTextEditor = { document: app, selections: [{}] };
  });
  teardown(() => signals.dispose());

  test('a quiet second reads no clock and journals nothing', () => {
    start();
    second();
    assert.equal(clockReads, 0);
    assert.deepEqual(journaled, []);
  });

  test('the person’s typing is one edit signal a second and presence; the agent’s edit elsewhere is neither', () => {
    start();
    const at = now;
    edit(app);
    edit(app);
    edit(util, '// generated\n');
    second();
    assert.equal(presence, 2, 'each keystroke is presence');
    assert.equal(clockReads, 1);
    assert.deepEqual(journaled, [
      {
        folder: 'acme',
        file: 'src/app.ts',
        time: at,
        kind: 'edit',
        actor: 'person',
        source: 'timekeeper.vscode-timekeeper',
      },
      {
        folder: 'acme',
        file: 'src/util.ts',
        time: at,
        kind: 'agent',
        actor: 'agent',
        source: 'timekeeper.vscode-timekeeper',
      },
    ]);
  });

  test('a selection moved by an edit is no sign of the person; a keyboard selection is a read', () => {
    start();
    fire('selection', { kind: undefined });
    second();
    assert.equal(journaled.length, 0);
    fire('selection', { kind: 1 });
    second();
    assert.deepEqual(
      journaled.map((s) => `${s.kind} ${s.file}`),
      ['read src/app.ts'],
    );
  });

  test('a command the person started keeps them present while it runs, and is journaled once more when it ends', () => {
    start();
    const execution = { commandLine: { value: 'API_TOKEN=secret git push origin main' } };
    fire('commandStart', { execution });
    second();
    window.state.focused = false;
    second();
    second();
    assert.equal(presence, 3, 'present each second, focused or not');
    fire('commandEnd', { execution });
    second();
    second();
    assert.equal(presence, 3, 'an ended command is no presence');
    assert.deepEqual(
      journaled.map((s) => `${s.kind} ${s.detail} ${s.folder}`),
      ['terminal git acme', 'terminal git acme', 'terminal git acme', 'terminal git acme'],
    );
  });

  test('a command started with nobody there is presence only while the window has the focus', () => {
    window.state.focused = false;
    start();
    const execution = { commandLine: { value: 'npm test' } };
    fire('commandStart', { execution });
    second();
    assert.equal(presence, 0);
    window.state.focused = true;
    second();
    assert.equal(presence, 1);
  });

  test('arguments only when allowed; tasks and debug sessions with their names; settings turn signals off', () => {
    start({ ...allOn, recordTerminalArguments: true, debug: false });
    fire('commandStart', { execution: { commandLine: { value: ' make build ' } } });
    fire('taskStart', { execution: { task: { name: 'build' } } });
    fire('debugStart', { type: 'node' });
    second();
    assert.deepEqual(
      journaled.map((s) => `${s.kind} ${s.detail}`),
      ['terminal make build', 'task build'],
    );
  });
});
