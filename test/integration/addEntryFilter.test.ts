// Add Entry's picker filters as a person types: a partial name of an existing activity, then Enter, logs that
// activity, not the partial text. Typed through the real Command Palette.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import type { Api } from '../../src/api';
import { getApi, localTime, override, tempTimesheet, waitFor } from './helpers';
import * as ui from './ui';
import { lines, rowLabels, runFromPalette, waitForPrompt, workbenchReady } from './workbench';

suite('Add Entry: typing to filter (UI)', function () {
  this.timeout(60_000);
  let api: Api;

  suiteSetup(async () => {
    await workbenchReady();
    api = await getApi();
  });
  teardown(() => ui.pressKeys('Escape'));

  test('a partial name and Enter log the existing activity it matches', async () => {
    const file = tempTimesheet();
    await fs.writeFile(
      file,
      '2024-10-01 09:00 hello\n2024-10-01 10:00 reading\n2024-10-01 11:00 acme: review\n',
    );
    const undo = override(api, { DataFile: file, Now: localTime('2024-10-01 12:15') });
    try {
      await runFromPalette('Timekeeper: Add Entry');
      await waitForPrompt('Timekeeper: Add Entry');
      await waitFor('recent names', async () => (await rowLabels()).length >= 2);
      await ui.typeText('acm');
      await waitFor('the list filtered', async () => {
        const rows = await rowLabels();
        return rows.length > 0 && !rows.some((r) => r.startsWith('reading'));
      });
      const shown = await rowLabels();
      await ui.screenshot('add-entry-filtered');
      await ui.pressKeys('Enter');
      await waitForPrompt('Timekeeper: Add "');
      const title = await ui.textOf('.quick-input-widget .quick-input-title', 2_000).catch(() => '');
      assert.equal(
        title,
        'Timekeeper: Add "acme: review"',
        `the rows after typing "acm": ${shown.join(' | ')}`,
      );
      await ui.pressKeys('Enter');
      await waitFor('the entry', async () => (await lines(file)).length === 4);
      assert.equal((await lines(file)).at(-1), '2024-10-01 12:15 acme: review');
    } finally {
      undo.dispose();
    }
  });
});
