import * as assert from 'node:assert/strict';
import {
  daysInMonth,
  formatClock,
  formatIsoDay,
  isLeapYear,
  localDateOf,
  wallTime,
  wallTimeOf,
} from '../../../src/core/wallClock';
import { inTimeZone } from './timeZone';

/*
 * The wall clock's calendar arithmetic checked against JavaScript's own proleptic Gregorian calendar (Date in UTC),
 * over every year from 400 BC to 2400, and its text against toISOString: every branch of the arithmetic has a case
 * where getting it wrong shows.
 */

/** The UTC Date of a proleptic Gregorian date, years 0-99 included (Date.UTC would read them as 1900-1999). */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(Date.UTC(2000, monthIndex, day));
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

suite('core: calendar arithmetic of the wall clock', () => {
  test('leap years and month lengths are the Gregorian calendar’s', () => {
    for (let year = -400; year <= 2400; year++) {
      assert.equal(isLeapYear(year), utcDate(year, 1, 29).getUTCDate() === 29, `${year}`);
      for (let month = 1; month <= 12; month++) {
        // Day 0 of the next month is the last day of this one.
        assert.equal(daysInMonth(year, month), utcDate(year, month, 0).getUTCDate(), `${year}-${month}`);
      }
    }
  });

  test('YYYY-MM-DD and HH:MM of wall times are what toISOString says, years below 1000 padded', () => {
    const step = 7 * 60 * 60_000 + 13 * 60_000 + 17_000; // 7h13m17s: every hour and minute comes up
    for (let time = wallTime(1, 1, 1); time < wallTime(2100, 1, 1); time += 997 * step) {
      const iso = new Date(time).toISOString();
      assert.equal(formatIsoDay(time), iso.slice(0, 10), iso);
      assert.equal(formatClock(time), iso.slice(11, 16), iso);
    }
    assert.equal(formatIsoDay(wallTime(7, 3, 9)), '0007-03-09');
    // The last day of a 400-year cycle of the arithmetic (it counts from 1 March).
    for (const year of [1600, 2000, 2400]) {
      assert.equal(formatIsoDay(wallTime(year, 2, 29)), `${year}-02-29`);
      assert.equal(formatIsoDay(wallTime(year, 3, 1)), `${year}-03-01`);
    }
    assert.equal(
      formatClock(wallTime(2024, 1, 1, 23, 59) + 59_999),
      '23:59',
      'seconds are dropped, not rounded',
    );
    assert.equal(formatClock(wallTime(2024, 1, 1, 0, 0)), '00:00');
  });

  test('a wall time keeps its seconds and milliseconds, and years below 100 stay themselves', () => {
    inTimeZone('UTC', () => {
      const date = new Date(2024, 4, 6, 9, 30, 15, 250);
      assert.equal(wallTimeOf(date), wallTime(2024, 5, 6, 9, 30) + 15_250);
      const early = localDateOf(wallTime(50, 6, 1, 12, 0));
      assert.deepEqual(
        [early.getFullYear(), early.getMonth(), early.getDate(), early.getHours()],
        [50, 5, 1, 12],
      );
      assert.equal(localDateOf(wallTime(2024, 5, 6, 9, 30) + 15_250).getTime(), date.getTime());
    });
  });
});
