// The shared state's lock under real processes: many windows breaking one stale lock at once, a window frozen
// (SIGSTOP) while holding it, and windows killed (SIGKILL) while holding it or half-way through a write.
import * as assert from 'node:assert/strict';
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseSharedState } from '../../../src/tracking/sharedState';
import { SharedStateFile } from '../../../src/tracking/sharedStateFile';
import { tempTimesheetPath } from './harness';
import type { StateReply, StateRequest } from './stateWorker';

class StateProcess {
  readonly child: ChildProcess;
  readonly #pending: ((message: { ok: boolean; answer?: StateReply; error?: string }) => void)[] = [];

  constructor(timesheet: string, staleMs: number) {
    this.child = fork(path.join(__dirname, 'stateWorker.ts'), [timesheet, String(staleMs)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (message: { ok: boolean; answer?: StateReply; error?: string }) =>
      this.#pending.shift()?.(message),
    );
  }

  ask(request: StateRequest): Promise<StateReply> {
    return new Promise((resolve, reject) => {
      this.#pending.push((message) =>
        message.ok && message.answer ? resolve(message.answer) : reject(new Error(message.error)),
      );
      this.child.send(request);
    });
  }

  /** Kills the process with SIGKILL and resolves once it is gone. */
  kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGKILL');
    return exited;
  }
}

/** Waits for a state of the file system (no fixed sleep): checks again every few milliseconds. */
async function waitFor(
  what: string,
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

async function counter(file: SharedStateFile): Promise<number> {
  return parseSharedState(await fs.readFile(file.path, 'utf8')).lastActivity;
}

suite('tracking: the shared state under real processes', function () {
  this.timeout(120_000);
  let processes: StateProcess[] = [];
  teardown(async () => {
    await Promise.all(processes.map((p) => p.kill()));
    processes = [];
  });

  test('16 windows racing for a stale lock, 100 rounds: no update lost or doubled', async () => {
    const timesheet = tempTimesheetPath();
    const file = SharedStateFile.besideTimesheet(timesheet);
    processes = Array.from({ length: 16 }, () => new StateProcess(timesheet, 10_000));
    const lock = `${file.path}.lock`;
    const old = new Date(Date.now() - 60_000);
    let runs = 0;
    for (let round = 0; round < 100; round++) {
      // A lock of a living process (this one), left a minute ago: stale by its age alone, and all 16 see it.
      await fs.writeFile(lock, `00000000 ${process.pid} ${round.toString(16).padStart(4, '0')}\n`);
      await fs.utimes(lock, old, old);
      const replies = await Promise.all(processes.map((p) => p.ask({ op: 'increment' })));
      runs += replies.reduce((sum, r) => sum + r.runs, 0);
    }
    assert.equal(await counter(file), 1600);
    console.log(`      ${runs - 1600} updates were run again after their lock was displaced`);
    assert.deepEqual(
      await fs.readdir(path.dirname(file.path)),
      [path.basename(file.path)],
      'nothing left over',
    );
  });

  test('a window frozen (SIGSTOP) past the stale time while holding the lock retries its update after SIGCONT', async () => {
    const timesheet = tempTimesheetPath();
    const file = SharedStateFile.besideTimesheet(timesheet);
    const folder = path.dirname(timesheet);
    const marker = path.join(folder, 'holding');
    const go = path.join(folder, 'go');
    const staleMs = 1_000;
    const frozen = new StateProcess(timesheet, staleMs);
    const others = Array.from({ length: 15 }, () => new StateProcess(timesheet, staleMs));
    processes = [frozen, ...others];
    const frozenDone = frozen.ask({ op: 'incrementStalling', marker, go });
    await waitFor('the frozen window to hold the lock', () => existsSync(marker));
    frozen.child.kill('SIGSTOP');
    await fs.writeFile(go, '');
    // The others find the lock held by a living but frozen process: they wait until it is stale, take it over, and
    // each adds its five.
    for (let i = 0; i < 5; i++) await Promise.all(others.map((p) => p.ask({ op: 'increment' })));
    assert.equal(await counter(file), 75, 'the others went on while the holder was frozen');
    frozen.child.kill('SIGCONT');
    const reply = await frozenDone;
    assert.equal(
      reply.runs,
      2,
      'the frozen update noticed the takeover and ran again on what the file holds now',
    );
    assert.equal(await counter(file), 76, 'its update counted once, and none of the others was lost');
  });

  test('windows killed (SIGKILL) holding the lock or half-way through a write leave nothing that blocks or stays', async () => {
    const timesheet = tempTimesheetPath();
    const folder = path.dirname(timesheet);
    const marker = path.join(folder, 'holding');
    const file = SharedStateFile.besideTimesheet(timesheet);
    await file.update((state) => ({ ...state, lastActivity: 1 }));

    const holder = new StateProcess(timesheet, 10_000);
    processes = [holder];
    void holder
      .ask({ op: 'incrementStalling', marker, go: path.join(folder, 'never') })
      .catch(() => undefined);
    await waitFor('the window to hold the lock', () => existsSync(marker));
    await holder.kill();
    await fs.rm(marker);
    assert.ok(existsSync(`${file.path}.lock`), 'the killed window left its lock');

    // A window killed while its large state is being written leaves its temporary file (and its lock).
    const writer = new StateProcess(timesheet, 10_000);
    processes.push(writer);
    void writer.ask({ op: 'writeLarge' }).catch(() => undefined);
    const temporaryFiles = async () => (await fs.readdir(folder)).filter((name) => name.endsWith('.tmp'));
    await waitFor('the large write to begin', async () => (await temporaryFiles()).length > 0, 60_000);
    await writer.kill();
    assert.equal((await temporaryFiles()).length, 1, 'killed in the middle of its write');
    assert.equal(
      parseSharedState(await fs.readFile(file.path, 'utf8')).lastActivity,
      1,
      'the state is intact',
    );

    // The next window to start takes over at once (the holder is dead; the lock is seconds from stale by age, and
    // the wait for a lock gives up after 5 s) and removes what was left.
    const next = SharedStateFile.besideTimesheet(timesheet);
    const started = Date.now();
    await next.update((state) => ({ ...state, lastActivity: state.lastActivity + 1 }));
    assert.ok(Date.now() - started < 5_000, `took ${Date.now() - started} ms`);
    assert.equal(await counter(next), 2);
    assert.deepEqual(await fs.readdir(folder), [path.basename(file.path)], 'no lock or temporary file left');
  });
});
