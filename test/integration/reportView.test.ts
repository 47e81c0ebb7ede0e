// The report webview in the real workbench: what it draws (read from its DOM through the UI bridge), live updates,
// opening the timesheet at an activity's line, a payload in the timesheet that must not run, the budgets for a
// year of entries, and screenshots in light and dark themes.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type {
  Api,
  Breakdown,
  Explainer,
  ExplainQuery,
  Explanation,
  SignalSummary,
  TimeRange,
} from '../../src/api';
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

// ----- Explaining a total, and where the time went -----

/** The seeded day: acme: review 1h30, coffee** 0h30, acme: release 1h45, lunch** 0h45, globex: planning 3h30. */
const DAY = WEEK.split('\n\n')[0] + '\n';
const MINUTE = 60_000;

/** The focused element of the report, as a key: its id, or what its button explains. */
const focused = () =>
  ui.evaluateIn<string>(
    frames,
    `document.activeElement?.id || (document.activeElement?.dataset.explain ?? document.activeElement?.tagName ?? '')`,
  );
const paneText = () => ui.textIn(frames, 'section.explain');
const paneHidden = () => ui.evaluateIn<boolean>(frames, `document.querySelector('section.explain').hidden`);

function signals(person: number, extra: Partial<SignalSummary> = {}): SignalSummary {
  return {
    person: person * MINUTE,
    unobserved: 0,
    agent: 0,
    idle: [],
    filesEdited: 0,
    filesEditedByAgents: 0,
    languages: [],
    branches: [],
    commands: [],
    ...extra,
  };
}

/**
 * An Explainer as a plugin would register one, with hand-written answers for the seeded day, that keeps what it was
 * asked: the report's side is tested against known answers, and the suite below through the built-in one.
 */
class HandWrittenExplainer implements Explainer {
  readonly queries: ExplainQuery[] = [];
  readonly ranges: TimeRange[] = [];

  explain(query: ExplainQuery): Promise<Explanation> {
    this.queries.push(query);
    const review = {
      name: 'acme: review',
      start: localTime('2024-05-06 09:00'),
      end: localTime('2024-05-06 10:30'),
      duration: 90 * MINUTE,
      line: 2,
      current: false,
      comment: 'PR 42',
      signals: signals(80, {
        unobserved: 10 * MINUTE,
        agent: 12 * MINUTE,
        filesEdited: 3,
        filesEditedByAgents: 1,
        languages: [{ key: 'typescript', person: 70 * MINUTE, agent: 12 * MINUTE }],
        branches: [{ key: 'feature/ABC-123-login', person: 80 * MINUTE, agent: 0 }],
        commands: [{ key: 'npm', person: 5 * MINUTE, agent: 0 }],
      }),
    };
    const release = {
      name: 'acme: release',
      start: localTime('2024-05-06 11:00'),
      end: localTime('2024-05-06 12:45'),
      duration: 105 * MINUTE,
      line: 4,
      current: false,
      signals: signals(0, { unobserved: 105 * MINUTE }),
    };
    const day = { start: localTime('2024-05-06 00:00'), end: localTime('2024-05-06 00:00') };
    if (query.name === 'acme: review') {
      return Promise.resolve({ subject: 'acme: review', ...day, total: 90 * MINUTE, parts: [review] });
    }
    if (query.name === undefined && query.project === 'acme') {
      return Promise.resolve({
        subject: 'project acme',
        ...day,
        total: 195 * MINUTE,
        parts: [review, release],
      });
    }
    return Promise.reject(new Error(`No activity "${query.name ?? query.project}" in 2024-05-06`));
  }

  breakdown(range: TimeRange): Promise<Breakdown> {
    this.ranges.push(range);
    const seeded = range.from.getTime() === localTime('2024-05-06 00:00').getTime();
    const row = (key: string, person: number, agent = 0) => ({
      key,
      person: person * MINUTE,
      agent: agent * MINUTE,
    });
    return Promise.resolve({
      range,
      person: seeded ? 180 * MINUTE : 0,
      agent: seeded ? 60 * MINUTE : 0,
      languages: seeded ? [row('typescript', 150, 60), row('markdown', 30)] : [],
      branches: seeded ? [{ ...row('feature/ABC-123-login', 180, 60), ticket: 'ABC-123 login' }] : [],
      files: seeded ? [row('src/login/form.ts', 120, 40), row('README.md', 30)] : [],
      folders: seeded ? [row('acme', 180, 60)] : [],
    });
  }
}

suite('Report view: explain a total', function () {
  let api: Api;
  let file: string;
  let undo: vscode.Disposable;
  const explainer = new HandWrittenExplainer();

  suiteSetup(async function () {
    assert.ok(ui.available(), NO_BRIDGE);
    api = await getApi();
    file = tempTimesheet();
    await fs.writeFile(file, DAY);
    undo = vscode.Disposable.from(
      override(api, { DataFile: file, Now: localTime('2024-05-09 09:00') }),
      api.registerComponent(api.tokens.Explainer, () => explainer, TESTS),
    );
  });
  suiteTeardown(async () => {
    undo?.dispose();
    await closeEditors();
  });

  test('a click on an activity total explains it in the pane; Escape gives the focus back to the total', async () => {
    await closeEditors();
    await openReport({ date: '2024-05-06' });
    await ui.clickIn(frames, 'table.activities button[data-explain="name:acme: review"]');
    await waitFor('the explanation', async () => (await paneText()).includes('whole total'));
    assert.deepEqual(explainer.queries.at(-1), { range: { date: '2024-05-06' }, name: 'acme: review' });
    const text = (await paneText()).replace(/\s+/g, ' ');
    assert.match(text, /^How acme: review is made /);
    assert.match(text, /acme: review: 1h30 on 2024-05-06/);
    assert.match(text, /line 2 2024-05-06 09:00–10:30 1h30 acme: review # PR 42/);
    assert.match(
      text,
      /You 1h20, unobserved 0h10 Agents 0h12 3 files edited, 1 by agents Languages: typescript/,
    );
    assert.match(text, /Branches: feature\/ABC-123-login Commands: npm/);
    assert.match(text, /This one part is the whole total, 1h30\.$/);
    assert.equal(await focused(), 'explain-heading', 'the focus moves to the explanation');
    await ui.pressKeys('Escape');
    await waitFor('the pane closed', paneHidden);
    assert.equal(await focused(), 'name:acme: review', 'the focus is back on the total');
  });

  test('the keyboard explains a project total, and Close gives the focus back', async () => {
    await closeEditors();
    await openReport({ date: '2024-05-06' });
    const button = 'ul.projects button[data-explain="project:acme"]';
    assert.equal(
      await ui.evaluateIn(frames, `document.querySelector('${button}').ariaLabel`),
      'Explain project acme, 3h15',
    );
    await ui.evaluateIn(frames, `document.querySelector('${button}').focus()`);
    await ui.pressKeys('Enter');
    await waitFor('the explanation', async () => (await paneText()).includes('add up'));
    assert.deepEqual(explainer.queries.at(-1), { range: { date: '2024-05-06' }, project: 'acme' });
    const text = (await paneText()).replace(/\s+/g, ' ');
    assert.match(text, /project acme: 3h15 on 2024-05-06/);
    assert.match(text, /line 2 2024-05-06 09:00–10:30 1h30 acme: review/);
    assert.match(
      text,
      /line 4 2024-05-06 11:00–12:45 1h45 acme: release Nothing in the journal: 1h45 unobserved/,
    );
    assert.match(text, /These 2 parts add up to the total, 3h15\.$/);
    assert.equal(await focused(), 'explain-heading');
    // From the heading, Tab reaches Close first.
    await ui.pressKeys('Tab', 'Enter');
    await waitFor('the pane closed', paneHidden);
    assert.equal(await focused(), 'project:acme');
  });

  test('a part’s line opens the timesheet there; a total that cannot be explained says why', async () => {
    await closeEditors();
    await openReport({ date: '2024-05-06' });
    await ui.clickIn(frames, 'ul.projects button[data-explain="project:acme"]');
    await ui.clickIn(frames, 'section.explain button.link:text-is("line 4")');
    const editor = await waitFor('the timesheet editor', () =>
      vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath === file),
    );
    await waitFor('the cursor on line 4', () => editor.selection.active.line === 3);
    await ui.clickIn(frames, 'table.activities button[data-explain="name:coffee**"]');
    await waitFor('the reason', async () =>
      (await paneText()).includes('This total cannot be explained: No activity "coffee**" in 2024-05-06'),
    );
    assert.equal(
      await ui.evaluateIn(frames, `document.querySelector('section.explain [role=alert]') !== null`),
      true,
    );
  });

  test('where the time went: by language, branch and ticket, file, and you against agents', async () => {
    await closeEditors();
    await openReport({ date: '2024-05-06' });
    const section = await waitFor('the breakdown', async () => {
      const text = await ui.evaluateIn<string>(
        frames,
        `document.querySelector('.breakdown')?.innerText ?? ''`,
      );
      return text.replace(/\s+/g, ' ');
    });
    assert.deepEqual(
      [explainer.ranges.at(-1)?.from, explainer.ranges.at(-1)?.to],
      [localTime('2024-05-06 00:00'), localTime('2024-05-07 00:00')],
    );
    assert.match(section, /You 3h00 \(75%\), agents 1h00 \(25%\), from the journal/);
    assert.match(
      section,
      /By language Language You Agents Share typescript 2h30 1h00 88% markdown 0h30 0h00 13%/,
    );
    assert.match(section, /By branch and ticket .* feature\/ABC-123-login \(ABC-123 login\) 3h00 1h00 100%/);
    assert.match(section, /By file \(top 10\) .* src\/login\/form\.ts 2h00 0h40 67%/);
    assert.equal(
      await ui.evaluateIn(
        frames,
        `(() => { const box = document.querySelector('.breakdown')?.closest('section');
                  return document.getElementById(box?.getAttribute('aria-labelledby') ?? '')?.textContent; })()`,
      ),
      'Where the time went',
    );
    // A day the journal has nothing for has no such section.
    await openReport({ date: '2024-05-07' });
    await waitFor('the breakdown asked for the other day', () =>
      explainer.ranges.some((range) => range.from.getTime() === localTime('2024-05-07 00:00').getTime()),
    );
    assert.equal(await ui.evaluateIn(frames, `document.querySelector('.breakdown') === null`), true);
  });

  test('axe-core finds no serious or critical violation with the explanation and the breakdown shown', async () => {
    await closeEditors();
    await openReport({ date: '2024-05-06' });
    await waitFor('the breakdown', () =>
      ui.evaluateIn<boolean>(frames, `document.querySelector('.breakdown') !== null`),
    );
    await ui.clickIn(frames, 'table.activities button[data-explain="name:acme: review"]');
    await waitFor('the explanation', async () => (await paneText()).includes('whole total'));
    const source = await fs.readFile(
      path.resolve(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'),
      'utf8',
    );
    const violations = await ui.evaluateIn<{ id: string; impact: string | null; help: string }[]>(
      frames,
      `(async () => {
        if (!window.axe) { (0, eval)(${JSON.stringify(source)}); }
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help }));
      })()`,
    );
    await ui.screenshot('report-explain');
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious, [], JSON.stringify(serious, null, 2));
  });
});

// The same through Timekeeper's own Explainer and a journal.
suite('Report view: explain a total with the built-in Explainer', function () {
  let api: Api;
  let file: string;
  let undo: vscode.Disposable;
  // Yesterday on the real calendar: the journal's retention counts from the real date, never from the test's clock.
  const yesterday = new Date(new Date().getFullYear(), new Date().getMonth(), new Date().getDate() - 1);
  const day = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`;

  suiteSetup(async function () {
    assert.ok(ui.available(), NO_BRIDGE);
    api = await getApi();
    file = tempTimesheet();
    await fs.writeFile(file, DAY.replaceAll('2024-05-06', day));
    // The person edits TypeScript on a branch from 09:10 to 10:20, during acme: review (09:00-10:30).
    const at = (time: string) => localTime(`${day} ${time}`).getTime();
    const journal = path.join(path.dirname(file), '.utt.log.journal', day);
    await fs.mkdir(journal, { recursive: true });
    const records = [
      { format: 'timekeeper-journal', version: 1 },
      ...[0, 1, 2, 3, 4, 5, 6].map((i) => ({
        start: at('09:10') + i * 10 * MINUTE,
        end: at('09:10') + (i + 1) * 10 * MINUTE,
        kind: 'edit',
        folder: 'acme',
        repository: 'acme',
        branch: 'feature/ABC-123-login',
        language: 'typescript',
        file: 'src/login/form.ts',
      })),
    ];
    await fs.writeFile(
      path.join(journal, 'test-1-seeded.jsonl'),
      records.map((r) => JSON.stringify(r)).join('\n') + '\n',
    );
    undo = override(api, { DataFile: file, Now: localTime(`${day} 18:00`) });
  });
  suiteTeardown(async () => {
    undo?.dispose();
    await closeEditors();
  });

  test('a click on an activity total and the keyboard on a project total explain them; the parts add up', async () => {
    await closeEditors();
    await openReport({ date: day });
    await ui.clickIn(frames, 'table.activities button[data-explain="name:acme: review"]');
    await waitFor('the explanation', async () => (await paneText()).includes('whole total'));
    let text = (await paneText()).replace(/\s+/g, ' ');
    assert.match(text, new RegExp(`acme: review: 1h30 on ${day}`));
    assert.match(text, new RegExp(`line 2 ${day} 09:00–10:30 1h30 acme: review # PR 42`));
    assert.match(text, /Languages: typescript/);
    assert.match(text, /Branches: feature\/ABC-123-login/);
    assert.match(text, /This one part is the whole total, 1h30\.$/);
    await ui.pressKeys('Escape');
    await waitFor('the pane closed', paneHidden);
    assert.equal(await focused(), 'name:acme: review');

    await ui.evaluateIn(
      frames,
      `document.querySelector('ul.projects button[data-explain="project:acme"]').focus()`,
    );
    await ui.pressKeys('Enter');
    await waitFor('the explanation', async () => (await paneText()).includes('add up'));
    text = (await paneText()).replace(/\s+/g, ' ');
    assert.match(text, /: 3h15 on /);
    assert.match(text, /These 2 parts add up to the total, 3h15\.$/);
    await ui.pressKeys('Escape');
    assert.equal(await focused(), 'project:acme');
  });

  test('where the time went shows the journal’s language, branch and file', async () => {
    await closeEditors();
    await openReport({ date: day });
    const section = await waitFor('the breakdown', () =>
      ui.evaluateIn<string>(frames, `document.querySelector('.breakdown')?.innerText ?? ''`),
    );
    assert.match(section, /typescript/);
    assert.match(section, /feature\/ABC-123-login/);
    assert.match(section, /src\/login\/form\.ts/);
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
