import * as assert from 'node:assert/strict';
import { promises as fs, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readRange } from '../../../src/store/readRange';

/** One call of `read`: where in the buffer, how many bytes, from where in the file. */
interface ReadCall {
  readonly offset: number;
  readonly length: number;
  readonly position: number;
}

/**
 * A file handle over `content` whose every `read` gives at most the next of `chunkSizes` bytes (1, 2, 3, 1, …), as a
 * network file system or a pipe-backed read may; it records each call.
 */
function shortReadingHandle(content: Buffer, chunkSizes: readonly number[]) {
  const calls: ReadCall[] = [];
  let ended = false;
  return {
    calls,
    read(buffer: Buffer, offset: number, length: number, position: number) {
      // Asking again after a read reported the end of the file would never end: fail at once instead of hanging.
      if (ended) throw new Error('read again after the end of the file was reported');
      calls.push({ offset, length, position });
      const size = Math.min(length, chunkSizes[(calls.length - 1) % chunkSizes.length] ?? length);
      const bytesRead = content.copy(buffer, offset, position, Math.min(content.length, position + size));
      ended = bytesRead === 0;
      return Promise.resolve({ bytesRead, buffer });
    },
  };
}

suite('readRange: the bytes of a range of an open file', () => {
  let dir: string;
  let file: string;
  setup(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'timekeeper-read-range-'));
    file = path.join(dir, 'utt.log');
    await fs.writeFile(file, '2024-01-01 09:00 hello\n2024-01-01 10:00 a\n');
  });
  teardown(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  // The short-read cases come first: a read loop that never ends shows there as a failure, not as a hang.
  test('short reads are continued where they stopped until the range is filled, and no read follows', async () => {
    const content = Buffer.from('0123456789abcdefghij');
    const handle = shortReadingHandle(content, [1, 3, 2]);
    assert.equal((await readRange(handle, 5, 15)).toString(), '56789abcde');
    assert.deepEqual(handle.calls, [
      { offset: 0, length: 10, position: 5 },
      { offset: 1, length: 9, position: 6 },
      { offset: 4, length: 6, position: 9 },
      { offset: 6, length: 4, position: 11 },
      { offset: 7, length: 3, position: 12 },
    ]);
  });

  test('short reads that meet the end of the file stop there with the bytes read', async () => {
    const handle = shortReadingHandle(Buffer.from('0123456789'), [2, 3]);
    assert.equal((await readRange(handle, 4, 30)).toString(), '456789');
    assert.deepEqual(
      handle.calls.map((call) => call.position),
      [4, 6, 9, 10],
    );
  });

  test('a range that starts inside the file gives exactly its bytes (the tail after what was parsed)', async () => {
    const handle = await fs.open(file, 'r');
    try {
      assert.equal((await readRange(handle, 23, 39)).toString(), '2024-01-01 10:00');
      assert.equal((await readRange(handle, 0, 4)).toString(), '2024');
      assert.equal((await readRange(handle, 40, 40)).length, 0);
      assert.equal((await readRange(handle, 30, 20)).length, 0, 'an end before the start is an empty range');
    } finally {
      await handle.close();
    }
  });

  test('a range beyond the end of the file (truncated since its size was taken) gives the bytes there are', async () => {
    const handle = await fs.open(file, 'r');
    try {
      assert.equal((await readRange(handle, 23, 1000)).toString(), '2024-01-01 10:00 a\n');
      assert.equal((await readRange(handle, 500, 1000)).length, 0);
    } finally {
      await handle.close();
    }
  });
});
