import * as assert from 'node:assert/strict';
import { promises as fs, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { syncFolder } from '../../../src/store/syncFolder';

suite('syncFolder: a rename made to last', () => {
  let dir: string;
  const open = fs.open;
  setup(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'timekeeper-sync-folder-'));
  });
  teardown(async () => {
    fs.open = open;
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('the folder is opened, synced to the disk and closed again', async () => {
    const events: string[] = [];
    fs.open = (async (...args: Parameters<typeof open>) => {
      const handle = await open(...args);
      events.push(`open ${String(args[0])}`);
      const { sync, close } = handle;
      handle.sync = () => (events.push('sync'), sync.call(handle));
      handle.close = () => (events.push('close'), close.call(handle));
      return handle;
    }) as typeof open;
    await syncFolder(dir);
    assert.deepEqual(events, [`open ${dir}`, 'sync', 'close']);
  });

  test('a folder that cannot be opened (gone, or Windows) is no error: the rename is done either way', async () => {
    await syncFolder(path.join(dir, 'missing'));
  });
});
