// The status bar tooltip's sections and the Today view's items that a plugin adds, by wrapping the empty lists
// Timekeeper registers under tokens.StatusBarTooltip and tokens.TodayItems, as docs/PLUGINS.md shows.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import type { Api, StatusBarTooltipSection, TodayItemSource } from '../../src/api';
import { TESTS, getApi, localTime, override, tempTimesheet, waitFor } from './helpers';
import * as ui from './ui';
import { settleTracker, workbenchReady } from './workbench';

const TIMER = '#workbench\\.parts\\.statusbar [id$="timekeeper.timer"]';

suite('Plugin sections in the status bar tooltip and the Today view (UI)', function () {
  this.timeout(60_000);
  let api: Api;
  const registrations: vscode.Disposable[] = [];

  suiteSetup(async () => {
    await workbenchReady();
    api = await getApi();
  });
  suiteTeardown(() => {
    for (const registration of registrations.splice(0)) registration.dispose();
  });

  test('a plugin adds a tooltip section (as plain text) and a Today row that runs its command', async () => {
    const file = tempTimesheet();
    await fs.writeFile(file, '2024-10-01 09:00 hello\n2024-10-01 10:00 acme: review\n');
    registrations.push(override(api, { DataFile: file, Now: localTime('2024-10-01 10:20') }));
    await settleTracker(api);
    let seenNow: Date | undefined;
    const section: StatusBarTooltipSection = {
      lines: (now) => {
        seenNow = now;
        return ['Invoices: 2 open', '[not a link](command:workbench.action.quit)'];
      },
    };
    const failing: StatusBarTooltipSection = {
      lines: () => {
        throw new Error('a broken section');
      },
    };
    const source: TodayItemSource = {
      items: async () => [
        {
          label: 'Sprint 42',
          description: '3 days left',
          icon: 'rocket',
          command: { command: 'timekeeper.add' },
        },
      ],
    };
    registrations.push(
      api.registerComponent(
        api.tokens.StatusBarTooltip,
        (_resolve, previous) => [...previous, failing, section],
        TESTS,
      ),
      api.registerComponent(api.tokens.TodayItems, (_resolve, previous) => [...previous, source], TESTS),
    );
    // A change of the timesheet redraws the timer and its tooltip.
    await fs.appendFile(file, '2024-10-01 10:10 acme: notes\n');
    await waitFor('the timer at 0:10', async () => (await ui.textOf(TIMER)).includes('0:10'));
    // Hovered again at each look, as a person would: the tooltip is redrawn when today's unlogged time arrives
    // (asynchronously, from the journal), and VS Code closes a hover whose tooltip was replaced.
    const hover = await waitFor('the tooltip with the section', async () => {
      await ui.hover(TIMER);
      // The hover that holds it: an earlier suite's hover may linger hidden in the page.
      const text = await ui
        .textOf('.monaco-hover:has-text("Invoices"), .workbench-hover:has-text("Invoices")', 2_000)
        .catch(() => '');
      return text.includes('Invoices') ? text : undefined;
    });
    assert.match(hover, /Invoices: 2 open/);
    // Shown as written: the brackets are text, not a link that could run a command.
    assert.match(hover, /\[not a link\]\(command:workbench\.action\.quit\)/);
    assert.equal(seenNow?.getTime(), localTime('2024-10-01 10:20').getTime());

    await vscode.commands.executeCommand('timekeeper.today.focus');
    await vscode.commands.executeCommand('timekeeper.today.refresh');
    await waitFor('the plugin row in Today', async () =>
      (await ui.textOf('.pane-body', 2_000).catch(() => '')).includes('Sprint 42'),
    );
    await ui.screenshot('plugin-today-row');
    await ui.click('.pane-body .monaco-list-row:has-text("Sprint 42")');
    await waitFor(
      'its command (Add Entry) to ask',
      async () => (await ui.count('.quick-input-widget:visible')) > 0,
    );
    await ui.pressKeys('Escape');
  });
});
