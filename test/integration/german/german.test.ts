// Timekeeper in German, as a user with VS Code's display language set to German meets it: the runtime strings and the
// manifest's from the German translations, the walkthrough's pages in German, the report webview's labels, days and
// numbers in German, and the status bar's spoken label. VS Code's own UI stays English here (the session's language
// pack has no translations of its own: see test/runner/run-integration.mjs --locale).
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import type { OpenedReport } from '../../../subplugins/report-view/reportPanel';
import { NO_BRIDGE, getApi, localTime, override, tempTimesheet, waitFor } from '../helpers';
import * as ui from '../ui';

const DAYS = [
  '2024-05-06 09:00 hello',
  '2024-05-06 10:30 acme: review  # PR 42',
  '2024-05-06 11:00 coffee**',
  '2024-05-06 12:45 acme: release',
  '2024-05-06 13:30 lunch**',
  '2024-05-06 17:00 globex: planning',
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
const frames = ui.WEBVIEW_FRAMES;

suite('German', () => {
  suiteSetup(() => assert.ok(ui.available(), NO_BRIDGE));
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('VS Code runs in German', () => {
    // `vscode.l10n` answers for the calling extension (these tests'), so Timekeeper's own strings are read in the UI.
    assert.equal(vscode.env.language, 'de');
  });

  test('the status bar shows and speaks German', async () => {
    await getApi();
    // The session's timesheet is empty: the day has not started.
    await waitFor('the German status bar text', async () =>
      (await ui.textOf('#workbench\\.parts\\.statusbar')).includes('Tag beginnen'),
    );
    const label = await waitFor('the spoken label', () =>
      ui.evaluate<string | null>(
        `[...document.querySelectorAll('#workbench\\\\.parts\\\\.statusbar [aria-label]')].map((e) => e.getAttribute('aria-label')).find((l) => l.startsWith('Timekeeper:')) ?? null`,
      ),
    );
    assert.equal(label, 'Timekeeper: Heute noch kein Eintrag. Aktivieren, um den Tag zu beginnen.');
  });

  test('the walkthrough: German title, and the first step’s page from media/walkthrough/de', async () => {
    await vscode.commands.executeCommand('timekeeper.openWalkthrough');
    await ui.waitForSelector('.gettingStartedContainer');
    await waitFor('the German walkthrough title', async () =>
      (await ui.textOf('.gettingStartedContainer')).includes('Erste Schritte mit Timekeeper'),
    );
    // The step's page is markdown that VS Code draws in a webview of its own.
    await waitFor('the German page of the first step', async () =>
      (await ui.textIn(frames, 'body').catch(() => '')).includes(
        'Timekeeper schreibt für jede Tätigkeit eine Zeile',
      ),
    );
    await ui.screenshot('walkthrough-de');
  });

  test('the report view: German labels, German days and numbers, utt’s durations', async () => {
    const api = await getApi();
    const file = tempTimesheet();
    await fs.writeFile(file, DAYS);
    const undo = override(api, { DataFile: file, Now: localTime('2024-05-09 09:00') });
    try {
      const opened = (await vscode.commands.executeCommand('timekeeper.open-report', {
        from: '2024-05-06',
        to: '2024-05-08',
      })) as OpenedReport | undefined;
      assert.ok(opened?.rendered, `open-report rendered nothing: ${JSON.stringify(opened)}`);
      assert.deepEqual(opened.rendered.cards, [
        'Arbeit 14h45',
        'Pause 1h15',
        'Gesamt 16h00 92 % Arbeit',
        'Ziel 61 % 14h45 von 24h00 (8h × 3 Tage)',
      ]);
      assert.equal(await ui.evaluateIn<string>(frames, 'document.documentElement.lang'), 'de');
      // Chromium's ICU may abbreviate with a full stop (`Mo.`), Node's does not.
      assert.match(await ui.textIn(frames, '.subtitle'), /^Mo\.? 2024-05-06 – Mi\.? 2024-05-08$/);
      const headings = await ui.evaluateIn<string[]>(
        frames,
        // The headings shown: the explanation pane's waits hidden until a total is clicked.
        `[...document.querySelectorAll('h1, h2')].filter((h) => !h.closest('[hidden]')).map((h) => h.textContent)`,
      );
      assert.deepEqual(headings, ['Timekeeper-Bericht', 'Pro Tag', 'Projekte', 'Tätigkeiten', 'Details']);
      assert.match(await ui.textIn(frames, '#range-preset'), /Zeitraum: Benutzerdefiniert…/);
      assert.match(
        await ui.textIn(frames, 'table.activities thead'),
        /Tätigkeit\s+Projekt\s+Art\s+Anzahl\s+Dauer/,
      );
      assert.match(await ui.textIn(frames, '.timeline'), /Mi\.? 2024-05-08\s+1h30 gearbeitet, 0h00 Pause/);
      const chart = await ui.evaluateIn<string>(
        frames,
        `document.querySelector('svg.chart')?.getAttribute('aria-label') ?? ''`,
      );
      assert.equal(
        chart,
        'Arbeit pro Tag, an 3 von 3 Tagen gearbeitet; am meisten am 2024-05-06: 6h45. Ziel 8 Stunden pro Tag.',
      );
      await ui.screenshot('report-de');
    } finally {
      undo.dispose();
    }
  });
});
