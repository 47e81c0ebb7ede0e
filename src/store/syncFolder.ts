import { constants, promises as fs } from 'node:fs';

/**
 * Makes a rename in `folder` last through a power loss. Best effort: Windows cannot open a folder, and some file
 * systems refuse to sync one; the rename is done either way.
 */
export async function syncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, constants.O_RDONLY);
    await handle.sync();
  } catch {
    // See above: nothing to do about it, and nothing lost that the rename has not already done.
  } finally {
    await handle?.close();
  }
}
