import * as assert from 'node:assert/strict';
import { civilDay, dayNumber, localDateOf, wallTime, wallTimeOf } from '../../../src/core/wallClock';
import { inTimeZone } from './timeZone';

suite('core: wall clock', () => {
  test('day numbers and calendar days are inverse, and agree with Date.UTC', () => {
    for (let day = -800_000; day < 800_000; day += 97) {
      const { year, month, day: date } = civilDay(day);
      const utc = new Date(day * 86_400_000);
      assert.deepEqual([year, month, date], [utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate()]);
      assert.equal(dayNumber(year, month, date), day);
    }
  });

  test('local dates of wall times equal new Date(fields), across clock changes of several zones', () => {
    // Paris (02:00 jumps), São Paulo 2018 (midnight jumps), Lord Howe (half-hour changes), Kiritimati (a skipped day).
    const zones: [string, number][] = [
      ['Europe/Paris', 2014],
      ['America/Sao_Paulo', 2018],
      ['Australia/Lord_Howe', 2020],
      ['Pacific/Kiritimati', 1994],
    ];
    for (const [zone, year] of zones) {
      inTimeZone(zone, () => {
        for (let time = wallTime(year, 1, 1); time < wallTime(year + 1, 1, 1); time += 37 * 60_000) {
          const fields = new Date(time);
          const expected = new Date(
            fields.getUTCFullYear(),
            fields.getUTCMonth(),
            fields.getUTCDate(),
            fields.getUTCHours(),
            fields.getUTCMinutes(),
          );
          assert.equal(localDateOf(time).getTime(), expected.getTime(), `${zone} ${fields.toISOString()}`);
        }
      });
    }
  });

  test('wall times round-trip through local dates, except in a spring-forward gap', () => {
    inTimeZone('Europe/Paris', () => {
      const time = wallTime(2014, 7, 14, 12, 30);
      assert.equal(wallTimeOf(localDateOf(time)), time);
      assert.equal(wallTimeOf(localDateOf(wallTime(2014, 3, 30, 2, 30))), wallTime(2014, 3, 30, 3, 30));
    });
  });
});
