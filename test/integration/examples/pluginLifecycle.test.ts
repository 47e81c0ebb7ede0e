// A plugin installed and uninstalled while Timekeeper runs, through VS Code's own extension management commands.
//
// What code-server 4.100.3 (VS Code 1.100.3) does, found by these tests: installing a VSIX adds the extension to the
// running extension host (`extensions.onDidChange` fires) and Timekeeper's discovery activates it. Uninstalling (or
// disabling) an extension whose activation has started does NOT remove it from the running host: it stays in
// `extensions.all`, no `onDidChange` fires, its code keeps running until the extension host restarts (VS Code offers
// "Reload Window"), and only its entry in the extensions folder's `extensions.json` goes at once. Timekeeper keeps a
// plugin's registrations exactly as long as VS Code keeps the plugin loaded; after the restart it is not found.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Api } from '../../../src/api';
import { SAMPLE, getApi, waitFor } from '../helpers';

// Packaged by scripts/package.mjs; the bundle runs from out/integration-examples/.
const sampleVsix = path.resolve(__dirname, '../fixtures/sample-plugin.vsix');

suite('Plugin lifecycle: install and uninstall at run time', () => {
  let api: Api;
  suiteSetup(async () => {
    api = await getApi();
  });

  test('a plugin installed while Timekeeper runs is discovered and its command registered', async function () {
    this.timeout(60_000);
    assert.equal(
      vscode.extensions.getExtension(SAMPLE),
      undefined,
      'the sample plugin must not be installed yet',
    );
    let changes = 0;
    const listening = vscode.extensions.onDidChange(() => changes++);
    try {
      await vscode.commands.executeCommand(
        'workbench.extensions.installExtension',
        vscode.Uri.file(sampleVsix),
      );
      const info = await waitFor(
        'sample-greet',
        () => api.listCommands().find((c) => c.name === 'sample-greet'),
        30_000,
      );
      assert.equal(info.extensionId, SAMPLE);
      assert.ok(changes > 0, 'extensions.onDidChange fired');
      assert.equal(api.listPlugins().find((p) => p.extensionId === SAMPLE)?.state, 'active');
    } finally {
      listening.dispose();
    }
  });

  test("uninstalling it: Timekeeper's registrations follow what the extension host still runs", async function () {
    this.timeout(60_000);
    const extension = vscode.extensions.getExtension(SAMPLE);
    assert.ok(extension, 'installed by the previous test');
    const index = path.join(path.dirname(extension.extensionPath), 'extensions.json');
    await vscode.commands.executeCommand('workbench.extensions.uninstallExtension', SAMPLE);
    // Uninstalled as far as VS Code's extension management is concerned: gone from the folder's index.
    await waitFor(
      'the index to drop the plugin',
      async () => !(await fs.readFile(index, 'utf8')).includes(SAMPLE),
    );
    // Give the extension host time to apply the change, if it is going to (it does for a never-activated one).
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const stillLoaded = vscode.extensions.getExtension(SAMPLE) !== undefined;
    const commandThere = api.listCommands().some((c) => c.name === 'sample-greet');
    const listed = api.listPlugins().some((p) => p.extensionId === SAMPLE);
    console.log(
      `after uninstall: still in extensions.all: ${stillLoaded}, sample-greet registered: ${commandThere}`,
    );
    assert.equal(commandThere, stillLoaded, 'registered exactly while VS Code runs the plugin');
    assert.equal(listed, stillLoaded, 'listed exactly while VS Code runs the plugin');
  });
});
