// The lock file on its own: exclusion, a release that never deletes another's lock, work run again when its lock was
// taken over, and a message naming the real cause for a lock that cannot be taken.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LockLostError, withFileLock } from '../../../src/files/fileLock';

function tempLockPath(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'timekeeper-lock-')), '.utt.log.timekeeper.lock');
}

/** A process id that is not running: a child that has exited. */
function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', '0'], (error) =>
      error ? reject(error) : resolve(Number(child.pid)),
    );
  });
}

/** A lock token as another holder on this machine writes it (same host part as ours, which this lock reads). */
async function foreignToken(lockPath: string, pid: number): Promise<string> {
  let host = '';
  await withFileLock(lockPath, async () => {
    host = (await fs.readFile(lockPath, 'utf8')).split(' ')[0] ?? '';
  });
  return `${host} ${pid} 0123456789abcdef\n`;
}

suite('files: lock file', () => {
  test('serialises read-modify-write cycles of one process, and leaves nothing behind', async () => {
    const lockPath = tempLockPath();
    const counter = path.join(path.dirname(lockPath), 'counter');
    await fs.writeFile(counter, '0');
    await Promise.all(
      Array.from({ length: 50 }, () =>
        withFileLock(lockPath, async (lock) => {
          const value = Number(await fs.readFile(counter, 'utf8'));
          await lock.confirm();
          await fs.writeFile(counter, String(value + 1));
        }),
      ),
    );
    assert.equal(await fs.readFile(counter, 'utf8'), '50');
    assert.deepEqual(await fs.readdir(path.dirname(lockPath)), ['counter']);
  });

  test('release leaves alone a lock that another process took over', async () => {
    const lockPath = tempLockPath();
    const other = await foreignToken(lockPath, process.pid);
    await withFileLock(lockPath, async () => {
      // Taken over while held (as after a freeze past the stale time): the lock now holds another's token.
      await fs.writeFile(`${lockPath}.new`, other);
      await fs.rename(`${lockPath}.new`, lockPath);
    });
    assert.equal(await fs.readFile(lockPath, 'utf8'), other, "the other holder's lock is still there");
  });

  test('work whose lock was taken over is abandoned at confirm() and run again under a new lock', async () => {
    const lockPath = tempLockPath();
    const dead = await foreignToken(lockPath, await deadPid());
    let runs = 0;
    const writes: number[] = [];
    const result = await withFileLock(lockPath, async (lock) => {
      runs++;
      // The first time, another process takes the lock over (and then dies holding it) before the write.
      if (runs === 1) await fs.writeFile(lockPath, dead);
      await lock.confirm();
      writes.push(runs);
      return 'done';
    });
    assert.equal(result, 'done');
    assert.equal(runs, 2);
    assert.deepEqual(writes, [2], 'only the run that still held the lock wrote');
    await assert.rejects(
      withFileLock(lockPath, async () => {
        throw new LockLostError(lockPath);
      }),
      LockLostError,
      'a lock lost every time is reported, not retried forever',
    );
  });

  test('a directory at the lock path: a message that says so', async () => {
    const lockPath = tempLockPath();
    await fs.mkdir(lockPath);
    await assert.rejects(
      withFileLock(lockPath, async () => undefined),
      /is a directory, not a lock file/,
    );
  });

  test('a lock left empty by a failed write is taken over; while fresh, the wait ends with what it is', async () => {
    const lockPath = tempLockPath();
    await fs.writeFile(lockPath, '');
    await assert.rejects(
      withFileLock(lockPath, async () => undefined, { timeoutMs: 200 }),
      /it is empty or incomplete \(its creator could not finish writing it: is the disk full\?\)/,
    );
    const old = new Date(Date.now() - 5_000);
    await fs.utimes(lockPath, old, old);
    assert.equal(await withFileLock(lockPath, async () => 'taken over', { timeoutMs: 200 }), 'taken over');
    assert.ok(!existsSync(lockPath));
  });

  test('a lock of a process that died is taken over at once; a living holder is waited for, then named', async () => {
    const lockPath = tempLockPath();
    await fs.writeFile(lockPath, await foreignToken(lockPath, await deadPid()));
    assert.equal(await withFileLock(lockPath, async () => 'taken over', { timeoutMs: 200 }), 'taken over');
    await fs.writeFile(lockPath, await foreignToken(lockPath, process.pid));
    await assert.rejects(
      withFileLock(lockPath, async () => undefined, { timeoutMs: 200 }),
      new RegExp(`process ${process.pid} has held it for 0 s`),
    );
  });

  test('a lock that keeps changing hands is waited for past the timeout, but not for ever', async () => {
    const lockPath = tempLockPath();
    const token = await foreignToken(lockPath, process.pid);
    // Another process taking the lock each time the previous holder let it go: a new token, put in place at once.
    let turn = 0;
    const handOver = async () => {
      const next = `${lockPath}.next`;
      await fs.writeFile(next, token.replace('0123456789abcdef', String(++turn).padStart(16, '0')));
      await fs.rename(next, lockPath);
    };
    await handOver();
    const busy = setInterval(() => void handOver(), 100);
    const waited = Date.now();
    const released = setTimeout(() => {
      clearInterval(busy);
      void fs.rm(lockPath, { force: true });
    }, 700);
    try {
      assert.equal(await withFileLock(lockPath, async () => 'taken', { timeoutMs: 300 }), 'taken');
      assert.ok(Date.now() - waited >= 650, 'waited for the last holder, past one timeout');
    } finally {
      clearTimeout(released);
      clearInterval(busy);
    }
    await handOver();
    const forever = setInterval(() => void handOver(), 100);
    try {
      await assert.rejects(
        withFileLock(lockPath, async () => undefined, { timeoutMs: 300 }),
        (error: Error) => {
          assert.match(error.message, /could not lock .* within 1\.8 s: process \d+ has held it for 0 s/);
          return true;
        },
      );
    } finally {
      clearInterval(forever);
    }
  });

  test('a token write that fails (file size limit, as on a full disk) leaves no lock and says why', async function () {
    if (process.platform === 'win32') this.skip(); // ulimit is POSIX
    const lockPath = tempLockPath();
    const child = path.join(__dirname, 'lockChild.ts');
    // SIGXFSZ ignored, so that the write fails with EFBIG instead of killing the process.
    const output = await new Promise<string>((resolve, reject) =>
      execFile(
        'bash',
        ['-c', `trap "" XFSZ; ulimit -f 0; exec "${process.execPath}" --import tsx "${child}" "${lockPath}"`],
        { cwd: path.resolve(__dirname, '../../..') },
        (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
      ),
    );
    assert.match(output, /cannot lock .*: the file size limit of this process is reached/);
    assert.deepEqual(await fs.readdir(path.dirname(lockPath)), [], 'no empty lock left to block the others');
  });
});
