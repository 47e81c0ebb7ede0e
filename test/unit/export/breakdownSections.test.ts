import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Breakdown } from '../../../src/api';
import { reportDocument, reportJson } from '../../../subplugins/export/reportJson';
import { reportMarkdown } from '../../../subplugins/export/reportMarkdown';
import { reportModelOf } from '../reportModelOf';

const MINUTE = 60_000;
const MODEL = reportModelOf(
  '2024-05-06 09:00 hello\n2024-05-06 10:30 acme: review\n',
  { date: '2024-05-06' },
  new Date(2024, 4, 7, 9, 0),
);

/** What an Explainer could answer for that day: twelve files, so that only the top ten are listed. */
const BREAKDOWN: Breakdown = {
  range: { from: new Date(2024, 4, 6), to: new Date(2024, 4, 7) },
  person: 80 * MINUTE,
  agent: 25 * MINUTE,
  languages: [
    { key: 'typescript', person: 60 * MINUTE, agent: 25 * MINUTE },
    { key: 'markdown', person: 20 * MINUTE, agent: 0 },
  ],
  branches: [
    { key: 'feature/ABC-123-login', ticket: 'ABC-123 login', person: 70 * MINUTE, agent: 25 * MINUTE },
    { key: 'main', person: 10 * MINUTE, agent: 0 },
  ],
  files: Array.from({ length: 12 }, (_, index) => ({
    key: `src/file${index}.ts`,
    person: (12 - index) * MINUTE,
    agent: 0,
  })),
  folders: [{ key: 'acme', person: 80 * MINUTE, agent: 25 * MINUTE }],
};

suite('export: the journal’s breakdown in the JSON and Markdown exports', () => {
  test('Markdown: "Where the time went", person and agents, languages, branches with tickets, top 10 files', () => {
    const markdown = reportMarkdown(MODEL, BREAKDOWN);
    assert.ok(markdown.startsWith(reportMarkdown(MODEL)), 'the report as before, the section after it');
    const section = markdown.slice(reportMarkdown(MODEL).length);
    assert.equal(
      section.split('### Files (top 10)')[0],
      [
        '',
        '## Where the time went',
        '',
        "What the journal of work signals saw in these days. Agents' time runs beside yours: the two are not added.",
        '',
        '| Who | Duration | Hours |',
        '| --- | --- | --- |',
        '| Person | 1h20 | 1.33 |',
        '| Agents | 0h25 | 0.42 |',
        '',
        '### Languages',
        '',
        '| Language | Person | Agents |',
        '| --- | --- | --- |',
        '| typescript | 1h00 | 0h25 |',
        '| markdown | 0h20 | 0h00 |',
        '',
        '### Branches and tickets',
        '',
        '| Branch | Ticket | Person | Agents |',
        '| --- | --- | --- | --- |',
        '| feature/ABC-123-login | ABC-123 login | 1h10 | 0h25 |',
        '| main |  | 0h10 | 0h00 |',
        '',
        '',
      ].join('\n'),
    );
    const files = section.split('### Files (top 10)')[1];
    assert.ok(files.includes('| src/file9.ts | 0h03 | 0h00 |'));
    assert.ok(!files.includes('src/file10.ts'), 'the eleventh file is left out');
    assert.ok(markdown.endsWith('|\n'));
  });

  test('Markdown: a section without rows leaves its table out; names are escaped', () => {
    const section = reportMarkdown(MODEL, {
      ...BREAKDOWN,
      languages: [],
      branches: [{ key: 'fix/<b>*x*</b>', person: MINUTE, agent: 0 }],
      files: [],
    });
    assert.ok(!section.includes('### Languages'));
    assert.ok(!section.includes('### Files'));
    assert.ok(section.includes('| fix/\\<b\\>\\*x\\*\\</b\\> |  | 0h01 | 0h00 |'));
  });

  test('JSON: a `breakdown` member with ISO times, valid against the schema; none without a breakdown', () => {
    const document = reportDocument(MODEL, BREAKDOWN);
    assert.deepEqual(document.breakdown?.range.from.slice(0, 19), '2024-05-06T00:00:00');
    assert.deepEqual(document.breakdown?.range.to.slice(0, 19), '2024-05-07T00:00:00');
    assert.deepEqual(document.breakdown?.branches[0], BREAKDOWN.branches[0]);
    assert.equal(document.breakdown?.files.length, 12, 'the JSON keeps every file');
    assert.equal('breakdown' in reportDocument(MODEL), false);
    const schema = JSON.parse(
      readFileSync(path.resolve(__dirname, '../../../docs/report-model.schema.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const written = JSON.parse(reportJson(MODEL, BREAKDOWN)) as Record<string, unknown>;
    assert.ok(validate(written), ajv.errorsText(validate.errors));
    const broken = { ...written, breakdown: { ...(written.breakdown as object), person: -1 } };
    assert.equal(validate(broken), false, 'the schema checks the breakdown too');
  });
});
