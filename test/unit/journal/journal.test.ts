// The journal of one window on a real folder: coalescing, batched writes, the file format, spans, closing events.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { PIECE_MS, WRITE_INTERVAL_MS } from '../../../src/journal/journal';
import { dayFolderName, journalDirectory } from '../../../src/journal/journalFolder';
import { readWithRecords } from '../../../src/journal/journalReading';
import { at, MINUTE, OWN, simulatedJournal, type SimulatedJournal } from './harness';

async function journalLines(window: SimulatedJournal, day = '2024-05-02'): Promise<unknown[]> {
  const folder = path.join(window.directory, day);
  const lines: unknown[] = [];
  for (const name of (await fs.readdir(folder)).sort()) {
    const text = await fs.readFile(path.join(folder, name), 'utf8');
    assert.ok(text.endsWith('\n'), `${name} ends with a whole line`);
    for (const line of text.split('\n').filter(Boolean)) lines.push(JSON.parse(line));
  }
  return lines;
}

const time = (text: string) => at(`2024-05-02 ${text}`);

suite('journal: one window', () => {
  test('a context that goes on is one line a minute; at most one write per 30 s; flush writes the rest', async () => {
    const window = simulatedJournal();
    const start = time('09:00');
    // A keystroke every 200 ms for ten minutes in one file; the write timer ticks every 30 s.
    for (let ms = 0; ms <= 10 * MINUTE; ms += 200) {
      window.signal(start + ms, { file: 'src/a.ts', language: 'typescript' });
      if (ms % WRITE_INTERVAL_MS === 0) await window.tick(start + ms);
    }
    const lines = await journalLines(window);
    assert.deepEqual(lines[0], { format: 'timekeeper-journal', version: 1 });
    const records = lines.slice(1) as { start: number; end: number }[];
    // Ten minutes, 3,000 signals: a line a minute (the first tick has no minute to write); a write per tick at most.
    assert.equal(records.length, 10);
    assert.ok(window.writes() <= 21, `${window.writes()} writes`);
    assert.deepEqual(records[0], {
      start: start,
      end: start + MINUTE,
      kind: 'edit',
      folder: 'acme',
      language: 'typescript',
      file: 'src/a.ts',
    });
    // Pieces are contiguous: each starts where the one before ended.
    for (let i = 1; i < records.length; i++) {
      assert.equal(records[i]?.start, records[i - 1]?.end);
      assert.ok((records[i]?.end ?? 0) - (records[i]?.start ?? 0) <= PIECE_MS + WRITE_INTERVAL_MS);
    }
    // Nothing is written between ticks, whatever the number of signals.
    const before = records.length;
    for (let ms = 1; ms < 100; ms++) window.signal(start + 10 * MINUTE + ms * 100, { file: 'src/b.ts' });
    assert.equal((await journalLines(window)).length - 1, before);
    await window.journal.flush();
    // The last tick wrote a.ts up to its last signal: only b.ts is new.
    const after = await journalLines(window);
    assert.equal(after.length - 1, before + 1);
    assert.deepEqual(after[after.length - 1], {
      start: start + 10 * MINUTE + 100,
      end: start + 10 * MINUTE + 9900,
      kind: 'edit',
      folder: 'acme',
      file: 'src/b.ts',
    });
    assert.deepEqual(window.errors, []);
  });

  test('spans: contiguous, split at context changes and idle gaps; other actors and sources kept apart', async () => {
    const window = simulatedJournal();
    const every = (
      from: string,
      to: string,
      stepMs: number,
      work: Parameters<SimulatedJournal['signal']>[1],
    ) => {
      for (let t = time(from); t <= time(to); t += stepMs) window.signal(t, work);
    };
    every('09:00', '09:20', 5000, {
      file: 'src/a.ts',
      language: 'typescript',
      branch: 'feature/ABC-1-login',
    });
    // Reading the file being edited continues the edit.
    every('09:20:02', '09:25', 5000, {
      file: 'src/a.ts',
      language: 'typescript',
      branch: 'feature/ABC-1-login',
      kind: 'read',
    });
    // A 3-minute pause (under the idle time) counts to the work before it.
    every('09:28', '09:40', 5000, {
      file: 'README.md',
      language: 'markdown',
      branch: 'feature/ABC-1-login',
      kind: 'read',
    });
    await window.tick(time('09:40'));
    // 20 minutes away (over the 10-minute idle time): the spans split.
    every('10:00', '10:10', 5000, { kind: 'terminal', detail: 'npm' });
    every('10:02', '10:08', 5000, { actor: 'agent', file: 'src/b.ts' });
    // Chatting in another extension's view while the terminal command runs: the work begun last holds the time.
    every('10:05', '10:06', 5000, { kind: 'chat', source: 'acme.chat' });
    const spans = await window.journal.spans(new Date(time('00:00')), new Date(time('23:59')));
    const brief = spans.map((s) => [
      new Date(s.start).toTimeString().slice(0, 8),
      new Date(s.end).toTimeString().slice(0, 8),
      s.actor,
      s.kind,
      s.file ?? s.detail ?? s.source,
    ]);
    assert.deepEqual(brief, [
      ['09:00:00', '09:28:00', 'person', 'edit', 'src/a.ts'],
      ['09:28:00', '09:40:00', 'person', 'read', 'README.md'],
      ['10:00:00', '10:05:00', 'person', 'terminal', 'npm'],
      ['10:02:00', '10:08:00', 'agent', 'edit', 'src/b.ts'],
      ['10:05:00', '10:06:00', 'person', 'chat', 'acme.chat'],
      ['10:06:00', '10:10:00', 'person', 'terminal', 'npm'],
    ]);
    // Written or not yet, the same spans: flushing changes nothing.
    await window.journal.flush();
    assert.deepEqual(await window.journal.spans(new Date(time('00:00')), new Date(time('23:59'))), spans);
    // Clipped to the range asked.
    const clipped = await window.journal.spans(new Date(time('09:10')), new Date(time('09:30')));
    assert.deepEqual(
      clipped.map((s) => [s.start, s.end]),
      [
        [time('09:10'), time('09:28')],
        [time('09:28'), time('09:30')],
      ],
    );
  });

  test('work going on at once in one window: the one begun last holds the time while it goes on', async () => {
    const window = simulatedJournal();
    // Typing all along; a test run in the terminal from 09:10 to 09:15 (the listeners signal it every second).
    for (let t = time('09:00'); t <= time('09:20'); t += 1000) {
      window.signal(t, { file: 'a.ts' });
      if (t >= time('09:10') && t <= time('09:15')) window.signal(t, { kind: 'terminal', detail: 'npm' });
      if ((t - time('09:00')) % WRITE_INTERVAL_MS === 0) await window.tick(t);
    }
    await window.journal.flush();
    const spans = await window.journal.spans(new Date(time('00:00')), new Date(time('23:59')));
    assert.deepEqual(
      spans.map((s) => [s.kind, s.start, s.end]),
      [
        ['edit', time('09:00'), time('09:10')],
        ['terminal', time('09:10'), time('09:15')],
        ['edit', time('09:15'), time('09:20')],
      ],
    );
  });

  test("read with records: every window's records, overlapping, written or not; the spans as `spans` gives them", async () => {
    const windowA = simulatedJournal();
    const windowB = simulatedJournal(windowA.directory);
    // Window A edits a.ts 09:00–09:20 (written); window B edits b.ts 09:05–09:10 and keeps it in memory; an agent in
    // window A edits c.ts and d.ts at once, 09:30–09:32, still in memory too.
    for (let t = time('09:00'); t <= time('09:20'); t += 10_000) windowA.signal(t, { file: 'a.ts' });
    await windowA.journal.flush();
    for (let t = time('09:05'); t <= time('09:10'); t += 10_000) windowB.signal(t, { file: 'b.ts' });
    for (let t = time('09:30'); t <= time('09:32'); t += 10_000) {
      windowA.signal(t, { actor: 'agent', kind: 'agent', file: 'c.ts' });
      windowA.signal(t, { actor: 'agent', kind: 'agent', file: 'd.ts' });
    }
    const range = [new Date(time('09:02')), new Date(time('23:59'))] as const;
    const reading = await windowB.journal[readWithRecords](...range);
    assert.deepEqual(reading.spans, await windowB.journal.spans(...range));
    assert.deepEqual(
      reading.spans.map((s) => s.file),
      ['a.ts', 'b.ts', 'a.ts'],
      "window B reads window A's written record and its own unwritten one",
    );
    const readingA = await windowA.journal[readWithRecords](...range);
    assert.deepEqual(
      readingA.records.map((r) => [r.actor, r.file, r.start, r.end]),
      [
        ['person', 'a.ts', time('09:00'), time('09:20')],
        ['agent', 'c.ts', time('09:30'), time('09:32')],
        ['agent', 'd.ts', time('09:30'), time('09:32')],
      ],
      'window A reads its written record whole (it touches the range), and its unwritten ones',
    );
    assert.deepEqual(
      readingA.spans.filter((s) => s.actor === 'agent').map((s) => [s.file, s.start, s.end]),
      [['d.ts', time('09:30'), time('09:32')]],
      "the agents' one timeline gives the time to one file",
    );
  });

  test('spans read during a write include what is being written', async () => {
    const window = simulatedJournal();
    for (let t = time('09:00'); t <= time('09:05'); t += 10_000) window.signal(t, { file: 'a.ts' });
    let open: () => void = () => undefined;
    window.gate = new Promise((resolve) => (open = resolve));
    window.journal.tick(); // the write starts and waits at the gate: a.ts is neither in memory nor in the file
    const day = [new Date(time('00:00')), new Date(time('23:59'))] as const;
    const during = await window.journal.spans(...day);
    assert.deepEqual(
      during.map((s) => [s.file, s.start, s.end]),
      [['a.ts', time('09:00'), time('09:05')]],
    );
    open();
    await window.journal.settled();
    assert.deepEqual(await window.journal.spans(...day), during);
  });

  test('onDidCloseSpan fires when the context changes and after the idle time, with the span that closed', async () => {
    const window = simulatedJournal();
    for (let t = time('09:00'); t <= time('09:10'); t += 10_000) window.signal(t, { file: 'a.ts' });
    assert.deepEqual(window.closed, []);
    window.signal(time('09:11'), { file: 'b.ts' });
    window.signal(time('09:12'), { file: 'b.ts' });
    assert.deepEqual(window.closed, [
      {
        start: time('09:00'),
        end: time('09:11'),
        kind: 'edit',
        actor: 'person',
        source: OWN,
        folder: 'acme',
        file: 'a.ts',
      },
    ]);
    await window.tick(time('09:21'));
    assert.equal(window.closed.length, 1, 'not idle yet');
    await window.tick(time('09:22:30'));
    assert.deepEqual(window.closed[1], {
      start: time('09:11'),
      end: time('09:12'),
      kind: 'edit',
      actor: 'person',
      source: OWN,
      folder: 'acme',
      file: 'b.ts',
    });
  });
});

suite('journal: robustness', () => {
  test('a torn last line and a broken line are skipped with a log line; the rest of the file is read', async () => {
    const window = simulatedJournal();
    for (let t = time('09:00'); t <= time('09:30'); t += 10_000) window.signal(t, { file: 'a.ts' });
    await window.journal.flush();
    // Another window crashed in the middle of a line, after one good line and one that is not JSON.
    const crashed = path.join(window.directory, '2024-05-02', 'crashed-1-x.jsonl');
    await fs.writeFile(
      crashed,
      '{"format":"timekeeper-journal","version":1}\n' +
        `{"start":${time('10:00')},"end":${time('10:20')},"kind":"debug","detail":"node"}\n` +
        'not json\n' +
        `{"start":${time('10:20')},"end":`,
    );
    const spans = await window.journal.spans(new Date(time('00:00')), new Date(time('23:59')));
    assert.deepEqual(
      spans.map((s) => [s.kind, s.start, s.end]),
      [
        ['edit', time('09:00'), time('09:30')],
        ['debug', time('10:00'), time('10:20')],
      ],
    );
    assert.deepEqual(window.logs, [
      'Journal 2024-05-02/crashed-1-x.jsonl: skipped line 3 (not JSON).',
      'Journal 2024-05-02/crashed-1-x.jsonl: skipped an unfinished last line (a window is writing it, or one stopped while writing).',
    ]);
    assert.deepEqual(window.errors, []);
  });

  test('a file of a later format is skipped with a log line, not misread', async () => {
    const window = simulatedJournal();
    await fs.mkdir(path.join(window.directory, '2024-05-02'), { recursive: true });
    await fs.writeFile(
      path.join(window.directory, '2024-05-02', 'future-1-x.jsonl'),
      '{"format":"timekeeper-journal","version":2}\n{"begin":"09:00"}\n',
    );
    assert.deepEqual(await window.journal.spans(new Date(time('00:00')), new Date(time('23:59'))), []);
    assert.deepEqual(window.logs, [
      'Journal 2024-05-02/future-1-x.jsonl: written by a later Timekeeper (format 2); skipped.',
    ]);
  });

  test('a file where the folder should be: a clear error, nothing lost once the setting is fixed', async () => {
    const window = simulatedJournal();
    const good = window.directory;
    window.directory = path.join(path.dirname(good), 'utt.log');
    await fs.writeFile(window.directory, '2024-05-02 09:00 hello\n');
    for (let t = time('09:00'); t <= time('09:10'); t += 10_000) window.signal(t, { file: 'a.ts' });
    const expected =
      `Timekeeper cannot use the journal folder ${window.directory}: a file stands where a folder should be. ` +
      'Set timekeeper.journal.directory to a folder you can write to (empty: beside the timesheet).';
    await assert.rejects(window.journal.flush(), { message: expected });
    await assert.rejects(window.journal.spans(new Date(time('00:00')), new Date(time('23:59'))), {
      message: expected,
    });
    // The background write reports it the same way, and never throws into the window.
    window.signal(time('09:11'), { file: 'a.ts' });
    await window.tick(time('09:12'));
    assert.deepEqual(window.errors, [expected]);
    assert.equal(
      await fs.readFile(window.directory, 'utf8'),
      '2024-05-02 09:00 hello\n',
      'the timesheet untouched',
    );
    window.directory = good;
    await window.journal.flush();
    const spans = await window.journal.spans(new Date(time('00:00')), new Date(time('23:59')));
    assert.deepEqual(
      spans.map((s) => [s.file, s.start, s.end]),
      [['a.ts', time('09:00'), time('09:11')]],
    );
  });

  test('a journal folder deleted while the window runs is made again at the next write', async () => {
    const window = simulatedJournal();
    window.signal(time('09:00'), { file: 'a.ts' });
    await window.journal.flush();
    await fs.rm(window.directory, { recursive: true });
    window.signal(time('09:01'), { file: 'a.ts' });
    await window.journal.flush();
    window.signal(time('09:02'), { file: 'a.ts' });
    window.journal.dispose();
    assert.deepEqual(await journalLines(window), [
      { format: 'timekeeper-journal', version: 1 },
      { start: time('09:00'), end: time('09:01'), kind: 'edit', folder: 'acme', file: 'a.ts' },
      { start: time('09:01'), end: time('09:02'), kind: 'edit', folder: 'acme', file: 'a.ts' },
    ]);
    assert.deepEqual(window.errors, []);
  });

  test('a folder without write permission: a clear error naming it', async () => {
    const window = simulatedJournal();
    await fs.mkdir(window.directory, { recursive: true });
    await fs.chmod(window.directory, 0o500);
    // Root writes anywhere: as root (how CI runs), the write is made as the user nobody, for whom the folder (and
    // the temporary folder above it, opened to others for the test) is not writable.
    const root = process.getuid?.() === 0;
    if (root) await fs.chmod(path.dirname(window.directory), 0o755);
    window.signal(time('09:00'), { file: 'a.ts' });
    if (root) process.seteuid?.('nobody');
    try {
      await assert.rejects(window.journal.flush(), {
        message:
          `Timekeeper cannot write to the journal folder ${window.directory}: permission denied. ` +
          'Set timekeeper.journal.directory to a folder you can write to (empty: beside the timesheet).',
      });
    } finally {
      if (root) process.seteuid?.(0);
      await fs.chmod(window.directory, 0o700);
    }
  });

  test('the folder: beside the timesheet unless the setting names one (~ expands, relative to the timesheet)', () => {
    const timesheet = path.join('/data', 'utt', 'utt.log');
    assert.equal(journalDirectory('', timesheet, '/home/ann'), path.join('/data', 'utt', '.utt.log.journal'));
    assert.equal(
      journalDirectory('  ', timesheet, '/home/ann'),
      path.join('/data', 'utt', '.utt.log.journal'),
    );
    assert.equal(journalDirectory('~/journal', timesheet, '/home/ann'), path.join('/home/ann', 'journal'));
    assert.equal(journalDirectory('journal', timesheet, '/home/ann'), path.join('/data', 'utt', 'journal'));
    assert.equal(journalDirectory('/var/tk', timesheet, '/home/ann'), path.join('/var/tk'));
  });

  test('retention deletes old day folders at start, and nothing else', async () => {
    const directory = path.join(path.dirname(simulatedJournal().directory), 'shared');
    const make = async (name: string, files: string[]) => {
      await fs.mkdir(path.join(directory, name), { recursive: true });
      for (const file of files) await fs.writeFile(path.join(directory, name, file), '{}\n');
    };
    await make('2024-03-01', ['a-1-x.jsonl', 'b-2-y.jsonl']);
    await make('2024-04-01', ['a-1-x.jsonl']); // 31 days before: kept with 31 days of retention
    await make('2024-03-02', ['a-1-x.jsonl', 'notes.txt']); // something else lives there: the folder stays
    await make('old-stuff', ['a.jsonl']);
    await fs.writeFile(path.join(directory, 'utt.log'), '2024-03-01 09:00 hello\n');
    const window = simulatedJournal(directory, time('10:00'), { retentionDays: 31 });
    await window.journal.settled();
    assert.deepEqual((await fs.readdir(directory)).sort(), [
      '2024-03-02',
      '2024-04-01',
      'old-stuff',
      'utt.log',
    ]);
    assert.deepEqual(await fs.readdir(path.join(directory, '2024-03-02')), ['notes.txt']);
    assert.deepEqual(window.logs, ['Journal: deleted 1 day folders older than 31 days.']);
    // A clock replayed far into the future deletes by the real date, not by the replayed one.
    const future = simulatedJournal(directory, at('2999-01-01 10:00'), { retentionDays: 31 });
    await future.journal.settled();
    assert.deepEqual((await fs.readdir(directory)).sort(), ['2024-03-02', 'old-stuff', 'utt.log']);
    const today = path.join(directory, dayFolderName(Date.now()));
    await fs.mkdir(today);
    const again = simulatedJournal(directory, at('2999-01-01 10:00'), { retentionDays: 31 });
    await again.journal.settled();
    assert.ok((await fs.readdir(directory)).includes(path.basename(today)), 'today kept');
  });

  test('turned off, nothing is journaled; shutdown writes what is pending at once', async () => {
    const off = simulatedJournal(undefined, time('09:00'), { enabled: false });
    for (let t = time('09:00'); t <= time('09:10'); t += 10_000) off.signal(t, { file: 'a.ts' });
    off.journal.dispose();
    await assert.rejects(fs.stat(off.directory), { code: 'ENOENT' });

    const on = simulatedJournal();
    for (let t = time('09:00'); t <= time('09:10'); t += 10_000) on.signal(t, { file: 'a.ts' });
    on.journal.dispose(); // synchronous: the extension host does not wait for a promise when it stops
    assert.deepEqual((await journalLines(on)).slice(1), [
      { start: time('09:00'), end: time('09:10'), kind: 'edit', folder: 'acme', file: 'a.ts' },
    ]);
  });

  test('a malformed signal or range is refused with what is wrong', async () => {
    const window = simulatedJournal();
    const record = (signal: object) => () => window.journal.record(signal as never);
    const base = { time: time('09:00'), kind: 'edit', actor: 'person', source: OWN };
    assert.throws(record({ ...base, kind: 'typing' }), {
      message:
        'Journal.record: kind must be one of edit, read, terminal, debug, task, agent, chat, other; got "typing".',
    });
    assert.throws(record({ ...base, time: Number.NaN }), {
      message: 'Journal.record: time must be epoch milliseconds from the Now component, got NaN.',
    });
    assert.throws(record({ ...base, actor: 'robot' }), {
      message: `Journal.record: actor must be 'person' or 'agent', got "robot".`,
    });
    assert.throws(record({ ...base, source: '' }), {
      message: 'Journal.record: source must be the id of the extension that saw the work.',
    });
    assert.throws(record({ ...base, file: 42 }), {
      message: 'Journal.record: file must be a string when given, got number.',
    });
    await assert.rejects(window.journal.spans(new Date(time('10:00')), new Date(time('09:00'))), {
      message: `Journal.spans: expected two valid Dates, the first not after the second; got ${String(
        new Date(time('10:00')),
      )} and ${String(new Date(time('09:00')))}.`,
    });
  });
});
