import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  codePointLength,
  compareCodePoints,
  isPythonBlank,
  isPythonWhitespace,
} from '../../../src/core/pythonText';

/*
 * The Python notions utt relies on, checked against Python itself: the code points for which Python 3.11's
 * `str.isspace()` is true (printed by `[hex(c) for c in range(0x110000) if chr(c).isspace()]`), Python's order of
 * strings (by code point) and its `len` (code points).
 */

const PYTHON_WHITESPACE = new Set([
  0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003,
  0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

/** Python's comparison of two strings: code point by code point, then the shorter first. */
function pythonCompare(a: string, b: string): number {
  const x = [...a].map((character) => character.codePointAt(0) ?? 0);
  const y = [...b].map((character) => character.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i] - y[i];
  }
  return x.length - y.length;
}

/** Strings that mix ASCII, the top of the BMP (U+E000…U+FFFF) and astral characters (surrogate pairs in JavaScript). */
const mixedText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      'a',
      'z',
      ' ',
      '\u00e9',
      '\ud7ff',
      '\ue000',
      '\uffff',
      '\u{10000}',
      '\u{1f600}',
      '\u{10ffff}',
    ),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 6,
});

suite('core: Python text rules', () => {
  test('isPythonWhitespace is Python’s str.isspace() on every UTF-16 unit', () => {
    const differences: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isPythonWhitespace(code) !== PYTHON_WHITESPACE.has(code)) differences.push(code.toString(16));
    }
    assert.deepEqual(differences, []);
  });

  test('isPythonBlank: empty or only Python whitespace', () => {
    assert.equal(isPythonBlank(''), true);
    assert.equal(isPythonBlank(' \t\u001c\u3000\u2028'), true);
    assert.equal(isPythonBlank(' \ufeff '), false, 'a BOM is not Python whitespace');
    assert.equal(isPythonBlank('  a'), false);
    assert.equal(isPythonBlank('a  '), false);
  });

  test('compareCodePoints orders strings as Python does, sign for sign', () => {
    fc.assert(
      fc.property(mixedText, mixedText, (a, b) => {
        assert.equal(Math.sign(compareCodePoints(a, b)), Math.sign(pythonCompare(a, b)), `${a} vs ${b}`);
      }),
      { numRuns: 2000 },
    );
    // The one place where UTF-16 order and code point order disagree: a surrogate pair against U+E000 and above.
    assert.ok(compareCodePoints('\u{1f600}', '\uffff') > 0);
    assert.ok(compareCodePoints('\ue000', '\ud7ff') > 0);
    assert.ok(compareCodePoints('ab', 'a') > 0);
    assert.ok(compareCodePoints('a', 'ab') < 0);
    assert.equal(compareCodePoints('\u{1f600}x', '\u{1f600}x'), 0);
  });

  test('codePointLength is Python’s len: a surrogate pair is one, a lone surrogate is one', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        assert.equal(codePointLength(text), [...text].length);
      }),
      { numRuns: 2000 },
    );
    assert.equal(codePointLength('\ud83d'), 1);
    assert.equal(codePointLength('\ude00\ud83d'), 2, 'a low surrogate before a high one is no pair');
    assert.equal(codePointLength('a\ud83d\ude00b'), 3);
    assert.equal(codePointLength('\ud83d\ud83d\ude00'), 2);
    // Lone surrogates at the edges of both ranges: only a high one (D800-DBFF) then a low one (DC00-DFFF) pair up.
    assert.equal(codePointLength('a\ude00'), 2);
    assert.equal(codePointLength('\ud83d\ud83d'), 2);
    assert.equal(codePointLength('\udc00\udc00'), 2);
    assert.equal(codePointLength('\udbff\udfff'), 1);
    assert.equal(codePointLength('\ud83d\ue000'), 2);
  });
});
