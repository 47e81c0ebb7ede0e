import * as assert from 'node:assert/strict';
import { countNewlines, firstInvalidUtf8 } from '../../../src/store/utf8Position';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))),
  );

suite('utf8Position: where a byte that is not UTF-8 is', () => {
  test('the offset is in bytes, not characters: multibyte characters before the bad byte count with all their bytes', () => {
    // "é" is 2 bytes, "€" 3, "𝄞" 4: the bad byte 0xFF is at byte 2 + 3 + 4 + 1 = 10 (character 4).
    assert.equal(firstInvalidUtf8(bytes('é€𝄞x', [0xff], 'y')), 10);
    assert.equal(firstInvalidUtf8(bytes('2024-01-01 09:00 caf', [0xe9, 0x0a])), 20);
  });

  test('a bad first byte is at 0; a sequence cut short is found where it starts', () => {
    assert.equal(firstInvalidUtf8(bytes([0xff], 'abc')), 0);
    assert.equal(firstInvalidUtf8(bytes([0x80, 0x80])), 0);
    // The first two bytes of "€" (E2 82 AC) without the third, then an ASCII byte.
    assert.equal(firstInvalidUtf8(bytes('ab', [0xe2, 0x82], 'c')), 2);
  });

  test('a U+FFFD the file holds as text is passed over: the bad byte after it is found', () => {
    // "\uFFFD" written as its three bytes EF BF BD, twice, then a bad byte at 3 + 3 + 1 + 1 = 8.
    assert.equal(firstInvalidUtf8(bytes('\uFFFDa\uFFFDb', [0xff], '\uFFFD')), 8);
    assert.equal(firstInvalidUtf8(bytes('\uFFFD', [0xe9, 0x0a])), 3);
  });

  test('bytes that are all UTF-8 give 0: the offset is only asked for after the strict decoding failed', () => {
    assert.equal(firstInvalidUtf8(bytes('2024-01-01 09:00 hello\n')), 0);
    assert.equal(firstInvalidUtf8(bytes('')), 0);
  });

  test('newlines are counted, CRLF as one, so a byte offset becomes a line number', () => {
    assert.equal(countNewlines(''), 0);
    assert.equal(countNewlines('no newline'), 0);
    assert.equal(countNewlines('\n'), 1);
    assert.equal(countNewlines('a\r\nb\n\nc'), 3);
  });
});
