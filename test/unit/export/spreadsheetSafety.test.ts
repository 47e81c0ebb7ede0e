import * as assert from 'node:assert/strict';
import { buildReportModel, parseTimesheet } from '../../../src/core';
import { activitiesCsv } from '../../../subplugins/export/activitiesCsv';

/** The rows of the activities table, each split at its commas (no cell here holds a comma). */
function rows(timesheet: string): string[][] {
  const { entries } = parseTimesheet(timesheet);
  const model = buildReportModel(
    entries,
    { date: '2024-05-06', noCurrentActivity: true },
    new Date(2024, 4, 7),
  );
  return activitiesCsv(model)
    .split('\r\n')
    .filter(Boolean)
    .slice(1)
    .map((row) => row.split(','));
}

suite('export: the activities CSV is safe to open in a spreadsheet', () => {
  test('a name, project or comment that a spreadsheet would run as a formula is text', () => {
    const [formula, plus, at, minus] = rows(
      [
        '2024-05-06 09:00 hello',
        '2024-05-06 10:00 =cmd|calc!A1  # =HYPERLINK("x")',
        '2024-05-06 11:00 +sum: review',
        '2024-05-06 12:00 @acme: talk  # -2',
        '2024-05-06 13:00 -minus',
        '',
      ].join('\n'),
    );
    // Date,Start,End,Project,Task,Name,Type,Minutes,Hours,Comment,Line
    // The comment holds quotes: CSV quotes the cell and doubles them, after the apostrophe.
    assert.deepEqual([formula[5], formula[9]], ["'=cmd|calc!A1", `"'=HYPERLINK(""x"")"`]);
    assert.deepEqual([plus[3], plus[4], plus[5]], ["'+sum", 'review', "'+sum: review"]);
    assert.deepEqual([at[3], at[5], at[9]], ["'@acme", "'@acme: talk", "'-2"]);
    assert.equal(minus[5], "'-minus");
  });

  test('ordinary names are written as they are', () => {
    const [row] = rows('2024-05-06 09:00 hello\n2024-05-06 10:00 acme: a=b+c  # not -a formula\n');
    assert.deepEqual([row[3], row[4], row[5], row[9]], ['acme', 'a=b+c', 'acme: a=b+c', 'not -a formula']);
  });
});
