import * as assert from 'node:assert/strict';
import type { Api, ReportArgs } from '../../../src/api';
import { resolveRange } from '../../../src/core/report/range';
import { todayUpTo, wholeDay } from '../../../subplugins/today/dayRanges';

const HOUR = 3_600_000;

/** v1's `resolveRange` as the host gives it (utt's calendar), the questions asked of it recorded. */
function calendar(asked: [ReportArgs, Date | undefined][] = []): Pick<Api, 'resolveRange'> {
  return {
    resolveRange: (args, now) => {
      asked.push([args, now]);
      return resolveRange(args, now ?? new Date());
    },
  };
}

function inZone(zone: string, body: () => void): void {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    body();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}

suite('Today view and review: the days asked of the Suggester, as v1 resolves them', () => {
  test('today up to now starts at the midnight v1 resolves for today, at now', () => {
    const midnight = new Date('2024-06-03T00:07:00');
    const asked: [ReportArgs, Date | undefined][] = [];
    const v1: Pick<Api, 'resolveRange'> = {
      resolveRange: (args, now) => {
        asked.push([args, now]);
        return { start: midnight, end: midnight };
      },
    };
    const now = new Date('2024-06-03T12:10:00');
    assert.deepEqual(todayUpTo(v1, now), { from: midnight, to: now });
    assert.deepEqual(asked, [[{ date: 'today' }, now]]);
  });

  test('a day whose midnight daylight saving time skips starts where v1 starts it (America/Santiago)', () => {
    inZone('America/Santiago', () => {
      // 2024-09-08: the clocks go from 23:59:59 on the 7th to 01:00; the day starts at 01:00 (-03).
      const now = new Date('2024-09-08T10:00:00-03:00');
      const { from } = todayUpTo(calendar(), now);
      assert.equal(from.toISOString(), new Date('2024-09-08T01:00:00-03:00').toISOString());
      assert.equal(from.getTime(), resolveRange({ date: 'today' }, now).start.getTime());
    });
  });

  test('a whole day ends at the next midnight v1 resolves: 23 hours when DST begins, 25 when it ends', () => {
    inZone('Europe/Berlin', () => {
      const day = (iso: string) => wholeDay(calendar(), resolveRange({ date: iso }, new Date()).start);
      const hours = (iso: string) => {
        const { from, to } = day(iso);
        return (to.getTime() - from.getTime()) / HOUR;
      };
      assert.equal(hours('2024-03-31'), 23);
      assert.equal(hours('2024-10-27'), 25);
      assert.equal(hours('2024-06-03'), 24);
      assert.equal(day('2024-12-31').to.getTime(), new Date('2025-01-01T00:00:00+01:00').getTime());
    });
    inZone('America/Santiago', () => {
      const start = resolveRange({ date: '2024-09-07' }, new Date()).start;
      const asked: [ReportArgs, Date | undefined][] = [];
      const { to } = wholeDay(calendar(asked), start);
      assert.equal(to.toISOString(), new Date('2024-09-08T01:00:00-03:00').toISOString());
      assert.deepEqual(asked, [[{ date: '2024-09-08' }, start]], 'the next day asked of v1');
    });
  });
});
