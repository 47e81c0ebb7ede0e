import * as assert from 'node:assert/strict';
import { parseDay, resolveRange, type ReportArgs } from '../../../src/core';

const day = (text: string): Date => {
  const [year, month, date] = text.split('-').map(Number);
  return new Date(year, month - 1, date);
};
const iso = (date: Date): string =>
  `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

function range(args: ReportArgs, today: string): string {
  const { start, end } = resolveRange(args, new Date(day(today).getTime() + 15 * 3600_000));
  return `${iso(start)}..${iso(end)}`;
}

suite('core: report dates and ranges', () => {
  test('utt’s weekday cases (test_parse_date.py)', () => {
    const today = day('2015-02-11');
    const past = [
      '2015-02-09',
      '2015-02-10',
      '2015-02-11',
      '2015-02-05',
      '2015-02-06',
      '2015-02-07',
      '2015-02-08',
    ];
    const future = [
      '2015-02-16',
      '2015-02-17',
      '2015-02-11',
      '2015-02-12',
      '2015-02-13',
      '2015-02-14',
      '2015-02-15',
    ];
    const names = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
    names.forEach((name, i) => {
      assert.equal(iso(parseDay(today, name, 'past')), past[i], `${name} past`);
      assert.equal(iso(parseDay(today, name, 'future')), future[i], `${name} future`);
    });
    assert.equal(iso(parseDay(today, '2015-2-8', 'past')), '2015-02-08');
    assert.equal(iso(parseDay(today, 'Sunday', 'past')), '2015-02-08');
  });

  test('today and yesterday, and any prefix of them', () => {
    for (const text of ['today', 'TOD', 't', '']) {
      assert.equal(range({ date: text }, '2015-02-11'), '2015-02-11..2015-02-11', text);
    }
    for (const text of ['yesterday', 'y', 'Yest']) {
      assert.equal(range({ date: text }, '2015-03-01'), '2015-02-28..2015-02-28', text);
    }
  });

  test('absolute days as strptime reads them, and utt’s error otherwise', () => {
    assert.equal(range({ date: '2014-3-9' }, '2015-02-11'), '2014-03-09..2014-03-09');
    assert.equal(range({ date: '2014-03-09' }, '2015-02-11'), '2014-03-09..2014-03-09');
    // The first day a timesheet can hold.
    assert.equal(range({ date: '0001-01-01' }, '2015-02-11'), '0001-01-01..0001-01-01');
    for (const text of [
      'not-a-date',
      'x2014-03-09',
      '2014-02-30',
      '2014-13-01',
      '14-01-01',
      '2014-01-01 ',
      'tue',
      '0000-01-01',
    ]) {
      assert.throws(() => range({ date: text }, '2015-02-11'), {
        name: 'TimekeeperError',
        message: `Invalid date: ${text} (expected YYYY-MM-DD)`,
      });
    }
  });

  test('weeks: this, prev, numbers and -N, Monday to Sunday, relative to the report’s day', () => {
    assert.equal(range({ week: 'this' }, '2018-08-21'), '2018-08-20..2018-08-26');
    assert.equal(range({ week: 't' }, '2018-08-26'), '2018-08-20..2018-08-26');
    assert.equal(range({ week: 'prev' }, '2018-08-21'), '2018-08-13..2018-08-19');
    assert.equal(range({ week: '-2' }, '2018-08-21'), '2018-08-06..2018-08-12');
    assert.equal(range({ week: '1' }, '2018-08-21'), '2018-01-01..2018-01-07');
    assert.equal(range({ week: '40' }, '2018-08-21'), '2017-10-02..2017-10-08');
    assert.equal(range({ week: '53' }, '2021-02-01'), '2020-12-28..2021-01-03');
    assert.equal(range({ week: 'this', date: '2018-01-01' }, '2018-08-21'), '2018-01-01..2018-01-07');
    for (const text of ['0', '-0', 'next', '1.5']) {
      assert.throws(() => range({ week: text }, '2018-08-21'), { message: `Invalid week string: ${text}` });
    }
    for (const text of ['53', '60']) {
      assert.throws(() => range({ week: text }, '2018-08-21'), { message: `Invalid week: ${text}` });
    }
  });

  test('months: this, prev, names, numbers, -N and YYYY-MM, the latest such month', () => {
    assert.equal(range({ month: 'this' }, '2018-09-21'), '2018-09-01..2018-09-30');
    assert.equal(range({ month: 'prev' }, '2018-09-21'), '2018-08-01..2018-08-31');
    assert.equal(range({ month: 'previous' }, '2018-01-05'), '2017-12-01..2017-12-31');
    assert.equal(range({ month: 'feb' }, '2016-09-21'), '2016-02-01..2016-02-29');
    assert.equal(range({ month: 'October' }, '2018-09-21'), '2017-10-01..2017-10-31');
    assert.equal(range({ month: 'jun' }, '2018-09-21'), '2018-06-01..2018-06-30');
    assert.equal(range({ month: 'jul' }, '2018-09-21'), '2018-07-01..2018-07-31');
    // Python's int(): single underscores between digits.
    assert.equal(range({ month: '0_10' }, '2018-09-21'), '2017-10-01..2017-10-31');
    assert.equal(range({ month: '9' }, '2018-09-21'), '2018-09-01..2018-09-30');
    assert.equal(range({ month: '10' }, '2018-09-21'), '2017-10-01..2017-10-31');
    assert.equal(range({ month: '-1' }, '2018-01-21'), '2017-12-01..2017-12-31');
    assert.equal(range({ month: '-11' }, '2018-09-21'), '2017-10-01..2017-10-31');
    assert.equal(range({ month: '2019-2' }, '2018-09-21'), '2019-02-01..2019-02-28');
    assert.equal(range({ month: 'prev', week: 'this' }, '2018-09-21'), '2018-08-01..2018-08-31');
    for (const text of ['ma', 'ju', '0', '-12', '13', '2019-13', 'x2019-2', '1__0', 'nope']) {
      assert.throws(() => range({ month: text }, '2018-09-21'), {
        name: 'TimekeeperError',
        message: `Invalid month: ${text} (expected YYYY-MM)`,
      });
    }
  });

  test('from and to override the ends; to is read from the first day', () => {
    assert.equal(range({ from: '2014-3-15', to: '2014-03-19' }, '2015-02-11'), '2014-03-15..2014-03-19');
    assert.equal(range({ from: 'monday' }, '2015-02-11'), '2015-02-09..2015-02-11');
    assert.equal(range({ from: '2015-02-02', to: 'friday' }, '2015-02-11'), '2015-02-02..2015-02-06');
    assert.equal(range({ from: '2015-02-06', to: 'friday' }, '2015-02-11'), '2015-02-06..2015-02-06');
    assert.equal(range({ from: '2015-02-02', to: 'today' }, '2015-02-11'), '2015-02-02..2015-02-02');
    assert.equal(range({ month: 'prev', to: '2015-01-10' }, '2015-02-11'), '2015-01-01..2015-01-10');
  });

  test('a last day before the first is an error that names both', () => {
    assert.throws(() => range({ from: '2015-02-10', to: '2015-02-01' }, '2015-02-11'), {
      name: 'TimekeeperError',
      message: 'Invalid range: the last day 2015-02-01 is before the first day 2015-02-10',
    });
    assert.throws(() => range({ from: '2016-01-01' }, '2015-02-11'), /Invalid range/);
  });
});
