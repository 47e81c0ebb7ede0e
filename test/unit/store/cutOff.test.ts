import * as assert from 'node:assert/strict';
import { promises as fs, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cutOff } from '../../../src/store/cutOff';

const before = '2024-01-01 09:00 hello\n';
const ours = '2024-01-01 10:00 a\n';
const size = Buffer.byteLength(before);

suite('cutOff: a failed append taken back', () => {
  let dir: string;
  let file: string;
  setup(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'timekeeper-cut-off-'));
    file = path.join(dir, 'utt.log');
  });
  teardown(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  /** Runs `cutOff` on the file opened as the store appends to it, and closes it again. */
  async function cutOffIn(sizeBefore: number, written: number): Promise<boolean> {
    const handle = await fs.open(file, 'a+');
    try {
      return await cutOff(handle, sizeBefore, written);
    } finally {
      await handle.close();
    }
  }

  test('the bytes written past the old end are cut off: the file is as before, and it says so', async () => {
    await fs.writeFile(file, before + ours.slice(0, 7));
    assert.equal(await cutOffIn(size, 7), true);
    assert.equal(await fs.readFile(file, 'utf8'), before);
  });

  test('another writer added after our bytes: nothing is cut (it would lose theirs), and it says the file is not as before', async () => {
    const theirs = '2024-01-01 10:01 theirs\n';
    await fs.writeFile(file, before + ours.slice(0, 7) + theirs);
    assert.equal(await cutOffIn(size, 7), false);
    assert.equal(await fs.readFile(file, 'utf8'), before + ours.slice(0, 7) + theirs);
  });

  test('nothing written: the file is as before and is not touched, not even its times (other windows would read it again)', async () => {
    await fs.writeFile(file, before);
    const old = new Date(2024, 0, 1, 12);
    await fs.utimes(file, old, old);
    const stat = await fs.stat(file);
    assert.equal(await cutOffIn(size, 0), true);
    const after = await fs.stat(file);
    assert.equal(after.mtimeMs, stat.mtimeMs);
    assert.equal(after.ctimeMs, stat.ctimeMs);
    assert.equal(await fs.readFile(file, 'utf8'), before);
  });

  test('a file still longer after the cut (a writer appended between the cut and the check) is not as before', async () => {
    const sizes = [size + 7, size + 30];
    let truncatedTo: number | undefined;
    const handle = {
      stat: () => Promise.resolve({ size: sizes.shift() ?? 0 }),
      truncate: (length: number) => {
        truncatedTo = length;
        return Promise.resolve();
      },
    };
    assert.equal(await cutOff(handle, size, 7), false);
    assert.equal(truncatedTo, size);
  });

  test('a handle that fails (closed, or the disk gone) gives false: the file may not be as before', async () => {
    await fs.writeFile(file, before + ours);
    const handle = await fs.open(file, 'a+');
    await handle.close();
    assert.equal(await cutOff(handle, size, Buffer.byteLength(ours)), false);
    assert.equal(await fs.readFile(file, 'utf8'), before + ours);
  });
});
