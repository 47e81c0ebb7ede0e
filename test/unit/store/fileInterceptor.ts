import { promises as fs } from 'node:fs';

type Handle = fs.FileHandle;
type Stat = Awaited<ReturnType<Handle['stat']>>;

/**
 * Acts at a precise moment of the store's work on one file, and counts what it does. A race with another program
 * (an editor saving, the utt CLI appending) that falls in a window of microseconds between two system calls cannot
 * be timed from outside; here the other program's change is made for real, on the real file, at the moment the store
 * reaches a given call. Failing calls (an I/O error, a short write) are the system's own answers, given on cue.
 *
 * Installed over `fs.promises.open` and the methods of Node's `FileHandle`, which the store uses; `restore()` undoes
 * it. Only handles opened on `file` (and, for `onSync`, on any path) are touched.
 */
export class FileInterceptor {
  /** Handles opened on the file, by what they were opened for. */
  readonly calls = { opens: 0, appendOpens: 0, reads: 0 };
  /** Before each open of the file; `appending` when it is opened to append. Throwing fails the open. */
  beforeOpen: ((appending: boolean) => void | Promise<void>) | undefined;
  /** After each read from the file, before its result is returned. Throwing fails the read. */
  afterRead: (() => void | Promise<void>) | undefined;
  /** Each stat of an open handle on the file: may return another stat. Throwing fails the stat. */
  onStat: ((stat: Stat, appending: boolean) => Stat | Promise<Stat>) | undefined;
  /** Each write to the file: `write` does the real one, with at most `length` bytes. */
  onWrite:
    | ((
        write: (length: number) => Promise<{ bytesWritten: number }>,
        length: number,
      ) => Promise<{ bytesWritten: number }>)
    | undefined;
  /** After a handle on any path was synced to the disk. */
  afterSync: ((path: string) => void | Promise<void>) | undefined;

  readonly #file: string;
  readonly #restores: (() => void)[] = [];

  private constructor(file: string) {
    this.#file = file;
  }

  static async install(file: string): Promise<FileInterceptor> {
    const self = new FileInterceptor(file);
    await FileInterceptor.#install(self);
    return self;
  }

  restore(): void {
    for (const restore of this.#restores.splice(0).reverse()) restore();
  }

  /** The wrappers run with `this` as the handle (or `fs.promises`): they reach the interceptor as `self`. */
  static async #install(self: FileInterceptor): Promise<void> {
    // FileHandle is not exported: its prototype is reached through a handle.
    const probe = await fs.open(process.execPath, 'r');
    const prototype = Object.getPrototypeOf(probe) as Handle;
    await probe.close();
    const tracked = new WeakMap<Handle, { appending: boolean }>();
    const paths = new WeakMap<Handle, string>();

    self.#replace(
      fs,
      'open',
      (open) =>
        async function (this: unknown, ...args: Parameters<typeof fs.open>) {
          const [target, flags] = args;
          const mine = target === self.#file;
          const appending = typeof flags === 'number' && (flags & fs.constants.O_APPEND) !== 0;
          if (mine) {
            self.calls.opens++;
            if (appending) self.calls.appendOpens++;
            await self.beforeOpen?.(appending);
          }
          const handle = await open.apply(this, args);
          if (mine) tracked.set(handle, { appending });
          paths.set(handle, String(target));
          return handle;
        },
    );
    self.#replace(
      prototype,
      'read',
      (read) =>
        async function (this: Handle, ...args: unknown[]) {
          const result = await (read as (...a: unknown[]) => Promise<unknown>).apply(this, args);
          if (tracked.has(this)) {
            self.calls.reads++;
            await self.afterRead?.();
          }
          return result;
        },
    );
    self.#replace(
      prototype,
      'stat',
      (stat) =>
        async function (this: Handle, ...args: unknown[]) {
          const result = (await (stat as (...a: unknown[]) => Promise<Stat>).apply(this, args)) as Stat;
          const info = tracked.get(this);
          return info && self.onStat ? self.onStat(result, info.appending) : result;
        },
    );
    self.#replace(
      prototype,
      'write',
      (write) =>
        async function (this: Handle, ...args: unknown[]) {
          const real = write as (...a: unknown[]) => Promise<{ bytesWritten: number }>;
          if (!tracked.has(this) || !self.onWrite) return real.apply(this, args);
          const [buffer, offset, length, position] = args as [Buffer, number, number, number | null];
          return self.onWrite(
            (most) => real.call(this, buffer, offset, Math.min(most, length), position),
            length,
          );
        },
    );
    self.#replace(
      prototype,
      'sync',
      (sync) =>
        async function (this: Handle) {
          await (sync as () => Promise<void>).call(this);
          const path = paths.get(this);
          if (path !== undefined) await self.afterSync?.(path);
        },
    );
  }

  #replace<T extends object, K extends keyof T & string>(
    target: T,
    key: K,
    wrap: (original: T[K]) => (...args: never[]) => unknown,
  ): void {
    const original = target[key];
    (target as Record<string, unknown>)[key] = wrap(original);
    this.#restores.push(() => ((target as Record<string, unknown>)[key] = original));
  }
}
