/**
 * Positions in a timesheet's bytes and lines: the byte offset of the first byte that is not UTF-8 (what a hex editor
 * shows) and the number of newlines before a place (the line the user is taken to, or where a tail parse goes on).
 */

/** U+FFFD as a file holds it when it is text, not a decoding error. */
const REPLACEMENT_CHARACTER = Buffer.from('\uFFFD', 'utf8');

/**
 * Byte offset of the first byte that is not UTF-8: where the lenient decoding put a replacement character that the
 * file does not hold as text (a file may contain U+FFFD itself, pasted from a broken document).
 */
export function firstInvalidUtf8(bytes: Buffer): number {
  const lenient = bytes.toString('utf8');
  let offset = 0;
  let counted = 0;
  for (let index = lenient.indexOf('\uFFFD'); index !== -1; index = lenient.indexOf('\uFFFD', index + 1)) {
    // Up to the first error every character is encoded as written, so the text's UTF-8 length is the byte offset.
    offset += Buffer.byteLength(lenient.slice(counted, index), 'utf8');
    counted = index;
    if (!bytes.subarray(offset, offset + REPLACEMENT_CHARACTER.length).equals(REPLACEMENT_CHARACTER))
      return offset;
  }
  return 0;
}

/** How many `\n` the text holds: the number of lines before the position that follows it, minus one. */
export function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
