// The v1 plugin host in the real extension host: built-ins, the sample plugin installed from its VSIX, a plugin
// that throws everywhere, and the rules of docs/CONTRACT.md §3.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import {
  FAULTY,
  SAMPLE,
  TESTS,
  TIMEKEEPER,
  getApi,
  localTime,
  override,
  tempTimesheet,
  waitFor,
} from './helpers';

suite('Plugin host (v1)', () => {
  let api: Api;
  suiteSetup(async () => {
    api = await getApi();
  });

  test('activate() resolves to { v1 } with the built-in commands, all from Timekeeper', () => {
    const extension = vscode.extensions.getExtension(TIMEKEEPER);
    assert.equal(api.version, (extension?.packageJSON as { version: string }).version);
    for (const token of ['Now', 'DataFile', 'Timesheet', 'Output', 'ReportView']) {
      assert.ok(Object.values(api.tokens).includes(token), token);
    }
    const builtIns = api
      .listCommands()
      .filter((c) => c.extensionId === TIMEKEEPER)
      .map((c) => c.name);
    for (const name of ['hello', 'add', 'edit']) assert.ok(builtIns.includes(name), `${name} in ${builtIns}`);
  });

  test('the sample plugin is discovered, activated and its command listed with its own id', async () => {
    // Plugins activate on onStartupFinished, which may come after the first test started: wait for it.
    const plugin = await waitFor('the sample plugin to be active', () =>
      api.listPlugins().find((p) => p.extensionId === SAMPLE && p.state === 'active'),
    );
    assert.equal(plugin.state, 'active');
    assert.equal(plugin.displayName, 'Timekeeper Sample Plugin');
    assert.deepEqual(plugin.commands, ['sample-greet']);
    assert.deepEqual(plugin.components, ['Output']);
    const info = api.listCommands().find((c) => c.name === 'sample-greet');
    assert.equal(info?.extensionId, SAMPLE);
    assert.deepEqual(
      info?.args.map((a) => [a.name, a.type, !!a.required]),
      [
        ['who', 'string', true],
        ['loud', 'boolean', false],
      ],
    );
  });

  test('a plugin command runs from runCommand and from executeCommand with an args object', async () => {
    const file = tempTimesheet();
    await fs.writeFile(file, '2024-01-02 09:00 hello\n2024-01-02 10:00 acme: work\n');
    const written: string[] = [];
    const undo = override(api, { DataFile: file, Output: { write: (t: string) => written.push(t) } });
    try {
      assert.equal(
        await api.runCommand('sample-greet', { who: 'Ada' }),
        'Hello, Ada! Your timesheet has 2 entries.',
      );
      assert.equal(
        await vscode.commands.executeCommand('timekeeper.sample-greet', { who: 'Bob', loud: true }),
        'HELLO, BOB! YOUR TIMESHEET HAS 2 ENTRIES.',
      );
      assert.deepEqual(written, [
        'Hello, Ada! Your timesheet has 2 entries.',
        'HELLO, BOB! YOUR TIMESHEET HAS 2 ENTRIES.',
      ]);
    } finally {
      undo.dispose();
    }
  });

  test("the sample plugin's Output wraps the default one: the report tab gets its text", async () => {
    api.resolve<{ write(t: string): void }>('Output').write('from the test');
    // The sample adds a final newline and hands the text to `previous`, the read-only editor tab.
    const document = await waitFor('the output tab', () =>
      vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'timekeeper-output'),
    );
    await waitFor('the written text', () => document.getText() === 'from the test\n');
  });

  test('Output: a title of its own gets a tab of its own; append adds to it, a plain write replaces it', async () => {
    const output = api.resolve(api.tokens.Output);
    output.write('first', { title: 'Acme Table' });
    output.write('second', { title: 'Acme Table', mode: 'append' });
    const document = await waitFor('the Acme Table tab', () =>
      vscode.workspace.textDocuments.find((d) => d.uri.path === '/Acme Table'),
    );
    // The sample plugin's wrapper ends each write with a line break and passes the options on.
    await waitFor('both writes', () => document.getText() === 'first\nsecond\n');
    output.write('third', { title: 'Acme Table' });
    await waitFor('the replaced text', () => document.getText() === 'third\n');
    assert.throws(
      () => output.write('x', { title: 'a/b' }),
      /the title must be a non-empty name without '\/'/,
    );
    assert.throws(() => output.write('x', { mode: 'add' as never }), /mode must be 'replace' or 'append'/);
  });

  test("resolveRange resolves a report's days as utt does, with utt's errors", () => {
    const wednesday = localTime('2024-01-03 10:00');
    const days = (args: Parameters<Api['resolveRange']>[0]) => {
      const { start, end } = api.resolveRange(args, wednesday);
      return [start, end].map((d) => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()} ${d.getHours()}`);
    };
    assert.deepEqual(days({ date: 'yesterday' }), ['2024-1-2 0', '2024-1-2 0']);
    assert.deepEqual(days({ week: 'this' }), ['2024-1-1 0', '2024-1-7 0']);
    assert.deepEqual(days({ from: 'monday', to: 'friday' }), ['2024-1-1 0', '2024-1-5 0']);
    assert.deepEqual(days({ month: 'prev' }), ['2023-12-1 0', '2023-12-31 0']);
    assert.throws(() => api.resolveRange({ date: '2024-13-01' }, wednesday), /Invalid date: 2024-13-01/);
    assert.throws(() => api.resolveRange({ from: '2024-01-05', to: '2024-01-02' }), /before the first day/);
  });

  test('a wrapper gets `previous`, and disposing it restores what was there', () => {
    const written: string[] = [];
    const recorder = api.registerComponent(
      'Output',
      () => ({ write: (t: string) => written.push(t) }),
      TESTS,
    );
    const wrapper = api.registerComponent(
      'Output',
      (_r, previous: { write(t: string): void } | undefined) => ({
        write: (t: string) => previous?.write(`[${t}]`),
      }),
      TESTS,
    );
    try {
      api.resolve<{ write(t: string): void }>('Output').write('x');
      wrapper.dispose();
      api.resolve<{ write(t: string): void }>('Output').write('y');
      assert.deepEqual(written, ['[x]', 'y']);
    } finally {
      recorder.dispose();
      wrapper.dispose();
    }
  });

  test('registrations vanish when disposed: command, VS Code command, list entry, component', async () => {
    const command = api.registerCommand(
      { name: 'it-temporary', description: 'temporary', handler: () => 'ran' },
      TESTS,
    );
    const component = api.registerComponent('ItTemporary', () => 42, TESTS);
    assert.equal(await api.runCommand('it-temporary'), 'ran');
    assert.equal(await vscode.commands.executeCommand('timekeeper.it-temporary'), 'ran');
    assert.equal(api.resolve('ItTemporary'), 42);
    assert.ok((await vscode.commands.getCommands(true)).includes('timekeeper.it-temporary'));
    command.dispose();
    component.dispose();
    command.dispose(); // idempotent
    assert.equal(
      api.listCommands().some((c) => c.name === 'it-temporary'),
      false,
    );
    assert.equal((await vscode.commands.getCommands(true)).includes('timekeeper.it-temporary'), false);
    await assert.rejects(api.runCommand('it-temporary'), /Unknown Timekeeper command "it-temporary"/);
    assert.throws(() => api.resolve('ItTemporary'), /No component is registered for token 'ItTemporary'/);
  });

  test('bad definitions, duplicates, unknown names and missing args get clear errors', async () => {
    assert.throws(
      () => api.registerCommand({ name: 'Bad Name', description: '', handler: () => 0 }, TESTS),
      /invalid command name "Bad Name"/,
    );
    assert.throws(
      () => api.registerCommand({ name: 'hello', description: '', handler: () => 0 }, TESTS),
      /'hello' is already taken by timekeeper\.vscode-timekeeper/,
    );
    assert.throws(
      () => api.registerCommand({ name: 'no-handler', description: '' } as never, TESTS),
      /handler is missing/,
    );
    await assert.rejects(api.runCommand('no-such-command'), /Unknown Timekeeper command "no-such-command"/);
    await assert.rejects(api.runCommand('add', {}), /Command 'add' needs the argument 'name'/);
  });

  test("a caller's bad arguments are the caller's error; a handler's error is the plugin's, named once", async () => {
    await waitFor('the sample plugin to be active', () =>
      api.listPlugins().find((p) => p.extensionId === SAMPLE && p.state === 'active'),
    );
    const errorsOf = (id: string) => api.listPlugins().find((p) => p.extensionId === id)?.errors ?? [];
    const before = errorsOf(SAMPLE).length;
    await assert.rejects(
      api.runCommand('sample-greet', {}),
      /Command 'sample-greet' needs the argument 'who'/,
    );
    await assert.rejects(
      api.runCommand('sample-greet', { who: 'Ada', bogus: 1 }),
      /Command 'sample-greet' has no argument 'bogus'/,
    );
    await assert.rejects(api.runCommand('sample-greet', { who: 3 }), /argument 'who' must be a string/);
    assert.equal(errorsOf(SAMPLE).length, before, errorsOf(SAMPLE).join('|'));
    await waitFor('the faulty plugin to fail', () =>
      api.listPlugins().find((p) => p.extensionId === FAULTY && p.state === 'failed'),
    );
    await assert.rejects(api.runCommand('faulty-throw'), /faulty handler exploded/);
    assert.equal(errorsOf(FAULTY).at(-1), 'faulty-throw: faulty handler exploded');
  });

  test('a plugin that throws everywhere does not break the host', async () => {
    const faulty = await waitFor('the faulty plugin to fail', () =>
      api.listPlugins().find((p) => p.extensionId === FAULTY && p.state === 'failed'),
    );
    assert.ok(
      faulty.errors.some((e) => e.includes('faulty activation exploded')),
      faulty.errors.join('|'),
    );
    // It registered before throwing, without passing its id: the stack told who it was.
    assert.equal(api.listCommands().find((c) => c.name === 'faulty-throw')?.extensionId, FAULTY);
    await assert.rejects(api.runCommand('faulty-throw'), /faulty handler exploded/);
    // Run as a user would: the error becomes a notification, the command resolves, the host goes on.
    assert.equal(await vscode.commands.executeCommand('timekeeper.faulty-throw'), undefined);
    assert.throws(
      () => api.resolve('FaultyComponent'),
      /'FaultyComponent' \(from timekeeper-samples\.faulty-plugin\) failed: faulty factory exploded/,
    );
    // Its listener throws on every timesheet change; ours still hears them.
    const file = tempTimesheet();
    const undo = override(api, { DataFile: file, Now: localTime('2024-03-01 09:00') });
    try {
      let heard = 0;
      const listening = api.onDidChangeTimesheet(() => heard++);
      await api.runCommand('hello');
      await waitFor('our listener', () => heard > 0);
      listening.dispose();
      assert.equal(await fs.readFile(file, 'utf8'), '2024-03-01 09:00 hello\n');
      // An async listener of the tracker's events rejects: recorded under the plugin too, never unhandled.
      await api.runCommand('pause');
      await api.runCommand('resume');
      await waitFor('the tracker listener error to be recorded', () =>
        api
          .listPlugins()
          .find((p) => p.extensionId === FAULTY)
          ?.errors.some((e) => e.includes('faulty state listener exploded')),
      );
      await waitFor('the listener error to be recorded', () =>
        api
          .listPlugins()
          .find((p) => p.extensionId === FAULTY)
          ?.errors.some((e) => e.includes('faulty listener exploded')),
      );
    } finally {
      undo.dispose();
    }
  });

  test('hello and add append utt entries to the timesheet at DataFile, creating its folder', async () => {
    const file = tempTimesheet('nested/deeper/utt.log');
    const undo = override(api, { DataFile: file });
    try {
      const at = (t: string) => api.registerComponent('Now', () => localTime(t), TESTS);
      let now = at('2024-05-06 08:30');
      await api.runCommand('hello');
      now.dispose();
      now = at('2024-05-06 10:15');
      await vscode.commands.executeCommand('timekeeper.add', { name: 'acme: review', comment: 'PR 42' });
      now.dispose();
      now = at('2024-05-07 09:00');
      await api.runCommand('hello');
      now.dispose();
      assert.equal(
        await fs.readFile(file, 'utf8'),
        '2024-05-06 08:30 hello\n2024-05-06 10:15 acme: review  # PR 42\n\n2024-05-07 09:00 hello\n',
      );
    } finally {
      undo.dispose();
    }
  });

  test('an add with an empty name is refused and writes nothing', async () => {
    const file = tempTimesheet();
    await fs.writeFile(file, '2024-05-06 08:30 hello\n');
    const undo = override(api, { DataFile: file });
    try {
      await assert.rejects(api.runCommand('add', { name: '   ' }), /name/i);
      assert.equal(await fs.readFile(file, 'utf8'), '2024-05-06 08:30 hello\n');
    } finally {
      undo.dispose();
    }
  });

  test('edit opens the timesheet in an editor', async () => {
    const file = tempTimesheet();
    const undo = override(api, { DataFile: file });
    try {
      assert.equal(await api.runCommand('edit'), file);
      await waitFor(
        'the timesheet editor',
        () => vscode.window.activeTextEditor?.document.uri.fsPath === file,
      );
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      undo.dispose();
    }
  });
});
