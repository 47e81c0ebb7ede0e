import { promises as fs } from 'node:fs';

/** Windows' answers while another program (an indexer, an antivirus, an editor reading it) has the file open. */
const REFUSED_WHILE_OPEN = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_ATTEMPTS = 6;

/**
 * Renames `from` over `to`: the last step of an atomic write (temporary file, sync, rename). Windows refuses to
 * replace a file that another program has open, for the moment that program holds it: those refusals are tried
 * again a few times, a little later each time. Any other failure, and the last refusal, is thrown as it is.
 */
export async function renameOver(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt === RENAME_ATTEMPTS || !REFUSED_WHILE_OPEN.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt));
    }
  }
}
