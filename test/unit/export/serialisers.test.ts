import * as assert from 'node:assert/strict';
import { escapeMarkdown } from '../../../src/api';
import { activitiesCsv } from '../../../subplugins/export/activitiesCsv';
import { reportDocument, reportJson } from '../../../subplugins/export/reportJson';
import { reportMarkdown } from '../../../subplugins/export/reportMarkdown';
import { reportModelOf } from '../reportModelOf';

const MINUTE = 60_000;
const RANGE = { from: '2024-05-06', to: '2024-05-07' };

const WEEK = reportModelOf(
  [
    '2024-05-06 09:00 hello',
    '2024-05-06 10:30 acme: review  # PR 42, "final"',
    '2024-05-06 11:00 coffee**',
    '',
    '2024-05-07 09:00 hello',
    '2024-05-07 12:00 globex: planning',
    '2024-05-07 12:20 commute***',
  ].join('\n'),
  { ...RANGE, currentActivity: 'acme: review' },
  new Date(2024, 4, 7, 13, 0),
);

suite('export: serialisers', () => {
  test('CSV: one row per activity, quoted only where needed, CRLF as utt writes', () => {
    const lines = activitiesCsv(WEEK).split('\r\n');
    assert.equal(lines[0], 'Date,Start,End,Project,Task,Name,Type,Minutes,Hours,Comment,Line');
    assert.equal(
      lines[1],
      '2024-05-06,09:00,10:30,acme,review,acme: review,work,90,1.50,"PR 42, ""final""",2',
    );
    assert.equal(lines[4], '2024-05-07,12:00,12:20,,commute***,commute***,ignored,20,0.33,,7');
    assert.equal(
      lines[5],
      '2024-05-07,12:20,13:00,acme,review,acme: review,work,40,0.67,,',
      'no line: current',
    );
    assert.equal(lines.length, 7, 'a final CRLF');
  });

  test('JSON: ISO days and local times, totals, optional fields only when set', () => {
    const document = reportDocument(WEEK);
    assert.equal(document.format, 'timekeeper-report');
    assert.equal(document.version, 1);
    assert.deepEqual([document.start, document.end], ['2024-05-06', '2024-05-07']);
    assert.deepEqual(document.projects, [
      { project: 'globex', duration: 180 * MINUTE, tasks: ['planning'] },
      { project: 'acme', duration: 130 * MINUTE, tasks: ['review'] },
    ]);
    assert.deepEqual(document.days, [
      { date: '2024-05-06', duration: 90 * MINUTE, breaks: 30 * MINUTE, projects: ['acme'] },
      { date: '2024-05-07', duration: 220 * MINUTE, breaks: 0, projects: ['acme', 'globex'] },
    ]);
    assert.match(document.activities[0].start, /^2024-05-06T09:00:00[+-]\d\d:\d\d$/);
    assert.equal('comment' in document.activities[1], false);
    assert.equal('line' in document.activities[4], false);
    assert.equal(document.activities[4].current, true);
    assert.deepEqual(JSON.parse(reportJson(WEEK)), JSON.parse(JSON.stringify(document)));
  });

  test('Markdown: title, summary, projects, days and details as tables', () => {
    const markdown = reportMarkdown(WEEK);
    assert.ok(
      markdown.startsWith('# Timekeeper report: 2024-05-06 to 2024-05-07\n\n|  | Duration | Hours |'),
    );
    assert.ok(markdown.includes('| Working | 5h10 | 5.17 |'));
    assert.ok(markdown.includes('| globex | 3h00 | 3.00 | planning |'));
    assert.ok(markdown.includes('| 2024-05-07 | 3h40 | 0h00 | acme, globex |'));
    assert.ok(
      markdown.includes('| 2024-05-06 | 09:00 | 10:30 | 1h30 | acme: review | work | PR 42, "final" |'),
    );
    assert.equal(
      reportMarkdown(reportModelOf('', { ...RANGE, project: 'acme' }, new Date(2024, 4, 7, 13, 0))),
      '# Timekeeper report: 2024-05-06 to 2024-05-07 (project acme)\n\n' +
        '|  | Duration | Hours |\n| --- | --- | --- |\n| Working | 0h00 | 0.00 |\n| Break | 0h00 | 0.00 |\n' +
        '| Total | 0h00 | 0.00 |\n\nNo activities for this time range.\n',
    );
  });

  test('Markdown escapes what a renderer would act on: HTML, emphasis, links, pipes, line breaks', () => {
    assert.equal(
      escapeMarkdown('<img src=x onerror=alert(1)>: *a* _b_ [c](d) `e` a|b ~f~ &amp; # ! $(x)\nnext'),
      '\\<img src=x onerror=alert(1)\\>: \\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` a\\|b \\~f\\~ \\&amp; \\# \\! \\$(x) next',
    );
  });

  test("the exported totals are the model's: projects longest first, days with work or breaks", () => {
    assert.deepEqual(
      reportDocument(WEEK).projects.map((total) => total.project),
      ['globex', 'acme'],
    );
    assert.deepEqual(
      WEEK.projects.map((total) => total.project),
      ['acme', 'globex'],
      "the model keeps utt's order",
    );
  });
});
