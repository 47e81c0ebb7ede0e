// The timesheet in the editor: the utt language, problems, completion, hover; and the read-only report tab.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import { NO_BRIDGE, getApi, localTime, override, tempTimesheet, waitFor } from './helpers';
import * as ui from './ui';

const TIMESHEET = [
  '2024-01-02 09:00 hello',
  '2024-01-02 10:15 acme: review  # PR 42',
  'this is not an entry',
  '2024-01-02 11:00 lunch**',
  '2024-01-02 10:30 too early',
  '2024-01-02 12:00 globex: support',
  '2024-01-02 12:30 ',
].join('\n');

suite('Timesheet editor', () => {
  let api: Api;
  let document: vscode.TextDocument;
  suiteSetup(async () => {
    api = await getApi();
    const file = tempTimesheet();
    await fs.writeFile(file, `${TIMESHEET}\n`);
    document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document);
  });
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('utt.log opens in the utt language', () => {
    assert.equal(document.languageId, 'utt');
  });

  test('a timesheet named work.log opens from Edit Timesheet in the utt language, with its problems', async () => {
    const file = tempTimesheet('work.log');
    await fs.writeFile(file, '2024-01-02 09:00 hello\nnot an entry\n');
    const undo = override(api, { DataFile: file });
    try {
      await vscode.commands.executeCommand('timekeeper.edit');
      const edited = await waitFor('work.log in the utt language', () => {
        const shown = vscode.window.activeTextEditor?.document;
        return shown?.uri.fsPath === file && shown.languageId === 'utt' ? shown : undefined;
      });
      const problems = await waitFor('its problem', () => {
        const found = vscode.languages.getDiagnostics(edited.uri);
        return found.length > 0 ? found : undefined;
      });
      assert.deepEqual(
        problems.map((d) => [d.range.start.line + 1, d.code]),
        [[2, 'invalid-entry']],
      );
      // Another .log file is no timesheet: it keeps the language VS Code gave it.
      const other = path.join(path.dirname(file), 'server.log');
      await fs.writeFile(other, 'not a timesheet\n');
      const log = await vscode.workspace.openTextDocument(vscode.Uri.file(other));
      await vscode.window.showTextDocument(log);
      assert.equal(log.languageId, 'log');
    } finally {
      undo.dispose();
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.window.showTextDocument(document);
    }
  });

  test('lines that do not parse and entries out of order are in the Problems panel', async () => {
    const diagnostics = await waitFor('diagnostics', () => {
      const found = vscode.languages.getDiagnostics(document.uri);
      return found.length >= 3 ? found : undefined;
    });
    const summary = diagnostics.map((d) => [d.range.start.line + 1, d.code, d.message]);
    assert.deepEqual(
      summary.map(([line, code]) => [line, code]),
      [
        [3, 'invalid-entry'],
        [5, 'chronological-order'],
        // The line being typed: a time without a name yet is not an entry either.
        [7, 'invalid-entry'],
      ],
    );
    assert.match(
      String(summary[0]?.[2]),
      /^Invalid entry at line 3: this is not an entry \(expected "YYYY-MM-DD HH:MM name"/,
    );
    assert.match(
      String(summary[1]?.[2]),
      /^Line 5 not in chronological order: 2024-01-02 10:30 too early \(expected a time at or after 2024-01-02 11:00, the entry at line 4\)/,
    );
  });

  test('activity names complete from history once the date and time are typed', async () => {
    const position = new vscode.Position(6, '2024-01-02 12:30 '.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      position,
    );
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const name of ['globex: support', 'lunch**', 'acme: review'])
      assert.ok(labels.includes(name), labels.join());
    assert.equal(labels.includes('hello'), false);
    const none = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      new vscode.Position(6, 4),
    );
    assert.equal(none.items.filter((i) => i.label === 'lunch**').length, 0, 'no names inside the date');
  });

  test("hovering an entry shows its activity's duration", async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      new vscode.Position(1, 20),
    );
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.match(text, /\*\*1h15\*\* 09:00–10:15 · work · acme: review/);
  });

  test('the report opens in a read-only tab with the utt-report language, and a second run reuses it', async () => {
    const file = tempTimesheet();
    await fs.writeFile(file, '2024-01-02 09:00 hello\n2024-01-02 10:15 acme: review\n');
    const undo = override(api, { DataFile: file, Now: localTime('2024-01-02 11:00') });
    try {
      await vscode.commands.executeCommand('timekeeper.report', { date: 'today' });
      const tab = await waitFor('the report tab', () =>
        vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'timekeeper-output'),
      );
      assert.equal(tab.document.languageId, 'utt-report');
      assert.match(tab.document.getText(), /Tuesday, Jan 02, 2024 \(week 1\)/);
      await vscode.commands.executeCommand('timekeeper.report', { date: 'today', noCurrentActivity: true });
      await waitFor('the second report', () => !tab.document.getText().includes('Current Activity'));
      const outputTabs = vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.scheme === 'timekeeper-output');
      assert.equal(outputTabs.length, 1);
      // Typed into as a person would: the keys reach the report's editor, which refuses them (VS Code says so
      // over the editor), and the text stays as the report wrote it.
      assert.ok(ui.available(), NO_BRIDGE);
      const before = tab.document.getText();
      await ui.click('.editor-group-container.active .monaco-editor .view-lines');
      await ui.typeText('typed');
      await waitFor('the read-only message over the report', async () =>
        (await ui.textOf('.editor-group-container.active .monaco-editor-overlaymessage', 2_000)).includes(
          'Cannot edit in read-only editor',
        ),
      );
      assert.equal(tab.document.getText(), before, 'the report tab is read-only');
    } finally {
      undo.dispose();
    }
  });
});
