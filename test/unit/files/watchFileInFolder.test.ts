import * as assert from 'node:assert/strict';
import { promises as fs, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { watchFileInFolder } from '../../../src/files/watchFileInFolder';

/** Resolves at the next change notification; fails after `ms` without one. */
function nextChange(events: { wait: (() => void)[] }, ms = 5_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no change notification within ${ms} ms`)), ms);
    events.wait.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Watches `file`; `nextChange(events)` waits for its next change notification, and a watch that closes fails. */
function watching(file: string): { events: { wait: (() => void)[] }; watcher: { close(): void } } {
  const events = { wait: [] as (() => void)[] };
  const watcher = watchFileInFolder(
    file,
    () => events.wait.splice(0).forEach((resolve) => resolve()),
    () => assert.fail('the watch closed'),
  );
  assert.ok(watcher, 'a folder on its path exists, so it is watched');
  return { events, watcher };
}

suite('watchFileInFolder', () => {
  let dir: string;
  setup(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'timekeeper-watch-'));
  });

  test('deleting and recreating the folder does not end the notifications', async () => {
    const folder = path.join(dir, 'utt');
    const file = path.join(folder, 'utt.log');
    await fs.mkdir(folder);
    const { events, watcher } = watching(file);
    try {
      let changed = nextChange(events);
      await fs.writeFile(file, 'first\n');
      await changed;

      changed = nextChange(events);
      await fs.rm(folder, { recursive: true });
      await changed;

      changed = nextChange(events);
      await fs.mkdir(folder);
      await fs.writeFile(file, 'second\n');
      await changed;

      // Still armed on the new folder: a later write is seen too.
      changed = nextChange(events);
      await fs.appendFile(file, 'third\n');
      await changed;
    } finally {
      watcher.close();
    }
  });

  test('a folder deleted and made again at once, under the same inode number, is watched anew', async () => {
    const folder = path.join(dir, 'utt');
    const file = path.join(folder, 'utt.log');
    await fs.mkdir(folder);
    const { events, watcher } = watching(file);
    try {
      // Both before the watch hears of the deletion: the new folder usually gets the freed inode number.
      rmSync(folder, { recursive: true });
      mkdirSync(folder);
      await nextChange(events);
      const changed = nextChange(events);
      await fs.writeFile(file, 'in the new folder\n');
      await changed;
    } finally {
      watcher.close();
    }
  });

  test('a folder that does not exist yet is watched from above and seen when created with the file', async () => {
    const file = path.join(dir, 'a', 'b', 'utt.log');
    const { events, watcher } = watching(file);
    try {
      const created = nextChange(events);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, 'hello\n');
      await created;
      // The watch has reached the file's own folder by now: an append to the file is seen.
      let seen = false;
      for (let attempt = 0; attempt < 20 && !seen; attempt++) {
        const changed = nextChange(events, 500);
        await fs.appendFile(file, 'more\n');
        seen = await changed.then(
          () => true,
          () => false,
        );
      }
      assert.ok(seen, 'appends to the file are notified');
    } finally {
      watcher.close();
    }
  });
});
