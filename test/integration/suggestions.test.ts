// Suggested entries in the real workbench, as the README's "Zero-typing day" describes them: the Today view's
// Suggested (unlogged) group with its Log / Rename / Discard / Log All actions, the palette's review (type, Space to
// uncheck, F2 or the item's button to rename, Enter), and the status bar tooltip's unlogged line. Most tests register
// a Suggester as a plugin would, so they check the UI against known suggestions; the last one uses Timekeeper's own
// Suggester on a seeded journal.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Api, NewEntry, Span, SuggestedEntry, Suggester } from '../../src/api';
import { TESTS, getApi, localTime, tempTimesheet, waitFor } from './helpers';
import * as ui from './ui';
import {
  INPUT,
  TIMER,
  rowLabels,
  runFromPalette,
  settleTracker,
  waitForPrompt,
  waitForToast,
  workbenchReady,
} from './workbench';

const ROW = '.pane-body .monaco-list-row';
const HOVER = '.monaco-hover, .workbench-hover';
/** The quick pick's checked items. */
const CHECKED =
  '.quick-input-list .monaco-list-row input[type=checkbox]:checked, .quick-input-list .monaco-list-row .monaco-checkbox.checked';

/** A span of the person's edits, for a suggestion's sources. */
function edit(day: string, from: string, to: string, file: string, branch: string): Span {
  return {
    start: localTime(`${day} ${from}`).getTime(),
    end: localTime(`${day} ${to}`).getTime(),
    kind: 'edit',
    actor: 'person',
    source: 'timekeeper.vscode-timekeeper',
    folder: 'acme',
    file,
    branch,
  };
}

/**
 * A plugin's Suggester with known suggestions after `09:30` of `day`: 1h10 of login work, 20 minutes away, 1h of
 * docs. Like the real one it proposes only what the timesheet does not cover yet, and `log` appends what it is given.
 */
function knownSuggester(api: Api, day: string, logged: NewEntry[][]): Suggester {
  const at = (time: string) => localTime(`${day} ${time}`);
  const all: SuggestedEntry[] = [
    {
      start: at('09:30'),
      date: at('10:40'),
      name: 'acme: ABC-123 login',
      kind: 'work',
      spans: [edit(day, '09:30', '10:40', 'src/login.ts', 'feature/ABC-123-login')],
    },
    { start: at('10:40'), date: at('11:00'), name: 'away**', kind: 'break', spans: [] },
    {
      start: at('11:00'),
      date: at('12:00'),
      name: 'acme: docs',
      kind: 'work',
      spans: [edit(day, '11:00', '12:00', 'docs/guide.md', 'main')],
    },
  ];
  const timesheet = () => api.resolve(api.tokens.Timesheet);
  const lastTime = async () => (await timesheet().entries()).at(-1)?.date.getTime() ?? 0;
  return {
    async suggest(range) {
      const covered = await lastTime();
      const entries = all.filter((entry) => entry.date.getTime() > covered);
      const unlogged = entries
        .filter((entry) => entry.kind === 'work')
        .reduce((sum, entry) => sum + entry.date.getTime() - entry.start.getTime(), 0);
      return { range, entries, unlogged };
    },
    async log(entries) {
      logged.push([...entries]);
      const covered = await lastTime();
      const written = entries.filter((entry) => entry.date.getTime() > covered);
      for (const entry of written) await timesheet().append(entry);
      return { written };
    },
  };
}

/**
 * Waits until the timesheet holds `expected`, byte for byte (the entries may land one write at a time); a timeout
 * fails with the difference.
 */
async function timesheetBecomes(file: string, expected: string): Promise<void> {
  await waitFor('the entries written', async () => (await fs.readFile(file, 'utf8')) === expected).catch(
    async (error: unknown) => assert.equal(await fs.readFile(file, 'utf8'), expected, String(error)),
  );
}

/** The Today view's rows as shown, top to bottom (label and description). */
async function todayRows(): Promise<string[]> {
  return ui.evaluate<string[]>(
    `[...document.querySelectorAll('.pane-body .monaco-list-row')]` +
      `.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)` +
      `.map((r) => [r.querySelector('.label-name'), r.querySelector('.label-description')]` +
      `.map((part) => (part ? part.innerText.trim() : '')).filter(Boolean).join(' '))`,
  );
}

/** The quick pick's highlighted (active) row, as a screen reader announces it; '' when none is. */
function highlightedRow(): Promise<string> {
  return ui.evaluate<string>(
    `(() => { const row = document.querySelector('.quick-input-list .monaco-list-row.focused');` +
      ` return row ? row.getAttribute('aria-label') || row.innerText : ''; })()`,
  );
}

async function showToday(): Promise<void> {
  await vscode.commands.executeCommand('timekeeper.today.focus');
  await vscode.commands.executeCommand('timekeeper.today.refresh');
}

/** Runs a row's inline action, as a mouse user does: hover the row, click the action's button. */
async function inlineAction(rowText: string, action: string): Promise<void> {
  const row = `${ROW}:has-text("${rowText}")`;
  await ui.waitForSelector(row);
  await ui.hover(row);
  await ui.click(`${row} .action-label[aria-label="${action}"]`);
}

suite('Suggested entries (UI)', function () {
  this.timeout(90_000);
  let api: Api;
  let file: string;
  let undo: vscode.Disposable | undefined;
  let logged: NewEntry[][];

  suiteSetup(async () => {
    await workbenchReady();
    api = await getApi();
  });
  teardown(async () => {
    await ui.pressKeys('Escape').catch(() => undefined);
    await vscode.commands.executeCommand('notifications.clearAll');
    undo?.dispose();
    undo = undefined;
  });

  /** A day begun at 09:00 with 30 minutes logged, at 12:10 (each test its own day, so edits never carry over). */
  async function dayWithSuggestions(day: string): Promise<string> {
    file = tempTimesheet();
    const start = `${day} 09:00 hello\n${day} 09:30 acme: standup\n`;
    await fs.writeFile(file, start);
    logged = [];
    undo = vscode.Disposable.from(
      api.registerComponent(api.tokens.DataFile, () => file, TESTS),
      api.registerComponent(api.tokens.Now, () => localTime(`${day} 12:10`), TESTS),
      api.registerComponent(api.tokens.Suggester, () => knownSuggester(api, day, logged), TESTS),
    );
    await settleTracker(api);
    return start;
  }

  test('Today lists the suggestions under the logged activities, with where their time came from', async () => {
    await dayWithSuggestions('2024-06-03');
    await showToday();
    const rows = await waitFor('the suggested group', async () => {
      const shown = await todayRows();
      return shown.some((row) => row.startsWith('Suggested (unlogged) — 2h10')) ? shown : undefined;
    });
    const at = (text: string) => rows.findIndex((row) => row.startsWith(text));
    assert.ok(at('standup') < at('Suggested (unlogged)'), `logged activities first: ${rows.join(' | ')}`);
    assert.deepEqual(rows.slice(at('Suggested (unlogged)') + 1, at('Suggested (unlogged)') + 4), [
      'acme: ABC-123 login 1:10 · 09:30–10:40',
      'away** 0:20 · 10:40–11:00',
      'acme: docs 1:00 · 11:00–12:00',
    ]);
    assert.ok(at('Explain today') > at('acme: docs'), `Explain today after them: ${rows.join(' | ')}`);
    await ui.hover(`${ROW}:has-text("acme: docs")`);
    const tooltip = await waitFor('the suggestion’s tooltip', async () => {
      const text = await ui.textOf(HOVER, 2_000).catch(() => '');
      return text.includes('Files:') ? text : undefined;
    });
    assert.match(tooltip, /Log writes 3 entries, up to this one/);
    assert.match(tooltip, /Files: docs\/guide\.md 1:00/);
    assert.match(tooltip, /Branches: main 1:00/);
    await ui.screenshot('today-suggestions');
  });

  test('Log on an item writes it and every suggestion before it, byte for byte', async () => {
    const start = await dayWithSuggestions('2024-06-04');
    await showToday();
    await inlineAction('away**', 'Log Suggested Entry');
    await timesheetBecomes(file, `${start}2024-06-04 10:40 acme: ABC-123 login\n2024-06-04 11:00 away**\n`);
    await waitForToast('logged 2 entries up to 11:00');
    // The logged entries are activities now; the group keeps what is left: docs, then Explain today.
    await waitFor('the group left with docs alone', async () => {
      const rows = await todayRows();
      const group = rows.findIndex((row) => row.startsWith('Suggested (unlogged) — 1h00'));
      return (
        group >= 0 &&
        rows[group + 1] === 'acme: docs 1:00 · 11:00–12:00' &&
        rows[group + 2] === 'Explain today'
      );
    });
  });

  test('Discard writes name*** on the next log, Rename writes the new name, Log All writes them all', async () => {
    const start = await dayWithSuggestions('2024-06-05');
    await showToday();
    await inlineAction('acme: ABC-123 login', 'Discard Suggested Entry');
    await waitFor('the discarded row hidden', async () => {
      const rows = await todayRows();
      return (
        rows.some((row) => row.startsWith('Suggested (unlogged) — 1h00')) &&
        !rows.some((r) => r.includes('login'))
      );
    });
    await inlineAction('acme: docs', 'Rename Suggested Entry…');
    await waitForPrompt('Rename "acme: docs"');
    assert.equal(await ui.inputValue(INPUT), 'acme: docs', 'prefilled');
    // The whole name is selected: Backspace empties it, which is refused with what to do.
    await ui.pressKeys('Backspace');
    await waitFor('the empty name refused', async () =>
      (await ui.textOf('.quick-input-message', 2_000).catch(() => '')).includes('cannot be empty'),
    );
    await ui.pressKeys('Enter');
    await ui.typeText('lunch**');
    await waitFor('the break said', async () =>
      (await ui.textOf('.quick-input-message', 2_000).catch(() => '')).includes('logged as a break'),
    );
    await ui.pressKeys('Control+a');
    await ui.typeText('acme: release notes');
    await ui.pressKeys('Enter');
    await waitFor('the renamed row', async () =>
      (await todayRows()).some((r) => r.startsWith('acme: release notes')),
    );
    await inlineAction('Suggested (unlogged)', 'Log All Suggested Entries');
    await timesheetBecomes(
      file,
      `${start}2024-06-05 10:40 acme: ABC-123 login***\n2024-06-05 11:00 away**\n2024-06-05 12:00 acme: release notes\n`,
    );
    assert.equal(logged.length, 1, 'one log for all of them');
  });

  test('the palette’s review: all checked, Rename from the item, Space unchecks, Enter logs what was chosen', async () => {
    const start = await dayWithSuggestions('2024-06-06');
    await runFromPalette('Timekeeper: Suggest Entries');
    await waitForPrompt('Timekeeper: Suggested Entries');
    const placeholder = await ui.attributeOf(INPUT, 'placeholder');
    assert.match(
      String(placeholder),
      /unchecked ones are written as ignored \(name\*\*\*\) and count nowhere/,
    );
    const rows = await waitFor('the three suggestions', async () => {
      const labels = await rowLabels();
      return labels.length === 3 ? labels : undefined;
    });
    assert.match(String(rows[0]), /acme: ABC-123 login.*09:30–10:40 · 1:10/);
    assert.equal(await ui.count(CHECKED), 3, 'all checked');
    // Rename from the item's button: the list comes back with the new name, still checked.
    const docs = '.quick-input-list .monaco-list-row:has-text("acme: docs")';
    await ui.hover(docs);
    await ui.click(`${docs} .action-label[aria-label="Rename"]`);
    await waitForPrompt('Rename "acme: docs"');
    await ui.typeText('acme: release notes');
    await ui.pressKeys('Enter');
    await waitForPrompt('Timekeeper: Suggested Entries');
    await waitFor('the renamed item', async () =>
      (await rowLabels()).some((r) => r.includes('acme: release notes')),
    );
    // Type to find the break, move to it, Space unchecks it, Enter logs.
    await ui.typeText('away');
    await waitFor('the break alone', async () => (await rowLabels()).length === 1);
    await ui.pressKeys('ArrowDown', 'Space');
    await ui.screenshot('suggest-review');
    await ui.pressKeys('Enter');
    await timesheetBecomes(
      file,
      `${start}2024-06-06 10:40 acme: ABC-123 login\n2024-06-06 11:00 away***\n2024-06-06 12:00 acme: release notes\n`,
    );
    await waitForToast('logged 3 entries up to 12:00');
  });

  test('the palette’s review by keyboard alone: F2 renames the highlighted entry, its check kept', async () => {
    const start = await dayWithSuggestions('2024-06-12');
    await runFromPalette('Timekeeper: Suggest Entries');
    await waitForPrompt('Timekeeper: Suggested Entries');
    assert.match(String(await ui.attributeOf(INPUT, 'placeholder')), /F2 renames the highlighted entry/);
    await waitFor('the three suggestions', async () => (await rowLabels()).length === 3);
    // Down to the second entry, the break; F2 asks for its new name, prefilled and selected, so typing replaces it.
    await ui.pressKeys('ArrowDown', 'ArrowDown');
    await waitFor('the break highlighted', async () => (await highlightedRow()).includes('away**'));
    await ui.pressKeys('F2');
    await waitForPrompt('Rename "away**"');
    await ui.typeText('acme: pairing');
    await ui.pressKeys('Enter');
    await waitForPrompt('Timekeeper: Suggested Entries');
    await waitFor('the renamed entry, highlighted again', async () =>
      (await highlightedRow()).includes('acme: pairing'),
    );
    assert.equal(await ui.count(CHECKED), 3, 'all still checked');
    await ui.pressKeys('Enter');
    await timesheetBecomes(
      file,
      `${start}2024-06-12 10:40 acme: ABC-123 login\n2024-06-12 11:00 acme: pairing\n2024-06-12 12:00 acme: docs\n`,
    );
    await waitForToast('logged 3 entries up to 12:00');
  });

  test('the palette with nothing to suggest says why', async () => {
    await dayWithSuggestions('2024-06-07');
    const nothing: Suggester = {
      suggest: async (range) => ({
        range,
        entries: [],
        unlogged: 0,
        note: 'The journal is off (timekeeper.journal.enabled).',
      }),
      log: async () => ({ written: [] }),
    };
    const registration = api.registerComponent(api.tokens.Suggester, () => nothing, TESTS);
    try {
      await runFromPalette('Timekeeper: Suggest Entries');
      await waitForToast('The journal is off (timekeeper.journal.enabled).');
    } finally {
      registration.dispose();
    }
  });

  test('the status bar tooltip says how much of today is unlogged, with Review and Explain today', async () => {
    await dayWithSuggestions('2024-06-10');
    await waitFor('the timer at 2:40', async () => (await ui.textOf(TIMER)).includes('2:40'));
    // The figure arrives after the timer's text: an open hover keeps the tooltip it opened with, so hover again.
    const hover = await waitFor('the unlogged line', async () => {
      await ui.hover('.part.sidebar');
      await ui.hover(TIMER);
      const text = await ui.textOf(HOVER, 2_000).catch(() => '');
      return text.includes('Unlogged today') ? text : undefined;
    });
    assert.match(hover, /Unlogged today: 2h10 — Review · +Explain today/);
    const links = await ui.evaluate<string[]>(
      `[...document.querySelectorAll('.monaco-hover a, .workbench-hover a')].map((a) => a.getAttribute('data-href') || a.getAttribute('href') || '')`,
    );
    assert.ok(links.includes('command:timekeeper.suggest'), links.join(' | '));
    assert.ok(
      links.includes(`command:timekeeper.explain?${encodeURIComponent('[{"date":"today"}]')}`),
      links.join(' | '),
    );
    // The spoken label is the timer's own, unchanged by the line.
    assert.equal(
      await ui.attributeOf(TIMER, 'aria-label'),
      'Timekeeper: current activity 2 hours 40 minutes, today 3 hours 10 minutes',
    );
    // The figure follows the timesheet, not the minute: the login's entry written, an hour of docs is left.
    await api
      .resolve(api.tokens.Timesheet)
      .append({ date: localTime('2024-06-10 10:40'), name: 'acme: ABC-123 login' });
    const after = await waitFor('the unlogged line after the entry', async () => {
      await ui.hover('.part.sidebar');
      await ui.hover(TIMER);
      const text = await ui.textOf(HOVER, 2_000).catch(() => '');
      return text.includes('Unlogged today: 1h00') ? text : undefined;
    });
    assert.match(after, /Unlogged today: 1h00 — Review/);
  });

  // Runs Timekeeper's own Suggester (registered once the ledger's suggestions are in the build) on a journal seeded as
  // docs/JOURNAL.md describes it: an hour on a feature branch, half an hour of docs on main.
  test('with the built-in Suggester and a seeded journal, Today suggests the journal’s work and Log All writes it', async () => {
    const day = '2024-06-11';
    file = tempTimesheet();
    const start = `${day} 09:00 hello\n`;
    await fs.writeFile(file, start);
    const folder = path.join(path.dirname(file), '.utt.log.journal', day);
    await fs.mkdir(folder, { recursive: true });
    const record = (from: string, to: string, extra: object) =>
      JSON.stringify({
        start: localTime(`${day} ${from}`).getTime(),
        end: localTime(`${day} ${to}`).getTime(),
        kind: 'edit',
        folder: 'acme',
        ...extra,
      });
    await fs.writeFile(
      path.join(folder, 'seeded-1-test.jsonl'),
      [
        JSON.stringify({ format: 'timekeeper-journal', version: 1 }),
        record('09:00', '10:00', {
          repository: 'acme',
          branch: 'feature/ABC-123-login',
          language: 'typescript',
          file: 'src/login.ts',
        }),
        record('10:00', '10:30', {
          repository: 'acme',
          branch: 'main',
          language: 'markdown',
          file: 'docs/guide.md',
        }),
      ].join('\n') + '\n',
    );
    undo = vscode.Disposable.from(
      api.registerComponent(api.tokens.DataFile, () => file, TESTS),
      api.registerComponent(api.tokens.Now, () => localTime(`${day} 11:00`), TESTS),
    );
    await settleTracker(api);
    await showToday();
    await waitFor('the journal’s work suggested', async () => {
      const rows = await todayRows();
      return (
        rows.some((row) => row.startsWith('Suggested (unlogged) — 1h30')) &&
        rows.includes('acme: ABC-123 login 1:00 · 09:00–10:00') &&
        rows.includes('acme: docs 0:30 · 10:00–10:30')
      );
    });
    await inlineAction('Suggested (unlogged)', 'Log All Suggested Entries');
    await timesheetBecomes(file, `${start}${day} 10:00 acme: ABC-123 login\n${day} 10:30 acme: docs\n`);
  });
});
