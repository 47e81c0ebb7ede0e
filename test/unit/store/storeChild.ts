// One store operation in a separate process, as another VS Code window (extension host) or a crashing writer would
// do it; prints one JSON line with the result. Usage: node --import tsx storeChild.ts <operation> <file> [...]
//   entries <file>                         the entries' count, last name and last line as the store reads them
//   append <file> <ISO instant> <name>     appends through the store
//   appendMany <file> <name> <count> <n>   after a line on stdin, <count> appends of <name> repeated <n> times
//   insert <file> <ISO instant> <name>     inserts through the store (prints a line before it starts)
//   tear <file> <text>                     writes <text> as a raw fragment, then kills itself with SIGKILL
import { appendFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { TimesheetStore } from '../../../src/store/timesheetStore';

// Under `ulimit -f` the kernel sends SIGXFSZ when the limit is hit: ignored, the write fails with EFBIG instead.
process.on('SIGXFSZ', () => undefined);

const [operation, file, ...args] = process.argv.slice(2);
const store = new TimesheetStore(String(file));

function report(result: object): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function main(): Promise<void> {
  switch (operation) {
    case 'entries': {
      const entries = await store.entries();
      report({ count: entries.length, last: entries.at(-1)?.name, line: entries.at(-1)?.line });
      return;
    }
    case 'append':
      await store.append({ date: new Date(String(args[0])), name: String(args[1]) });
      report({ ok: true });
      return;
    case 'insert':
      report({ inserting: true });
      await store.insert([{ date: new Date(String(args[0])), name: String(args[1]) }]);
      report({ ok: true });
      return;
    case 'appendMany': {
      const name = String(args[0]).repeat(Number(args[2] ?? 1));
      report({ ready: true });
      await new Promise<void>((resolve) =>
        createInterface({ input: process.stdin }).once('line', () => resolve()),
      );
      for (let i = 0; i < Number(args[1]); i++) {
        await store.append({ date: new Date(2024, 0, 15, 12, 0), name });
      }
      report({ ok: true });
      return;
    }
    case 'tear':
      appendFileSync(String(file), String(args[0]));
      process.kill(process.pid, 'SIGKILL');
      return;
    default:
      throw new Error(`unknown operation ${operation}`);
  }
}

main().then(
  () => store.dispose(),
  (error: Error & { line?: number }) => {
    report({ error: error.message, line: error.line });
    store.dispose();
  },
);
