import { statSync, watch, type FSWatcher } from 'node:fs';
import * as path from 'node:path';

/**
 * Watches a file through its folder, not the file itself: editors and tools that save by rename (and atomic
 * writers) replace the file's inode, which a watch on the file would lose.
 *
 * A watch on a folder ends silently when the folder is deleted (the system watches the deleted folder, not its
 * path), so the watch follows the path: while the folder is missing it watches the nearest folder above that
 * exists, and goes back to the folder when it reappears. Every such move calls `onChange`, as the file has gone or
 * may have come back. Returns `undefined` when no folder on the path can be watched; `onClosed` runs when the watch
 * fails later and cannot be re-armed.
 */
export function watchFileInFolder(
  file: string,
  onChange: () => void,
  onClosed: () => void,
): { close(): void } | undefined {
  const folder = path.dirname(path.resolve(file));
  const name = path.basename(file);
  let current: { watcher: FSWatcher; dir: string; ino: number } | undefined;
  let closed = false;

  const close = (): void => {
    closed = true;
    current?.watcher.close();
    current = undefined;
  };

  const arm = (): boolean => {
    current?.watcher.close();
    current = undefined;
    // A folder created between finding the nearest one and watching it would be missed: look again once watching.
    for (let attempt = 0; attempt < 8; attempt++) {
      const dir = nearestExistingFolder(folder);
      if (dir === undefined) return false;
      let watcher: FSWatcher;
      try {
        watcher = watch(dir.path, { persistent: false }, (_event, changed) =>
          onEvent(dir.path, changed?.toString()),
        );
      } catch {
        continue;
      }
      watcher.on('error', () => {
        if (closed || current?.watcher !== watcher) return;
        if (!arm()) {
          close();
          onClosed();
        } else onChange();
      });
      current = { watcher, dir: dir.path, ino: dir.ino };
      if (nearestExistingFolder(folder)?.path === dir.path) return true;
    }
    return current !== undefined;
  };

  const onEvent = (dir: string, changed: string | undefined): void => {
    if (closed || current?.dir !== dir) return;
    if (dir === folder && changed === name) {
      onChange();
      return;
    }
    // Anything else (the folder itself renamed or deleted, a folder on the way created): still the right folder?
    // An event that names the watched folder is about the folder itself: a folder made again at once at its path
    // usually gets the freed inode number, so only a new watch is sure to see what happens in it.
    const aboutItself = changed === path.basename(dir);
    const nearest = nearestExistingFolder(folder);
    if (!aboutItself && nearest?.path === current.dir && nearest.ino === current.ino) {
      if (changed === undefined) onChange();
      return;
    }
    if (!arm()) {
      close();
      onClosed();
      return;
    }
    onChange();
  };

  if (!arm()) return undefined;
  return { close };
}

/** The folder itself when it exists, else the nearest folder above it that does, with its inode. */
function nearestExistingFolder(folder: string): { path: string; ino: number } | undefined {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    try {
      const stat = statSync(dir);
      if (stat.isDirectory()) return { path: dir, ino: stat.ino };
    } catch {
      // Missing or unreadable: try the folder above.
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}
