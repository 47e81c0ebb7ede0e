// Takes a lock in a process of its own (for limits that only a child can have, e.g. `ulimit -f 0`) and prints what
// happened. Usage: node --import tsx lockChild.ts <lock path>
import { withFileLock } from '../../../src/files/fileLock';

withFileLock(String(process.argv[2]), async () => 'locked').then(
  (result) => process.stdout.write(result),
  (error: unknown) => process.stdout.write(`error: ${String(error)}`),
);
