// `explain` in the real extension host: a timesheet and a journal written by hand (as docs/JOURNAL.md describes it,
// in the journal folder beside the timesheet), explained from runCommand and executeCommand as the Today view and
// the status bar call it, the text in its own Output tab, the Explainer as the report webview resolves it, and bad
// arguments refused with what to do.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Api, Explanation } from '../../src/api';
import { getApi, localTime, NO_BRIDGE, override, tempTimesheet, waitFor } from './helpers';
import * as ui from './ui';

const TIMESHEET = [
  '2024-06-03 09:00 hello',
  '2024-06-03 10:30 acme: review  # PR 42',
  '2024-06-03 11:00 coffee**',
  '2024-06-03 12:00 acme: review',
  '2024-06-03 13:00 lunch**',
  '2024-06-03 14:00 globex: planning',
  '',
].join('\n');

/** A journal line of the day, its times local. */
const record = (from: string, to: string, fields: Record<string, string>) =>
  JSON.stringify({
    start: localTime(`2024-06-03 ${from}`).getTime(),
    end: localTime(`2024-06-03 ${to}`).getTime(),
    ...fields,
  });

const JOURNAL = [
  JSON.stringify({ format: 'timekeeper-journal', version: 1 }),
  record('09:00', '10:00', {
    kind: 'edit',
    folder: 'acme',
    branch: 'feature/ABC-123-login',
    language: 'typescript',
    file: 'src/login/form.ts',
  }),
  record('10:00', '10:05', { kind: 'terminal', folder: 'acme', detail: 'npm' }),
  record('11:00', '11:40', {
    kind: 'edit',
    folder: 'acme',
    branch: 'feature/ABC-123-login',
    language: 'markdown',
    file: 'docs/login.md',
  }),
  record('11:10', '11:22', {
    kind: 'agent',
    actor: 'agent',
    folder: 'acme',
    language: 'typescript',
    file: 'src/login/session.ts',
  }),
  record('13:00', '14:00', {
    kind: 'edit',
    folder: 'globex',
    branch: 'main',
    language: 'go',
    file: 'plan.go',
  }),
  '',
].join('\n');

const EXPLAINED = [
  'acme: review, 2024-06-03: 2h30',
  '',
  'line 2  09:00–10:30  1h30  acme: review  # PR 42',
  '    edits in 1 file (typescript 1h00); branch feature/ABC-123-login; terminal: npm 0h05; idle 10:05–10:30; unobserved 0h25',
  'line 4  11:00–12:00  1h00  acme: review',
  '    edits in 1 file (markdown 0h40); branch feature/ABC-123-login; agents 0h12, edits in 1 file; idle 11:40–12:00; unobserved 0h20',
  '',
  'These parts add up to 2h30; the report says 2h30.',
  '',
].join('\n');

const MINUTE = 60_000;

/** A timesheet with its journal beside it, in a folder of its own. */
async function seededTimesheet(): Promise<string> {
  const file = tempTimesheet();
  await fs.writeFile(file, TIMESHEET);
  const day = path.join(path.dirname(file), '.utt.log.journal', '2024-06-03');
  await fs.mkdir(day, { recursive: true });
  await fs.writeFile(path.join(day, 'laptop-4242-abc123.jsonl'), JOURNAL);
  return file;
}

suite('Explain', () => {
  let api: Api;
  let undo: vscode.Disposable;

  suiteSetup(async () => {
    api = await getApi();
    await vscode.workspace
      .getConfiguration('timekeeper')
      .update('idleMinutes', 10, vscode.ConfigurationTarget.Global);
    const file = await seededTimesheet();
    // The next morning: the day is over, so no current activity and no signal of this window lands in it.
    undo = override(api, { DataFile: file, Now: localTime('2024-06-04 09:00') });
  });
  suiteTeardown(async () => {
    undo?.dispose();
    await vscode.workspace
      .getConfiguration('timekeeper')
      .update('idleMinutes', undefined, vscode.ConfigurationTarget.Global);
  });

  test("runCommand: the entries behind a name's total and what the journal saw, in the Timekeeper Explain tab", async () => {
    const explanation = (await api.runCommand('explain', {
      date: '2024-06-03',
      name: 'acme: review',
    })) as Explanation;
    assert.equal(explanation.subject, 'acme: review');
    assert.equal(explanation.total, 150 * MINUTE);
    assert.deepEqual(
      explanation.parts.map((part) => [part.line, part.duration / MINUTE, part.current, part.comment]),
      [
        [2, 90, false, 'PR 42'],
        [4, 60, false, undefined],
      ],
    );
    const [first, second] = explanation.parts;
    assert.deepEqual(
      {
        person: first?.signals.person,
        unobserved: first?.signals.unobserved,
        files: first?.signals.filesEdited,
      },
      { person: 65 * MINUTE, unobserved: 25 * MINUTE, files: 1 },
    );
    assert.deepEqual(
      { agent: second?.signals.agent, files: second?.signals.filesEditedByAgents },
      { agent: 12 * MINUTE, files: 1 },
    );
    const document = await waitFor('the Timekeeper Explain tab', () =>
      vscode.workspace.textDocuments.find((d) => d.uri.path === '/Timekeeper Explain'),
    );
    await waitFor('the explanation in it', () => document.getText() === EXPLAINED);
  });

  test('executeCommand with { date, name }, { date, project } and { date } (the working time)', async () => {
    const run = (args: Record<string, string>) =>
      vscode.commands.executeCommand<Explanation>('timekeeper.explain', args);
    const byName = await run({ date: '2024-06-03', name: 'lunch**' });
    assert.deepEqual([byName.subject, byName.total, byName.parts.length], ['lunch**', 60 * MINUTE, 1]);
    // Nobody at the keyboard over lunch, on a day the journal was watching: idle, and unobserved.
    assert.deepEqual(byName.parts[0]?.signals.idle, [
      { from: localTime('2024-06-03 12:00'), to: localTime('2024-06-03 13:00') },
    ]);
    assert.equal(byName.parts[0]?.signals.unobserved, 60 * MINUTE);
    const byProject = await run({ date: '2024-06-03', project: 'globex' });
    assert.deepEqual([byProject.subject, byProject.total], ['project globex', 60 * MINUTE]);
    assert.deepEqual(byProject.parts[0]?.signals.languages, [{ key: 'go', person: 60 * MINUTE, agent: 0 }]);
    const working = await run({ date: '2024-06-03' });
    assert.equal(working.subject, 'working time');
    assert.equal(working.total, 210 * MINUTE);
    assert.equal(
      working.parts.reduce((sum, part) => sum + part.duration, 0),
      working.total,
    );
  });

  test('the Explainer as the report webview resolves it: explain, and a breakdown of the day', async () => {
    const explainer = api.resolve(api.tokens.Explainer);
    const now = localTime('2024-06-04 09:00');
    const explanation = await explainer.explain({ range: { date: '2024-06-03' }, project: 'acme' }, now);
    assert.equal(explanation.total, 150 * MINUTE);
    const breakdown = await explainer.breakdown(
      { from: localTime('2024-06-03 00:00'), to: localTime('2024-06-04 00:00') },
      now,
    );
    assert.deepEqual([breakdown.person, breakdown.agent], [165 * MINUTE, 12 * MINUTE]);
    assert.deepEqual(
      breakdown.branches.map((row) => [row.key, row.person / MINUTE, row.ticket]),
      [
        ['feature/ABC-123-login', 100, 'ABC-123 login'],
        ['main', 60, undefined],
        ['(none)', 5, undefined],
      ],
    );
  });

  test('bad arguments are refused, saying what was wrong and what the day has', async () => {
    await assert.rejects(api.runCommand('explain', { date: '2024-06-03', name: 'acme: reveiw' }), {
      message:
        'No activity "acme: reveiw" in 2024-06-03; the day has: acme: review, globex: planning, coffee**, lunch**.',
    });
    await assert.rejects(api.runCommand('explain', { date: '2024-06-03', project: 'acm' }), {
      message: 'No project "acm" in 2024-06-03; the day has: acme, globex.',
    });
    await assert.rejects(api.runCommand('explain', { date: '2024-13-01' }), {
      message: 'Invalid date: 2024-13-01 (expected YYYY-MM-DD)',
    });
    await assert.rejects(api.runCommand('explain', { date: '2024-06-03', name: 5 }), {
      message: `Command 'explain': argument 'name' must be a string, got 5.`,
    });
    await assert.rejects(
      api.runCommand('explain', { day: '2024-06-03' }),
      /Command 'explain' has no argument 'day'/,
    );
  });
});

suite('Explain from the palette (UI)', () => {
  const TITLE = '.quick-input-widget .quick-input-title';
  const ROWS = '.quick-input-widget .quick-input-list .monaco-list-row';
  const LIST = '.quick-input-widget .quick-input-list';
  let undo: vscode.Disposable;

  suiteSetup(async () => {
    assert.ok(ui.available(), NO_BRIDGE);
    const api = await getApi();
    await ui.waitForSelector('.monaco-workbench');
    undo = override(api, { DataFile: await seededTimesheet(), Now: localTime('2024-06-03 16:00') });
  });
  suiteTeardown(async () => {
    await ui.pressKeys('Escape');
    undo?.dispose();
  });

  test('Explain a Total… asks for the days, then for one of their totals with its duration, and shows it', async () => {
    await ui.pressKeys('Escape', 'F1');
    await ui.waitForSelector('.quick-input-widget .quick-input-box input');
    await ui.typeText('Timekeeper: Explain a Total');
    await waitFor('the command in the palette', async () =>
      (await ui.textOf(ROWS)).includes('Timekeeper: Explain a Total'),
    );
    await ui.pressKeys('Enter');
    await waitFor('the range picker', async () => (await ui.textOf(TITLE)).includes('Timekeeper: Explain'));
    await waitFor('Today first', async () => (await ui.textOf(ROWS)).includes('Today'));
    await ui.pressKeys('Enter');
    // The day's totals: names, breaks, projects and the working time (the current activity 14:00–16:00 counts).
    const rows = await waitFor('the totals of the day', async () => {
      const text = await ui.textOf(LIST);
      return text.includes('working time') ? text : undefined;
    });
    for (const total of ['acme: review', '2h30', 'lunch**', 'project acme', '5h30']) {
      assert.ok(rows.includes(total), `${total} in ${rows}`);
    }
    await ui.screenshot('explain-totals');
    await ui.typeText('acme: review');
    await ui.pressKeys('Enter');
    const document = await waitFor('the Timekeeper Explain tab', () =>
      vscode.workspace.textDocuments.find((d) => d.uri.path === '/Timekeeper Explain'),
    );
    await waitFor('the explanation of acme: review', () =>
      document.getText().startsWith('acme: review, 2024-06-03: 2h30\n'),
    );
  });
});
