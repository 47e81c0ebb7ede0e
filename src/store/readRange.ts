/** What reading a range needs of an open file (a `FileHandle` is one): reads at a position. */
export interface PositionedReads {
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
}

/**
 * The bytes of an open file from `start` up to `end` (exclusive). A single `read` may return fewer bytes than asked
 * (the system's choice, a network file system), so it reads on until the range is filled; a file shorter than `end`
 * (truncated since its size was taken) gives what there is rather than stale or zeroed bytes.
 */
export async function readRange(handle: PositionedReads, start: number, end: number): Promise<Buffer> {
  const length = Math.max(0, end - start);
  const buffer = Buffer.allocUnsafe(length);
  let read = 0;
  while (read < length) {
    const { bytesRead } = await handle.read(buffer, read, length - read, start + read);
    if (bytesRead === 0) break;
    read += bytesRead;
  }
  return buffer.subarray(0, read);
}
