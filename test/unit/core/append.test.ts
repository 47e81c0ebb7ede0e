import * as assert from 'node:assert/strict';
import { appendedText, formatEntryLine, parseTimesheet, tailOf, type NewEntry } from '../../../src/core';

const at = (day: number, hours: number, minutes = 0, seconds = 0): Date =>
  new Date(2014, 0, day, hours, minutes, seconds);

function append(text: string, entry: NewEntry, lineEnding?: string): string {
  return text + appendedText(tailOf(text, parseTimesheet(text).entries), entry, lineEnding);
}

/** An entry to append, as the sub-plugins build them. */
function newEntry(date: Date, name: string, comment?: string): NewEntry {
  return comment === undefined ? { date, name } : { date, name, comment };
}

suite('core: appends', () => {
  test('an empty or missing file gets the line alone', () => {
    assert.equal(append('', newEntry(at(1, 8), 'hello')), '2014-01-01 08:00 hello\n');
  });

  test('a blank line before the first entry of a new day, none within a day', () => {
    let text = append('', newEntry(at(1, 8), 'hello'));
    text = append(text, newEntry(at(1, 9), 'a'));
    text = append(text, newEntry(at(2, 8), 'b'));
    assert.equal(text, '2014-01-01 08:00 hello\n2014-01-01 09:00 a\n\n2014-01-02 08:00 b\n');
  });

  test('a missing final newline is repaired first', () => {
    assert.equal(
      append('2014-01-01 08:00 hello', newEntry(at(1, 9), 'a')),
      '2014-01-01 08:00 hello\n2014-01-01 09:00 a\n',
    );
    assert.equal(
      append('2014-01-01 08:00 hello', newEntry(at(2, 9), 'a')),
      '2014-01-01 08:00 hello\n\n2014-01-02 09:00 a\n',
    );
  });

  test('a file of blank lines has no last entry: no blank line added', () => {
    assert.equal(append('\n\n', newEntry(at(1, 8), 'hello')), '\n\n2014-01-01 08:00 hello\n');
  });

  test('a CRLF file can keep its line endings', () => {
    assert.equal(
      append('2014-01-01 08:00 hello\r\n', newEntry(at(2, 9), 'a'), '\r\n'),
      '2014-01-01 08:00 hello\r\n\r\n2014-01-02 09:00 a\r\n',
    );
  });

  test('utt’s line: zero-padded fields, seconds dropped, `  # ` before a comment, names as given', () => {
    assert.equal(formatEntryLine(newEntry(at(5, 7, 3, 59), 'p: t', 'why')), '2014-01-05 07:03 p: t  # why');
    assert.equal(formatEntryLine(newEntry(at(5, 7), '  spaces  ')), '2014-01-05 07:00   spaces  ');
  });

  test('names that would break the file are refused with a clear message', () => {
    for (const name of ['', '   ', '\t\u00a0']) {
      assert.throws(() => appendedText(tailOf('', []), newEntry(at(1, 8), name)), {
        name: 'TimekeeperError',
        message: /name needs at least one character/,
      });
    }
    assert.throws(() => appendedText(tailOf('', []), newEntry(at(1, 8), 'a\nb')), /one line/);
    assert.throws(() => appendedText(tailOf('', []), newEntry(at(1, 8), 'a', 'b\r')), /one line/);
    assert.throws(
      () => appendedText(tailOf('', []), newEntry(new Date(Number.NaN), 'a')),
      /not a valid time/,
    );
  });

  test('a date outside the years a timesheet line can hold (0001–9999) is refused, the years at its ends are not', () => {
    const on = (year: number) => {
      const date = new Date(2014, 0, 1, 8);
      date.setFullYear(year);
      return appendedText(tailOf('', []), newEntry(date, 'a'));
    };
    assert.equal(on(1), '0001-01-01 08:00 a\n');
    assert.equal(on(9999), '9999-01-01 08:00 a\n');
    for (const year of [0, 10_000]) {
      assert.throws(() => on(year), {
        name: 'TimekeeperError',
        message: `Invalid entry date: the year ${year} is outside 0001–9999, the years a timesheet line can hold. Check the date or the system clock.`,
      });
    }
  });
});
