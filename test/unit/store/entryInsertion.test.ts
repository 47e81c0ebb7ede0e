import * as assert from 'node:assert/strict';
import type { Entry } from '../../../src/api';
import { parseTimesheet } from '../../../src/core/parse';
import { appendedLines, splitInsertion, withEarlierEntries } from '../../../src/store/entryInsertion';

const at = (d: number, h: number, m = 0, s = 0) => new Date(2024, 0, d, h, m, s);
const entriesOf = (text: string) => parseTimesheet(text).entries as readonly Entry[];
const names = (list: readonly { name: string }[]) => list.map((e) => e.name);

suite('entry insertion', () => {
  test('entries are sorted by their minute (stably) and split at the last entry: its minute and later are appended', () => {
    const existing = entriesOf('2024-01-01 09:00 hello\n2024-01-01 10:00 a\n');
    const split = splitInsertion(existing, [
      { date: at(1, 10, 0, 30), name: 'same minute' },
      { date: at(1, 9, 59, 59), name: 'a second before' },
      { date: at(1, 8), name: 'first' },
      { date: at(1, 9, 59), name: 'also 9:59' },
      { date: at(2, 9), name: 'next day' },
    ]);
    assert.deepEqual(names(split.earlier), ['first', 'a second before', 'also 9:59']);
    assert.deepEqual(names(split.later), ['same minute', 'next day']);
    assert.deepEqual(
      names(
        splitInsertion(
          [],
          [
            { date: at(2, 9), name: 'b' },
            { date: at(1, 9), name: 'a' },
          ],
        ).later,
      ),
      ['a', 'b'],
    );
    assert.deepEqual(splitInsertion(existing, [{ date: at(1, 7), name: 'x' }]).later, []);
  });

  test('appended lines repair a missing final newline, put a blank line before a new day and keep CRLF', () => {
    const existing = entriesOf('2024-01-01 09:00 hello\r\n2024-01-01 10:00 a');
    const tail = { lastEntry: existing.at(-1), isEmpty: false, endsWithNewline: false };
    assert.equal(
      appendedLines(
        tail,
        [
          { date: at(1, 11), name: 'b', comment: 'c' },
          { date: at(2, 9), name: 'hello' },
          { date: at(2, 10), name: 'd' },
        ],
        '\r\n',
      ),
      '\n2024-01-01 11:00 b  # c\r\n\r\n2024-01-02 09:00 hello\r\n2024-01-02 10:00 d\r\n',
    );
    assert.equal(
      appendedLines({ isEmpty: true, endsWithNewline: true }, [{ date: at(1, 9), name: 'x' }], '\n'),
      '2024-01-01 09:00 x\n',
    );
    assert.equal(appendedLines(tail, [], '\n'), '');
  });

  test('an earlier entry goes right after the last entry at or before its minute; every other line keeps its bytes', () => {
    const text =
      '2024-01-01 09:00 hello\n2024-01-01 10:00 a\n  \n2024-01-01 12:00 b  # note\n\n2024-01-03 09:00 hello\n';
    const result = withEarlierEntries(
      text,
      entriesOf(text),
      [
        { date: at(1, 9, 30), name: 'x' },
        { date: at(1, 10), name: 'same as a' },
        { date: at(1, 12, 30), name: 'y' },
        { date: at(2, 8), name: 'new day' },
        { date: at(2, 9), name: 'same day' },
      ],
      '\n',
    );
    assert.equal(
      result,
      '2024-01-01 09:00 hello\n2024-01-01 09:30 x\n2024-01-01 10:00 a\n2024-01-01 10:00 same as a\n  \n' +
        '2024-01-01 12:00 b  # note\n2024-01-01 12:30 y\n\n2024-01-02 08:00 new day\n2024-01-02 09:00 same day\n\n' +
        '2024-01-03 09:00 hello\n',
    );
    assert.deepEqual(parseTimesheet(result).errors, []);
  });

  test('entries before every entry go after a byte order mark, with a blank line when the first entry is another day', () => {
    const text = '\uFEFF2024-01-03 09:00 hello\r\n2024-01-03 10:00 a\r\n';
    assert.equal(
      withEarlierEntries(
        text,
        entriesOf(text),
        [
          { date: at(1, 9), name: 'x' },
          { date: at(2, 9), name: 'y' },
          { date: at(3, 9, 30), name: 'z' },
        ],
        '\r\n',
      ),
      '\uFEFF2024-01-01 09:00 x\r\n\r\n2024-01-02 09:00 y\r\n\r\n2024-01-03 09:00 hello\r\n2024-01-03 09:30 z\r\n2024-01-03 10:00 a\r\n',
    );
    const sameDay = '2024-01-03 09:00 hello\n2024-01-03 10:00 a\n';
    assert.equal(
      withEarlierEntries(sameDay, entriesOf(sameDay), [{ date: at(3, 8), name: 'early' }], '\n'),
      `2024-01-03 08:00 early\n${sameDay}`,
    );
  });

  test('the anchor is found by its minute among many entries (a binary search over a long file)', () => {
    const lines = Array.from({ length: 600 }, (_, i) => {
      const minute = i * 2;
      return `2024-01-01 ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')} e${i}`;
    });
    const text = `${lines.join('\n')}\n`;
    const existing = entriesOf(text);
    for (const minute of [0, 1, 2, 3, 777, 1196, 1197]) {
      const result = withEarlierEntries(
        text,
        existing,
        [{ date: at(1, Math.floor(minute / 60), minute % 60), name: 'new' }],
        '\n',
      );
      const after = result.split('\n').indexOf(lines.find((_, i) => i * 2 > minute) as string);
      assert.match(String(result.split('\n')[after - 1]), / new$/, `inserted at minute ${minute}`);
      assert.deepEqual(parseTimesheet(result).errors, []);
    }
  });

  test("the split is at the file's last entry, not any other: a file of one entry, or of three", () => {
    const one = entriesOf('2024-01-01 10:00 hello\n');
    const early = { date: at(1, 9), name: 'early' };
    assert.deepEqual(names(splitInsertion(one, [early]).earlier), ['early']);
    const three = entriesOf('2024-01-01 09:00 hello\n2024-01-01 10:00 a\n2024-01-01 12:00 b\n');
    const split = splitInsertion(three, [
      { date: at(1, 11), name: 'between a and b' },
      { date: at(1, 12), name: 'with b' },
    ]);
    assert.deepEqual(names(split.earlier), ['between a and b']);
    assert.deepEqual(names(split.later), ['with b']);
  });
});
