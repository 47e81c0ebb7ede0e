import * as assert from 'node:assert/strict';
import { buildReportModel, parseTimesheet, renderReportText } from '../../../src/core';
import { conformanceDirectory, loadCases, localTime, readData, runCase } from './conformanceCases';

const cases = loadCases();
// One line in every run says whether utt's own cases were there to run.
console.log(
  cases.length > 0
    ? `utt's own cases: ${cases.length} run`
    : `utt's own cases: not found at ${conformanceDirectory}: skipped`,
);

// Without utt's cases there is nothing to declare: the line above says so (a skipped suite fails the run).
if (cases.length > 0)
  suite('core: utt conformance (utt’s own cases)', () => {
    for (const testCase of cases) {
      test(`${testCase.id}: ${testCase.steps.map((step) => `utt ${step.utt}`).join('; ')}`, async () => {
        const { expect } = testCase;
        if (expect.errorMessage !== undefined) {
          await assert.rejects(runCase(testCase), { name: 'TimekeeperError', message: expect.errorMessage });
          return;
        }
        const run = await runCase(testCase);
        if (expect.log !== undefined) {
          assert.equal(run.log, readData(expect.log));
        }
        if (expect.output !== undefined) {
          const strip = (text: string): string =>
            expect.ignoreCarriageReturns ? text.replaceAll('\r', '') : text;
          assert.equal(strip(run.output), strip(readData(expect.output)));
        }
        if (expect.outputFirstHeader !== undefined) {
          // utt's test: `grep ^- | head -n 1`.
          const header = run.output.split('\n').find((line) => line.startsWith('-'));
          assert.equal(`${header}\n`, readData(expect.outputFirstHeader));
        }
      });
    }

    test('the CSV sections end their lines with CRLF, as Python’s csv module does', async () => {
      const csvCase = cases.find((testCase) => testCase.id === 'report-per-task-csv');
      assert.ok(csvCase);
      assert.equal(
        (await runCase(csvCase)).output,
        readData('data/utt-report-per-task-csv.csv').replaceAll('\n', '\r\n'),
      );
    });

    test('utt’s example plugin: the default report plus its own section', () => {
      // utt_example_plugin: hello at 9:00, add work at 10:00, report at 10:30 with a view that appends a line.
      let log = '';
      for (const [time, name] of [
        ['2020-01-03 09:00', 'hello'],
        ['2020-01-03 10:00', 'work'],
      ]) {
        log += `${time} ${name}\n`;
      }
      const { entries } = parseTimesheet(log);
      const model = buildReportModel(entries, {}, localTime('2020-01-03 10:30'));
      const text = renderReportText(model) + `Number of activities: ${model.activities.length}\n`;
      assert.equal(text, readData('data/utt-example-plugin-report.stdout'));
    });

    test('utt-overnight-2: an ignored activity from midnight is only in the details', () => {
      // The data file of a case utt no longer runs: the day after the overnight work, with `check in ***`.
      const { entries } = parseTimesheet(readData('data/utt-overnight.log'));
      const model = buildReportModel(entries, { date: '2014-03-18' }, localTime('2014-03-19 18:30'));
      assert.equal(renderReportText(model), readData('data/utt-overnight-2.stdout'));
    });
  });
