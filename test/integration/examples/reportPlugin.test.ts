// examples/report-plugin in the real host: it wraps the default ReportView, so every report ends with utt's example
// plugin line. Expected output: utt's own (../shared/conformance/utt/data/utt-example-plugin-report.stdout).
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Api } from '../../../src/api';
import { getApi, localTime, override, tempTimesheet, waitFor } from '../helpers';
import { REPORT_PLUGIN } from './exampleIds';

// The bundle runs from out/integration-examples/; the conformance data is a sibling of the repository.
const expectedFile = path.resolve(
  __dirname,
  '../../../shared/conformance/utt/data/utt-example-plugin-report.stdout',
);

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
      assert.equal(text, await fs.readFile(expectedFile, 'utf8'));
      assert.deepEqual(written, [text]);
    } finally {
      undo.dispose();
    }
  });
});
