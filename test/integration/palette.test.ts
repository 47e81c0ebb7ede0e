// Driving Timekeeper from the Command Palette as a person would: keys typed into the real workbench, through the
// runner's UI bridge, with screenshots of what the user sees.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import { NO_BRIDGE, getApi, localTime, override, tempTimesheet, waitFor } from './helpers';
import * as ui from './ui';

const INPUT = '.quick-input-widget .quick-input-box input';
const ROWS = '.quick-input-widget .quick-input-list .monaco-list-row';

/** Opens the Command Palette and runs the command whose title is typed (the row that starts with it). */
async function runFromPalette(title: string): Promise<void> {
  await ui.pressKeys('Escape', 'F1');
  await ui.waitForSelector(INPUT);
  await ui.typeText(title);
  const index = await waitFor(`"${title}" in the palette`, async () => {
    const labels = await rowLabels();
    const at = labels.findIndex((label) => label.startsWith(title));
    return at >= 0 ? at + 1 : undefined;
  });
  for (let i = 1; i < index; i++) await ui.pressKeys('ArrowDown');
  await ui.pressKeys('Enter');
}

/** The visible rows of the quick input, top to bottom. */
function rowLabels(): Promise<string[]> {
  return ui.evaluate<string[]>(
    `[...document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row')]` +
      `.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)` +
      `.map((r) => r.getAttribute('aria-label') || r.innerText)`,
  );
}

/** Waits for a quick pick or input box with the given title, then types (and accepts, unless told not to). */
async function answer(title: string, text: string, accept = true): Promise<void> {
  await waitFor(`the "${title}" prompt`, async () =>
    (await ui.textOf('.quick-input-widget .quick-input-title', 2_000).catch(() => '')).includes(title),
  );
  if (text) await ui.typeText(text);
  if (accept) await ui.pressKeys('Enter');
}

suite('Command Palette (UI)', function () {
  let api: Api;
  suiteSetup(async function () {
    assert.ok(ui.available(), NO_BRIDGE);
    api = await getApi();
    await ui.waitForSelector('.monaco-workbench');
  });
  teardown(() => ui.pressKeys('Escape'));

  test('Run Command… lists plugin commands with their origin and asks for their arguments', async () => {
    const written: string[] = [];
    const file = tempTimesheet();
    await fs.writeFile(file, '2024-01-02 09:00 hello\n');
    const undo = override(api, { DataFile: file });
    const recorder = api.registerComponent('Output', () => ({ write: (t: string) => written.push(t) }), {
      extensionId: 'timekeeper-tests.integration',
    });
    try {
      await runFromPalette('Timekeeper: Run Command');
      await answer('Timekeeper: Run Command', 'sample-greet', false);
      const rows = await waitFor('the sample command', async () => {
        const labels = await rowLabels();
        return labels[0]?.includes('sample-greet') ? labels : undefined;
      });
      assert.match(String(rows[0]), /Timekeeper Sample Plugin \(timekeeper-samples\.sample-plugin\)/);
      await ui.screenshot('run-command-picker');
      await ui.pressKeys('Enter');
      await answer('sample-greet: who', 'Ada');
      await answer('sample-greet: loud (optional)', 'No');
      await waitFor('the greeting', () => written.length > 0);
      assert.deepEqual(written, ['Hello, Ada! Your timesheet has 1 entries.']);
    } finally {
      recorder.dispose();
      undo.dispose();
    }
  });

  test('Add Entry… offers recent names, projects first, and writes the picked one with a comment', async () => {
    const file = tempTimesheet();
    await fs.writeFile(
      file,
      '2024-01-02 09:00 hello\n2024-01-02 10:00 reading\n2024-01-02 11:00 acme: review\n2024-01-02 11:30 coffee**\n',
    );
    const undo = override(api, { DataFile: file, Now: localTime('2024-01-02 12:15') });
    try {
      await runFromPalette('Timekeeper: Add Entry');
      await waitFor('recent names', async () => (await ui.count(ROWS)) >= 3);
      const rows = await rowLabels();
      assert.match(String(rows[0]), /acme: review/, `projects first: ${rows.join(' | ')}`);
      await ui.screenshot('add-entry-picker');
      // Picked from the list as it is (typing a partial name would offer that text as a new activity first).
      await ui.pressKeys('Enter');
      await answer('Timekeeper: Add "acme: review"', 'second pass');
      await waitFor('the entry', async () => (await fs.readFile(file, 'utf8')).includes('12:15'));
      assert.match(await fs.readFile(file, 'utf8'), /2024-01-02 12:15 acme: review {2}# second pass\n$/);
    } finally {
      undo.dispose();
    }
  });

  test('Text Report (utt)… asks with a quick pick of ranges and shows the report in its tab', async () => {
    const file = tempTimesheet();
    await fs.writeFile(file, '2024-01-02 09:00 hello\n2024-01-02 10:30 acme: review\n');
    const undo = override(api, { DataFile: file, Now: localTime('2024-01-02 11:00') });
    try {
      await runFromPalette('Timekeeper: Text Report (utt)');
      await waitFor('the range picker', async () => (await ui.textOf(ROWS)).includes('Today'));
      const labels = await rowLabels();
      for (const label of ['Today', 'Yesterday', 'This week', 'Last week', 'This month', 'Last month']) {
        assert.ok(
          labels.some((l) => l.includes(label)),
          `${label} in ${labels.join(' | ')}`,
        );
      }
      await ui.screenshot('report-range-picker');
      await ui.pressKeys('Enter');
      // The report tab is reused: an earlier test's report may show until this one replaces it.
      await waitFor('the report tab with today’s 1h30 of acme: review', () =>
        vscode.window.visibleTextEditors.find(
          (e) =>
            e.document.uri.scheme === 'timekeeper-output' &&
            /\(1h30\) acme *: review/.test(e.document.getText()),
        ),
      );
      // Syntax colouring: the utt-report grammar gives headings, durations and projects their own token colours.
      await waitFor('the report coloured', async () => {
        const classes = await ui.evaluate<string[]>(
          `[...new Set([...document.querySelectorAll('.editor-group-container.active .view-line span span')].map((s) => s.className))]`,
        );
        return classes.length >= 3;
      });
      await ui.screenshot('report-tab');
    } finally {
      undo.dispose();
    }
  });
});
