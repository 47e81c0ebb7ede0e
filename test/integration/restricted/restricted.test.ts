// Restricted Mode: in a folder that is not trusted, Timekeeper still tracks time, shows the status bar and runs its
// commands; a workspace's own settings cannot turn on automatic entries (package.json `restrictedConfigurations`).
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { getApi, waitFor } from '../helpers';
import * as ui from '../ui';

suite('Restricted Mode', () => {
  test('the folder is untrusted, and Timekeeper is active', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const api = await getApi();
    assert.ok(api.listCommands().some((command) => command.name === 'hello'));
  });

  test('the status bar timer shows, and Hello writes the timesheet', async () => {
    const api = await getApi();
    await waitFor('the status bar timer', async () =>
      (await ui.textOf('#workbench\\.parts\\.statusbar')).includes('Start the day'),
    );
    await vscode.commands.executeCommand('timekeeper.hello');
    const file = api.resolve(api.tokens.DataFile);
    const text = await fs.readFile(file, 'utf8');
    assert.match(text, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} hello\n$/);
    await waitFor('the running timer', async () =>
      /0:0\d · 0h00/.test(await ui.textOf('#workbench\\.parts\\.statusbar')),
    );
    await ui.screenshot('restricted-statusbar');
  });

  test('a workspace cannot turn on autoTrack', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the session opens a folder');
    const settings = path.join(folder.uri.fsPath, '.vscode', 'settings.json');
    await fs.mkdir(path.dirname(settings), { recursive: true });
    // idleMinutes is not restricted: once it reads 7, VS Code has read the file, and ignored autoTrack in it.
    await fs.writeFile(
      settings,
      JSON.stringify({ 'timekeeper.autoTrack': true, 'timekeeper.idleMinutes': 7 }),
    );
    const configuration = () => vscode.workspace.getConfiguration('timekeeper');
    await waitFor('the workspace settings read', () => configuration().get('idleMinutes') === 7);
    assert.equal(configuration().get('autoTrack'), false);
  });
});
