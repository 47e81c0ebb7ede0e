// The plugin author's helper (api/) in the real host, bundled into this test as a plugin bundles it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, getTimekeeperApi } from '../../../api/src';
import { TIMEKEEPER, getApi } from '../helpers';

suite('getTimekeeperApi (the helper of @timekeeper/vscode-timekeeper-api)', () => {
  test('finds, activates and returns the same v1 a plugin gets from exports', async () => {
    assert.equal(EXTENSION_ID, TIMEKEEPER);
    const result = await getTimekeeperApi({ minVersion: '0.1.0' });
    assert.ok(result.api, result.api ? '' : result.message);
    assert.equal(result.api, await getApi());
  });

  test('a plugin that needs a newer Timekeeper is told which version it needs', async () => {
    const installed = String(vscode.extensions.getExtension(TIMEKEEPER)?.packageJSON.version);
    const result = await getTimekeeperApi({ minVersion: '99.0.0' });
    if (result.api) assert.fail('an API older than 99.0.0 was accepted');
    assert.equal(result.reason, 'too-old');
    assert.equal(result.requiredVersion, '99.0.0');
    assert.equal(result.installedVersion, installed);
    assert.match(result.message, /needs Timekeeper 99\.0\.0 or newer; version .+ is installed/);
  });

  test('an invalid minVersion is a programming error: it rejects', async () => {
    await assert.rejects(
      getTimekeeperApi({ minVersion: 'latest' }),
      /minVersion "latest" is not a semantic version/,
    );
  });
});
