import * as assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { promises as fs, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TimesheetStore } from '../../../src/store/timesheetStore';

const child = path.join(__dirname, 'storeChild.ts');

interface ChildResult {
  /** The child's JSON report (its last line), if it wrote one. */
  readonly report: { ok?: boolean; error?: string; line?: number; count?: number; last?: string } | undefined;
  readonly signal: NodeJS.Signals | null;
}

/**
 * Runs storeChild.ts in its own Node process (optionally under `ulimit -f <blocks>`, or with `env`), and kills it
 * if it has not finished within `deadlineMs`: a store that blocks shows as a child that had to be killed.
 */
function runChild(
  args: string[],
  options: { fileSizeLimitBlocks?: number; env?: NodeJS.ProcessEnv; deadlineMs?: number } = {},
): Promise<ChildResult & { killedAtDeadline: boolean }> {
  const node = [process.execPath, '--import', 'tsx', child, ...args];
  const [command, ...commandArgs] =
    options.fileSizeLimitBlocks === undefined
      ? node
      : ['bash', '-c', `ulimit -f ${options.fileSizeLimitBlocks}; exec "$@"`, 'bash', ...node];
  const process_ = spawn(command, commandArgs, { env: { ...process.env, ...options.env }, stdio: 'pipe' });
  let output = '';
  process_.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let killedAtDeadline = false;
  const deadline = setTimeout(() => {
    killedAtDeadline = true;
    process_.kill('SIGKILL');
  }, options.deadlineMs ?? 30_000);
  return new Promise((resolve, reject) => {
    process_.on('error', reject);
    process_.on('close', (_code, signal) => {
      clearTimeout(deadline);
      const last = output.trim().split('\n').at(-1);
      resolve({ report: last ? JSON.parse(last) : undefined, signal, killedAtDeadline });
    });
  });
}

/** Lines of a valid timesheet on 2024-01-14, in order, a minute apart up to 22:59. */
function timesheetLines(count: number, prefix = 'task'): string[] {
  return Array.from({ length: count }, (_, i) => {
    const minutes = Math.min(i, 14 * 60 + 59);
    const time = `${String(8 + Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return `2024-01-14 ${time} ${prefix} ${String(i).padStart(6, '0')}`;
  });
}

suite('TimesheetStore under faults', () => {
  let dir: string;
  let file: string;
  setup(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'timekeeper-faults-'));
    file = path.join(dir, 'utt.log');
  });
  teardown(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('an entry is one write whatever its size: multi-megabyte entries from several processes never interleave', async function () {
    this.timeout(120_000);
    const letters = ['a', 'b', 'c', 'd'];
    // Three each: every process meets the others, and the file stays at 14 MB (each append under the lock reads
    // what the others added), so that no holder keeps the lock for long on a loaded machine.
    const each = 3;
    const repeat = 1_200_000; // a name of 1.2 MB: Node's appendFile would write it in three pieces of 512 KiB
    const children = letters.map((letter) => {
      const node = spawn(
        process.execPath,
        ['--import', 'tsx', child, 'appendMany', file, letter, String(each), String(repeat)],
        {
          stdio: 'pipe',
        },
      );
      let output = '';
      const ready = new Promise<void>((resolve) =>
        node.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('"ready"')) resolve();
        }),
      );
      const done = new Promise<string>((resolve) => node.on('close', () => resolve(output)));
      return { node, ready, done };
    });
    // All start writing together, once each has its name built.
    await Promise.all(children.map((c) => c.ready));
    for (const c of children) c.node.stdin.end('go\n');
    const outputs = await Promise.all(children.map((c) => c.done));
    for (const output of outputs) assert.match(output, /"ok":true/);
    const lines = (await fs.readFile(file, 'utf8')).split('\n').filter(Boolean);
    assert.equal(lines.length, letters.length * each);
    for (const line of lines) {
      const name = line.slice('2024-01-15 12:00 '.length);
      assert.equal(name.length, repeat, 'a whole name, no piece of another');
      assert.equal(name, name.charAt(0).repeat(repeat), 'one letter per line: no other entry inside it');
    }
  });

  test('a write cut short by the file size limit (ulimit -f) leaves the file byte for byte, says why, and the next append succeeds', async function () {
    this.timeout(60_000);
    // 1024 blocks of 1 KiB: the file ends 12 bytes before the limit, so the entry's line is torn after 12 bytes.
    const limit = 1024 * 1024;
    const lines = timesheetLines(Math.floor((limit - 200) / 29));
    let text = `${lines.join('\n')}\n`;
    text += `2024-01-14 23:00 ${'p'.repeat(limit - 12 - text.length - 18)}\n`;
    assert.equal(Buffer.byteLength(text), limit - 12);
    await fs.writeFile(file, text);

    const limited = await runChild(
      ['append', file, new Date(2024, 0, 15, 9, 0).toISOString(), 'after the limit'],
      {
        fileSizeLimitBlocks: 1024,
      },
    );
    assert.ok(limited.report?.error, 'the append failed');
    assert.match(
      limited.report.error,
      /^Cannot add the entry to the timesheet .*: the file is larger than this process may write \(file size limit\)/,
    );
    assert.match(limited.report.error, /The timesheet is as it was before/);
    assert.equal(await fs.readFile(file, 'utf8'), text, 'no torn fragment left behind');

    const unlimited = await runChild([
      'append',
      file,
      new Date(2024, 0, 15, 9, 0).toISOString(),
      'after the limit',
    ]);
    assert.deepEqual(unlimited.report, { ok: true });
    const entries = await new TimesheetStore(file).entries();
    assert.equal(entries.at(-1)?.name, 'after the limit');
  });

  test('a full disk (a 64 KiB tmpfs) leaves the file byte for byte, says "the disk is full", and the next append succeeds once there is room', async function () {
    this.timeout(60_000);
    const mount = path.join(dir, 'small-disk');
    await fs.mkdir(mount);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount], { stdio: 'ignore' });
    } catch {
      // Mounting needs root (or a user namespace): the file size limit test above covers the same code then.
      this.skip();
    }
    try {
      const timesheet = path.join(mount, 'utt.log');
      const text = `${timesheetLines(100).join('\n')}\n`;
      await fs.writeFile(timesheet, text);
      // Fill the disk, then free one page: the next entry's line fits in part only.
      const filler = path.join(mount, 'filler');
      const handle = await fs.open(filler, 'w');
      let size = 0;
      try {
        for (;;) size += (await handle.write(Buffer.alloc(4096, 1))).bytesWritten;
      } catch (error) {
        assert.equal((error as NodeJS.ErrnoException).code, 'ENOSPC');
      }
      await handle.truncate(size - 4096);
      await handle.close();

      const store = new TimesheetStore(timesheet);
      const entry = { date: new Date(2024, 0, 15, 9, 0), name: `big ${'x'.repeat(12_000)}` };
      await assert.rejects(store.append(entry), (error: Error) => {
        assert.match(error.message, /^Cannot add the entry to the timesheet .*: the disk is full \(ENOSPC\)/);
        assert.match(error.message, /The timesheet is as it was before\. Free some space/);
        return true;
      });
      assert.equal(await fs.readFile(timesheet, 'utf8'), text, 'no torn fragment left behind');
      assert.equal((await store.entries()).length, 100);

      await fs.rm(filler);
      await store.append(entry);
      assert.equal((await store.entries()).at(-1)?.name, entry.name);
      assert.equal((await new TimesheetStore(timesheet).entries()).length, 101);
      store.dispose();
    } finally {
      execFileSync('umount', [mount]);
    }
  });

  test('a torn last line left by a killed writer gets a message with the fix; once fixed, appends work again', async () => {
    const text = '2024-01-15 09:00 hello\n2024-01-15 10:00 work\n';
    await fs.writeFile(file, text);
    const killed = await runChild(['tear', file, '2024-01-15']);
    assert.equal(killed.signal, 'SIGKILL');

    const store = new TimesheetStore(file);
    const torn = (error: Error & { line?: number }) => {
      assert.match(error.message, /Invalid entry at line 3: 2024-01-15/);
      assert.match(error.message, /was cut off/);
      assert.match(error.message, /Complete the line or delete it, then try again/);
      assert.equal(error.line, 3);
      return true;
    };
    await assert.rejects(store.entries(), torn);
    await assert.rejects(store.append({ date: new Date(2024, 0, 15, 11, 0), name: 'more' }), torn);
    assert.equal(
      await fs.readFile(file, 'utf8'),
      `${text}2024-01-15`,
      "never repaired behind the user's back",
    );

    await fs.writeFile(file, text); // what the user does with the message
    await store.append({ date: new Date(2024, 0, 15, 11, 0), name: 'more' });
    assert.equal(await fs.readFile(file, 'utf8'), `${text}2024-01-15 11:00 more\n`);
    store.dispose();
  });

  test('a writer killed in the middle of a huge append leaves its whole line, or a torn one that is reported with the fix', async function () {
    this.timeout(60_000);
    const text = '2024-01-15 09:00 hello\n';
    await fs.writeFile(file, text);
    const writer = spawn(
      process.execPath,
      ['--import', 'tsx', child, 'appendMany', file, 'y', '1', String(64 * 1024 * 1024)],
      {
        stdio: 'pipe',
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      writer.on('close', (_code, signal) => resolve(signal)),
    );
    await new Promise<void>((resolve) => writer.stdout.once('data', () => resolve()));
    // Stdin stays open, so the writer is still alive when the kill comes, even if its write was quick to finish.
    writer.stdin.write('go\n');
    // Kill it as soon as its write has begun.
    while ((await fs.stat(file)).size === text.length) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    writer.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');

    const written = (await fs.readFile(file, 'utf8')).slice(text.length);
    const line = `2024-01-15 12:00 ${'y'.repeat(64 * 1024 * 1024)}\n`;
    const store = new TimesheetStore(file);
    if (written === line) {
      assert.equal((await store.entries()).at(-1)?.name.length, 64 * 1024 * 1024);
    } else {
      // Torn: a piece of the line, no newline. Either it does not read and says so, or it reads as an entry whose
      // name was cut short (utt reads it so too); the file stays appendable.
      assert.ok(line.startsWith(written) && !written.endsWith('\n'), 'a piece of the one line, nothing else');
      if (!/^2024-01-15 12:00 y/.test(written)) {
        await assert.rejects(store.entries(), /was cut off/);
        await fs.writeFile(file, text);
      }
    }
    await store.append({ date: new Date(2024, 0, 15, 13, 0), name: 'after the kill' });
    assert.equal((await new TimesheetStore(file).entries()).at(-1)?.name, 'after the kill');
    store.dispose();
  });

  test('an in-place save (same inode) that edits an earlier line and adds one is seen', async () => {
    const lines = timesheetLines(20);
    await fs.writeFile(file, `${lines.join('\n')}\n`);
    const { ino } = await fs.stat(file);
    const store = new TimesheetStore(file);
    assert.equal((await store.entries())[2]?.name, 'task 000002');
    // As VS Code saves: truncate, then write the new text into the same file.
    const edited = [...lines];
    edited[2] = String(edited[2]).replace('task 000002', 'EDIT 000002');
    edited.push('2024-01-14 23:30 added');
    const handle = await fs.open(file, 'r+');
    await handle.truncate(0);
    await handle.write(`${edited.join('\n')}\n`, 0);
    await handle.close();
    assert.equal((await fs.stat(file)).ino, ino);
    const entries = await store.entries();
    assert.deepEqual(
      entries.map((e) => e.name),
      edited.map((line) => line.slice('2024-01-14 00:00 '.length)),
    );
    store.dispose();
  });

  test('a same-size rewrite whose modification time is set back to the old one is seen', async () => {
    const lines = timesheetLines(20);
    await fs.writeFile(file, `${lines.join('\n')}\n`);
    // Whole seconds, so that setting the time again restores it exactly.
    const time = Math.floor(Date.now() / 1000) - 60;
    await fs.utimes(file, time, time);
    const before = await fs.stat(file);
    const store = new TimesheetStore(file);
    assert.equal((await store.entries())[5]?.name, 'task 000005');
    // A coarse clock, or a tool that restores times: same inode, size and modification time, other content.
    const handle = await fs.open(file, 'r+');
    await handle.write('EDIT', lines.slice(0, 5).join('\n').length + 1 + '2024-01-14 08:05 '.length);
    await handle.close();
    await fs.utimes(file, time, time);
    const after = await fs.stat(file);
    assert.deepEqual([after.ino, after.size, after.mtimeMs], [before.ino, before.size, before.mtimeMs]);
    assert.equal((await store.entries())[5]?.name, 'EDIT 000005');
    store.dispose();
  });

  test('reads while another process keeps truncating and rewriting the file never mix two versions', async function () {
    this.timeout(60_000);
    const [first, second] = await Promise.all(
      ['a', 'b'].map(async (prefix) => {
        const source = path.join(dir, `version-${prefix}`);
        await fs.writeFile(source, `${timesheetLines(60_000, prefix).join('\n')}\n`);
        return source;
      }),
    );
    await fs.copyFile(String(first), file);
    // Another process saving as VS Code does, over and over: truncate, then write the other version in place.
    const script = `
      const fs = require('node:fs');
      const [first, second, file] = process.argv.slice(1);
      const versions = [fs.readFileSync(first), fs.readFileSync(second)];
      let i = 0;
      process.stdin.on('data', () => process.exit(0));
      setInterval(() => {
        const fd = fs.openSync(file, 'r+');
        fs.ftruncateSync(fd, 0);
        fs.writeSync(fd, versions[i++ % 2], 0, versions[0].length, 0);
        fs.closeSync(fd);
      }, 0);`;
    const writer = spawn(process.execPath, ['-e', script, String(first), String(second), file], {
      stdio: 'pipe',
    });
    const exited = new Promise((resolve) => writer.on('close', resolve));
    try {
      const store = new TimesheetStore(file);
      for (let read = 0; read < 40; read++) {
        let names: string[];
        try {
          names = (await store.entries()).map((e) => e.name);
        } catch (error) {
          // The writer caught in the middle of a line, or never still: said so, nothing mixed.
          assert.match((error as Error).message, /was cut off|changed each time it was read/);
          continue;
        }
        const prefixes = new Set(names.map((name) => name[0]));
        assert.ok(prefixes.size <= 1, `one version per read, not ${[...prefixes].join(' and ')}`);
      }
      store.dispose();
    } finally {
      writer.stdin.end('stop\n');
      await exited;
    }
  });

  test('change notifications go on after the timesheet folder is deleted and another process recreates it', async function () {
    this.timeout(60_000);
    const timesheet = path.join(dir, 'utt', 'utt.log');
    const store = new TimesheetStore(timesheet);
    await store.append({ date: new Date(2024, 0, 15, 9, 0), name: 'hello' });
    let notified: () => void = () => undefined;
    store.onDidChange(() => notified());
    const nextChange = () =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no change notification within 10 s')), 10_000);
        notified = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    let changed = nextChange();
    await fs.rm(path.dirname(timesheet), { recursive: true });
    await changed;
    assert.deepEqual(await store.entries(), []);

    changed = nextChange();
    const written = await runChild(['append', timesheet, new Date(2024, 0, 16, 9, 0).toISOString(), 'again']);
    assert.deepEqual(written.report, { ok: true });
    await changed;
    assert.deepEqual(
      (await store.entries()).map((e) => e.name),
      ['again'],
    );
    store.dispose();
  });

  test('a named pipe, a socket and a device at the timesheet path get a clear error at once', async function () {
    this.timeout(60_000);
    const fifo = path.join(dir, 'fifo.log');
    execFileSync('mkfifo', [fifo]);
    const socketPath = path.join(dir, 'socket.log');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    try {
      const cases: [string, RegExp][] = [
        [fifo, /is a named pipe \(FIFO\), not a file/],
        [socketPath, /is a socket, not a file/],
        ['/dev/null', /is a device, not a file/],
      ];
      for (const [target, message] of cases) {
        for (const args of [
          ['entries', target],
          ['append', target, new Date(2024, 0, 15, 9).toISOString(), 'hello'],
        ]) {
          const result = await runChild(args, { deadlineMs: 15_000 });
          assert.equal(result.killedAtDeadline, false, `${args[0]} on ${target} did not block`);
          assert.match(String(result.report?.error), message);
          assert.match(String(result.report?.error), /timekeeper\.dataFile/);
        }
      }
    } finally {
      server.close();
    }
  });
});

suite('TimesheetStore.insert under faults', () => {
  let dir: string;
  let file: string;
  setup(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'timekeeper-insert-faults-'));
    file = path.join(dir, 'utt.log');
  });
  teardown(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  const inserted = '2024-01-14 07:00 inserted';

  test('an insert killed (SIGKILL) at any moment leaves the old file or the new one, never a mix, and no temporary file after the next start', async function () {
    this.timeout(120_000);
    const old = `${timesheetLines(200_000).join('\n')}\n`;
    const replaced = `${inserted}\n${old}`;
    const outcomes = new Set<string>();
    // Killed as soon as its temporary file appears, as soon as the file is replaced, and at moments in between.
    for (const moment of ['temporary', 'replaced', 5, 40, 120] as const) {
      await fs.writeFile(file, old);
      const { ino } = await fs.stat(file);
      const writer = spawn(
        process.execPath,
        ['--import', 'tsx', child, 'insert', file, new Date(2024, 0, 14, 7, 0).toISOString(), 'inserted'],
        { stdio: 'pipe' },
      );
      const exited = new Promise<void>((resolve) => writer.on('close', () => resolve()));
      await new Promise<void>((resolve) => writer.stdout.once('data', () => resolve()));
      if (typeof moment === 'number') await new Promise((resolve) => setTimeout(resolve, moment));
      else {
        const reached = async () =>
          moment === 'temporary'
            ? (await fs.readdir(dir)).some((name) => name.endsWith('.tmp'))
            : (await fs.stat(file)).ino !== ino;
        while (!(await reached())) await new Promise((resolve) => setImmediate(resolve));
      }
      writer.kill('SIGKILL');
      await exited;
      const after = await fs.readFile(file, 'utf8');
      assert.ok(after === old || after === replaced, `killed at ${moment}: the old file or the new one`);
      outcomes.add(after === old ? 'old' : 'new');
      if (moment === 'temporary') assert.equal(after, old);
      if (moment === 'replaced') assert.equal(after, replaced);

      const next = new TimesheetStore(file);
      await next.append({ date: new Date(2024, 0, 15, 9, 0), name: 'next start' });
      assert.deepEqual(await fs.readdir(dir), ['utt.log'], `killed at ${moment}: nothing left beside it`);
      next.dispose();
    }
    assert.deepEqual([...outcomes].sort(), ['new', 'old']);
  });

  test('an insert over the file size limit (ulimit -f) leaves the file byte for byte, says why, and leaves no temporary file', async function () {
    this.timeout(60_000);
    const text = `${timesheetLines(30_000).join('\n')}\n`;
    const blocks = Math.floor(Buffer.byteLength(text) / 1024);
    // Large enough for nothing but the temporary copy: the limit stops its write.
    await fs.writeFile(file, text);
    const limited = await runChild(['insert', file, new Date(2024, 0, 14, 7, 0).toISOString(), 'inserted'], {
      fileSizeLimitBlocks: blocks,
    });
    assert.match(String(limited.report?.error), /^Cannot insert the entries into the timesheet /);
    assert.match(
      String(limited.report?.error),
      /the file is larger than this process may write \(file size limit\) \(EFBIG\)\. The timesheet is as it was before\. Raise the limit/,
    );
    assert.equal(await fs.readFile(file, 'utf8'), text);
    assert.deepEqual(await fs.readdir(dir), ['utt.log']);
  });

  test('an insert on a full disk (a 64 KiB tmpfs) leaves the file byte for byte, says "the disk is full", and succeeds once there is room', async function () {
    this.timeout(60_000);
    const mount = path.join(dir, 'small-disk');
    await fs.mkdir(mount);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount], { stdio: 'ignore' });
    try {
      const timesheet = path.join(mount, 'utt.log');
      const text = `${timesheetLines(500).join('\n')}\n`;
      await fs.writeFile(timesheet, text);
      const filler = path.join(mount, 'filler');
      const handle = await fs.open(filler, 'w');
      let size = 0;
      try {
        for (;;) size += (await handle.write(Buffer.alloc(4096, 1))).bytesWritten;
      } catch (error) {
        assert.equal((error as NodeJS.ErrnoException).code, 'ENOSPC');
      }
      // One page free: room for the lock file, not for the temporary copy of the timesheet.
      await handle.truncate(size - 4096);
      await handle.close();
      const store = new TimesheetStore(timesheet);
      const entry = { date: new Date(2024, 0, 14, 7, 0), name: 'inserted' };
      await assert.rejects(store.insert([entry]), (error: Error) => {
        assert.match(
          error.message,
          /^Cannot insert the entries into the timesheet .*: the disk is full \(ENOSPC\)\. The timesheet is as it was before\. Free some space/,
        );
        return true;
      });
      assert.equal(await fs.readFile(timesheet, 'utf8'), text);
      assert.deepEqual((await fs.readdir(mount)).sort(), ['filler', 'utt.log'], 'no temporary file left');
      await fs.rm(filler);
      await store.insert([entry]);
      assert.equal(await fs.readFile(timesheet, 'utf8'), `2024-01-14 07:00 inserted\n${text}`);
      store.dispose();
    } finally {
      execFileSync('umount', [mount]);
    }
  });
});

suite('TimesheetStore and the clock', () => {
  let dir: string;
  let file: string;
  setup(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'timekeeper-clock-'));
    file = path.join(dir, 'utt.log');
  });
  teardown(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  const berlin = { env: { TZ: 'Europe/Berlin' } };

  test("in the hour that repeats when daylight saving time ends, an earlier wall clock is logged at the last line's time (TZ=Europe/Berlin)", async () => {
    // 02:50 CEST (00:50 UTC) is written; 40 minutes later the clock shows 02:10 CET (01:10 UTC).
    await fs.writeFile(file, '2026-10-25 02:00 hello\n2026-10-25 02:50 first pass\n');
    const repeated = await runChild(['append', file, '2026-10-25T01:10:00Z', 'second pass'], berlin);
    assert.deepEqual(repeated.report, { ok: true });
    assert.equal(
      await fs.readFile(file, 'utf8'),
      '2026-10-25 02:00 hello\n2026-10-25 02:50 first pass\n2026-10-25 02:50 second pass\n',
    );
    // Past the repeated hour, entries are written at their own time again.
    const later = await runChild(['append', file, '2026-10-25T02:05:00Z', 'after'], berlin);
    assert.deepEqual(later.report, { ok: true });
    const read = await runChild(['entries', file], berlin);
    assert.deepEqual(read.report, { count: 4, last: 'after', line: 4 });
    assert.match(await fs.readFile(file, 'utf8'), /2026-10-25 03:05 after\n$/);
  });

  test('a clock set back (not daylight saving time) is refused, in the wall clock utt compares (TZ=Europe/Berlin)', async () => {
    const text = '2026-10-25 02:00 hello\n2026-10-25 02:50 work\n';
    await fs.writeFile(file, text);
    // 02:20 CEST: earlier on the wall and in real time.
    const result = await runChild(['append', file, '2026-10-25T00:20:00Z', 'early'], berlin);
    assert.match(
      String(result.report?.error),
      /earlier than the last entry \(line 2: 2026-10-25 02:50 work\)/,
    );
    assert.equal(await fs.readFile(file, 'utf8'), text);
  });

  test('when daylight saving time begins, a later wall clock after the skipped hour is accepted (TZ=Europe/Berlin)', async () => {
    await fs.writeFile(file, '2026-03-29 01:00 hello\n2026-03-29 01:50 work\n');
    // 03:05 CEST is 01:05 UTC, fifteen minutes after 01:50 CET.
    const result = await runChild(['append', file, '2026-03-29T01:05:00Z', 'spring'], berlin);
    assert.deepEqual(result.report, { ok: true });
    assert.match(await fs.readFile(file, 'utf8'), /2026-03-29 01:50 work\n2026-03-29 03:05 spring\n$/);
    assert.deepEqual((await runChild(['entries', file], berlin)).report, {
      count: 3,
      last: 'spring',
      line: 3,
    });
  });

  test('years outside 0001-9999 are refused with a clear message and nothing is written', async () => {
    const text = '2024-01-15 09:00 hello\n';
    await fs.writeFile(file, text);
    const store = new TimesheetStore(file);
    const yearZero = new Date(2024, 0, 15, 10, 0);
    yearZero.setFullYear(0);
    for (const [date, year] of [
      [new Date(10000, 0, 1, 9, 0), 10000],
      [yearZero, 0],
    ] as const) {
      await assert.rejects(
        store.append({ date, name: 'far away' }),
        new RegExp(`the year ${year} is outside 0001–9999`),
      );
    }
    assert.equal(await fs.readFile(file, 'utf8'), text);
    store.dispose();
  });
});

suite('TimesheetStore messages', () => {
  let file: string;
  setup(() => {
    file = path.join(mkdtempSync(path.join(tmpdir(), 'timekeeper-messages-')), 'utt.log');
  });

  test('a message quotes at most 200 characters of a line, and says how long it is', async () => {
    const long = `not an entry ${'z'.repeat(100_000)}`;
    await fs.writeFile(file, `2024-01-15 09:00 hello\n${long}\n`);
    await assert.rejects(new TimesheetStore(file).entries(), (error: Error) => {
      assert.ok(error.message.length < 400, `a message of ${error.message.length} characters`);
      assert.equal(
        error.message,
        `Invalid entry at line 2: ${long.slice(0, 200)}… (a line of ${long.length} characters)`,
      );
      return true;
    });

    const name = 'n'.repeat(100_000);
    await fs.writeFile(file, `2024-01-15 09:00 hello\n2024-01-15 10:00 ${name}\n`);
    await assert.rejects(
      new TimesheetStore(file).append({ date: new Date(2024, 0, 15, 9, 30), name }),
      (error: Error) => {
        assert.ok(error.message.length < 700, `a message of ${error.message.length} characters`);
        assert.match(error.message, /earlier than the last entry/);
        assert.match(error.message, /… \(a line of 100017 characters\)/);
        return true;
      },
    );
  });
});
