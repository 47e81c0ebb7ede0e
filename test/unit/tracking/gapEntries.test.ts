import * as assert from 'node:assert/strict';
import type { Entry } from '../../../src/api';
import { nameBeforeGap, planGapEntries } from '../../../src/tracking/gapEntries';
import { at } from './harness';

function entries(...lines: [string, string][]): Entry[] {
  return lines.map(([time, name], i) => ({ date: at(time), name, line: i + 1 }));
}
const names = { nameBefore: 'acme: review', gapName: 'away**' };
const lines = (plan: ReturnType<typeof planGapEntries>) =>
  plan.entries.map((e) => `${e.date.getHours()}:${String(e.date.getMinutes()).padStart(2, '0')} ${e.name}`);

suite('tracking: gap entries', () => {
  const away = { start: at('2024-05-02 14:02:40'), end: at('2024-05-02 14:47:10') };

  test('the activity before ends when the away time began, then the away time is logged', () => {
    const plan = planGapEntries(entries(['2024-05-02 09:00', 'hello']), away, names);
    assert.deepEqual(lines(plan), ['14:02 acme: review', '14:47 away**']);
    assert.equal(plan.note, undefined);
  });

  test('only closing the activity before (no gap name), e.g. when pausing', () => {
    const plan = planGapEntries(entries(['2024-05-02 09:00', 'hello']), away, {
      ...names,
      gapName: undefined,
    });
    assert.deepEqual(lines(plan), ['14:02 acme: review']);
  });

  test('an entry added by hand during the away time is kept: only the end is logged, with a note', () => {
    const plan = planGapEntries(
      entries(['2024-05-02 09:00', 'hello'], ['2024-05-02 14:30', 'acme: call']),
      away,
      names,
    );
    assert.deepEqual(lines(plan), ['14:47 away**']);
    assert.match(String(plan.note), /14:30 \(line 2\)/);
  });

  test('an entry at or after the end: the away time was logged already, nothing is planned', () => {
    const plan = planGapEntries(
      entries(['2024-05-02 09:00', 'hello'], ['2024-05-02 14:47', 'away**']),
      away,
      names,
    );
    assert.deepEqual(plan.entries, []);
    assert.match(String(plan.note), /already has an entry at 14:47/);
  });

  test('a day without entries was not being tracked: nothing is planned, the note says to start the day', () => {
    const plan = planGapEntries(entries(['2024-05-01 17:00', 'acme: x']), away, names);
    assert.deepEqual(plan.entries, []);
    assert.match(String(plan.note), /hello/);
    assert.match(String(planGapEntries([], away, names).note), /hello/);
  });

  test('an away time across midnight only ends the day it began in', () => {
    const night = { start: at('2024-05-02 18:10'), end: at('2024-05-03 08:55') };
    const plan = planGapEntries(entries(['2024-05-02 09:00', 'hello']), night, names);
    assert.deepEqual(lines(plan), ['18:10 acme: review']);
    assert.match(String(plan.note), /midnight/);
  });

  test('the comment goes on the gap entry; an entry in the start minute is not repeated', () => {
    const plan = planGapEntries(
      entries(['2024-05-02 09:00', 'hello'], ['2024-05-02 14:02', 'acme: x']),
      away,
      {
        nameBefore: 'ignored',
        gapName: 'acme: meeting',
        gapComment: ' with Bob ',
      },
    );
    assert.deepEqual(plan.entries, [
      { date: at('2024-05-02 14:47'), name: 'acme: meeting', comment: 'with Bob' },
    ]);
  });

  test('the activity before is named by the last entry, unless that was hello, a break or ignored', () => {
    assert.equal(nameBeforeGap(entries(['2024-05-02 09:00', 'acme: x']), 'ws: src'), 'acme: x');
    for (const name of ['hello', 'lunch**', 'commute***']) {
      assert.equal(nameBeforeGap(entries(['2024-05-02 09:00', name]), 'ws: src'), 'ws: src');
    }
    assert.equal(nameBeforeGap([], 'ws: src'), 'ws: src');
  });
});
