import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, promises as fs, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { renameOver } from '../../../src/files/renameOver';

suite('files: renameOver', () => {
  let dir: string;
  let refusals: string[];
  let calls: number;
  const rename = fs.rename;
  setup(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'timekeeper-rename-'));
    writeFileSync(path.join(dir, 'new'), 'new');
    writeFileSync(path.join(dir, 'old'), 'old');
    calls = 0;
    refusals = [];
    // Windows' refusals, given by the system call itself for as long as `refusals` lasts; then the real rename.
    fs.rename = async (from, to) => {
      calls++;
      const code = refusals.shift();
      if (code) throw Object.assign(new Error(`${code}: operation not permitted, rename`), { code });
      return rename(from, to);
    };
  });
  teardown(async () => {
    fs.rename = rename;
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('a rename refused for a moment (another program has the file open, as on Windows) is tried again', async () => {
    refusals = ['EPERM', 'EBUSY', 'EACCES'];
    await renameOver(path.join(dir, 'new'), path.join(dir, 'old'));
    assert.equal(calls, 4);
    assert.equal(readFileSync(path.join(dir, 'old'), 'utf8'), 'new');
    assert.ok(!existsSync(path.join(dir, 'new')));
  });

  test('a refusal that lasts is thrown after six tries, the files untouched', async () => {
    refusals = Array<string>(10).fill('EPERM');
    await assert.rejects(renameOver(path.join(dir, 'new'), path.join(dir, 'old')), { code: 'EPERM' });
    assert.equal(calls, 6);
    assert.equal(readFileSync(path.join(dir, 'old'), 'utf8'), 'old');
  });

  test('any other failure is thrown at once', async () => {
    await assert.rejects(renameOver(path.join(dir, 'missing'), path.join(dir, 'old')), { code: 'ENOENT' });
    assert.equal(calls, 1);
  });
});
