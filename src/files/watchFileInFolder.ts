import { watch } from 'node:fs';
import * as path from 'node:path';

/**
 * Watches a file through its folder, not the file itself: editors and tools that save by rename (and atomic
 * writers) replace the file's inode, which a watch on the file would lose. Returns `undefined` when the folder does
 * not exist yet (the caller watches again after its first write); `onClosed` runs when the watch fails later, for
 * example because the folder was deleted.
 */
export function watchFileInFolder(
  file: string,
  onChange: () => void,
  onClosed: () => void,
): { close(): void } | undefined {
  const name = path.basename(file);
  try {
    const watcher = watch(path.dirname(file), { persistent: false }, (_event, changed) => {
      if (!changed || changed.toString() === name) onChange();
    });
    watcher.on('error', () => {
      watcher.close();
      onClosed();
    });
    return watcher;
  } catch {
    return undefined;
  }
}
