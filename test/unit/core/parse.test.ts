import * as assert from 'node:assert/strict';
import { parseTimesheet, type Entry } from '../../../src/core';

/** The fields that say what a line meant, without the Date (compared through its local fields instead). */
function meaning(entry: Entry): unknown {
  const { date } = entry;
  const local = [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes()];
  return { local, name: entry.name, comment: entry.comment, line: entry.line };
}

function parseOne(line: string): Entry | undefined {
  const { entries, errors } = parseTimesheet(line);
  assert.ok(entries.length + errors.length === 1, `one entry or one error for ${JSON.stringify(line)}`);
  return entries[0];
}

suite('core: parseTimesheet', () => {
  test('utt’s valid entries (test_entry.py)', () => {
    const cases: [string, number[], string, string | undefined][] = [
      ['2014-03-23 4:15 An activity', [2014, 3, 23, 4, 15], 'An activity', undefined],
      ['2014-1-23   09:17   lunch**', [2014, 1, 23, 9, 17], 'lunch**', undefined],
      ['2014-07-23  10:30  +work', [2014, 7, 23, 10, 30], '+work', undefined],
      ['2014-11-23  10:30  -work', [2014, 11, 23, 10, 30], '-work', undefined],
      ['2014-03-23 4:15 a-project: a_task', [2014, 3, 23, 4, 15], 'a-project: a_task', undefined],
      [
        '2014-03-23 4:15 a-project: a_task  and something',
        [2014, 3, 23, 4, 15],
        'a-project: a_task  and something',
        undefined,
      ],
      [
        '2014-03-23 4:15 a-project: a_task  and something  # a comment',
        [2014, 3, 23, 4, 15],
        'a-project: a_task  and something',
        'a comment',
      ],
    ];
    for (const [line, local, name, comment] of cases) {
      const entry = parseOne(line);
      assert.ok(entry, line);
      assert.deepEqual(meaning(entry), { local, name, comment, line: 1 });
    }
  });

  test('utt’s invalid entries (test_entry.py) and strptime’s ranges', () => {
    const invalid = [
      '2014-',
      '2014-1-1',
      '9:15',
      '2015-1-1 9:15',
      '2014-03-23 An activity',
      '2025-27-27 17:00 misc: testing',
      '2014-02-29 10:00 not a leap year',
      '2014-04-31 10:00 April has 30 days',
      '2014-01-00 10:00 day zero',
      '2014-00-01 10:00 month zero',
      '2014-01-01 24:00 hour 24',
      '2014-01-01 10:60 minute 60',
      '0000-01-01 10:00 year zero',
      '2014-001-01 10:00 three digits',
      '14-01-01 10:00 two-digit year',
      '2014-01-01 10:001 x',
      '2014-01-01T10:00 x',
      '2014-01-01 10:00',
      '\ufeff2014-01-01 10:00 a BOM inside the text is no whitespace',
      // Each separator, and each field, where strptime wants it.
      '2014x01-01 10:00 x',
      '2014-01x01 10:00 x',
      '2014-01-0110:00 x',
      '2014-01-01 10x00 x',
      '2014-01-01 :00 no hour',
      '2014-01-01 10: no minute',
      '2014-01-01 10:00x',
    ];
    for (const line of invalid) {
      const { entries, errors } = parseTimesheet(`2014-01-01 08:00 hello\n${line}\n`);
      assert.equal(entries.length, 1, line);
      assert.deepEqual(errors, [{ line: 2, kind: 'invalid', message: `Invalid entry at line 2: ${line}` }]);
    }
    assert.ok(parseOne('2016-02-29 10:00 leap day'));
    assert.ok(parseOne('2014-1-1 0:0 single digits'));
  });

  test('the name is lazy: the first `<ws><ws>#<ws>` starts the comment', () => {
    assert.deepEqual(meaning(parseOne('2014-01-01 08:00 a  # b  # c') as Entry), {
      local: [2014, 1, 1, 8, 0],
      name: 'a',
      comment: 'b  # c',
      line: 1,
    });
    const threeSpaces = parseOne('2014-01-01 08:00 a   # c') as Entry;
    assert.equal(threeSpaces.name, 'a ');
    assert.equal(threeSpaces.comment, 'c');
    const tabs = parseOne('2014-01-01\t08:00\ta\t\t#\tc') as Entry;
    assert.deepEqual([tabs.name, tabs.comment], ['a', 'c']);
    const notAComment = parseOne('2014-01-01 08:00 a #b  #c  #') as Entry;
    assert.deepEqual([notAComment.name, notAComment.comment], ['a #b  #c  #', undefined]);
    const oneSpaceBefore = parseOne('2014-01-01 08:00 a b# c') as Entry;
    assert.deepEqual([oneSpaceBefore.name, oneSpaceBefore.comment], ['a b# c', undefined]);
    const commentOnly = parseOne('2014-01-01 08:00   # c') as Entry;
    assert.deepEqual([commentOnly.name, commentOnly.comment], ['# c', undefined]);
  });

  test('lines are stripped of Python whitespace, and the messages quote the stripped line', () => {
    const { entries, errors } = parseTimesheet('  2014-01-01 08:00 a\u00a0\u3000 \n\t \n  oops  \n');
    assert.equal(entries[0].name, 'a');
    assert.deepEqual(errors, [{ line: 3, kind: 'invalid', message: 'Invalid entry at line 3: oops' }]);
  });

  test('a message quotes an offending line whole up to 200 characters, else its first 200 and its length', () => {
    const bad = (length: number) => 'x'.repeat(length);
    assert.equal(parseTimesheet(bad(200)).errors[0].message, `Invalid entry at line 1: ${bad(200)}`);
    assert.equal(
      parseTimesheet(bad(201)).errors[0].message,
      `Invalid entry at line 1: ${bad(200)}… (a line of 201 characters)`,
    );
  });

  test('CRLF, lone CR, a BOM and blank lines: the same entries and line numbers as LF', () => {
    const lines = ['2014-01-01 08:00 hello', '2014-01-01 09:00 a  # c', '', '2014-01-02 08:00 hello'];
    const expected = parseTimesheet(lines.join('\n') + '\n').entries.map(meaning);
    assert.deepEqual(
      expected.map((entry) => (entry as { line: number }).line),
      [1, 2, 4],
    );
    for (const text of [
      lines.join('\r\n') + '\r\n',
      '\ufeff' + lines.join('\r\n'),
      lines.join('\r'),
      '\ufeff' + lines.join('\n'),
    ]) {
      const { entries, errors } = parseTimesheet(text);
      assert.deepEqual(errors, []);
      assert.deepEqual(entries.map(meaning), expected);
    }
  });

  test('an entry earlier than the one before is an order error with its line, and is left out', () => {
    const text = [
      '2014-01-01 08:00 hello',
      '2014-01-01 10:00 a',
      '2014-01-01 09:00 b',
      '2014-01-01 09:30 c',
      '2014-01-01 10:00 d',
      '',
      '2014-01-01 11:00 e',
    ].join('\n');
    const { entries, errors } = parseTimesheet(text);
    assert.deepEqual(
      entries.map((entry) => entry.name),
      ['hello', 'a', 'd', 'e'],
    );
    assert.deepEqual(errors, [
      { line: 3, kind: 'order', message: 'Line 3 not in chronological order: 2014-01-01 09:00 b' },
      { line: 4, kind: 'order', message: 'Line 4 not in chronological order: 2014-01-01 09:30 c' },
    ]);
  });

  test('a tail parsed with firstLine and previous equals the same lines of a full parse', () => {
    const head = '2014-01-01 08:00 hello\n2014-01-01 09:00 a\n\n';
    const tail = '2014-01-02 08:00 hello\n2014-01-01 07:00 late\nnot an entry\n2014-01-02 09:00 b  # c\n';
    const full = parseTimesheet(head + tail);
    const first = parseTimesheet(head);
    const rest = parseTimesheet(tail, { firstLine: 4, previous: first.entries.at(-1) });
    assert.deepEqual([...first.entries, ...rest.entries].map(meaning), full.entries.map(meaning));
    assert.deepEqual([...first.errors, ...rest.errors], full.errors);
    assert.deepEqual(
      rest.errors.map((error) => [error.line, error.kind]),
      [
        [5, 'order'],
        [6, 'invalid'],
      ],
    );
    // Only the file's first character can be a byte order mark: a tail that starts with U+FEFF is a line holding it.
    assert.deepEqual(parseTimesheet('\ufeff2014-01-02 10:00 d\n', { firstLine: 8 }).errors, [
      { line: 8, kind: 'invalid', message: 'Invalid entry at line 8: \ufeff2014-01-02 10:00 d' },
    ]);
  });

  test('wall time follows the text, whatever the time zone', () => {
    const entry = parseOne('2014-03-30 02:30 in the spring-forward gap of Europe') as Entry;
    assert.equal(entry.wallTime, Date.UTC(2014, 2, 30, 2, 30));
    const ancient = parseOne('0099-12-31 23:59 a year below 100') as Entry;
    assert.equal(ancient.date.getFullYear(), 99);
    assert.equal(ancient.wallTime, new Date(Date.UTC(2000, 11, 31, 23, 59)).setUTCFullYear(99));
  });
});
