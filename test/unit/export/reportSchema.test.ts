import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { buildReportModel, parseTimesheet, type ReportArgs } from '../../../src/core';
import { reportJson } from '../../../subplugins/export/reportJson';

/*
 * The JSON export is what docs/report-model.schema.json says it is: checked with a JSON Schema validator on the
 * reports of utt's public cases and of generated timesheets, written and parsed back as a reader would.
 */

const root = path.resolve(__dirname, '..', '..', '..');
const schema = JSON.parse(
  readFileSync(path.join(root, 'docs', 'report-model.schema.json'), 'utf8'),
) as object;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function assertValid(document: unknown, what: string): void {
  assert.ok(validate(document), `${what}: ${ajv.errorsText(validate.errors)}`);
}

interface PublicCase {
  readonly id: string;
  readonly category: string;
  readonly tz?: string;
  /** A documented deviation of Timekeeper's (e.g. it refuses a reversed range), or utt's own failure. */
  readonly deliberate?: string;
  readonly uttError?: unknown;
  readonly log: unknown;
  readonly steps: readonly { readonly now: string; readonly command: string; readonly args: ReportArgs }[];
  readonly expect: { readonly errorMessage?: string };
}

/** `YYYY-MM-DD HH:MM` as a local time, as utt's `--now` reads it. */
function localTime(text: string): Date {
  const [year, month, day, hours, minutes] = text.split(/[- :]/).map(Number);
  return new Date(year, month - 1, day, hours, minutes);
}

suite('export: the JSON follows docs/report-model.schema.json', () => {
  test('the validator refuses a document that breaks the schema', () => {
    const { entries } = parseTimesheet('2024-05-06 09:00 hello\n2024-05-06 10:30 acme: review\n');
    const document = JSON.parse(
      reportJson(buildReportModel(entries, { date: '2024-05-06' }, localTime('2024-05-07 09:00'))),
    );
    assertValid(document, 'the document as written');
    const broken = [
      { ...document, version: 2 },
      { ...document, start: '2024-5-6' },
      { ...document, summary: { working: 1 } },
      { ...document, activities: [{ ...document.activities[0], start: '2024-05-06 09:00' }] },
      { ...document, activities: [{ ...document.activities[0], type: 'play' }] },
      { ...document, activities: [{ ...document.activities[0], duration: -1 }] },
    ];
    for (const candidate of broken)
      assert.equal(validate(candidate), false, JSON.stringify(candidate).slice(0, 200));
  });

  test('the reports of utt’s public cases', () => {
    const { cases } = JSON.parse(
      readFileSync(path.join(root, 'test', 'conformance', 'public-cases.json'), 'utf8'),
    ) as { cases: PublicCase[] };
    const reports = cases.filter(
      (testCase) =>
        typeof testCase.log === 'string' &&
        testCase.tz === undefined &&
        testCase.deliberate === undefined &&
        testCase.uttError === undefined &&
        testCase.expect.errorMessage === undefined &&
        testCase.steps.length === 1 &&
        testCase.steps[0].command === 'report',
    );
    assert.ok(reports.length >= 300, `${reports.length} report cases`);
    let activities = 0;
    const refused: string[] = [];
    for (const testCase of reports) {
      const { entries } = parseTimesheet(testCase.log as string);
      const [{ now, args }] = testCase.steps;
      let model: ReturnType<typeof buildReportModel>;
      try {
        model = buildReportModel(entries, args, localTime(now));
      } catch (error) {
        // Arguments Timekeeper refuses (Unicode digits, a range ending before it starts) have no report, hence no
        // JSON; they must be refused with a message, not crash. Conformance is checked elsewhere.
        assert.equal((error as Error).name, 'TimekeeperError', String(error));
        refused.push(testCase.id);
        continue;
      }
      activities += model.activities.length;
      assertValid(JSON.parse(reportJson(model)), testCase.id);
    }
    assert.ok(refused.length <= 10, `refused: ${refused.join(', ')}`);
    assert.ok(activities > 1000, `${activities} activities checked`);
  });

  test('the reports of generated timesheets: any names and comments, the current activity, every range', () => {
    const text = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 8 })
      .map((value) => value.replace(/[\s\p{Cc}\p{Cs}]/gu, 'x'));
    const line = fc.record({
      gap: fc.integer({ min: 0, max: 3 * 24 * 60 }),
      name: fc.oneof(
        text,
        fc.tuple(text, text).map(([project, task]) => `${project}: ${task}`),
        text.map((value) => `${value}**`),
        text.map((value) => `${value}***`),
        fc.constant('hello'),
      ),
      comment: fc.option(text, { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 30 }),
        fc.integer({ min: 0, max: 40 * 24 * 60 }),
        fc.integer({ min: 0, max: 30 }),
        fc.option(fc.constantFrom('', 'a', 'x'), { nil: undefined }),
        (lines, nowMinutes, days, project) => {
          let minutes = 0;
          const timesheet = lines
            .map(({ gap, name, comment }) => {
              minutes += gap;
              const date = new Date(2024, 0, 1, 0, minutes);
              const stamp = `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()} ${date.getHours()}:${date.getMinutes()}`;
              return `${stamp} ${name}${comment === undefined ? '' : `  # ${comment}`}\n`;
            })
            .join('');
          const { entries } = parseTimesheet(timesheet);
          const args: ReportArgs = {
            from: '2024-01-01',
            to: `2024-01-${String(1 + days).padStart(2, '0')}`,
            project,
          };
          const model = buildReportModel(entries, args, new Date(2024, 0, 1, 0, nowMinutes));
          assertValid(JSON.parse(reportJson(model)), timesheet);
        },
      ),
      { numRuns: 100 },
    );
  });
});
