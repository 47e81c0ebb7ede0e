/** What cutting off needs of the open file (a `FileHandle` is one): its size, and cutting it to a size. */
export interface Truncatable {
  stat(): Promise<{ size: number }>;
  truncate(length: number): Promise<void>;
}

/**
 * Cuts a failed append's `written` bytes off again, so the file is as it was at `size`; true when it is. Only when
 * the file holds exactly those bytes after `size`: if another writer added to it meanwhile, cutting would lose theirs.
 */
export async function cutOff(handle: Truncatable, size: number, written: number): Promise<boolean> {
  try {
    if ((await handle.stat()).size !== size + written) return false;
    if (written > 0) await handle.truncate(size);
    return (await handle.stat()).size === size;
  } catch {
    return false;
  }
}
