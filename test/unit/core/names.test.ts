import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { activityTypeOf, isBreakName, isIgnoredName, parseTimesheet, splitProject } from '../../../src/core';

/*
 * What a name means, checked against utt's own rules written here from its source: a name ending in `**` is a break,
 * in `***` ignored; `project: task` is utt's `^(?P<project>[^\s:]+):\s(?P<task>.*)$` with Python's `\s`.
 */

/** Python's `\s` for text (the code points where `str.isspace()` is true, as Python 3.11 prints them). */
const PYTHON_SPACE =
  '\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const UTT_PROJECT = new RegExp(`^([^${PYTHON_SPACE}:]+):[${PYTHON_SPACE}]([^\\n]*)$`, 'u');

const piece = fc.oneof(
  fc.constantFrom(
    'a',
    'proj',
    ':',
    ' ',
    '\t',
    '\u00a0',
    '\u3000',
    '\ufeff',
    '*',
    '**',
    'é',
    '🎉',
    '\u001c',
    '\u0085',
  ),
  fc.string({ unit: 'binary', maxLength: 3 }).map((text) => text.replaceAll('\n', '')),
);
const name = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(''));

suite('core: names (project, task, type)', () => {
  test('splitProject is utt’s project pattern with Python’s whitespace', () => {
    fc.assert(
      fc.property(name, (text) => {
        const match = UTT_PROJECT.exec(text);
        assert.deepEqual(
          splitProject(text),
          match ? { project: match[1], task: match[2] } : { project: '', task: text },
          JSON.stringify(text),
        );
      }),
      { numRuns: 3000 },
    );
    assert.deepEqual(splitProject('a: '), { project: 'a', task: '' });
    assert.deepEqual(splitProject('a:'), { project: '', task: 'a:' });
    assert.deepEqual(splitProject(': a'), { project: '', task: ': a' });
    assert.deepEqual(splitProject('a:\u3000b'), { project: 'a', task: 'b' });
    assert.deepEqual(
      splitProject('a:\ufeffb'),
      { project: '', task: 'a:\ufeffb' },
      'a BOM is not whitespace',
    );
    assert.deepEqual(splitProject('a b: c'), { project: '', task: 'a b: c' });
  });

  test('the stars at the end make a break or an ignored activity, and nothing else does', () => {
    fc.assert(
      fc.property(name, (text) => {
        const type = text.endsWith('***') ? 'ignored' : text.endsWith('**') ? 'break' : 'work';
        assert.equal(activityTypeOf(text), type);
        assert.equal(isBreakName(text), type === 'break');
        assert.equal(isIgnoredName(text), type === 'ignored');
      }),
      { numRuns: 3000 },
    );
    for (const [text, type] of [
      ['lunch**', 'break'],
      ['lunch***', 'ignored'],
      ['lunch****', 'ignored'],
      ['lunch*', 'work'],
      ['**lunch', 'work'],
    ] as const) {
      assert.equal(activityTypeOf(text), type, text);
      assert.equal(isBreakName(text), type === 'break', text);
      assert.equal(isIgnoredName(text), type === 'ignored', text);
    }
  });

  test('a parsed entry as JSON is the plain entry: a comment only when it has one', () => {
    const { entries } = parseTimesheet('2024-01-02 09:00 hello\n2024-01-02 10:00 a: b  # why\n');
    assert.deepEqual(JSON.parse(JSON.stringify(entries)), [
      { date: entries[0].date.toISOString(), name: 'hello', line: 1 },
      { date: entries[1].date.toISOString(), name: 'a: b', comment: 'why', line: 2 },
    ]);
  });
});
