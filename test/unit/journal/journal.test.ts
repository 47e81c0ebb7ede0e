// The journal of one window on a real folder: coalescing, batched writes, the file format, spans, closing events.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { WRITE_INTERVAL_MS } from '../../../src/journal/journal';
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
  test('the same context within 30 s is one line per write; writes wait for the interval, then cover it all', async () => {
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
    // One line per 30 s at most: 20 intervals in ten minutes, the last piece is still in memory.
    assert.ok(records.length <= 21, `${records.length} lines`);
    assert.deepEqual(records[0], {
      start: start,
      end: start,
      kind: 'edit',
      folder: 'acme',
      language: 'typescript',
      file: 'src/a.ts',
    });
    // Pieces are contiguous: each starts where the one before ended.
    for (let i = 1; i < records.length; i++) {
      assert.equal(records[i]?.start, records[i - 1]?.end);
      assert.ok((records[i]?.end ?? 0) - (records[i]?.start ?? 0) <= WRITE_INTERVAL_MS);
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
