// A separate process playing one VS Code window that updates the shared state, driven over IPC by
// sharedStateProcesses.test.ts. Started with: node --import tsx stateWorker.ts <timesheet> <lock stale ms>
import { existsSync, writeFileSync } from 'node:fs';
import { SharedStateFile } from '../../../src/tracking/sharedStateFile';
import type { SharedState } from '../../../src/tracking/sharedState';

export type StateRequest =
  /** Adds one to `lastActivity` (a counter here), under the lock. */
  | { op: 'increment' }
  /** The same, but the first run of the change writes `marker` and then waits, holding the lock, for `go` to exist. */
  | { op: 'incrementStalling'; marker: string; go: string }
  /** Holds the lock and writes a large state, so that a SIGKILL can find it in the middle of the write. */
  | { op: 'writeLarge' };

export interface StateReply {
  /** How often the change function ran: more than once when the lock was taken over and the update retried. */
  runs: number;
}

const [timesheet, staleMs] = process.argv.slice(2);
const file = SharedStateFile.besideTimesheet(String(timesheet), {
  staleMs: Number(staleMs),
  timeoutMs: 60_000,
});
const pause = new Int32Array(new SharedArrayBuffer(4));

process.on('message', (request: StateRequest) => {
  void handle(request).then(
    (answer) => process.send?.({ ok: true, answer }),
    (error: unknown) => process.send?.({ ok: false, error: String(error) }),
  );
});

async function handle(request: StateRequest): Promise<StateReply> {
  let runs = 0;
  const increment = (state: SharedState): SharedState => ({ ...state, lastActivity: state.lastActivity + 1 });
  switch (request.op) {
    case 'increment':
      await file.update((state) => (runs++, increment(state)));
      return { runs };
    case 'incrementStalling':
      await file.update((state) => {
        if (runs++ === 0) {
          writeFileSync(request.marker, '');
          // Synchronous on purpose: the process holds the lock and does nothing else, as a frozen window would.
          while (!existsSync(request.go)) Atomics.wait(pause, 0, 0, 1);
        }
        return increment(state);
      });
      return { runs };
    case 'writeLarge': {
      const claims: Record<string, number> = {};
      for (let i = 0; i < 1_500_000; i++) claims[`claim:${i}`] = i;
      await file.update((state) => (runs++, { ...state, claims }));
      return { runs };
    }
  }
}
