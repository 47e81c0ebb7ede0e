// A separate process playing one VS Code window that writes to a shared timesheet as fast as it can: `insert` mode
// logs entries at earlier times (suggestions for past time, placed by a rewrite), `append` mode adds entries at the
// end. Started by insertRace.test.ts: node --import tsx timesheetInserter.ts <file> <insert|append> <id> <count>
import { TimesheetStore } from '../../../src/store/timesheetStore';

const [file, mode, id, count] = process.argv.slice(2);

/** Reproducible times spread over 2024-03-01..05, before the appends' time (2024-03-06 12:00). */
function pastTime(seed: number): Date {
  const minutes = (seed * 7919 + Number(id) * 104729) % (5 * 24 * 60);
  return new Date(Date.UTC(2024, 2, 1) + minutes * 60_000);
}

async function main(): Promise<void> {
  const store = new TimesheetStore(String(file));
  for (let i = 0; i < Number(count); i++) {
    const name = `${mode}${id}: entry ${i}`;
    if (mode === 'insert') {
      // Every third insert is of two entries at once.
      const entries = [{ date: pastTime(i), name }];
      if (i % 3 === 0) entries.push({ date: pastTime(i + 1000), name: `${name} bis` });
      await store.insert(entries);
    } else {
      await store.append({ date: new Date(Date.UTC(2024, 2, 6, 12)), name });
    }
  }
  store.dispose();
}

main().catch((error: unknown) => {
  process.stderr.write(`${mode} ${id}: ${String(error)}\n`);
  process.exitCode = 1;
});
