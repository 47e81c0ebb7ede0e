// The journal as a plugin gets it in the real extension host: registered under its tokens, writing beside the
// timesheet, following the folder setting with clear errors, and a work name a plugin can replace.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Api, Span } from '../../src/api';
import { getApi, localTime, override, tempTimesheet, TESTS, TIMEKEEPER } from './helpers';

suite('Journal (v1)', () => {
  let api: Api;
  let undo: vscode.Disposable | undefined;
  suiteSetup(async () => {
    api = await getApi();
  });
  teardown(async () => {
    undo?.dispose();
    undo = undefined;
    await vscode.workspace
      .getConfiguration('timekeeper')
      .update('journal.directory', undefined, vscode.ConfigurationTarget.Global);
  });

  test('records beside the timesheet, one file for this window, and reads them back as spans', async () => {
    const timesheet = tempTimesheet();
    undo = override(api, { [api.tokens.DataFile]: timesheet });
    const journal = api.resolve(api.tokens.Journal);
    const start = localTime('2024-05-02 09:00').getTime();
    for (let s = 0; s <= 600; s += 5) {
      journal.record({
        time: start + s * 1000,
        kind: 'edit',
        actor: 'person',
        source: TIMEKEEPER,
        folder: 'acme',
        branch: 'feature/ABC-123-login',
        language: 'typescript',
        file: 'src/login.ts',
      });
    }
    await journal.flush();
    const folder = path.join(path.dirname(timesheet), '.utt.log.journal', '2024-05-02');
    const files = await fs.readdir(folder);
    assert.equal(files.length, 1);
    assert.match(
      files[0] ?? '',
      new RegExp(`^${hostname().replace(/[^A-Za-z0-9.-]/g, '_')}-\\d+-\\w+\\.jsonl$`),
    );
    const spans = await journal.spans(localTime('2024-05-02 00:00'), localTime('2024-05-02 23:59'));
    assert.deepEqual(spans, [
      {
        start,
        end: start + 600_000,
        kind: 'edit',
        actor: 'person',
        source: TIMEKEEPER,
        folder: 'acme',
        branch: 'feature/ABC-123-login',
        language: 'typescript',
        file: 'src/login.ts',
      },
    ]);
    assert.equal(api.resolve(api.tokens.WorkName).name(spans[0] as Span), 'acme: ABC-123 login');
  });

  test('timekeeper.journal.directory moves it; a file in its place is refused with what to do', async () => {
    const timesheet = tempTimesheet();
    undo = override(api, { [api.tokens.DataFile]: timesheet });
    const blocker = path.join(path.dirname(timesheet), 'not-a-folder');
    await fs.writeFile(blocker, 'x');
    const settings = vscode.workspace.getConfiguration('timekeeper');
    await settings.update('journal.directory', blocker, vscode.ConfigurationTarget.Global);
    const journal = api.resolve(api.tokens.Journal);
    journal.record({
      time: localTime('2024-05-03 09:00').getTime(),
      kind: 'chat',
      actor: 'person',
      source: 'x.y',
    });
    await assert.rejects(journal.flush(), {
      message:
        `Timekeeper cannot use the journal folder ${blocker}: a file stands where a folder should be. ` +
        'Set timekeeper.journal.directory to a folder you can write to (empty: beside the timesheet).',
    });
    await settings.update('journal.directory', 'journal', vscode.ConfigurationTarget.Global);
    await journal.flush();
    const written = await fs.readdir(path.join(path.dirname(timesheet), 'journal', '2024-05-03'));
    assert.equal(written.length, 1, 'kept and written once the setting names a folder');
  });

  test('a plugin replaces the work name, wrapping the default', () => {
    undo = vscode.Disposable.from(
      api.registerComponent(
        api.tokens.WorkName,
        (_resolve, previous) => ({
          name: (span) => `${previous?.name(span) ?? ''} (${span.language ?? '?'})`,
        }),
        TESTS,
      ),
    );
    const span: Span = {
      start: 0,
      end: 1,
      kind: 'edit',
      actor: 'person',
      source: TIMEKEEPER,
      folder: 'acme',
      language: 'go',
    };
    assert.equal(api.resolve(api.tokens.WorkName).name(span), 'acme: work (go)');
  });
});
