// Three processes, each playing a VS Code window, on one timesheet: the same state everywhere, idle decided on
// activity in any window, each away time claimed and written once, pauses written once, few writes.
import * as assert from 'node:assert/strict';
import { fork, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { at, tempTimesheetPath } from './harness';
import type { WindowReply, WindowRequest } from './windowProcess';

class WindowProcess {
  readonly #child: ChildProcess;
  #pending: ((message: { ok: boolean; answer?: WindowReply; error?: string }) => void)[] = [];

  constructor(timesheet: string, id: string) {
    this.#child = fork(path.join(__dirname, 'windowProcess.ts'), [timesheet, id], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.#child.on('message', (message: { ok: boolean; answer?: WindowReply; error?: string }) =>
      this.#pending.shift()?.(message),
    );
  }

  ask(request: WindowRequest): Promise<WindowReply> {
    return new Promise((resolve, reject) => {
      this.#pending.push((message) =>
        message.ok && message.answer ? resolve(message.answer) : reject(new Error(message.error)),
      );
      this.#child.send(request);
    });
  }

  kill(): void {
    this.#child.kill();
  }
}

suite('tracking: several windows in several processes', function () {
  this.timeout(60_000);
  let file: string;
  let windows: WindowProcess[] = [];
  const stepAll = (time: string, signalIn: WindowProcess[] = []) =>
    Promise.all(
      windows.map((w) => w.ask({ op: 'step', now: at(time).getTime(), signal: signalIn.includes(w) })),
    );

  setup(async () => {
    file = tempTimesheetPath();
    await fs.writeFile(file, '2024-05-02 09:00 hello\n2024-05-02 09:30 acme: review\n');
    windows = ['a', 'b', 'c'].map((id) => new WindowProcess(file, id));
  });
  teardown(async () => {
    await Promise.all(windows.map((w) => w.ask({ op: 'exit' }).catch(() => undefined)));
    for (const w of windows) w.kill();
  });

  test('one state for all, idle across windows, one claim and one write per away time and pause', async () => {
    const [a, b, c] = windows as [WindowProcess, WindowProcess, WindowProcess];
    // Ten minutes of work in window a, a signal every ten seconds; b and c only tick.
    let replies: WindowReply[] = [];
    const start = at('2024-05-02 10:00').getTime();
    for (let s = 0; s <= 600; s += 10) {
      replies = await Promise.all(
        windows.map((w) => w.ask({ op: 'step', now: start + s * 1000, signal: w === a })),
      );
    }
    assert.deepEqual(
      replies.map((r) => r.state),
      ['active', 'active', 'active'],
    );
    const writesWhileActive = replies.reduce((sum, r) => sum + r.writes, 0);
    // a writes once a minute; b and c once each when they open (their own presence), then never again.
    assert.ok(writesWhileActive <= 10 + 1 + 2, `${writesWhileActive} writes in ten active minutes`);

    // Nobody works (nor ticks, as if the machine slept): all three call the user idle, and within a second
    // (the next tick) agree since when.
    replies = await stepAll('2024-05-02 10:20');
    assert.deepEqual(
      replies.map((r) => r.state),
      ['idle', 'idle', 'idle'],
    );
    replies = await stepAll('2024-05-02 10:20:01');
    assert.deepEqual(new Set(replies.map((r) => r.since)).size, 1);
    assert.equal(replies[0]?.since, at('2024-05-02 10:10').getTime());

    // The user comes back in b and c at the same moment (a race): exactly one window claims the away time.
    replies = await stepAll('2024-05-02 10:47', [b, c]);
    const claimers = [b, c].filter((_w, i) => (replies[i + 1]?.returns.length ?? 0) > 0);
    assert.equal(claimers.length, 1, JSON.stringify(replies.map((r) => r.returns)));
    assert.deepEqual(replies[0]?.returns, []);
    const claimer = claimers[0] as WindowProcess;
    const away = (await claimer.ask({ op: 'state' })).returns[0];
    assert.deepEqual(away, {
      start: at('2024-05-02 10:10').getTime(),
      end: at('2024-05-02 10:47').getTime(),
    });
    assert.equal((await claimer.ask({ op: 'settle', choice: { kind: 'break' } })).written, 2);
    replies = await stepAll('2024-05-02 10:47:05');
    assert.deepEqual(
      replies.map((r) => r.state),
      ['active', 'active', 'active'],
    );

    // Pause and resume pressed in all three windows at once: written once each.
    const paused = await Promise.all(
      windows.map((w) => w.ask({ op: 'pause', now: at('2024-05-02 11:00').getTime() })),
    );
    assert.deepEqual(paused.map((r) => r.written).sort(), [0, 0, 1]);
    replies = await stepAll('2024-05-02 11:00:01');
    assert.deepEqual(
      replies.map((r) => r.state),
      ['paused', 'paused', 'paused'],
    );
    const resumed = await Promise.all(
      windows.map((w) => w.ask({ op: 'resume', now: at('2024-05-02 11:30').getTime() })),
    );
    assert.deepEqual(resumed.map((r) => r.written).sort(), [0, 0, 1]);

    assert.deepEqual((await fs.readFile(file, 'utf8')).split('\n').filter(Boolean), [
      '2024-05-02 09:00 hello',
      '2024-05-02 09:30 acme: review',
      '2024-05-02 10:10 acme: review',
      '2024-05-02 10:47 away**',
      // After a break nothing names the work going on: the window's own name for it (here the default).
      '2024-05-02 11:00 work',
      '2024-05-02 11:30 paused***',
    ]);
    for (const r of replies) assert.deepEqual(r.errors, []);
  });
});
