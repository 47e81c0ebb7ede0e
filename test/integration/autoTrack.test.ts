// autoTrack in the real VS Code with the built-in Suggester and a seeded journal: coming back after an away time
// logs the journal's work up to it under the names the journal gives (branch-named tasks), then the break.
// Passes once the built-in Suggester is registered (the ledger's suggestions).
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import { TESTS, getApi, localTime, override, tempTimesheet, waitFor } from './helpers';
import { lines, settleTracker, setUserSetting, workbenchReady } from './workbench';
import * as ui from './ui';

const record = (start: string, end: string, fields: Record<string, string>) =>
  JSON.stringify({
    start: localTime(start).getTime(),
    end: localTime(end).getTime(),
    kind: 'edit',
    ...fields,
  });

suite('autoTrack writes from suggestions (UI)', function () {
  this.timeout(60_000);
  let api: Api;

  suiteSetup(async () => {
    await workbenchReady();
    api = await getApi();
  });

  test('back from an away time: the journal’s work up to it, named from the branch, then the break', async () => {
    const file = tempTimesheet();
    await fs.writeFile(file, '2024-10-07 09:00 hello\n');
    const day = path.join(path.dirname(file), `.${path.basename(file)}.journal`, '2024-10-07');
    await fs.mkdir(day, { recursive: true });
    await fs.writeFile(
      path.join(day, 'seed-1-a.jsonl'),
      [
        JSON.stringify({ format: 'timekeeper-journal', version: 1 }),
        record('2024-10-07 09:00', '2024-10-07 10:00', {
          folder: 'acme',
          repository: 'acme',
          branch: 'feature/ABC-123-login',
          file: 'src/login/form.ts',
        }),
        record('2024-10-07 10:00', '2024-10-07 10:30', { folder: 'blog', file: 'posts/autumn.md' }),
        '',
      ].join('\n'),
    );
    let now = localTime('2024-10-07 10:30');
    const undo = vscode.Disposable.from(
      override(api, { DataFile: file }),
      api.registerComponent(api.tokens.Now, () => new Date(now), TESTS),
    );
    try {
      await settleTracker(api);
      await setUserSetting('timekeeper.away.prompt', 'break');
      await setUserSetting('timekeeper.autoTrack', true);
      const tracker = api.resolve(api.tokens.ActivityTracker);
      now = localTime('2024-10-07 11:00');
      await waitFor('idle', () => tracker.state === 'idle');
      await ui.click('.monaco-workbench .part.statusbar');
      tracker.signal();
      await waitFor('the break logged', async () => (await lines(file)).at(-1) === '2024-10-07 11:00 away**');
      assert.deepEqual(await lines(file), [
        '2024-10-07 09:00 hello',
        '2024-10-07 10:00 acme: ABC-123 login',
        '2024-10-07 10:30 blog: posts',
        '2024-10-07 11:00 away**',
      ]);
    } finally {
      await setUserSetting('timekeeper.autoTrack', undefined);
      await setUserSetting('timekeeper.away.prompt', undefined);
      undo.dispose();
    }
  });
  // Automatic entries write the person's timesheet: only the person turns them on, never a folder they open, even a
  // trusted one (the Restricted Mode session proves the untrusted case).
  test('a trusted workspace’s settings cannot turn autoTrack on', async () => {
    assert.equal(vscode.workspace.isTrusted, true);
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the session opens a folder');
    const settings = path.join(folder.uri.fsPath, '.vscode', 'settings.json');
    const before = await fs.readFile(settings, 'utf8').catch(() => undefined);
    const configuration = () => vscode.workspace.getConfiguration('timekeeper');
    await fs.mkdir(path.dirname(settings), { recursive: true });
    try {
      // idleMinutes is a workspace's to set: once it reads 7, VS Code has read the file, and ignored autoTrack in it.
      await fs.writeFile(
        settings,
        JSON.stringify({ 'timekeeper.autoTrack': true, 'timekeeper.idleMinutes': 7 }),
      );
      await waitFor('the workspace settings read', () => configuration().get('idleMinutes') === 7);
      assert.equal(configuration().get('autoTrack'), false);
      assert.equal(configuration().inspect('autoTrack')?.workspaceValue, undefined);
    } finally {
      if (before === undefined) await fs.rm(settings);
      else await fs.writeFile(settings, before);
      await waitFor('the workspace settings gone', () => configuration().get('idleMinutes') !== 7);
    }
  });
});
