import * as assert from 'node:assert/strict';
import {
  buildReportModel,
  formatBillableHours,
  formatDuration,
  formatTitle,
  parseTimesheet,
  renderReportText,
  type ReportArgs,
} from '../../../src/core';
import { inTimeZone } from './timeZone';

const MINUTE = 60_000;

function report(log: string, args: ReportArgs, now: Date): string {
  return renderReportText(buildReportModel(parseTimesheet(log).entries, args, now));
}

suite('core: report', () => {
  test('utt’s duration format (test_formatter.py)', () => {
    assert.equal(formatDuration(10 * 1000), '0h00');
    assert.equal(formatDuration(8 * MINUTE + 45 * 1000), '0h08');
    // Python's divmod floors: -80 minutes are -2 hours and 40 minutes.
    assert.equal(formatDuration(-80 * MINUTE), '-2h40');
    assert.equal(formatDuration((8 * 60 + 20) * MINUTE), '8h20');
    assert.equal(formatDuration((26 * 60 + 20) * MINUTE), '26h20');
  });

  test('utt’s billable hours (test_report.py): to the nearest tenth, 3 minutes rounding up', () => {
    const minutes: [number, string][] = [
      [0, ' 0.0'],
      [1, ' 0.0'],
      [2, ' 0.0'],
      [3, ' 0.1'],
      [8, ' 0.1'],
      [9, ' 0.2'],
      [14, ' 0.2'],
      [15, ' 0.3'],
      [30, ' 0.5'],
      [56, ' 0.9'],
      [57, ' 1.0'],
      [62, ' 1.0'],
      [63, ' 1.1'],
      [66, ' 1.1'],
    ];
    for (const [count, expected] of minutes) {
      assert.equal(formatBillableHours(count * MINUTE), expected, `${count} minutes`);
    }
    for (const [seconds, expected] of [
      [1, ' 0.0'],
      [179, ' 0.0'],
      [180, ' 0.1'],
      [359, ' 0.1'],
      [361, ' 0.1'],
    ] as const) {
      assert.equal(formatBillableHours(seconds * 1000), expected, `${seconds} seconds`);
    }
    assert.equal(formatBillableHours(1234 * 60 * MINUTE), '1234.0');
  });

  test('titles are centred in 80 dashes, the odd dash on the right', () => {
    assert.equal(formatTitle('Details'), `${'-'.repeat(35)} Details ${'-'.repeat(36)}`);
    assert.equal(formatTitle('x'.repeat(90)), ` ${'x'.repeat(90)} `);
  });

  test('a current activity that began seconds ago is shown, as utt shows it', () => {
    const log = '2014-01-01 08:00 hello\n2014-01-01 09:00 a\n';
    const text = report(log, {}, new Date(2014, 0, 1, 9, 0, 30));
    assert.match(text, /\n {2}Total: 1h00 \(1h00 \+ 0h00\)\n/);
    assert.match(text, /\(0h00\) 09:00-09:00 -- Current Activity --\n/);
  });

  test('a current activity named as a break counts as a break', () => {
    const log = '2014-01-01 08:00 hello\n2014-01-01 09:00 a\n';
    const text = report(log, { currentActivity: 'lunch**' }, new Date(2014, 0, 1, 9, 30));
    assert.match(
      text,
      /\n {2}Total: 1h30 \(1h00 \+ 0h30\)\nWorking: 1h00\n {2}Break: 0h30 \(0h00 \+ 0h30\)\n/,
    );
  });

  test('the project filter also drops the current activity unless it has the project', () => {
    const log = '2014-01-01 08:00 hello\n2014-01-01 09:00 p: a\n2014-01-01 10:00 q: b\n';
    const now = new Date(2014, 0, 1, 10, 30);
    const model = buildReportModel(parseTimesheet(log).entries, { project: 'p' }, now);
    assert.deepEqual(
      model.activities.map((activity) => activity.name),
      ['p: a'],
    );
    const own = buildReportModel(parseTimesheet(log).entries, { project: 'p', currentActivity: 'p: c' }, now);
    assert.deepEqual(
      own.activities.map((activity) => [activity.name, activity.current]),
      [
        ['p: a', false],
        ['p: c', true],
      ],
    );
  });

  test('names that differ only in case are in code point order, wherever they first appear', () => {
    const model = buildReportModel(
      parseTimesheet('2014-03-03 08:00 hello\n2014-03-03 09:00 p: b\n2014-03-03 10:00 p: B\n').entries,
      { date: '2014-03-03' },
      new Date(2014, 2, 3, 10),
    );
    assert.deepEqual(model.projects.find((project) => project.project === 'p')?.tasks, ['B', 'b']);
  });

  test('an activity across midnight is cut at the range: its start and end are the range’s, not the entries’', () => {
    const { entries } = parseTimesheet(
      '2014-03-03 08:00 hello\n2014-03-03 23:00 a\n2014-03-04 01:00 late\n2014-03-04 02:00 b\n',
    );
    const late = (date: string) =>
      buildReportModel(entries, { date }, new Date(2014, 2, 5)).activities.find((a) => a.name === 'late');
    const after = late('2014-03-04');
    assert.deepEqual(
      [after?.start.getTime(), after?.end.getTime(), after?.duration],
      [new Date(2014, 2, 4).getTime(), new Date(2014, 2, 4, 1).getTime(), 60 * MINUTE],
    );
    const before = late('2014-03-03');
    assert.ok(before, 'the activity is in the report of the day it began');
    assert.equal(before.start.getTime(), new Date(2014, 2, 3, 23).getTime());
    assert.ok(before.end < new Date(2014, 2, 4), `it ends before midnight, not at ${before.end.toString()}`);
    assert.equal(before.end.getTime() - before.start.getTime(), before.duration);
  });

  test('an empty CSV section says there is nothing', () => {
    for (const csvSection of ['per_day', 'per_task'] as const) {
      assert.equal(
        report('', { csvSection }, new Date(2014, 0, 1)),
        ' -- No activities for this time range --\n',
      );
    }
    assert.throws(() => report('', { csvSection: 'per_week' as 'per_day' }, new Date(2014, 0, 1)), {
      name: 'TimekeeperError',
      message: 'Invalid CSV section: per_week (expected one of per_day, per-day, per_task, per-task)',
    });
  });

  test('CSV fields with commas or quotes are quoted as Python quotes them', () => {
    const log = '2014-01-01 08:00 hello\n2014-01-01 09:00 p: say "hi", twice  # a, b\n';
    const text = report(log, { csvSection: 'per_task' }, new Date(2014, 0, 1, 9));
    assert.equal(
      text,
      'Date,Projects,Tasks,Duration,Type,Comment\r\n2014-01-01,p,"say ""hi"", twice",1.0,WORK,"a, b"\r\n',
    );
  });

  test('wall-clock arithmetic: the spring-forward night counts as utt counts it, in any zone', () => {
    inTimeZone('Europe/Paris', () => {
      // Clocks jump from 02:00 to 03:00 on 2014-03-30; utt's naive datetimes still see 01:00-03:00 as 2 hours.
      const log = '2014-03-30 01:00 hello\n2014-03-30 03:00 night shift\n';
      const text = report(log, { date: '2014-03-30' }, new Date(2014, 2, 30, 3, 0));
      assert.match(text, /\n {2}Total: 2h00\n/);
      assert.match(text, /\(2h00\) 01:00-03:00 night shift\n/);
    });
  });

  test('the report reads only its range: a one-day report of a long timesheet is that day’s', () => {
    const lines: string[] = [];
    for (let day = 1; day <= 28; day++) {
      const date = `2014-02-${String(day).padStart(2, '0')}`;
      lines.push(
        `${date} 08:00 hello`,
        `${date} 12:00 p: work`,
        `${date} 13:00 lunch**`,
        `${date} 17:00 p: work`,
        '',
      );
    }
    const model = buildReportModel(
      parseTimesheet(lines.join('\n')).entries,
      { date: '2014-02-14' },
      new Date(2014, 2, 1),
    );
    assert.deepEqual(
      model.activities.map((activity) => activity.line),
      [67, 68, 69],
    );
    assert.deepEqual([model.summary.working, model.summary.breaks], [8 * 60 * MINUTE, 60 * MINUTE]);
  });
});
