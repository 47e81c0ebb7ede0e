// examples/command-plugin in the real host: a command with arguments, run through the API, through VS Code, and
// through the keybinding its own manifest contributes, pressed on the workbench page as a person would.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import type { Api } from '../../../src/api';
import { NO_BRIDGE, getApi, localTime, override, tempTimesheet, waitFor } from '../helpers';
import * as ui from '../ui';
import { COMMAND_PLUGIN } from './exampleIds';

suite('Example: command plugin', () => {
  let api: Api;
  suiteSetup(async () => {
    api = await getApi();
    await waitFor('the quick-break command', () => api.listCommands().find((c) => c.name === 'quick-break'));
  });

  /** A timesheet with a started day, and the time fixed at 10:15 that day. */
  async function startedDay(): Promise<{ file: string; undo: vscode.Disposable }> {
    const file = tempTimesheet();
    await fs.writeFile(file, '2024-03-01 09:00 hello\n');
    return { file, undo: override(api, { DataFile: file, Now: localTime('2024-03-01 10:15') }) };
  }

  test('quick-break is listed with its arguments and its origin', () => {
    const info = api.listCommands().find((c) => c.name === 'quick-break');
    assert.equal(info?.extensionId, COMMAND_PLUGIN);
    assert.deepEqual(
      info?.args.map((a) => [a.name, !!a.required]),
      [
        ['name', true],
        ['comment', false],
      ],
    );
  });

  test('runCommand appends a break with its comment and returns the line', async () => {
    const { file, undo } = await startedDay();
    try {
      const line = await api.runCommand('quick-break', { name: 'lunch', comment: 'canteen' });
      assert.equal(line, '2024-03-01 10:15 lunch**  # canteen');
      assert.equal(await fs.readFile(file, 'utf8'), `2024-03-01 09:00 hello\n${line}\n`);
      await assert.rejects(api.runCommand('quick-break', {}), /needs the argument 'name'/);
    } finally {
      undo.dispose();
    }
  });

  test('Ctrl+Alt+Shift+B from its manifest runs it with { name: "coffee" }', async function () {
    assert.ok(ui.available(), NO_BRIDGE);
    const { file, undo } = await startedDay();
    try {
      await ui.waitForSelector('.monaco-workbench');
      // Keys go to what has focus: give it to the workbench (the status bar is always there), not to a dialog.
      await ui.pressKeys('Escape');
      await ui.click('#workbench\\.parts\\.statusbar');
      await ui.pressKeys('Control+Alt+Shift+B');
      await waitFor('the break written by the keybinding', async () =>
        (await fs.readFile(file, 'utf8')).endsWith('2024-03-01 10:15 coffee**\n'),
      );
    } finally {
      undo.dispose();
    }
  });
});
