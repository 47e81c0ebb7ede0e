// examples/daily-summary-plugin in the real host: a change of the timesheet makes it rewrite the day's summary file.
import * as assert from 'node:assert/strict';
import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Api } from '../../../src/api';
import { getApi, localTime, override, tempTimesheet, waitFor } from '../helpers';
import { DAILY_SUMMARY_PLUGIN } from './exampleIds';

suite('Example: daily summary plugin', () => {
  let api: Api;
  const settings = () => vscode.workspace.getConfiguration('timekeeperDailySummary');
  suiteSetup(async () => {
    api = await getApi();
    await waitFor('the daily summary plugin to be active', () =>
      api.listPlugins().find((p) => p.extensionId === DAILY_SUMMARY_PLUGIN && p.state === 'active'),
    );
  });
  suiteTeardown(async () => {
    await settings().update('folder', undefined, vscode.ConfigurationTarget.Global);
  });

  test("an entry added through Timekeeper rewrites the day's summary", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'timekeeper-summaries-'));
    await settings().update('folder', folder, vscode.ConfigurationTarget.Global);
    const file = tempTimesheet();
    await fs.writeFile(
      file,
      '2024-03-01 09:00 hello\n2024-03-01 10:30 acme: build\n2024-03-01 10:45 coffee**\n',
    );
    const undo = override(api, { DataFile: file, Now: localTime('2024-03-01 12:00') });
    try {
      await api.runCommand('add', { name: 'review' });
      const summary = path.join(folder, '2024-03-01.txt');
      const expected = '2024-03-01: worked 2h45, breaks 0h15\n  1h30  acme: build\n  1h15  review\n';
      // What was read, not a second read: the plugin rewrites the file at each change event (the command's and the
      // file watch's), and a read in the middle of a rewrite finds it empty.
      let text = '';
      await waitFor('the summary file', async () => {
        text = await fs.readFile(summary, 'utf8').catch(() => '');
        return text === expected;
      }).catch(() => undefined);
      assert.equal(text, expected);
    } finally {
      undo.dispose();
    }
  });
});
