// What the journal saw during one activity: pure, with spans written by hand on a minute scale.
import * as assert from 'node:assert/strict';
import type { Span } from '../../../src/api';
import { signalSummary } from '../../../src/ledger/signalSummary';

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
const minutes = (rows: readonly { key: string; person: number; agent: number }[]) =>
  rows.map((row) => `${row.key} ${row.person / MINUTE}+${row.agent / MINUTE}`);

suite('ledger: the signals of a stretch', () => {
  test('person time clipped to the stretch; unobserved is the rest; agents beside it', () => {
    const summary = signalSummary(
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
    const summary = signalSummary(
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
    const summary = signalSummary(
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
    assert.deepEqual(signalSummary([], stretch(0, 60), Number.POSITIVE_INFINITY).idle, []);
  });

  test('overlapping person spans (a plugin journal) count each minute once', () => {
    const summary = signalSummary([span(0, 40), span(20, 50), span(25, 30)], stretch(0, 60), IDLE);
    assert.equal(summary.person, 50 * MINUTE);
    assert.equal(summary.unobserved, 10 * MINUTE);
  });

  test('person + unobserved = duration even when the wall-clock duration is shorter (daylight saving)', () => {
    // The report counts 60 minutes of wall time for a stretch that lasted 120 real minutes.
    const summary = signalSummary([span(0, 120)], { ...stretch(0, 120), duration: 60 * MINUTE }, IDLE);
    assert.equal(summary.person, 60 * MINUTE);
    assert.equal(summary.unobserved, 0);
  });

  test('distinct files per workspace folder; reads are not edits', () => {
    const summary = signalSummary(
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
    const summary = signalSummary(
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
    const summary = signalSummary(
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
