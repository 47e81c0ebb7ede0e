import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import * as path from 'node:path';

/**
 * A lock file that serialises read-modify-write cycles of one file across processes (VS Code windows are separate
 * extension hosts). No `vscode` import: the timesheet store and the shared state both use it.
 *
 * Why this design, and what it proves:
 * - Taking the lock is `open(lock, O_CREAT | O_EXCL)`: the kernel lets exactly one process create the file, on every
 *   OS and on local file systems. The file holds a token unique to this acquisition (host, pid, random bytes).
 * - A lock is stale when its holder is a dead process of this host, when it is older than `staleMs` (holders keep it
 *   for milliseconds), or when it is empty or partial past a short grace (a holder whose token write failed, e.g. on
 *   a full disk).
 * - A breaker of a stale lock first takes the lock's guard (`<lock>.guard`, also created with O_EXCL) and, under it,
 *   deletes the lock only if it is still the file it judged stale (inode and token). When many windows judge one
 *   lock stale at once, the first deletes it; the others find a fresh lock, or none, and leave it. Two processes
 *   that both judged a lock stale therefore cannot both win: after the break, taking the lock is again the single
 *   O_EXCL create.
 * - Release deletes the lock only if it holds our token, so a holder that was taken over never deletes the lock of
 *   the process that took over. It needs no guard: breakers move only the lock they judged stale.
 * - Nothing is deleted by path: the file is renamed to a name only the deleter uses, compared, and put back with
 *   `link` (which never replaces a file) if it was not the one meant. That matters only for a holder, or a guard
 *   holder, that froze past the stale time and then acts on what it read before.
 * - The work gets `confirm()`, which it calls just before its write: if the lock no longer holds our token (a holder
 *   frozen past `staleMs`, taken over meanwhile, or a fresh lock displaced by a breaker that could not put it back),
 *   the work is abandoned and run again from its read under a new lock: the update is retried, never lost or doubled.
 *
 * Why not proper-lockfile: its stale path removes the lock directory by path after judging it stale, so two
 * processes that both judged it stale can both end up holding it, and a holder learns of that only at its next
 * mtime refresh (seconds later), after it has written.
 *
 * What it does not prove: a holder frozen for more than `staleMs` exactly between `confirm()` and its write (one
 * system call later) still writes once it runs again. A compare-and-swap in the storage would be needed for that,
 * and a utt timesheet is a plain append-only file. Processes that do not take this lock (utt's own CLI) are not
 * excluded at all.
 */

export interface FileLockOptions {
  /** A lock older than this was left by a process that died or froze while holding it. */
  readonly staleMs?: number;
  /** How long to wait for the lock before giving up with a message that says who holds it. */
  readonly timeoutMs?: number;
}

export interface HeldLock {
  /** Throws `LockLostError` when the lock was taken over: call it right before writing. */
  confirm(): Promise<void>;
}

/** The lock was taken over while the work ran: `withFileLock` runs the work again under a new lock. */
export class LockLostError extends Error {
  constructor(lockPath: string) {
    super(`The lock ${lockPath} was taken over by another process while this one held it.`);
    this.name = 'LockLostError';
  }
}

/** A lock that cannot be taken, with the real cause and what to do. */
export class FileLockError extends Error {
  readonly lockPath: string;
  constructor(message: string, lockPath: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FileLockError';
    this.lockPath = lockPath;
  }
}

export const DEFAULT_STALE_MS = 10_000;
const DEFAULT_TIMEOUT_MS = 5_000;
/** How many timeouts a caller waits in all while the lock keeps changing hands. */
const BUSY_TIMEOUTS = 6;
/** A lock without a complete token gets this long for its creator to finish writing it. */
const UNWRITTEN_GRACE_MS = 1_000;
/** How often work that lost its lock is run again before the failure is reported. */
const MAX_RUNS = 5;
const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

/** Runs `work` while holding the lock at `lockPath`; the lock is released afterwards, whatever happens. */
export async function withFileLock<T>(
  lockPath: string,
  work: (lock: HeldLock) => Promise<T>,
  options: FileLockOptions = {},
): Promise<T> {
  for (let run = 1; ; run++) {
    const token = await acquire(lockPath, options);
    try {
      return await work({ confirm: () => confirm(lockPath, token) });
    } catch (error) {
      if (!(error instanceof LockLostError) || run >= MAX_RUNS) throw error;
    } finally {
      await release(lockPath, token);
    }
  }
}

/**
 * Deletes the temporary files (`<file>.<pid>.<random>.tmp`) that killed writers left beside `file`. Call it while
 * holding the lock of `file`: every writer writes its temporary file under that lock, so none is in use then.
 */
export async function removeTemporaryFiles(file: string): Promise<void> {
  const temporary = new RegExp(`^${escapeRegExp(path.basename(file))}\\.\\d+\\.[0-9a-f]+\\.tmp$`);
  for (const name of await namesIn(path.dirname(file))) {
    if (temporary.test(name)) await fs.rm(path.join(path.dirname(file), name), { force: true });
  }
}

/** The lock file of a file that has no lock of its own: a hidden file beside it, `.<name>.timekeeper.lock`. */
export function lockPathBeside(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.timekeeper.lock`);
}

/** A temporary file name beside `file` that `removeTemporaryFiles` recognises. */
export function temporaryPathFor(file: string): string {
  return `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

/** Lock paths whose set-aside leftovers this process has removed (once each: "at the next start"). */
const cleanedLockPaths = new Set<string>();

async function acquire(lockPath: string, options: FileLockOptions): Promise<string> {
  if (!cleanedLockPaths.has(lockPath)) {
    cleanedLockPaths.add(lockPath);
    await removeAsideLeftovers(lockPath);
    await removeAsideLeftovers(guardPathOf(lockPath));
  }
  const token = newToken();
  await take(lockPath, token, options, (stale) => removeIfStill(lockPath, stale, options));
  return token;
}

/** Creates `file` holding `token`, waiting while a living holder has it and calling `breakStale` when it is stale. */
async function take(
  file: string,
  token: string,
  options: FileLockOptions,
  breakStale: (stale: Holder) => Promise<void>,
): Promise<void> {
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // A lock that changes hands is busy, not stuck (several windows or processes writing in turn, each quickly): the
  // wait starts again for each new holder, but ends after a few timeouts in all, so that no caller waits for ever.
  const started = Date.now();
  const giveUpAt = started + timeoutMs * BUSY_TIMEOUTS;
  let deadline = started + timeoutMs;
  let seenHolder: string | undefined;
  for (let attempt = 0; ; attempt++) {
    if (await tryCreate(file, token)) return;
    const holder = await inspect(file, staleMs);
    if (holder && holder.token !== seenHolder) {
      if (seenHolder !== undefined) deadline = Math.min(giveUpAt, Date.now() + timeoutMs);
      seenHolder = holder.token;
    }
    if (holder?.stale) await breakStale(holder);
    else if (Date.now() > deadline) throw busy(file, holder, deadline - started);
    // Random waits that grow (to 16 ms): many waiting windows neither poll in step nor flood the file system.
    else await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(16, 2 ** attempt)));
  }
}

function newToken(): string {
  return `${HOST} ${process.pid} ${randomBytes(8).toString('hex')}\n`;
}

/** True when this call created the lock; false when it exists. */
async function tryCreate(lockPath: string, token: string): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(lockPath, 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'ENOENT') {
      await fs.mkdir(path.dirname(lockPath), { recursive: true }).catch((mkdirError: unknown) => {
        throw cannotCreate(lockPath, mkdirError);
      });
      return tryCreate(lockPath, token);
    }
    throw cannotCreate(lockPath, error);
  }
  try {
    const { bytesWritten } = await handle.write(token);
    if (bytesWritten !== Buffer.byteLength(token))
      throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
  } catch (error) {
    // Ours, created a moment ago: an unfinished lock would block every window until it turns stale.
    await handle.close().catch(() => undefined);
    await fs.rm(lockPath, { force: true });
    throw cannotCreate(lockPath, error);
  }
  await handle.close();
  return true;
}

interface Holder {
  readonly ino: number;
  readonly token: string;
  readonly ageMs: number;
  readonly stale: boolean;
  /** The token did not read completely: the creator failed (or has not yet finished) writing it. */
  readonly unwritten: boolean;
}

/** Who holds the lock, or `undefined` when it was released meanwhile. */
async function inspect(lockPath: string, staleMs: number): Promise<Holder | undefined> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(lockPath, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw cannotCreate(lockPath, error);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw cannotCreate(lockPath, Object.assign(new Error(), { code: 'EISDIR' }));
    const token = await handle.readFile('utf8');
    // Either way: a clock set back makes a live lock look young forever, so age counts in both directions.
    const ageMs = Math.abs(Date.now() - stat.mtimeMs);
    const owner = parseToken(token);
    const unwritten = owner === undefined;
    const stale =
      ageMs > staleMs ||
      (unwritten && ageMs > Math.min(UNWRITTEN_GRACE_MS, staleMs)) ||
      (owner?.host === HOST && !isAlive(owner.pid));
    return { ino: stat.ino, token, ageMs, stale, unwritten };
  } finally {
    await handle.close();
  }
}

/** The guard of a lock: whoever deletes the lock (its holder releasing it, or a breaker) holds the guard meanwhile. */
function guardPathOf(lockPath: string): string {
  return `${lockPath}.guard`;
}

/**
 * Deletes the lock if it is still `expected`, under the lock's guard: with every deleter taking turns, a lock judged
 * stale by many windows at once is deleted by the first of them, and the others find a different lock (or none) and
 * leave it. Without the guard they would move each other's fresh locks aside.
 */
async function removeIfStill(
  lockPath: string,
  expected: { token: string; ino?: number },
  options: FileLockOptions,
): Promise<void> {
  const guardPath = guardPathOf(lockPath);
  const guardToken = newToken();
  // The guard is held for a few system calls; a stale guard (its holder died or froze) is moved aside unguarded.
  await take(guardPath, guardToken, options, (stale) => moveAsideIfStill(guardPath, stale));
  try {
    // Under the guard only we delete the lock: if it is the one we meant now, it stays so until we move it.
    if (await isStill(lockPath, expected)) await moveAsideIfStill(lockPath, expected);
  } finally {
    await moveAsideIfStill(guardPath, { token: guardToken });
  }
}

async function isStill(file: string, expected: { token: string; ino?: number }): Promise<boolean> {
  try {
    const token = await fs.readFile(file, 'utf8');
    return (
      token === expected.token && (expected.ino === undefined || (await fs.stat(file)).ino === expected.ino)
    );
  } catch {
    return false;
  }
}

/**
 * Deletes the file if it is still the one we mean (its token, and its inode when known). Never deletes by path: the
 * file is first renamed to a name only this call uses, and a fresh one moved by mistake (possible only when a guard
 * holder froze past the stale time) is put back with `link`, which never replaces a file.
 */
async function moveAsideIfStill(lockPath: string, expected: { token: string; ino?: number }): Promise<void> {
  const aside = `${lockPath}.${HOST}.${process.pid}.${randomBytes(6).toString('hex')}.aside`;
  try {
    await fs.rename(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // Another breaker, or the holder, was first.
    throw cannotCreate(lockPath, error);
  }
  try {
    if (await isStill(aside, expected)) return;
    // A fresh lock, taken after the one we meant was gone: its holder keeps it.
    await fs.link(aside, lockPath).catch((error: unknown) => {
      // A third process took the lock meanwhile: the displaced holder learns it at its `confirm()` and retries.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    });
  } finally {
    await fs.rm(aside, { force: true });
  }
}

async function confirm(lockPath: string, token: string): Promise<void> {
  let current: string;
  try {
    current = await fs.readFile(lockPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw cannotCreate(lockPath, error);
    current = '';
  }
  if (current !== token) throw new LockLostError(lockPath);
}

async function release(lockPath: string, token: string): Promise<void> {
  try {
    // The cheap check first: a lock taken over is left alone without being touched.
    // No guard needed: the lock is ours, and a breaker (under the guard) moves only a lock it judged stale.
    if ((await fs.readFile(lockPath, 'utf8')) === token) await moveAsideIfStill(lockPath, { token });
  } catch {
    // Gone already, or unreadable: the next acquirer judges it.
  }
}

/** A breaker killed between its rename and its delete leaves `<lock>.<host>.<pid>.<random>.aside`. */
async function removeAsideLeftovers(lockPath: string): Promise<void> {
  const aside = new RegExp(
    `^${escapeRegExp(path.basename(lockPath))}\\.([0-9a-f]+)\\.(\\d+)\\.[0-9a-f]+\\.aside$`,
  );
  for (const name of await namesIn(path.dirname(lockPath))) {
    const match = aside.exec(name);
    if (match && match[1] === HOST && !isAlive(Number(match[2]))) {
      await fs.rm(path.join(path.dirname(lockPath), name), { force: true });
    }
  }
}

async function namesIn(folder: string): Promise<string[]> {
  try {
    return await fs.readdir(folder);
  } catch {
    return [];
  }
}

function parseToken(text: string): { host: string; pid: number } | undefined {
  const match = /^([0-9a-f]+) (\d+) [0-9a-f]+\n$/.exec(text);
  return match ? { host: String(match[1]), pid: Number(match[2]) } : undefined;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function busy(lockPath: string, holder: Holder | undefined, waitedMs: number): FileLockError {
  const owner = holder && parseToken(holder.token);
  const who = holder?.unwritten
    ? 'it is empty or incomplete (its creator could not finish writing it: is the disk full?) and could not be replaced'
    : `process ${owner?.pid ?? '?'} has held it for ${Math.round((holder?.ageMs ?? 0) / 1000)} s`;
  return new FileLockError(
    `Timekeeper could not lock ${lockPath} within ${Number((waitedMs / 1000).toFixed(1))} s: ${who}. ` +
      'If no other VS Code window is busy with this timesheet, delete that file.',
    lockPath,
  );
}

function cannotCreate(lockPath: string, error: unknown): FileLockError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const cause =
    code === 'EISDIR'
      ? 'that path is a directory, not a lock file. Remove or rename that directory'
      : code === 'ENOSPC' || code === 'EDQUOT'
        ? 'the disk is full (or your quota is used up). Free some space'
        : code === 'EFBIG'
          ? 'the file size limit of this process is reached. Raise the limit (ulimit -f)'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied. Check the permissions of the folder'
            : code === 'EROFS'
              ? 'the file system is read-only. Choose a writable location for the timesheet'
              : code === 'ENOTDIR'
                ? 'a part of its path is a file, not a folder. Fix the path'
                : `${(error as Error | undefined)?.message ?? String(error)}. Check the folder`;
  return new FileLockError(`Timekeeper cannot lock ${lockPath}: ${cause}, then try again.`, lockPath, {
    cause: error,
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
