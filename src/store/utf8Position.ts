/**
 * Positions in a timesheet's bytes and lines: the byte offset of the first byte that is not UTF-8 (what a hex editor
 * shows) and the number of newlines before a place (the line the user is taken to, or where a tail parse goes on).
 */

/** Byte offset of the first byte that is not UTF-8: where the lenient decoding put its first replacement character. */
export function firstInvalidUtf8(bytes: Buffer): number {
  const lenient = bytes.toString('utf8');
  const index = lenient.indexOf('\uFFFD');
  return index < 0 ? 0 : Buffer.byteLength(lenient.slice(0, index), 'utf8');
}

/** How many `\n` the text holds: the number of lines before the position that follows it, minus one. */
export function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
