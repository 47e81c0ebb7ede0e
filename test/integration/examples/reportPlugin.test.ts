// examples/report-plugin in the real host: it wraps the default ReportView, so every report ends with utt's example
// plugin line. The expected text is what utt prints for its own example plugin on the same timesheet.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import type { Api } from '../../../src/api';
import { getApi, localTime, override, tempTimesheet, waitFor } from '../helpers';
import { REPORT_PLUGIN } from './exampleIds';

const expected = [
  '',
  '------------------------ Friday, Jan 03, 2020 (week 1) -------------------------',
  '',
  '  Total: 1h30 (1h00 + 0h30)',
  'Working: 1h30 (1h00 + 0h30)',
  '  Break: 0h00',
  '',
  '----------------------------------- Projects -----------------------------------',
  '',
  '(1h30) : -- Current Activity --, work',
  '',
  '---------------------------------- Activities ----------------------------------',
  '',
  '(0h30) : -- Current Activity --',
  '(1h00) : work',
  '',
  '',
  '----------------------------------- Details ------------------------------------',
  '',
  '(1h00) 09:00-10:00 work',
  '(0h30) 10:00-10:30 -- Current Activity --',
  '',
  'Number of activities: 2',
  '',
].join('\n');

suite('Example: report plugin', () => {
  let api: Api;
  suiteSetup(async () => {
    api = await getApi();
    await waitFor('the report plugin to be active', () =>
      api.listPlugins().find((p) => p.extensionId === REPORT_PLUGIN && p.state === 'active'),
    );
  });

  test('it is listed as the owner of a ReportView layer', () => {
    const plugin = api.listPlugins().find((p) => p.extensionId === REPORT_PLUGIN);
    assert.deepEqual(plugin?.components, ['ReportView']);
    assert.deepEqual(plugin?.errors, []);
  });

  test("the report ends with utt's example plugin line, byte for byte", async () => {
    // utt's example-plugin case: one hour of work, then half an hour of the current activity.
    const file = tempTimesheet();
    await fs.writeFile(file, '2020-01-03 09:00 hello\n2020-01-03 10:00 work\n');
    const written: string[] = [];
    const undo = override(api, {
      DataFile: file,
      Now: localTime('2020-01-03 10:30'),
      Output: { write: (text: string) => written.push(text) },
    });
    try {
      const text = await api.runCommand('report', {});
      assert.equal(text, expected);
      assert.deepEqual(written, [text]);
    } finally {
      undo.dispose();
    }
  });
});
