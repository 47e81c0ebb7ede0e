import * as assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { promises as fs, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { TimesheetStore } from '../../../src/store/timesheetStore';

const run = promisify(execFile);
const at = (d: number, h: number, m = 0) => new Date(2024, 0, d, h, m);
const names = (entries: readonly { name: string }[]) => entries.map((e) => e.name);

/** Rejects with exactly `message`, and names `line` of the timesheet as the one at fault. */
async function rejectsAt(promise: Promise<unknown>, message: string, line: number): Promise<void> {
  await assert.rejects(promise, (error: Error & { line?: number }) => {
    assert.equal(error.message, message);
    assert.equal(error.line, line);
    return true;
  });
}

suite('TimesheetStore', () => {
  let dir: string;
  let file: string;
  setup(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'timekeeper-store-'));
    file = path.join(dir, 'utt.log');
  });

  test('a missing file has no entries; the first append creates it and its folders', async () => {
    const nested = path.join(dir, 'a', 'b', 'utt.log');
    const store = new TimesheetStore(nested);
    assert.deepEqual(await store.entries(), []);
    await store.append({ date: at(1, 9), name: 'hello' });
    await store.append({ date: at(1, 10), name: 'acme: work', comment: 'first' });
    await store.append({ date: at(2, 9), name: 'hello' });
    assert.equal(
      await fs.readFile(nested, 'utf8'),
      '2024-01-01 09:00 hello\n2024-01-01 10:00 acme: work  # first\n\n2024-01-02 09:00 hello\n',
    );
    assert.deepEqual(
      (await store.entries()).map((e) => [e.name, e.line, e.comment]),
      [
        ['hello', 1, undefined],
        ['acme: work', 2, 'first'],
        ['hello', 4, undefined],
      ],
    );
    store.dispose();
  });

  test('after outside appends, the tail parse equals a fresh full parse', async () => {
    await fs.writeFile(file, '2024-01-01 09:00 hello\n2024-01-01 10:00 a');
    const store = new TimesheetStore(file);
    assert.deepEqual(
      (await store.entries()).map((e) => e.name),
      ['hello', 'a'],
    );
    // Another writer finishes the partial line and adds more.
    await fs.appendFile(file, 'b\n2024-01-01 11:00 c  # note\n');
    const tail = await store.entries();
    const fresh = await new TimesheetStore(file).entries();
    assert.deepEqual(tail, fresh);
    assert.deepEqual(
      tail.map((e) => [e.name, e.line]),
      [
        ['hello', 1],
        ['ab', 2],
        ['c', 3],
      ],
    );
    store.dispose();
  });

  test('a last line caught half-written by another writer is waited for; one that stays broken is an error', async () => {
    await fs.writeFile(file, '2024-01-01 09:00 hello\n2024-01-01 10:0');
    const store = new TimesheetStore(file);
    const reading = store.entries();
    setTimeout(() => void fs.appendFile(file, '0 done\n'), 5);
    assert.deepEqual(
      (await reading).map((e) => e.name),
      ['hello', 'done'],
    );
    await fs.appendFile(file, '2024-01-01 11:0');
    await assert.rejects(store.entries(), /Invalid entry at line 3: 2024-01-01 11:0/);
    store.dispose();
  });

  test('a rewrite that keeps the inode (an editor save) is noticed and parsed in full', async () => {
    await fs.writeFile(file, '2024-01-01 09:00 hello\n2024-01-01 10:00 aaaa\n');
    const store = new TimesheetStore(file);
    await store.entries();
    const handle = await fs.open(file, 'r+');
    await handle.write('2024-01-01 09:00 hello\n2024-01-01 10:00 bbbb\n2024-01-01 11:00 more\n', 0);
    await handle.close();
    assert.deepEqual(
      (await store.entries()).map((e) => e.name),
      ['hello', 'bbbb', 'more'],
    );
    await fs.writeFile(file, '2024-01-01 09:00 hello\n');
    assert.deepEqual(
      (await store.entries()).map((e) => e.name),
      ['hello'],
    );
    store.dispose();
  });

  test('a line that does not parse fails with its line, and append writes nothing', async () => {
    const text = '2024-01-01 09:00 hello\nnot an entry\n';
    await fs.writeFile(file, text);
    const store = new TimesheetStore(file);
    await assert.rejects(store.entries(), (e: Error & { line?: number; path?: string }) => {
      assert.match(e.message, /Invalid entry at line 2/);
      assert.equal(e.line, 2);
      assert.equal(e.path, file);
      return true;
    });
    await assert.rejects(store.append({ date: at(1, 10), name: 'x' }), /Invalid entry at line 2/);
    assert.equal(await fs.readFile(file, 'utf8'), text);
  });

  test('entries out of chronological order fail with utt message and line', async () => {
    await fs.writeFile(file, '2024-01-01 10:00 hello\n2024-01-01 09:00 early\n');
    await assert.rejects(new TimesheetStore(file).entries(), /Line 2 not in chronological order/);
  });

  test('CRLF line endings and a BOM are read, and appends keep CRLF', async () => {
    await fs.writeFile(file, '\uFEFF2024-01-01 09:00 hello\r\n2024-01-01 10:00 a\r\n');
    const store = new TimesheetStore(file);
    assert.deepEqual(
      (await store.entries()).map((e) => e.name),
      ['hello', 'a'],
    );
    await store.append({ date: at(1, 11), name: 'b' });
    assert.equal(
      await fs.readFile(file, 'utf8'),
      '\uFEFF2024-01-01 09:00 hello\r\n2024-01-01 10:00 a\r\n2024-01-01 11:00 b\r\n',
    );
  });

  test('non-UTF-8 bytes, a directory and a folder without permission get clear messages', async () => {
    await fs.writeFile(
      file,
      Buffer.concat([Buffer.from('2024-01-01 09:00 hello\n2024-01-01 10:00 caf'), Buffer.from([0xe9, 0x0a])]),
    );
    await assert.rejects(new TimesheetStore(file).entries(), /not valid UTF-8 \(byte \d+, line 2\)/);
    await assert.rejects(new TimesheetStore(dir).entries(), /is a directory, not a file/);
    await assert.rejects(new TimesheetStore(dir).append({ date: at(1, 9), name: 'x' }), /is a directory/);
    const locked = path.join(dir, 'locked');
    await fs.mkdir(locked, { mode: 0o500 });
    const lockedFile = path.join(locked, 'utt.log');
    if (process.getuid?.() !== 0) {
      await assert.rejects(
        new TimesheetStore(lockedFile).append({ date: at(1, 9), name: 'x' }),
        /Permission denied/,
      );
      return;
    }
    // Root may write anywhere (CI runs as root): the same append runs in a process of user `nobody`, for whom the
    // folder is not writable. The worker is bundled into the test's folder first, as `nobody` may not be able to read
    // the repository (a mutation-testing sandbox is private to root).
    await fs.chmod(dir, 0o755);
    const worker = path.join(dir, 'appendWorker.js');
    await build({
      entryPoints: [path.join(__dirname, 'appendWorker.ts')],
      outfile: worker,
      bundle: true,
      platform: 'node',
      logLevel: 'error',
    });
    const asNobody = ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath];
    const appended = run('setpriv', [...asNobody, worker, lockedFile, 'nobody', '1'], { cwd: dir });
    await assert.rejects(appended, (error: { code?: number; stderr?: string }) => {
      assert.equal(error.code, 1, String(error.stderr));
      assert.match(String(error.stderr), /TimesheetError: Permission denied/);
      return true;
    });
    await assert.rejects(fs.access(lockedFile), { code: 'ENOENT' });
  });

  test('an entry earlier than the last one is refused (the clock set back) and nothing is written', async () => {
    const text = '2024-01-01 09:00 hello\n2024-01-01 10:00 a\n';
    await fs.writeFile(file, text);
    await assert.rejects(
      new TimesheetStore(file).append({ date: at(1, 9, 30), name: 'b' }),
      /earlier than the last entry \(line 2: 2024-01-01 10:00 a\)/,
    );
    assert.equal(await fs.readFile(file, 'utf8'), text);
  });

  test('own appends notify listeners', async () => {
    const store = new TimesheetStore(file);
    let fired = 0;
    store.onDidChange(() => fired++);
    await store.append({ date: at(1, 9), name: 'hello' });
    assert.ok(fired >= 1);
    store.dispose();
  });

  test('several processes appending at once never lose, duplicate or interleave a line', async function () {
    this.timeout(60_000);
    const workers = 4;
    const each = 150;
    const worker = path.join(__dirname, 'appendWorker.ts');
    await Promise.all(
      Array.from({ length: workers }, (_, id) =>
        run(process.execPath, ['--import', 'tsx', worker, file, String(id), String(each)]),
      ),
    );
    const lines = (await fs.readFile(file, 'utf8')).split('\n').filter(Boolean);
    assert.equal(lines.length, workers * each);
    assert.equal(new Set(lines).size, lines.length, 'no duplicate line');
    for (let id = 0; id < workers; id++) {
      for (let i = 0; i < each; i++) assert.ok(lines.includes(`2024-01-15 12:00 worker-${id}: entry ${i}`));
    }
    assert.equal((await new TimesheetStore(file).entries()).length, workers * each);
  });
});

suite('TimesheetStore.insert', () => {
  let dir: string;
  let file: string;
  setup(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'timekeeper-insert-'));
    file = path.join(dir, 'utt.log');
  });
  teardown(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('an insert into the middle keeps every other byte, the mode, and tells listeners of a rewrite', async () => {
    const before =
      '2024-01-01 09:00 hello\r\n2024-01-01 12:00 a  # x\r\n   \r\n\r\n2024-01-02 09:00 hello\r\n2024-01-02 10:00 b';
    await fs.writeFile(file, before);
    await fs.chmod(file, 0o640);
    const store = new TimesheetStore(file);
    const read = await store.entries();
    let fired = 0;
    store.onDidChange(() => fired++);
    const { ino } = await fs.stat(file);
    await store.insert([
      { date: at(2, 11), name: 'later' },
      { date: at(1, 10), name: 'earlier', comment: 'c' },
    ]);
    assert.equal(
      await fs.readFile(file, 'utf8'),
      '2024-01-01 09:00 hello\r\n2024-01-01 10:00 earlier  # c\r\n2024-01-01 12:00 a  # x\r\n   \r\n\r\n' +
        '2024-01-02 09:00 hello\r\n2024-01-02 10:00 b\n2024-01-02 11:00 later\r\n',
    );
    const stat = await fs.stat(file);
    assert.notEqual(stat.ino, ino, 'replaced by a rename');
    assert.equal(stat.mode & 0o777, 0o640);
    assert.deepEqual(await fs.readdir(dir), ['utt.log'], 'no temporary or lock file left');
    assert.ok(fired >= 1);
    const after = await store.entries();
    assert.notEqual(after[0], read[0], 'read afresh: a rewrite');
    assert.deepEqual(
      after.map((e) => [e.line, e.name]),
      [
        [1, 'hello'],
        [2, 'earlier'],
        [3, 'a'],
        [6, 'hello'],
        [7, 'b'],
        [8, 'later'],
      ],
    );
    store.dispose();
  });

  test('entries at or after the last one are appended in place (same inode); nothing, or a bad entry, writes nothing', async () => {
    const text = '2024-01-01 09:00 hello\n';
    await fs.writeFile(file, text);
    const { ino } = await fs.stat(file);
    const store = new TimesheetStore(file);
    await store.insert([]);
    await assert.rejects(
      store.insert([
        { date: at(1, 8), name: 'ok' },
        { date: at(1, 10), name: ' ' },
      ]),
      /Invalid entry name/,
    );
    assert.equal(await fs.readFile(file, 'utf8'), text);
    await store.insert([
      { date: at(2, 9), name: 'b' },
      { date: at(1, 9), name: 'a' },
    ]);
    assert.equal(await fs.readFile(file, 'utf8'), `${text}2024-01-01 09:00 a\n\n2024-01-02 09:00 b\n`);
    assert.equal((await fs.stat(file)).ino, ino);
    assert.deepEqual(names(await store.entries()), ['hello', 'a', 'b']);
    const missing = new TimesheetStore(path.join(dir, 'new', 'utt.log'));
    await missing.insert([{ date: at(1, 9), name: 'first' }]);
    assert.equal(await fs.readFile(path.join(dir, 'new', 'utt.log'), 'utf8'), '2024-01-01 09:00 first\n');
    store.dispose();
  });

  test('a timesheet that does not read is not written', async () => {
    const text = '2024-01-01 09:00 hello\nnot an entry\n2024-01-01 11:00 a\n';
    await fs.writeFile(file, text);
    await assert.rejects(
      new TimesheetStore(file).insert([{ date: at(1, 8), name: 'x' }]),
      /Invalid entry at line 2/,
    );
    assert.equal(await fs.readFile(file, 'utf8'), text);
  });

  test('a change by a program without the lock (the utt CLI) while the insert writes makes it start over, keeping both', async function () {
    this.timeout(60_000);
    const lines = Array.from(
      { length: 150_000 },
      (_, i) => `2024-01-14 12:00 task ${String(i).padStart(6, '0')}`,
    );
    const text = `2024-01-14 09:00 hello\n${lines.join('\n')}\n`;
    await fs.writeFile(file, text);
    const store = new TimesheetStore(file);
    await store.entries();
    const temporaries = new Set<string>();
    let appended = false;
    const inserting = store.insert([{ date: at(14, 10), name: 'inserted' }]);
    let done = false;
    void inserting.finally(() => (done = true));
    while (!done) {
      for (const name of await fs.readdir(dir)) {
        if (!name.endsWith('.tmp')) continue;
        temporaries.add(name);
        if (!appended) {
          appended = true;
          await fs.appendFile(file, '2024-01-15 09:00 from the cli\n');
        }
      }
    }
    await inserting;
    assert.ok(temporaries.size >= 2, `started over: ${temporaries.size} temporary files seen`);
    assert.equal(
      await fs.readFile(file, 'utf8'),
      `2024-01-14 09:00 hello\n2024-01-14 10:00 inserted\n${lines.join('\n')}\n2024-01-15 09:00 from the cli\n`,
    );
    assert.deepEqual(await fs.readdir(dir), ['utt.log']);
    store.dispose();
  });

  test('a file that changes all the time is given up on with a clear message, and nothing is written', async function () {
    this.timeout(60_000);
    const text = `2024-01-14 09:00 hello\n${'2024-01-14 12:00 task\n'.repeat(150_000)}`;
    await fs.writeFile(file, text);
    const writer = spawn(
      process.execPath,
      [
        '-e',
        `const fs = require('node:fs'); setInterval(() => fs.appendFileSync(process.argv[1], '2024-01-15 09:00 cli\\n'), 1); process.stdout.write('ready'); process.stdin.on('data', () => process.exit(0));`,
        file,
      ],
      { stdio: 'pipe' },
    );
    const exited = new Promise((resolve) => writer.on('close', resolve));
    try {
      await new Promise<void>((resolve) => writer.stdout.once('data', resolve).once('close', resolve));
      await assert.rejects(
        new TimesheetStore(file).insert([{ date: at(14, 10), name: 'inserted' }]),
        (error: Error) => {
          assert.equal(
            error.message,
            `Cannot insert 1 entry into the timesheet ${file}: it changed each time between reading and writing it (5 times), so nothing was written. Try again when the program writing it is done.`,
          );
          return true;
        },
      );
    } finally {
      writer.stdin.end('stop\n');
      await exited;
    }
    const after = await fs.readFile(file, 'utf8');
    assert.ok(after.startsWith(text) && !after.includes('inserted'), 'only the other program wrote');
    assert.deepEqual((await fs.readdir(dir)).sort(), ['utt.log']);
  });

  test('a timesheet that is a symbolic link stays one: the file it leads to is replaced, and leftovers beside it go', async () => {
    const synced = path.join(dir, 'synced');
    await fs.mkdir(synced);
    const real = path.join(synced, 'real.log');
    await fs.writeFile(real, '2024-01-01 09:00 hello\n2024-01-01 10:00 a\n');
    await fs.writeFile(path.join(synced, 'real.log.77.beef.tmp'), 'left by a killed insert');
    await fs.symlink(real, file);
    const store = new TimesheetStore(file);
    await store.insert([{ date: at(1, 9, 30), name: 'b' }]);
    assert.ok((await fs.lstat(file)).isSymbolicLink(), 'still a link');
    assert.equal(
      await fs.readFile(real, 'utf8'),
      '2024-01-01 09:00 hello\n2024-01-01 09:30 b\n2024-01-01 10:00 a\n',
    );
    assert.deepEqual(await fs.readdir(synced), ['real.log']);
    assert.deepEqual(names(await store.entries()), ['hello', 'b', 'a']);
    store.dispose();
  });

  test("killed inserts' temporary files are removed at the next write, other files stay", async () => {
    await fs.writeFile(file, '2024-01-01 09:00 hello\n2024-01-01 10:00 a\n');
    const leftovers = ['utt.log.123.abcdef.tmp', 'utt.log.9.0a.tmp'];
    const others = ['utt.log.x.tmp', 'other.log.1.ab.tmp', 'utt.log.bak'];
    for (const name of [...leftovers, ...others]) await fs.writeFile(path.join(dir, name), 'x');
    const store = new TimesheetStore(file);
    await store.append({ date: at(1, 11), name: 'b' });
    assert.deepEqual((await fs.readdir(dir)).sort(), [...others, 'utt.log'].sort());
    for (const name of leftovers) await fs.writeFile(path.join(dir, name), 'x');
    const another = new TimesheetStore(file);
    await another.insert([{ date: at(1, 9, 30), name: 'c' }]);
    assert.deepEqual((await fs.readdir(dir)).sort(), [...others, 'utt.log'].sort());
    store.dispose();
    another.dispose();
  });
});

suite('TimesheetStore: what an append writes and says', () => {
  let dir: string;
  let file: string;
  /** The store's message for a byte that is not UTF-8, at its byte offset and line. */
  const notUtf8 = (byte: number, line: number) =>
    `The timesheet ${file} is not valid UTF-8 (byte ${byte}, line ${line}). Save it as UTF-8 and try again.`;
  setup(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'timekeeper-append-'));
    file = path.join(dir, 'utt.log');
  });
  teardown(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('a last line without its newline is order-checked against the last complete entry', async () => {
    await fs.writeFile(
      file,
      '2024-01-01 09:00 hello\n2024-01-01 09:10 a\n2024-01-01 10:00 b\n2024-01-01 09:30 x',
    );
    await assert.rejects(new TimesheetStore(file).entries(), /Line 4 not in chronological order/);
  });

  test('entries appended by another program extend what was read: the entries read before are the same objects', async () => {
    await fs.writeFile(file, '2024-01-01 09:00 hello\n');
    const store = new TimesheetStore(file);
    const [first] = await store.entries();
    await fs.appendFile(file, '2024-01-01 10:00 a\n');
    const after = await store.entries();
    assert.equal(after[0], first);
    assert.deepEqual(names(after), ['hello', 'a']);
    store.dispose();
  });

  test('the first append to a missing file ends its line; a new day is judged against the last entry', async () => {
    const store = new TimesheetStore(file);
    await store.append({ date: at(1, 9), name: 'hello' });
    assert.equal(await fs.readFile(file, 'utf8'), '2024-01-01 09:00 hello\n');
    await fs.writeFile(file, '2024-01-01 09:00 hello\n2024-01-01 10:00 a\n\n2024-01-02 09:00 hello\n');
    await store.append({ date: at(2, 10), name: 'b' });
    assert.match(await fs.readFile(file, 'utf8'), /2024-01-02 09:00 hello\n2024-01-02 10:00 b\n$/);
    store.dispose();
  });

  test('an entry earlier than the last one gets the whole message: the entry, the last line, what to do', async () => {
    await fs.writeFile(file, '2024-01-01 09:00 hello\n2024-01-01 09:10 a\n2024-01-01 10:00 b\n');
    await rejectsAt(
      new TimesheetStore(file).append({ date: at(1, 9, 30), name: 'late' }),
      'Cannot add "late" at 2024-01-01 09:30: it is earlier than the last entry (line 3: 2024-01-01 10:00 b). Check the system clock, or fix the timesheet.',
      3,
    );
  });

  test('an insert before every entry keeps the byte order mark first', async () => {
    await fs.writeFile(file, '\uFEFF2024-01-01 09:00 hello\n2024-01-01 10:00 a\n');
    await new TimesheetStore(file).insert([{ date: at(1, 8), name: 'early' }]);
    assert.equal(
      await fs.readFile(file, 'utf8'),
      '\uFEFF2024-01-01 08:00 early\n2024-01-01 09:00 hello\n2024-01-01 10:00 a\n',
    );
  });

  test('a listener disposed of, or a disposed store, hears nothing more', async () => {
    const store = new TimesheetStore(file);
    let first = 0;
    let second = 0;
    const subscription = store.onDidChange(() => first++);
    store.onDidChange(() => second++);
    await store.append({ date: at(1, 9), name: 'hello' });
    assert.ok(first >= 1 && second >= 1, 'own appends are told at once');
    // The file-system watcher may tell of the same append again later: only what follows is compared.
    subscription.dispose();
    const heard = first;
    const secondBefore = second;
    await store.append({ date: at(1, 10), name: 'a' });
    assert.ok(second > secondBefore);
    assert.equal(first, heard);
    store.dispose();
    const secondAtDispose = second;
    await store.append({ date: at(1, 11), name: 'b' });
    assert.equal(second, secondAtDispose);
  });

  test('a byte that is not UTF-8 is named by its byte and line at once, in the first line or a later one', async () => {
    // The bad byte is the whole first line: the newline right after it shows that line is complete.
    await fs.writeFile(file, Buffer.concat([Buffer.from([0xff]), Buffer.from('\n2024-01-01 09:00 hello\n')]));
    await rejectsAt(new TimesheetStore(file).entries(), notUtf8(0, 1), 1);
    // "é" in Latin-1 in line 2, after 27 + 20 bytes; the U+FFFD in line 1 is text, not the error.
    await fs.writeFile(
      file,
      Buffer.concat([
        Buffer.from('2024-01-01 09:00 hello \uFFFD\n2024-01-01 10:00 caf'),
        Buffer.from([0xe9]),
        Buffer.from('\n2024-01-01 11:00 b\n'),
      ]),
    );
    await rejectsAt(new TimesheetStore(file).entries(), notUtf8(47, 2), 2);
  });

  test('a byte that is not UTF-8 in lines another program added is named by its place in the whole file', async () => {
    await fs.writeFile(file, '2024-01-01 09:00 hello\n2024-01-01 10:00 a\n');
    const store = new TimesheetStore(file);
    assert.deepEqual(names(await store.entries()), ['hello', 'a']);
    await fs.appendFile(
      file,
      Buffer.concat([
        Buffer.from('2024-01-01 11:00 b\n2024-01-01 12:00 caf'),
        Buffer.from([0xe9]),
        Buffer.from('\n'),
      ]),
    );
    await rejectsAt(store.entries(), notUtf8(81, 4), 4);
    store.dispose();
  });

  test('a byte that is not UTF-8 in a last line without newline, once waited for, is called a write that was cut off', async () => {
    await fs.writeFile(
      file,
      Buffer.concat([Buffer.from('2024-01-01 09:00 hello\n2024-01-01 10:00 caf'), Buffer.from([0xe9])]),
    );
    await rejectsAt(
      new TimesheetStore(file).entries(),
      `${notUtf8(43, 2)} This last line has no newline and is not an entry: a write to the timesheet was cut ` +
        `off (a program stopped while writing, a crash, a full disk). Complete the line or delete it, then try ` +
        `again.`,
      2,
    );
  });

  test('a line another program added that is earlier than the last entry read before is refused with its line', async () => {
    await fs.writeFile(file, '2024-01-01 09:00 hello\n2024-01-01 10:00 a\n');
    const store = new TimesheetStore(file);
    assert.deepEqual(names(await store.entries()), ['hello', 'a']);
    await fs.appendFile(file, '2024-01-01 09:30 late\n');
    await rejectsAt(store.entries(), 'Line 3 not in chronological order: 2024-01-01 09:30 late', 3);
    store.dispose();
  });

  test('an append to an empty file writes just the line; to a last line without newline, the newline first', async () => {
    await fs.writeFile(file, '');
    const store = new TimesheetStore(file);
    assert.deepEqual(await store.entries(), []);
    await store.append({ date: at(1, 9), name: 'hello' });
    assert.equal(await fs.readFile(file, 'utf8'), '2024-01-01 09:00 hello\n');
    store.dispose();
    await fs.writeFile(file, '2024-01-01 09:00 hello\n2024-01-01 10:00 a');
    await new TimesheetStore(file).append({ date: at(1, 11), name: 'b' });
    assert.equal(
      await fs.readFile(file, 'utf8'),
      '2024-01-01 09:00 hello\n2024-01-01 10:00 a\n2024-01-01 11:00 b\n',
    );
  });
});
