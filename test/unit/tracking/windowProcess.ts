// A separate process playing one VS Code window (each window is its own extension host): a tracker on the shared
// timesheet, driven over IPC by multiProcess.test.ts with the test's clock.
// Started with: node --import tsx windowProcess.ts <timesheet> <window id>
import type { AwayChoice, AwayTime } from '../../../src/api';
import { simulatedWindow, type SimulatedWindow } from './harness';

export type WindowRequest =
  | { op: 'step'; now: number; signal?: boolean; focused?: boolean }
  | { op: 'state' }
  | { op: 'settle'; choice: AwayChoice }
  | { op: 'pause'; now: number }
  | { op: 'resume'; now: number }
  | { op: 'exit' };

export interface WindowReply {
  state: string;
  since: number;
  returns: { start: number; end: number }[];
  writes: number;
  written?: number;
  errors: string[];
}

const [timesheet, id] = process.argv.slice(2);
// Opened at the first request's time, as a window opens at the time it opens.
let opened: SimulatedWindow | undefined;
const open = (now: number): SimulatedWindow =>
  (opened ??= simulatedWindow(String(timesheet), new Date(now), String(id)));

function reply(written?: number): WindowReply {
  const window = open(0);
  return {
    state: window.tracker.state,
    since: window.tracker.since.getTime(),
    returns: window.returns.map((a: AwayTime) => ({ start: a.start.getTime(), end: a.end.getTime() })),
    writes: window.writes(),
    ...(written === undefined ? {} : { written }),
    errors: window.errors,
  };
}

process.on('message', (request: WindowRequest) => {
  void handle(request).then(
    (answer) => process.send?.({ ok: true, answer }),
    (error: unknown) => process.send?.({ ok: false, error: String(error) }),
  );
});

async function handle(request: WindowRequest): Promise<WindowReply> {
  const window = open('now' in request ? request.now : Date.now());
  switch (request.op) {
    case 'step':
      window.now = new Date(request.now);
      window.focused = request.focused ?? window.focused;
      if (request.signal) window.tracker.signal();
      // Reads what the other windows wrote, then ticks: deterministic, where the file watch would be "soon".
      await window.tracker.refresh();
      return reply();
    case 'state':
      return reply();
    case 'settle': {
      const away = window.returns.at(-1);
      if (!away) throw new Error(`window ${id} has no away time to settle`);
      return reply((await window.tracker.settleAway(away, request.choice)).written.length);
    }
    case 'pause':
      window.now = new Date(request.now);
      return reply((await window.tracker.pause()).written.length);
    case 'resume':
      window.now = new Date(request.now);
      return reply((await window.tracker.resume()).written.length);
    case 'exit':
      window.tracker.dispose();
      setImmediate(() => process.exit(0));
      return reply();
  }
}
