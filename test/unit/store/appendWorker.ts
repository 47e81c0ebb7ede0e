// A separate process appending through the store, as another VS Code window (extension host) would.
// Usage: node --import tsx appendWorker.ts <file> <worker id> <count>
import { TimesheetStore } from '../../../src/store/timesheetStore';

const [file, id, count] = process.argv.slice(2);
const store = new TimesheetStore(String(file));
const at = new Date(2024, 0, 15, 12, 0);
async function main(): Promise<void> {
  for (let i = 0; i < Number(count); i++) {
    await store.append({ date: at, name: `worker-${id}: entry ${i}` });
  }
  store.dispose();
}
void main();
