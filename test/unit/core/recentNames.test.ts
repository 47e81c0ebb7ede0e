import * as assert from 'node:assert/strict';
import { parseTimesheet } from '../../../src/core';
import { recentNames } from '../../../src/core/recentNames';

function namesOf(...names: string[]): ReturnType<typeof parseTimesheet>['entries'] {
  return parseTimesheet(
    names.map((name, i) => `2024-01-02 ${String(9 + i).padStart(2, '0')}:00 ${name}`).join('\n'),
  ).entries;
}

suite('core: recentNames (what the name picker offers)', () => {
  test('every name once, the newest first, from the last entry back to the first', () => {
    assert.deepEqual(recentNames(namesOf('first', 'second', 'first', 'third')), ['third', 'first', 'second']);
  });

  test('names with a project before those without, each group newest first; hello is no activity', () => {
    assert.deepEqual(
      recentNames(namesOf('hello', 'reading', 'acme: review', 'coffee**', 'blog: post', 'reading')),
      ['blog: post', 'acme: review', 'reading', 'coffee**'],
    );
  });

  test('at most `limit` names, the newest ones', () => {
    const entries = namesOf('a', 'b', 'c', 'd');
    assert.deepEqual(recentNames(entries, 2), ['d', 'c']);
    assert.deepEqual(recentNames(entries, 4), ['d', 'c', 'b', 'a']);
    assert.deepEqual(recentNames([], 2), []);
  });
});
