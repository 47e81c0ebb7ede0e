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

  test('uninstalling it while it runs: VS Code keeps it until a restart, and so do Timekeeper’s registrations', async function () {
    this.timeout(60_000);
    const extension = vscode.extensions.getExtension(SAMPLE);
    assert.ok(extension?.isActive, 'installed and activated by the previous test');
    const index = path.join(path.dirname(extension.extensionPath), 'extensions.json');
    await vscode.commands.executeCommand('workbench.extensions.uninstallExtension', SAMPLE);
    // Uninstalled as far as VS Code's extension management is concerned: gone from the folder's index.
    await waitFor(
      'the index to drop the plugin',
      async () => !(await fs.readFile(index, 'utf8')).includes(SAMPLE),
    );
    // An extension host cannot unload an activated extension: the plugin runs until the host restarts, and Timekeeper
    // keeps what it registered, as it would drop it with the plugin.
    assert.ok(vscode.extensions.getExtension(SAMPLE)?.isActive, 'still running in this extension host');
    assert.ok(
      api.listCommands().some((c) => c.name === 'sample-greet'),
      'its command still registered',
    );
    assert.equal(
      api.listPlugins().find((p) => p.extensionId === SAMPLE)?.state,
      'active',
      'still listed as active',
    );
  });
});
