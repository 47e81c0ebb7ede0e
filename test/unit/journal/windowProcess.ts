// A separate process playing one VS Code window (each window is its own extension host) that journals half an hour
// of editing in its own file, a signal a second on the test's clock, writing as the 30-second timer would.
// Started by multiProcess.test.ts: node --import tsx windowProcess.ts <journal folder> <window index> <start ms>
import { hostname } from 'node:os';
import { Journal } from '../../../src/journal/journal';
import { OWN } from './harness';

const [directory, index, start] = process.argv.slice(2) as [string, string, string];
const slotStart = Number(start) + Number(index) * 30 * 60_000;
let now = slotStart;
const errors: string[] = [];
const journal = new Journal({
  now: () => new Date(now),
  directory: () => directory,
  settings: () => ({ enabled: true, idleMinutes: 10, retentionDays: 0 }),
  ownSource: OWN,
  fileName: () => `${hostname()}-${process.pid}-w${index}.jsonl`,
  startTicking: () => ({ dispose() {} }),
  log: (message) => errors.push(message),
  onError: (error) => errors.push(error.message),
});

async function main(): Promise<void> {
  for (let second = 0; second < 30 * 60; second++) {
    now = slotStart + second * 1000;
    journal.record({
      time: now,
      kind: 'edit',
      actor: 'person',
      source: OWN,
      folder: 'acme',
      file: `w${index}.ts`,
    });
    if (second % 30 === 0) {
      journal.tick();
      await journal.settled(); // a real write, while the other windows write theirs
    }
  }
  await journal.flush();
  if (errors.length > 0) throw new Error(errors.join('\n'));
}
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
