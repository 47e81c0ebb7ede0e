// What the journal saw during one activity: pure, with spans and records written by hand on a minute scale.
import * as assert from 'node:assert/strict';
import type { Span } from '../../../src/api';
import type { JournalReading } from '../../../src/journal/journalReading';
import { spansOf } from '../../../src/journal/timeline';
import { signalSummary, type Stretch } from '../../../src/ledger/signalSummary';

const MINUTE = 60_000;
const IDLE = 10 * MINUTE;
const at = (minute: number) => new Date(Date.UTC(2024, 5, 3, 9) + minute * MINUTE);
const span = (start: number, end: number, work: Partial<Span> = {}): Span => ({
  start: at(start).getTime(),
  end: at(end).getTime(),
  kind: 'edit',
  actor: 'person',
  source: 'timekeeper.vscode-timekeeper',
  folder: 'acme',
  ...work,
});
/** The stretch from minute `start` to minute `end`, counted by the report as its length. */
const stretch = (start: number, end: number) => ({
  start: at(start),
  end: at(end),
  duration: (end - start) * MINUTE,
});
/** The summary as a journal that gives spans alone (a plugin's) yields it: its spans stand for its records. */
const summaryOf = (spans: readonly Span[], during: Stretch, idleAfter: number) =>
  signalSummary({ spans, records: spans }, during, idleAfter);
const minutes = (rows: readonly { key: string; person: number; agent: number }[]) =>
  rows.map((row) => `${row.key} ${row.person / MINUTE}+${row.agent / MINUTE}`);

suite('ledger: the signals of a stretch', () => {
  test('person time clipped to the stretch; unobserved is the rest; agents beside it', () => {
    const summary = summaryOf(
      [
        span(-30, 20, { file: 'a.ts', language: 'typescript' }), // began before the stretch
        span(20, 50, { file: 'b.md', language: 'markdown' }),
        span(30, 80, { actor: 'agent', kind: 'agent', file: 'c.ts', language: 'typescript' }), // ends after
        span(95, 120, { file: 'a.ts', language: 'typescript' }), // ends after
      ],
      stretch(0, 90),
      IDLE,
    );
    assert.equal(summary.person, 50 * MINUTE);
    assert.equal(summary.unobserved, 40 * MINUTE);
    assert.equal(summary.agent, 50 * MINUTE);
    assert.equal(summary.filesEdited, 2);
    assert.equal(summary.filesEditedByAgents, 1);
    assert.deepEqual(minutes(summary.languages), ['typescript 20+50', 'markdown 30+0']);
    assert.deepEqual(summary.idle, [{ from: at(50), to: at(90) }]);
  });

  test('idle: gaps longer than the idle time, the edges included; shorter gaps and exactly the idle time are not', () => {
    const summary = summaryOf(
      [span(15, 20), span(30, 40), span(51, 60)], // gaps: 0-15, 20-30 (exactly 10), 40-51, 60-70
      stretch(0, 70),
      IDLE,
    );
    assert.deepEqual(summary.idle, [
      { from: at(0), to: at(15) },
      { from: at(40), to: at(51) },
    ]);
    assert.equal(summary.person, 24 * MINUTE);
    assert.equal(summary.unobserved, 46 * MINUTE);
  });

  test("an agent's spans are never the person's presence, and never end an idle stretch", () => {
    const summary = summaryOf(
      [span(0, 60, { actor: 'agent', kind: 'agent', file: 'x.ts' })],
      stretch(0, 60),
      IDLE,
    );
    assert.equal(summary.person, 0);
    assert.equal(summary.agent, 60 * MINUTE);
    assert.equal(summary.unobserved, 60 * MINUTE);
    assert.deepEqual(summary.idle, [{ from: at(0), to: at(60) }]);
    assert.equal(summary.filesEdited, 0);
    assert.equal(summary.filesEditedByAgents, 1);
  });

  test('an idle time of Infinity lists no idle stretch (a journal that was not watching)', () => {
    assert.deepEqual(summaryOf([], stretch(0, 60), Number.POSITIVE_INFINITY).idle, []);
  });

  test('overlapping person spans (a plugin journal) count each minute once', () => {
    const summary = summaryOf([span(0, 40), span(20, 50), span(25, 30)], stretch(0, 60), IDLE);
    assert.equal(summary.person, 50 * MINUTE);
    assert.equal(summary.unobserved, 10 * MINUTE);
  });

  test('person + unobserved = duration even when the wall-clock duration is shorter (daylight saving)', () => {
    // The report counts 60 minutes of wall time for a stretch that lasted 120 real minutes.
    const summary = summaryOf([span(0, 120)], { ...stretch(0, 120), duration: 60 * MINUTE }, IDLE);
    assert.equal(summary.person, 60 * MINUTE);
    assert.equal(summary.unobserved, 0);
  });

  test('distinct files per workspace folder; reads are not edits', () => {
    const summary = summaryOf(
      [
        span(0, 5, { file: 'src/a.ts' }),
        span(5, 10, { file: 'src/a.ts', folder: 'globex' }),
        span(10, 15, { file: 'src/a.ts' }),
        span(15, 20, { kind: 'read', file: 'README.md' }),
        span(20, 25, { actor: 'agent', kind: 'edit', file: 'src/a.ts' }),
      ],
      stretch(0, 30),
      IDLE,
    );
    assert.equal(summary.filesEdited, 2);
    assert.equal(summary.filesEditedByAgents, 1);
  });

  test('branches, and terminal programs, tasks and debug sessions as commands, largest first then by key', () => {
    const summary = summaryOf(
      [
        span(0, 10, { branch: 'feature/ABC-123-login' }),
        span(10, 15, { kind: 'terminal', detail: 'npm', branch: 'feature/ABC-123-login' }),
        span(15, 20, { kind: 'terminal', detail: 'git', branch: 'main' }),
        span(20, 22, { kind: 'task', detail: 'build' }),
        span(22, 24, { kind: 'debug', detail: 'node' }),
        span(24, 25, { kind: 'terminal' }),
        span(25, 30, { kind: 'chat', detail: 'review chat' }),
        span(30, 35, { actor: 'agent', kind: 'terminal', detail: 'npm' }),
      ],
      stretch(0, 40),
      IDLE,
    );
    assert.deepEqual(minutes(summary.branches), ['feature/ABC-123-login 15+0', 'main 5+0']);
    assert.deepEqual(minutes(summary.commands), [
      'terminal: npm 5+5',
      'terminal: git 5+0',
      'debug: node 2+0',
      'task: build 2+0',
      'terminal 1+0',
    ]);
  });

  test('spans outside the stretch, or only touching it, count nowhere', () => {
    const summary = summaryOf(
      [
        span(-20, 0, { file: 'before.ts', language: 'go' }),
        span(60, 70, { file: 'after.ts', language: 'go' }),
      ],
      stretch(0, 60),
      IDLE,
    );
    assert.equal(summary.person, 0);
    assert.equal(summary.filesEdited, 0);
    assert.deepEqual(summary.languages, []);
  });
});

/** What the journal reads from `records` over the range from minute `from` to minute `to`: spans, and the records. */
const readingOf = (records: readonly Span[], from: number, to: number): JournalReading => ({
  spans: spansOf(records, IDLE, at(from).getTime(), at(to).getTime()),
  records,
});

suite('ledger: files edited at once', () => {
  const agent = { actor: 'agent', kind: 'agent' } as const;

  test("an agent editing two files at once: both count, the agents' time once", () => {
    // One multi-file edit (same times: b.ts, begun last, holds the time); after a pause longer than the idle time, d.ts
    // with a shorter edit of c.ts begun inside it (c.ts holds its five minutes).
    const records = [
      span(10, 20, { ...agent, file: 'a.ts' }),
      span(10, 20, { ...agent, file: 'b.ts' }),
      span(35, 50, { ...agent, file: 'd.ts' }),
      span(40, 45, { ...agent, file: 'c.ts' }),
    ];
    const reading = readingOf(records, -60, 120);
    const summary = signalSummary(reading, stretch(0, 60), IDLE);
    assert.equal(summary.filesEditedByAgents, 4);
    assert.equal(summary.filesEdited, 0);
    // The time is the one timeline's: 10 + 15 minutes, exactly what the spans alone give.
    assert.equal(summary.agent, 25 * MINUTE);
    assert.equal(summary.agent, summaryOf(reading.spans, stretch(0, 60), IDLE).agent);
    // The spans alone miss a.ts, which never held the time.
    assert.equal(summaryOf(reading.spans, stretch(0, 60), IDLE).filesEditedByAgents, 3);
  });

  test("the person in two windows on two files: both count, the person's time once", () => {
    // Window A edits a.ts all along; window B edits b.ts for ten minutes in the middle and holds that time.
    const records = [span(0, 40, { file: 'a.ts' }), span(15, 25, { file: 'b.ts', folder: 'globex' })];
    const reading = readingOf(records, -60, 120);
    const summary = signalSummary(reading, stretch(0, 60), IDLE);
    assert.equal(summary.filesEdited, 2);
    assert.equal(summary.person, 40 * MINUTE);
    assert.deepEqual(summary.idle, [{ from: at(40), to: at(60) }]);
    assert.equal(summary.person, summaryOf(reading.spans, stretch(0, 60), IDLE).person);
    // The other window's file held no time of its own at the same times: the spans alone see one file.
    const sameTimes = readingOf([span(0, 40, { file: 'a.ts' }), span(0, 40, { file: 'b.ts' })], -60, 120);
    assert.deepEqual(
      [signalSummary(sameTimes, stretch(0, 60), IDLE).filesEdited, sameTimes.spans.length],
      [2, 1],
    );
    assert.equal(signalSummary(sameTimes, stretch(0, 60), IDLE).person, 40 * MINUTE);
  });

  test('records outside the part, or ending where it begins, count nowhere; nor time bridged into it', () => {
    const records = [
      span(-30, -20, { file: 'long-before.ts' }),
      // Ends where the part begins; its span runs on into the part across the 3-minute gap, but no edit is there.
      span(-10, 0, { file: 'bridged.ts' }),
      span(3, 10, { file: 'inside.ts' }),
      span(60, 70, { file: 'after.ts' }),
      span(60, 60, { ...agent, file: 'at-the-end.ts' }),
    ];
    const summary = signalSummary(readingOf(records, -60, 120), stretch(0, 60), IDLE);
    assert.equal(summary.filesEdited, 1);
    assert.equal(summary.filesEditedByAgents, 0);
    assert.equal(summary.person, 10 * MINUTE);
  });

  test('a record of one signal inside the part counts, also at its start; reads are not edits', () => {
    const records = [
      span(10, 30, { file: 'a.ts' }),
      span(20, 20, { file: 'one-keystroke.ts' }),
      span(0, 0, { ...agent, file: 'first-moment.ts' }),
      span(25, 25, { kind: 'read', file: 'README.md' }),
    ];
    const reading = readingOf(records, -60, 120);
    const summary = signalSummary(reading, stretch(0, 60), IDLE);
    assert.deepEqual([summary.filesEdited, summary.filesEditedByAgents], [2, 1]);
    assert.deepEqual([summary.person, summary.agent], [20 * MINUTE, 0]);
  });
});
