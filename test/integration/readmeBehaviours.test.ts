// What the README promises a person will see, one test each, through the real workbench: Show Plugins, Show Log,
// the Today view's inline actions, the Export prompt and its save dialog, export from the report webview, automatic
// tracking's names, diagnostics while typing in a timesheet and gone on close, and the `.utt` file extension.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import { TESTS, getApi, localTime, override, tempTimesheet, waitFor } from './helpers';
import * as ui from './ui';
import {
  INPUT,
  lines,
  rowLabels,
  runFromPalette,
  settleTracker,
  setUserSetting,
  TOAST,
  waitForPrompt,
  waitForToast,
  workbenchReady,
} from './workbench';

const EDITOR = '.editor-group-container.active .monaco-editor .view-lines';
const TODAY_ROW = '.pane-body .monaco-list-row';
const TIMESHEET = [
  '2024-09-02 09:00 hello',
  '2024-09-02 10:30 acme: review  # PR 42',
  '2024-09-02 11:00 coffee**',
];

async function closeEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

suite('README behaviours (UI)', function () {
  this.timeout(60_000);
  let api: Api;
  let file: string;
  let now = localTime('2024-09-02 11:20');
  let undo: vscode.Disposable;
  let folder: vscode.Uri;

  suiteSetup(async () => {
    await workbenchReady();
    api = await getApi();
    const workspaceFolder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(workspaceFolder, 'the test workspace has a folder');
    folder = workspaceFolder.uri;
  });

  setup(async () => {
    file = tempTimesheet();
    await fs.writeFile(file, `${TIMESHEET.join('\n')}\n`);
    now = localTime('2024-09-02 11:20');
    undo = vscode.Disposable.from(
      override(api, { DataFile: file }),
      api.registerComponent(api.tokens.Now, () => new Date(now), TESTS),
    );
    await settleTracker(api);
  });
  teardown(async () => {
    await ui.pressKeys('Escape').catch(() => undefined);
    await vscode.commands.executeCommand('notifications.clearAll');
    await closeEditors();
    undo.dispose();
  });

  test('Show Plugins lists each plugin extension with its version, state and commands', async () => {
    await runFromPalette('Timekeeper: Show Plugins');
    let rows: string[] = [];
    await waitFor('the plugins', async () => {
      rows = await rowLabels();
      return rows.some((r) => r.includes('Timekeeper Sample Plugin'));
    }).catch(async (error: unknown) => {
      const title = await ui.textOf('.quick-input-widget .quick-input-title', 2_000).catch(() => '(none)');
      throw new Error(`${String(error)}; title ${title}; rows ${rows.join(' | ')}`);
    });
    assert.equal(
      await ui.textOf('.quick-input-widget .quick-input-title'),
      `Timekeeper: ${rows.length} plugins`,
    );
    const sample = rows.find((r) => r.includes('Timekeeper Sample Plugin'));
    assert.ok(sample, `the sample plugin in ${rows.join(' | ')}`);
    assert.match(sample, /\d+\.\d+\.\d+ · active · timekeeper-samples\.sample-plugin/);
    assert.match(sample, /commands: sample-greet/);
    await ui.screenshot('show-plugins');
  });

  test('Show Log opens the Timekeeper output channel', async () => {
    await runFromPalette('Timekeeper: Show Log');
    await ui.waitForSelector('.part.panel .output-view, .part.panel [id="workbench.panel.output"]');
    const shown = await waitFor('the Timekeeper channel in the Output panel', async () => {
      const selected = await ui.evaluate<string[]>(
        `[...document.querySelectorAll('.part.panel select')].map((s) => s.options[s.selectedIndex]?.text ?? '')`,
      );
      return selected.some((s) => s === 'Timekeeper') ? selected : undefined;
    });
    assert.ok(shown.includes('Timekeeper'));
    await ui.screenshot('show-log');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  test('Today’s inline actions: open an activity’s line in the timesheet, stretch the current one', async () => {
    await vscode.commands.executeCommand('timekeeper.today.focus');
    const review = `${TODAY_ROW}:has-text("review")`;
    await ui.waitForSelector(review);
    await ui.hover(review);
    await ui.click(`${review} .action-label[aria-label="Open in Timesheet"]`);
    const editor = await waitFor('the timesheet open', () =>
      vscode.window.activeTextEditor?.document.uri.fsPath === file
        ? vscode.window.activeTextEditor
        : undefined,
    );
    assert.equal(editor.selection.active.line, 1, 'the cursor on the line of acme: review');
    await vscode.commands.executeCommand('timekeeper.today.focus');
    const current = `${TODAY_ROW}:has-text("Current activity")`;
    await ui.hover(current);
    await ui.click(`${current} .action-label[aria-label="Stretch the Current Activity"]`);
    await waitFor('the stretch written', async () => (await lines(file)).length === 4);
    assert.equal((await lines(file)).at(-1), '2024-09-02 11:20 coffee**');
  });

  test('Export Report… asks what and which days, then a save dialog, and writes the file', async () => {
    const target = vscode.Uri.joinPath(folder, 'timekeeper-2024-09-02.csv');
    await fs.rm(target.fsPath, { force: true });
    await runFromPalette('Timekeeper: Export Report');
    await waitForPrompt('Timekeeper: Export Report');
    const formats = await rowLabels();
    assert.deepEqual(
      formats.map((f) => f.replace(/^\S*\s*/, '').split(',')[0]),
      [
        'CSV file…',
        'JSON file…',
        'Markdown file…',
        'Copy as CSV',
        'Copy as JSON',
        'Copy as Markdown',
        'Billing (CSV)…',
        'Billing (Markdown)…',
      ],
      formats.join(' | '),
    );
    await ui.pressKeys('Enter');
    await waitFor('the range question', async () =>
      (await rowLabels()).some((r) => r.startsWith('Yesterday')),
    );
    await ui.pressKeys('Enter');
    // code-server's save dialog is a path input, filled with the suggested file in the workspace.
    const suggested = await waitFor('the save dialog', async () => {
      const value = await ui.inputValue(INPUT, 2_000).catch(() => '');
      return value.endsWith('timekeeper-2024-09-02.csv') ? value : undefined;
    });
    assert.equal(path.basename(suggested), 'timekeeper-2024-09-02.csv');
    await ui.screenshot('export-save-dialog');
    await ui.pressKeys('Enter');
    const csv = await waitFor('the file written', () => fs.readFile(target.fsPath, 'utf8').catch(() => ''));
    assert.deepEqual(csv.split('\r\n').slice(0, 3), [
      'Date,Start,End,Project,Task,Name,Type,Minutes,Hours,Comment,Line',
      '2024-09-02,09:00,10:30,acme,review,acme: review,work,90,1.50,PR 42,2',
      '2024-09-02,10:30,11:00,,coffee**,coffee**,break,30,0.50,,3',
    ]);
    await fs.rm(target.fsPath, { force: true });
  });

  test('export from the report webview: Copy as CSV puts the shown range on the clipboard', async () => {
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('timekeeper.open-report', { date: 'today' });
    await ui.waitForSelectorIn(ui.WEBVIEW_FRAMES, '#export', 30_000);
    await ui.evaluateIn(
      ui.WEBVIEW_FRAMES,
      `(() => { document.getElementById('export').click();` +
        ` [...document.querySelectorAll('#export-menu [role^=menuitem]')].find((x) => x.textContent === 'Copy as CSV').click(); })()`,
    );
    await waitForToast('the report is on the clipboard as CSV');
    const csv = await vscode.env.clipboard.readText();
    assert.match(csv, /^Date,Start,End,Project,Task,Name,Type,Minutes,Hours,Comment,Line\r\n/);
    assert.match(csv, /2024-09-02,09:00,10:30,acme,review,acme: review,work,90,1\.50,PR 42,2\r\n/);
  });

  test('export from the report webview to a file asks where to save it', async () => {
    const target = vscode.Uri.joinPath(folder, 'timekeeper-report.md');
    await fs.rm(target.fsPath, { force: true });
    await vscode.commands.executeCommand('timekeeper.open-report', { date: 'today' });
    await ui.waitForSelectorIn(ui.WEBVIEW_FRAMES, '#export', 30_000);
    await ui.evaluateIn(
      ui.WEBVIEW_FRAMES,
      `(() => { document.getElementById('export').click();` +
        ` [...document.querySelectorAll('#export-menu [role^=menuitem]')].find((x) => x.textContent === 'Markdown file…').click(); })()`,
    );
    const problem = (await Promise.race([
      waitFor(
        'the save dialog',
        async () => (await ui.count(INPUT)) > 0 && (await ui.inputValue(INPUT, 2_000)).endsWith('.md'),
      ),
      waitFor('an error', async () => (await ui.count(`${TOAST}`)) > 0 && ui.textOf(TOAST)),
    ])) as boolean | string;
    assert.equal(problem, true, `a save dialog, not: ${String(problem)}`);
    await ui.pressKeys('Enter');
    const markdown = await waitFor('the file written', () =>
      fs.readFile(target.fsPath, 'utf8').catch(() => ''),
    );
    assert.match(markdown, /acme/);
    await fs.rm(target.fsPath, { force: true });
  });

  test('autoTrack: hello at the first activity, and the work before a time away named "<folder>: <folder of the file>"', async () => {
    await fs.writeFile(file, '2024-09-01 17:00 acme: review\n');
    now = localTime('2024-09-03 10:00');
    await settleTracker(api);
    const source = vscode.Uri.joinPath(folder, 'src', 'app.ts');
    await fs.mkdir(path.dirname(source.fsPath), { recursive: true });
    await fs.writeFile(source.fsPath, 'export const app = 1;\n');
    // The file is open before automatic tracking starts: its first activity is the typing in src/app.ts.
    await vscode.window.showTextDocument(source, { preview: false });
    await ui.click(EDITOR);
    await settleTracker(api);
    await setUserSetting('timekeeper.autoTrack', true);
    try {
      await ui.typeText('// ');
      await waitFor('hello written', async () => (await lines(file)).at(-1) === '2024-09-03 10:00 hello');
      now = localTime('2024-09-03 10:09');
      await ui.typeText('more ');
      // Past the idle time (10 minutes by default), then back at the keyboard.
      const tracker = api.resolve(api.tokens.ActivityTracker);
      await waitFor('the tracker to have the 10:09 keystrokes', async () => {
        await settleTracker(api);
        return tracker.state === 'active';
      });
      now = localTime('2024-09-03 10:30');
      await waitFor('idle', () => tracker.state === 'idle');
      await ui.typeText('back ');
      await waitForToast('Away 10:09–10:30');
      await waitFor('the work before the time away', async () =>
        (await lines(file)).some((l) => l.startsWith('2024-09-03 10:09 ')),
      );
      assert.deepEqual((await lines(file)).slice(1), [
        '2024-09-03 10:00 hello',
        '2024-09-03 10:09 workspace: src',
      ]);
    } finally {
      await setUserSetting('timekeeper.autoTrack', undefined);
      await closeEditors();
      await fs.rm(path.dirname(source.fsPath), { recursive: true, force: true });
    }
  });

  test('a .utt file is a timesheet: its language, problems while typing, none once fixed or closed', async () => {
    const sheet = vscode.Uri.joinPath(folder, 'week.utt');
    await fs.writeFile(sheet.fsPath, '2024-09-02 09:00 hello\n');
    try {
      const document = await vscode.workspace.openTextDocument(sheet);
      assert.equal(document.languageId, 'utt', 'the .utt extension selects the timesheet language');
      await vscode.window.showTextDocument(document, { preview: false });
      await waitFor('the language in the status bar', async () =>
        (await ui.textOf('[id="status.editor.mode"]', 2_000).catch(() => '')).includes('utt timesheet'),
      );
      const problems = () => vscode.languages.getDiagnostics(sheet);
      assert.equal(problems().length, 0);
      await ui.click(EDITOR);
      await ui.pressKeys('Control+End');
      await ui.typeText('2024-09-02 8:00 too early');
      const found = await waitFor('a problem while typing', () => problems()[0]);
      assert.match(found.message, /Invalid entry at line 2|line 2/i);
      assert.equal(found.range.start.line, 1);
      await ui.screenshot('timesheet-problem');
      // Fixed by typing: the problem goes away without saving.
      await ui.pressKeys('Home');
      await ui.pressKeys('Shift+End');
      await ui.typeText('2024-09-02 10:00 acme: plan');
      await waitFor('no problem once fixed', () => problems().length === 0);
      await ui.typeText('x');
      await ui.pressKeys('Enter');
      await ui.typeText('garbage');
      await waitFor('a problem again', () => problems().length === 1);
      await closeEditors();
      await waitFor('no problem once closed', () => problems().length === 0, 20_000);
    } finally {
      await fs.rm(sheet.fsPath, { force: true });
    }
  });
});
