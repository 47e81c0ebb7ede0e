// The report webview in the real workbench: what it draws (read from its DOM through the UI bridge), live updates,
// opening the timesheet at an activity's line, a payload in the timesheet that must not run, the budgets for a
// year of entries, and screenshots in light and dark themes.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import type { OpenedReport } from '../../subplugins/report-view/reportPanel';
import { TESTS, NO_BRIDGE, getApi, localTime, override, tempTimesheet, waitFor } from './helpers';
import * as ui from './ui';

const WEEK = [
  '2024-05-06 09:00 hello',
  '2024-05-06 10:30 acme: review  # PR 42',
  '2024-05-06 11:00 coffee**',
  '2024-05-06 12:45 acme: release',
  '2024-05-06 13:30 lunch**',
  '2024-05-06 17:00 globex: planning  # Q3',
  '',
  '2024-05-07 09:00 hello',
  '2024-05-07 12:00 globex: planning',
  '2024-05-07 12:30 commute***',
  '2024-05-07 16:00 acme: review',
  '',
  '2024-05-08 08:30 hello',
  '2024-05-08 10:00 writing docs',
  '',
].join('\n');
const RANGE = { from: '2024-05-06', to: '2024-05-08' };
const frames = ui.WEBVIEW_FRAMES;

async function openReport(args: Record<string, unknown>): Promise<OpenedReport> {
  const opened = (await vscode.commands.executeCommand('timekeeper.open-report', args)) as
    OpenedReport | undefined;
  assert.ok(opened?.rendered, `open-report rendered nothing: ${JSON.stringify(opened)}`);
  return opened;
}

async function closeEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The editor background, as a CSS value, of the workbench or (with `frames`) of the report's webview. */
function editorBackground(frames?: readonly string[]): Promise<string> {
  const expression = `getComputedStyle(document.documentElement.querySelector('.monaco-workbench') ?? document.documentElement).getPropertyValue('--vscode-editor-background').trim()`;
  return frames ? ui.evaluateIn<string>(frames, expression) : ui.evaluate<string>(expression);
}

/** Switches the colour theme and waits until the workbench and the report's webview both wear it. */
async function setTheme(theme: string): Promise<string> {
  await vscode.workspace
    .getConfiguration()
    .update('workbench.colorTheme', theme, vscode.ConfigurationTarget.Global);
  const themeClass = theme.includes('Light')
    ? 'vs'
    : theme.includes('High Contrast')
      ? 'hc-black'
      : 'vs-dark';
  await waitFor(`the ${theme} theme`, () =>
    ui.evaluate<boolean>(
      `document.querySelector('.monaco-workbench')?.classList.contains(${JSON.stringify(themeClass)}) ?? false`,
    ),
  );
  // The webview gets the theme's variables a moment after the workbench repaints.
  const background = await editorBackground();
  await waitFor(`the report in the ${theme} colours (${background})`, async () =>
    (await editorBackground(frames)) === background ? background : undefined,
  );
  return background;
}

suite('Report view', function () {
  let api: Api;
  let file: string;
  let undo: vscode.Disposable;

  suiteSetup(async function () {
    assert.ok(ui.available(), NO_BRIDGE);
    api = await getApi();
    file = tempTimesheet();
    await fs.writeFile(file, WEEK);
    undo = override(api, { DataFile: file, Now: localTime('2024-05-09 09:00') });
  });
  suiteTeardown(async () => {
    undo?.dispose();
    await closeEditors();
  });

  test('open-report draws summary cards, a bar per day worked, projects, activities and details', async () => {
    await closeEditors();
    const opened = await openReport(RANGE);
    assert.equal(opened.first, '2024-05-06');
    assert.equal(opened.last, '2024-05-08');
    const rendered = opened.rendered;
    assert.ok(rendered);
    assert.deepEqual(rendered.cards.slice(0, 3), ['Working 14h45', 'Break 1h15', 'Total 16h00 92% working']);
    assert.match(rendered.cards[3], /^Goal 61% 14h45 of 24h00 \(8h × 3 days\)$/);
    assert.equal(rendered.bars, 3);
    assert.equal(rendered.projects, 3);
    assert.equal(rendered.tableRows, 7);
    assert.equal(rendered.days, 3);
    // The same, read from the webview's DOM as a person sees it.
    const projects = await ui.textIn(frames, 'ul.projects');
    assert.match(projects, /acme[\s\S]*6h45[\s\S]*globex[\s\S]*6h30[\s\S]*\(no project\)[\s\S]*1h30/);
    const details = await ui.textIn(frames, '.timeline');
    assert.match(details, /09:00–10:30\s+1h30\s+acme: review\s+PR 42/);
    assert.ok(
      await ui.evaluateIn<boolean>(frames, `document.querySelectorAll('svg.chart line.goal').length === 1`),
    );
  });

  test('the table sorts by a column, and the keyboard reverses it', async () => {
    await openReport(RANGE);
    const firstTask = () =>
      ui.evaluateIn<string>(frames, `document.querySelector('table.activities tbody td').innerText`);
    const focusedSort = () =>
      ui.evaluateIn<string | null>(
        frames,
        `document.activeElement?.closest('th')?.getAttribute('aria-sort') ?? null`,
      );
    assert.equal(await firstTask(), 'planning', 'longest first');
    await ui.clickIn(frames, 'table.activities th:first-child button');
    await waitFor('the table sorted by activity', async () => (await firstTask()) === 'coffee**');
    assert.equal(await focusedSort(), 'ascending');
    // The header keeps the focus across the redraw, so Enter sorts again, the other way.
    await ui.pressKeys('Enter');
    await waitFor('the table reversed', async () => (await firstTask()) === 'writing docs');
    assert.equal(await focusedSort(), 'descending');
  });

  test('the project filter narrows the report in place', async () => {
    await openReport(RANGE);
    await ui.evaluateIn(
      frames,
      `(() => { document.getElementById('project-filter').click(); [...document.querySelectorAll('#project-filter-menu [role^=menuitem]')].find((item) => item.textContent === 'globex').click(); })()`,
    );
    await waitFor('the filtered report', async () =>
      (await ui.textIn(frames, '.subtitle')).includes('project globex'),
    );
    await waitFor('globex only', async () => (await ui.textIn(frames, '.cards')).includes('6h30'));
    assert.equal(
      await ui.evaluateIn<number>(frames, `document.querySelectorAll('table.activities tbody tr').length`),
      1,
    );
  });

  test('clicking an activity opens the timesheet at its line', async () => {
    await closeEditors();
    await openReport(RANGE);
    await ui.clickIn(frames, 'table.activities button.link:text-is("review")');
    const editor = await waitFor('the timesheet editor', () =>
      vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath === file),
    );
    // The latest `acme: review` entry.
    await waitFor('the cursor on line 11', () => editor.selection.active.line === 10);
  });

  test('the report follows the timesheet: an added entry shows up without reopening', async () => {
    await closeEditors();
    await openReport(RANGE);
    const now = api.registerComponent('Now', () => localTime('2024-05-08 11:15'), TESTS);
    try {
      await api.runCommand('add', { name: 'acme: hotfix', comment: 'live' });
    } finally {
      now.dispose();
    }
    await waitFor('the new activity in the webview', async () =>
      (await ui.textIn(frames, 'table.activities')).includes('hotfix'),
    );
    await fs.writeFile(file, WEEK);
    await waitFor(
      'the activity gone again',
      async () => !(await ui.textIn(frames, 'table.activities')).includes('hotfix'),
    );
  });

  test('names and comments are text: a payload in the timesheet runs nothing', async () => {
    const hostile = tempTimesheet();
    await fs.writeFile(
      hostile,
      [
        '2024-05-06 09:00 hello',
        '2024-05-06 10:00 <img src=x onerror=alert(1)>: <script>alert(2)</script>',
        '2024-05-06 11:00 <img/src=x/onerror=window.pwned=1>: <svg/onload=window.pwned=2>  # <script>window.pwned=3</script><b onmouseover=alert(3)>x</b>',
        '',
      ].join('\n'),
    );
    const hostileFile = override(api, { DataFile: hostile });
    try {
      await closeEditors();
      const opened = await openReport({ date: '2024-05-06' });
      assert.equal(opened.rendered?.tableRows, 2);
      const page = await ui.evaluateIn<{ pwned: unknown; images: number; scripts: number; text: string }>(
        frames,
        `({ pwned: window.pwned ?? null, images: document.images.length,
            scripts: [...document.scripts].filter((s) => !s.src.endsWith('/report.js') && s.textContent.includes('pwned')).length,
            text: document.body.innerText })`,
      );
      assert.equal(page.pwned, null);
      assert.equal(page.images, 0);
      assert.equal(page.scripts, 0, 'no script but VS Code’s and the report’s');
      assert.ok(page.text.includes('<script>alert(2)</script>'), 'the name shows as text');
      assert.ok(page.text.includes('<script>window.pwned=3</script>'), 'the comment shows as text');
      assert.deepEqual(await ui.dialogs(), []);
      await ui.screenshot('report-payload');
    } finally {
      hostileFile.dispose();
    }
  });

  // The budget is for Timekeeper's share: the model, the message and the drawing. A new panel adds VS Code's own
  // start of a webview (an iframe, a service worker, the bundle and font), about a second in headless code-server
  // here: that figure is printed and held to a looser bound.
  test('a year of entries: data on screen within 500 ms of the command, message under 200 KB', async function () {
    this.timeout(60_000);
    const year = tempTimesheet();
    await fs.writeFile(year, yearOfEntries());
    const yearFile = override(api, { DataFile: year, Now: localTime('2024-12-31 18:00') });
    const timed = async (args: Record<string, unknown>) => {
      const started = performance.now();
      const opened = await openReport(args);
      return { opened, ms: performance.now() - started };
    };
    try {
      const entries = (await api.resolve(api.tokens.Timesheet).entries()).length;
      await closeEditors();
      const newPanel = await timed({ from: '2024-01-01', to: '2024-12-31' });
      const openPanel = await timed({ month: 'prev' });
      const year = await timed({ from: '2024-01-01', to: '2024-12-31' });
      const project = await timed({ from: '2024-01-01', to: '2024-12-31', project: 'acme' });
      console.log(
        `[report view] ${entries} entries over a year: message ${(year.opened.dataBytes / 1024).toFixed(1)} KB; ` +
          `command to data on screen ${year.ms.toFixed(0)} ms (one project ${project.ms.toFixed(0)} ms, ` +
          `one month ${openPanel.ms.toFixed(0)} ms); in a new panel ${newPanel.ms.toFixed(0)} ms`,
      );
      // VS Code's start of a webview (page set → our script's first line) is not Timekeeper's to speed up: the
      // budget holds for the rest of a new panel's time, and VS Code's share is printed.
      const split = newPanel.opened.timing;
      const vscodeShare = split?.webviewStart ?? 0;
      const ownShare = newPanel.ms - vscodeShare;
      console.log(
        `[report view] a new panel, ms: VS Code's webview start ${vscodeShare}, Timekeeper's share ${ownShare.toFixed(0)} ` +
          `(${JSON.stringify(split)})`,
      );
      assert.ok(entries >= 5000, `${entries} entries`);
      assert.equal(year.opened.rendered?.days, 262, 'the weekdays of 2024');
      assert.ok(year.opened.dataBytes <= 200 * 1024, `${year.opened.dataBytes} bytes`);
      assert.ok(year.ms <= 500, `${year.ms} ms`);
      assert.ok(project.ms <= 500, `${project.ms} ms for one project`);
      assert.ok(split?.webviewStart !== undefined, 'a new panel times its webview start');
      assert.ok(ownShare <= 500, `${ownShare} ms of Timekeeper's own in a new panel`);
      assert.ok(newPanel.ms <= 3000, `${newPanel.ms} ms in a new panel`);
    } finally {
      yearFile.dispose();
    }
  });

  test('screenshots in light and dark themes', async function () {
    this.timeout(60_000);
    await closeEditors();
    await openReport(RANGE);
    // The screenshots go into the README: without the notifications other tests left behind.
    await vscode.commands.executeCommand('notifications.clearAll');
    try {
      const light = await setTheme('Default Light Modern');
      await ui.screenshot('report-light');
      const dark = await setTheme('Default Dark Modern');
      await ui.screenshot('report-dark');
      const highContrast = await setTheme('Default High Contrast');
      await ui.screenshot('report-high-contrast');
      assert.equal(
        new Set([light, dark, highContrast]).size,
        3,
        `backgrounds ${light}, ${dark}, ${highContrast}`,
      );
    } finally {
      await vscode.workspace
        .getConfiguration()
        .update('workbench.colorTheme', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

/** 2024's weekdays, 20 entries each with comments on some: about 5,200 entries, as a busy year of utt. */
function yearOfEntries(): string {
  const names = [
    'acme: review',
    'acme: release',
    'globex: planning',
    'initech: support',
    'email',
    'coffee**',
  ];
  const lines: string[] = [];
  for (let day = new Date(2024, 0, 1); day.getFullYear() === 2024; day.setDate(day.getDate() + 1)) {
    if (day.getDay() === 0 || day.getDay() === 6) continue;
    const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    lines.push(`${date} 08:00 hello`);
    for (let i = 1; i < 20; i++) {
      const minutes = 8 * 60 + i * 27;
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      const comment = i % 4 === 0 ? `  # ticket ${i * 7}` : '';
      lines.push(`${date} ${time} ${names[i % names.length]}${comment}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
