/*
 * utt is written in Python; its parsing and sorting follow Python's notions of whitespace and string order, which
 * differ from JavaScript's in a few characters. These helpers reproduce Python's, so that our reading of a
 * timesheet and the order of a report's lines are utt's.
 */

/** Python's `str.isspace()`, which is also what `\s` and `str.strip()` use: JavaScript's `\s` differs (BOM, U+001C…). */
export function isPythonWhitespace(code: number): boolean {
  if (code > 0x20 && code < 0x85) {
    return false;
  }
  return (
    (code >= 0x09 && code <= 0x0d) ||
    (code >= 0x1c && code <= 0x20) ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** True when every character is Python whitespace (or there is none): such a name would read back as nothing. */
export function isPythonBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (!isPythonWhitespace(text.charCodeAt(i))) {
      return false;
    }
  }
  return true;
}

/**
 * Python compares strings by code point; JavaScript by UTF-16 unit. They disagree only between a surrogate and a
 * unit at U+E000 or above, so lifting surrogates above the rest of the BMP makes the comparison Python's.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      return codePointRank(x) - codePointRank(y);
    }
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit < 0xd800) {
    return unit;
  }
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

/** Python's `len`: the padding of utt's columns counts code points, not UTF-16 units. */
export function codePointLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit < 0xdc00) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) {
        length--;
        i++;
      }
    }
  }
  return length;
}
