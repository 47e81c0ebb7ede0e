// A separate process playing one VS Code window that appends to a shared timesheet as fast as it can, each entry at
// the time of a fast shared clock (a minute every few milliseconds), so appends of several windows cross minutes.
// Started by appendRace.test.ts: node --import tsx timesheetAppender.ts <file> <id> <count> <clock start (epoch ms)>
import { TimesheetStore } from '../../../src/store/timesheetStore';

/** Real milliseconds per simulated minute. */
export const MS_PER_MINUTE = 8;
/** The simulated clock's time at its start: 2024-03-01 00:00 UTC (the children run with TZ=UTC). */
export const CLOCK_BASE = Date.UTC(2024, 2, 1);

const [file, id, count, clockStart] = process.argv.slice(2);

function simulatedNow(): Date {
  return new Date(CLOCK_BASE + ((Date.now() - Number(clockStart)) * 60_000) / MS_PER_MINUTE);
}

async function main(): Promise<void> {
  const store = new TimesheetStore(String(file));
  let refused = 0;
  for (let i = 0; i < Number(count); i++) {
    for (;;) {
      try {
        await store.append({ date: simulatedNow(), name: `p${id}: entry ${i}` });
        break;
      } catch (error) {
        // Another window wrote a later minute while this one waited for the lock: the order check refuses the
        // entry (as it must), and the window appends it again at the clock's new time.
        if (!/earlier than the last entry/.test(String(error))) throw error;
        refused++;
      }
    }
  }
  store.dispose();
  process.stdout.write(JSON.stringify({ refused }));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`appender ${id}: ${String(error)}\n`);
    process.exitCode = 1;
  });
}
