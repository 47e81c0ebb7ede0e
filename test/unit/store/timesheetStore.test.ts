import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promises as fs, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { TimesheetStore } from '../../../src/store/timesheetStore';

const run = promisify(execFile);
const at = (d: number, h: number, m = 0) => new Date(2024, 0, d, h, m);

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
