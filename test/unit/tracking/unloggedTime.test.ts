import * as assert from 'node:assert/strict';
import type { Suggester, TimeRange, Timesheet } from '../../../src/api';
import { resolveRange } from '../../../src/core/report/range';
import { logUnloggedTime } from '../../../src/tracking/unloggedTime';

suite('tracking: the unlogged time of an empty timesheet', () => {
  test('starts at the midnight v1 resolves for the day, one daylight saving time skips too (America/Santiago)', async () => {
    const previous = process.env.TZ;
    process.env.TZ = 'America/Santiago';
    try {
      const asked: TimeRange[] = [];
      const empty = { entries: () => Promise.resolve([]) } as unknown as Timesheet;
      const suggester: Suggester = {
        suggest: (range) => {
          asked.push(range);
          return Promise.resolve({ range, entries: [], unlogged: 0 });
        },
        log: () => Promise.reject(new Error('nothing suggested, nothing to log')),
      };
      // 2024-09-08 has no 00:00: the clocks go from 23:59:59 on the 7th to 01:00 (-03).
      const until = new Date('2024-09-08T10:00:00-03:00');
      assert.deepEqual(await logUnloggedTime(until, empty, suggester, until), []);
      assert.deepEqual(asked, [{ from: new Date('2024-09-08T01:00:00-03:00'), to: until }]);
      assert.equal(asked[0]?.from.getTime(), resolveRange({ date: 'today' }, until).start.getTime());
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });
});
