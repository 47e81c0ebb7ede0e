import * as assert from 'node:assert/strict';
import { appendFileSync, promises as fs, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { lockPathBeside } from '../../../src/files/fileLock';
import { TimesheetStore } from '../../../src/store/timesheetStore';
import { FileInterceptor } from './fileInterceptor';

const at = (d: number, h: number, m = 0) => new Date(2024, 0, d, h, m);
const names = (entries: readonly { name: string }[]) => entries.map((e) => e.name);
const ioError = (message: string, code: string) => Object.assign(new Error(message), { code });

/**
 * Another program's change, or a failing system call, at the exact moment the store is between two of its own
 * calls: the windows the store's checks exist for, too short to hit from another process on purpose.
 */
suite('TimesheetStore at the moment another program acts', () => {
  let dir: string;
  let file: string;
  let files: FileInterceptor;
  let store: TimesheetStore;
  setup(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'timekeeper-races-'));
    file = path.join(dir, 'utt.log');
    files = await FileInterceptor.install(file);
    store = new TimesheetStore(file);
  });
  teardown(async () => {
    files.restore();
    store.dispose();
    await fs.rm(dir, { recursive: true, force: true });
  });

  suite('between reading the file and appending to it', () => {
    test("a line another program added is read before the append, so utt's blank line before a new day is not doubled", async () => {
      writeFileSync(file, '2024-01-01 09:00 hello\n');
      await store.entries();
      files.beforeOpen = (appending) => {
        if (!appending) return;
        files.beforeOpen = undefined;
        appendFileSync(file, '\n2024-01-02 09:00 hello\n');
      };
      await store.append({ date: at(2, 10), name: 'ours' });
      assert.equal(
        await fs.readFile(file, 'utf8'),
        '2024-01-01 09:00 hello\n\n2024-01-02 09:00 hello\n2024-01-02 10:00 ours\n',
      );
      assert.equal(files.calls.appendOpens, 2, 'the first write found the file changed and wrote nothing');
      assert.deepEqual(names(await store.entries()), ['hello', 'hello', 'ours']);
    });

    test('a file another program created after it was found missing gets the entry on a line of its own', async () => {
      await store.entries();
      files.beforeOpen = (appending) => {
        if (!appending) return;
        files.beforeOpen = undefined;
        writeFileSync(file, '2024-01-01 09:00 hello');
      };
      await store.append({ date: at(1, 10), name: 'ours' });
      assert.equal(await fs.readFile(file, 'utf8'), '2024-01-01 09:00 hello\n2024-01-01 10:00 ours\n');
    });

    test('a folder deleted just before the append is made again under a new lock, and the entry written', async () => {
      writeFileSync(file, '2024-01-01 09:00 hello\n');
      await store.entries();
      files.beforeOpen = async (appending) => {
        if (!appending) return;
        files.beforeOpen = undefined;
        await fs.rm(dir, { recursive: true });
      };
      await store.append({ date: at(1, 10), name: 'ours' });
      assert.equal(await fs.readFile(file, 'utf8'), '2024-01-01 10:00 ours\n');
      assert.deepEqual(await fs.readdir(dir), ['utt.log']);
    });

    test('a file that changes between every read and write is given up on after 50 tries, with what to do, and nothing of ours is written', async () => {
      writeFileSync(file, '2024-01-01 09:00 hello\n');
      let minute = 0;
      files.beforeOpen = (appending) => {
        if (appending) appendFileSync(file, `2024-01-01 10:${String(minute++).padStart(2, '0')} cli\n`);
      };
      // The tries step apart by a random moment: none here, so that the test takes no time.
      const random = Math.random;
      Math.random = () => 0;
      try {
        await assert.rejects(store.append({ date: at(2, 9), name: 'ours' }), (error: Error) => {
          assert.equal(
            error.message,
            `Cannot add "ours": the timesheet ${file} changed each time between reading and writing it (50 times). Try again when the program writing it is done.`,
          );
          return true;
        });
      } finally {
        Math.random = random;
      }
      assert.equal(files.calls.appendOpens, 50);
      const text = await fs.readFile(file, 'utf8');
      assert.ok(!text.includes('ours'));
      assert.equal(
        text.split('\n').length,
        52,
        "the first line, the other program's 50, and the last newline",
      );
    });
  });

  suite('writing', () => {
    test('a system that writes a few bytes at a time still gets the whole line, in order', async () => {
      writeFileSync(file, '2024-01-01 09:00 hello\n');
      const sizes: number[] = [];
      files.onWrite = async (write, length) => {
        sizes.push(length);
        return write(7);
      };
      await store.append({ date: at(1, 10), name: 'acme: a long enough name' });
      assert.equal(
        await fs.readFile(file, 'utf8'),
        '2024-01-01 09:00 hello\n2024-01-01 10:00 acme: a long enough name\n',
      );
      assert.deepEqual(sizes, [42, 35, 28, 21, 14, 7]);
    });

    test('a write that stops writing part-way is cut off again: the file is as before, and the message says so', async () => {
      writeFileSync(file, '2024-01-01 09:00 hello\n');
      let calls = 0;
      files.onWrite = async (write) => (calls++ === 0 ? write(10) : { bytesWritten: 0 });
      await assert.rejects(store.append({ date: at(1, 10), name: 'ours' }), (error: Error) => {
        assert.match(
          error.message,
          /^Cannot add the entry to the timesheet .*: .*\(EIO\)\. The timesheet is as it was before\./,
        );
        return true;
      });
      assert.equal(await fs.readFile(file, 'utf8'), '2024-01-01 09:00 hello\n');
      files.onWrite = undefined;
      await store.append({ date: at(1, 10), name: 'ours' });
      assert.deepEqual(names(await store.entries()), ['hello', 'ours']);
    });

    test('an append that was written is not reported as failed when the file cannot be looked at afterwards', async () => {
      writeFileSync(file, '2024-01-01 09:00 hello\n');
      let stats = 0;
      files.onStat = (stat, appending) => {
        if (appending && stats++ === 1) throw ioError('input/output error', 'EIO');
        return stat;
      };
      await store.append({ date: at(1, 10), name: 'ours' });
      files.onStat = undefined;
      assert.equal(await fs.readFile(file, 'utf8'), '2024-01-01 09:00 hello\n2024-01-01 10:00 ours\n');
      assert.deepEqual(names(await store.entries()), ['hello', 'ours']);
    });

    test('after its own append, the store knows the new entry without reading the file again', async () => {
      writeFileSync(file, '2024-01-01 09:00 hello\n');
      const before = await store.entries();
      await store.append({ date: at(1, 10), name: 'ours' });
      const reads = files.calls.reads;
      const after = await store.entries();
      assert.equal(files.calls.reads, reads, 'nothing read');
      assert.equal(after, before, 'the same entries, grown');
      assert.deepEqual(names(after), ['hello', 'ours']);
    });

    test('an empty list of entries to insert writes nothing, creates no file and tells no listener', async () => {
      let told = 0;
      store.onDidChange(() => told++);
      await store.insert([]);
      await assert.rejects(fs.stat(file), { code: 'ENOENT' });
      assert.equal(told, 0);
    });

    test('entries inserted at the end are appended: the entries read before grow, they are not read afresh', async () => {
      writeFileSync(file, '2024-01-01 09:00 hello\n');
      const before = await store.entries();
      await store.insert([
        { date: at(1, 10), name: 'a' },
        { date: at(1, 11), name: 'b' },
      ]);
      assert.equal(files.calls.appendOpens, 1, 'one write for both');
      const after = await store.entries();
      assert.equal(after, before);
      assert.deepEqual(names(after), ['hello', 'a', 'b']);
    });
  });

  suite('while reading', () => {
    const versionA = '2024-01-01 09:00 hello\n2024-01-01 10:00 version a\n';
    const versionB = '2024-01-01 09:00 hello\n2024-01-01 10:00 version b, longer\n';

    test('a file rewritten while it was read is read again, so one version is seen, never a mix', async () => {
      writeFileSync(file, versionA);
      files.afterRead = () => {
        files.afterRead = undefined;
        writeFileSync(file, versionB);
      };
      assert.deepEqual(names(await store.entries()), ['hello', 'version b, longer']);
      assert.equal(files.calls.opens, 2);
    });

    test('a file cut shorter while it was read is read again', async () => {
      writeFileSync(file, versionB);
      files.afterRead = () => {
        files.afterRead = undefined;
        writeFileSync(file, versionA);
      };
      assert.deepEqual(names(await store.entries()), ['hello', 'version a']);
      assert.equal(files.calls.opens, 2);
    });

    test('a file that grew while it was read, but whose first part was rewritten, is read again', async () => {
      writeFileSync(file, versionA);
      files.afterRead = () => {
        files.afterRead = undefined;
        writeFileSync(file, `${versionA.replace('hello', 'HELLO')}2024-01-01 11:00 more\n`);
      };
      assert.deepEqual(names(await store.entries()), ['HELLO', 'version a', 'more']);
      assert.equal(files.calls.opens, 2);
    });

    test('another program appending, or touching the file, while it is read does not make the read start over', async () => {
      writeFileSync(file, versionA);
      let minute = 0;
      files.afterRead = () =>
        appendFileSync(file, `2024-01-01 11:${String(minute++).padStart(2, '0')} cli\n`);
      assert.deepEqual(names(await store.entries()), ['hello', 'version a']);
      assert.equal(files.calls.opens, 1);
      files.afterRead = async () => {
        files.afterRead = undefined;
        const later = new Date(Date.now() + 60_000);
        await fs.utimes(file, later, later);
      };
      assert.deepEqual(names(await store.entries()), ['hello', 'version a', 'cli', 'cli']);
      assert.equal(files.calls.opens, 2, 'each read opened the file once');
    });

    test('a file rewritten during every read is given up on after 5 tries, with what to do', async () => {
      writeFileSync(file, versionA);
      let flip = false;
      files.afterRead = () => {
        flip = !flip;
        writeFileSync(file, flip ? versionB : versionA);
      };
      await assert.rejects(store.entries(), (error: Error) => {
        assert.equal(
          error.message,
          `The timesheet ${file} changed each time it was read (5 times). Try again when the program writing it is done.`,
        );
        return true;
      });
      assert.equal(files.calls.opens, 5);
      files.afterRead = undefined;
      assert.equal((await store.entries()).length, 2, 'the next read, once the writer stopped, works');
    });

    test('a read or an open that fails says which file and why; it never reads as an empty timesheet', async () => {
      writeFileSync(file, versionA);
      files.afterRead = () => {
        throw ioError('input/output error', 'EIO');
      };
      await assert.rejects(store.entries(), (error: Error) => {
        assert.equal(error.message, `Cannot read the timesheet ${file}: input/output error`);
        return true;
      });
      files.afterRead = undefined;
      files.beforeOpen = () => {
        throw ioError('too many open files', 'EMFILE');
      };
      await assert.rejects(store.entries(), (error: Error) => {
        assert.equal(error.message, `Cannot read the timesheet ${file}: too many open files`);
        return true;
      });
    });
  });

  suite('the times the file system gives', () => {
    const text = '2024-01-01 09:00 hello\n2024-01-01 10:00 version a\n';
    const sameSize = '2024-01-01 09:00 hello\n2024-01-01 10:00 version b\n';

    /** Every stat of the file shows what the first one did: a change in the same clock tick, or a tool restoring times. */
    function freezeTimes(): void {
      let first: Awaited<ReturnType<typeof fs.stat>> | undefined;
      files.onStat = (stat) => (first ??= stat);
    }

    test('a file changed less than a clock tick before it was read is compared by content while its stat looks unchanged', async () => {
      writeFileSync(file, text);
      freezeTimes();
      assert.deepEqual(names(await store.entries()), ['hello', 'version a']);
      writeFileSync(file, sameSize);
      assert.deepEqual(names(await store.entries()), ['hello', 'version b']);
    });

    test('an insert into a file changed in the clock tick of its read starts over from the new content', async () => {
      writeFileSync(file, text);
      freezeTimes();
      await store.entries();
      // The insert reads the file before taking the lock and again under it, then opens it a third time for the
      // bytes it rewrites: the change falls just before that.
      let opens = 0;
      files.beforeOpen = () => {
        // The first entry moved to 09:45, in a file of the same size: the entry at 09:30 now goes first.
        if (++opens === 3) writeFileSync(file, text.replace('09:00', '09:45'));
      };
      await store.insert([{ date: at(1, 9, 30), name: 'inserted' }]);
      assert.equal(
        await fs.readFile(file, 'utf8'),
        '2024-01-01 09:30 inserted\n2024-01-01 09:45 hello\n2024-01-01 10:00 version a\n',
      );
    });

    test('a file whose stat is unchanged since a change long before it was read is not read again', async () => {
      writeFileSync(file, text);
      const hourAgo = new Date(Date.now() - 3_600_000);
      await fs.utimes(file, hourAgo, hourAgo);
      freezeTimes();
      const before = await store.entries();
      const reads = files.calls.reads;
      assert.equal(await store.entries(), before);
      assert.equal(files.calls.reads, reads, 'nothing read');
    });

    test('a file whose times changed but not its content keeps its entries: nothing is parsed again', async () => {
      writeFileSync(file, text);
      const before = await store.entries();
      const later = new Date(Date.now() + 60_000);
      await fs.utimes(file, later, later);
      const after = await store.entries();
      assert.equal(after, before);
      assert.deepEqual(names(after), ['hello', 'version a']);
    });
  });

  suite('an insert that loses its lock', () => {
    const text = '2024-01-01 09:00 hello\n2024-01-01 11:00 b\n';
    const inserted = '2024-01-01 09:00 hello\n2024-01-01 10:00 a\n2024-01-01 11:00 b\n';

    test('a lock taken away while the insert wrote makes it run again under a new lock', async () => {
      writeFileSync(file, text);
      files.afterSync = async (synced) => {
        if (!synced.endsWith('.tmp')) return;
        files.afterSync = undefined;
        await fs.rm(lockPathBeside(file));
      };
      await store.insert([{ date: at(1, 10), name: 'a' }]);
      assert.equal(await fs.readFile(file, 'utf8'), inserted);
      assert.deepEqual(await fs.readdir(dir), ['utt.log']);
    });

    test('its temporary file removed by a window that took the lock over makes it run again', async () => {
      writeFileSync(file, text);
      files.afterSync = async (synced) => {
        if (!synced.endsWith('.tmp')) return;
        files.afterSync = undefined;
        await fs.rm(synced);
      };
      await store.insert([{ date: at(1, 10), name: 'a' }]);
      assert.equal(await fs.readFile(file, 'utf8'), inserted);
      assert.deepEqual(await fs.readdir(dir), ['utt.log']);
    });
  });
});
