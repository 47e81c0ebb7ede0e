// The timesheet file as users and other programs treat it: changes from anywhere are seen, bad input is refused
// with a message that says what to do, and the file is never written when it should not be.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import type {
  Api,
  ComponentReplacement,
  DataFileChange,
  NewEntry,
  Timesheet,
  TimesheetContentChange,
} from '../../src/api';
import { NO_BRIDGE, TESTS, getApi, localTime, override, tempTimesheet, waitFor } from './helpers';
import * as ui from './ui';
import { waitForToastsInPlace } from './workbench';

suite('Timesheet file', () => {
  let api: Api;
  suiteSetup(async () => {
    api = await getApi();
  });

  test('onDidChangeTimesheet fires for own writes, another process and a save in the editor', async () => {
    const file = tempTimesheet();
    await fs.writeFile(file, '2024-01-02 09:00 hello\n');
    const undo = override(api, { DataFile: file, Now: localTime('2024-01-02 10:00') });
    let fired = 0;
    const listening = api.onDidChangeTimesheet(() => fired++);
    try {
      await api.runCommand('add', { name: 'own write' });
      await waitFor('the event for our own write', () => fired > 0);
      fired = 0;
      // What the utt CLI or another VS Code window does: append to the file directly.
      await fs.appendFile(file, '2024-01-02 10:30 from the cli\n');
      await waitFor('the event for the other writer', () => fired > 0);
      assert.deepEqual(
        (await api.resolve(api.tokens.Timesheet).entries()).map((e) => e.name),
        ['hello', 'own write', 'from the cli'],
      );
      fired = 0;
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      const editor = await vscode.window.showTextDocument(document);
      await editor.edit((edit) =>
        edit.insert(new vscode.Position(document.lineCount - 1, 0), '2024-01-02 11:00 typed\n'),
      );
      await document.save();
      await waitFor('the event for the save', () => fired > 0);
      assert.equal((await api.resolve(api.tokens.Timesheet).entries()).at(-1)?.name, 'typed');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      listening.dispose();
      undo.dispose();
    }
  });

  test('bad report arguments are refused with utt’s messages', async () => {
    const file = tempTimesheet();
    await fs.writeFile(file, '2024-01-02 09:00 hello\n');
    const undo = override(api, { DataFile: file, Now: localTime('2024-01-02 10:00') });
    try {
      await assert.rejects(
        api.runCommand('report', { date: '2024-13-40' }),
        /Invalid date: 2024-13-40 \(expected YYYY-MM-DD\)/,
      );
      await assert.rejects(api.runCommand('report', { month: 'smarch' }), /Invalid month/);
      await assert.rejects(api.runCommand('report', { week: 'soon' }), /week/i);
      await assert.rejects(api.runCommand('report', { from: '2024-01-05', to: '2024-01-01' }), /before/);
      await assert.rejects(
        api.runCommand('report', { csvSection: 'nope' }),
        /must be one of per_day, per-day/,
      );
    } finally {
      undo.dispose();
    }
  });

  test('a timesheet that does not parse stops add and report, writes nothing, and offers the line', async () => {
    const file = tempTimesheet();
    const text = '2024-01-02 09:00 hello\n2024-01-02 10:00 fine\nnot an entry\n';
    await fs.writeFile(file, text);
    const undo = override(api, { DataFile: file, Now: localTime('2024-01-02 11:00') });
    try {
      await assert.rejects(api.runCommand('add', { name: 'x' }), /Invalid entry at line 3: not an entry/);
      await assert.rejects(api.runCommand('report', {}), /Invalid entry at line 3/);
      await assert.rejects(api.runCommand('stretch', {}), /Invalid entry at line 3/);
      assert.equal(await fs.readFile(file, 'utf8'), text);
      assert.ok(ui.available(), NO_BRIDGE);
      // As a user: the notification names the problem and opens the file at the line.
      await vscode.commands.executeCommand('notifications.clearAll');
      await vscode.commands.executeCommand('timekeeper.report', {});
      // This one among whatever else is shown (another suite's notice may still be fading).
      const toast = '.notifications-toasts .notification-toast:has-text("Invalid entry at line 3")';
      await waitFor('the notification', async () =>
        (await ui.textOf(toast, 2_000).catch(() => '')).includes('Invalid entry at line 3'),
      );
      await waitForToastsInPlace();
      await ui.screenshot('invalid-timesheet-notification');
      await ui.click(`${toast} .monaco-button:has-text("Open Timesheet at Line 3")`);
      const editor = await waitFor('the timesheet at line 3', () =>
        vscode.window.activeTextEditor?.document.uri.fsPath === file
          ? vscode.window.activeTextEditor
          : undefined,
      );
      assert.equal(editor.selection.active.line, 2);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.commands.executeCommand('notifications.clearAll');
    } finally {
      undo.dispose();
    }
  });

  test('a directory, a non-UTF-8 file and a folder that cannot be written get clear messages', async () => {
    const dir = tempTimesheet('folder');
    await fs.mkdir(dir);
    let undo = override(api, { DataFile: dir });
    await assert.rejects(api.runCommand('hello'), /is a directory, not a file/);
    undo.dispose();
    const latin1 = tempTimesheet();
    await fs.writeFile(latin1, Buffer.from('2024-01-02 09:00 caf\xe9\n', 'latin1'));
    undo = override(api, { DataFile: latin1 });
    await assert.rejects(api.runCommand('report', {}), /not valid UTF-8 .*line 1/);
    undo.dispose();
    const blocker = tempTimesheet('a-file');
    await fs.writeFile(blocker, '');
    undo = override(api, { DataFile: `${blocker}/utt.log` });
    await assert.rejects(api.runCommand('hello'), /is a file, not a folder/);
    undo.dispose();
  });

  test('one identity: a plugin that replaces Timesheet alone moves currentDataFile, edit and the events to its file', async () => {
    const setting = tempTimesheet();
    const own = tempTimesheet();
    await fs.writeFile(setting, '2024-01-02 09:00 hello\n');
    await fs.writeFile(own, '2024-01-02 08:00 hello\n2024-01-02 08:30 plugin: own file\n');
    const undo = override(api, { DataFile: setting, Now: localTime('2024-01-02 10:00') });
    const moves: DataFileChange[] = [];
    const layers: ComponentReplacement[] = [];
    const listening = [
      api.onDidChangeDataFile((change) => moves.push(change)),
      api.onDidReplaceComponent((change) => layers.push(change)),
    ];
    try {
      assert.equal(api.currentDataFile(), setting);
      // A plugin's own Timesheet over another file, written as a plugin author would, DataFile left alone.
      const parser = api.resolve(api.tokens.TimesheetParser);
      const replaced = api.registerComponent(
        api.tokens.Timesheet,
        (_resolve, previous): Timesheet => ({
          path: own,
          entries: async () => parser.parse(await fs.readFile(own, 'utf8')).entries,
          append: (entry: NewEntry) => fs.appendFile(own, `${previous?.format(entry)}\n`),
          format: (entry: NewEntry) => previous?.format(entry) ?? '',
        }),
        TESTS,
      );
      try {
        assert.equal(api.currentDataFile(), own, 'the file the reports read');
        assert.deepEqual(moves, [{ path: own, previous: setting }]);
        assert.deepEqual(layers.at(-1), {
          token: 'Timesheet',
          extensionId: TESTS.extensionId,
          change: 'registered',
        });
        const report = String(await api.runCommand('report', {}));
        assert.match(report, /plugin: own file/, 'the report reads the plugin’s file');
        // The report's tab opens just after the command returns: opening the timesheet while it does would have
        // VS Code cancel one of the two.
        await waitFor('the report tab', () =>
          vscode.window.visibleTextEditors.some((e) => e.document.uri.scheme === 'timekeeper-output'),
        );
        assert.equal(await api.runCommand('edit', {}), own, 'edit opens the file that was reported');
      } finally {
        replaced.dispose();
      }
      assert.equal(
        api.currentDataFile(),
        setting,
        'disposing the plugin’s layer gives the setting’s file back',
      );
      assert.deepEqual(moves.at(-1), { path: setting, previous: own });
      assert.deepEqual(layers.at(-1), {
        token: 'Timesheet',
        extensionId: TESTS.extensionId,
        change: 'disposed',
      });
    } finally {
      for (const l of listening) l.dispose();
      undo.dispose();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  test('onDidChangeTimesheetContent says what changed: the appended entries alone, or a rewrite', async () => {
    const file = tempTimesheet();
    await fs.writeFile(file, '2024-01-02 09:00 hello\n');
    const undo = override(api, { DataFile: file, Now: localTime('2024-01-02 10:00') });
    const heard: string[] = [];
    const describe = (c: TimesheetContentChange) => `${c.kind}: ${c.entries.map((e) => e.name).join(', ')}`;
    const listening = api.onDidChangeTimesheetContent((change) => heard.push(describe(change)));
    try {
      await api.runCommand('add', { name: 'own write' });
      await waitFor('the append', () => heard.length >= 1);
      // Another writer (the utt CLI) appends two lines.
      await fs.appendFile(file, '2024-01-02 10:30 cli: a\n2024-01-02 10:45 cli: b\n');
      await waitFor('the other writer’s append', () => heard.length >= 2);
      // An edit of an earlier line is a rewrite (saved at once, as editors save: a new file renamed over the old).
      const edited = `${file}.edited`;
      await fs.writeFile(edited, '2024-01-02 09:00 hello\n2024-01-02 10:00 renamed\n');
      await fs.rename(edited, file);
      await waitFor('the rewrite', () => heard.length >= 3);
      assert.deepEqual(heard, [
        'appended: own write',
        'appended: cli: a, cli: b',
        'rewritten: hello, renamed',
      ]);
    } finally {
      listening.dispose();
      undo.dispose();
    }
  });
});
