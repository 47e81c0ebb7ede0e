// How records of several windows and actors become spans: pure, with records written by hand.
import * as assert from 'node:assert/strict';
import type { Span } from '../../../src/journal/signal';
import { spansOf } from '../../../src/journal/timeline';
import { MINUTE, OWN } from './harness';

const IDLE = 10 * MINUTE;
const m = (minutes: number) => minutes * MINUTE;
const record = (start: number, end: number, work: Partial<Span> = {}): Span => ({
  start: m(start),
  end: m(end),
  kind: 'edit',
  actor: 'person',
  source: OWN,
  folder: 'acme',
  ...work,
});
const brief = (spans: readonly Span[]) =>
  spans.map((s) =>
    `${s.start / MINUTE}-${s.end / MINUTE} ${s.actor} ${s.kind} ${s.file ?? s.detail ?? ''}`.trim(),
  );

suite('journal: records into spans', () => {
  test('two windows at once: the work begun last holds the time, then the time returns', () => {
    // The person edits a.ts in window A, spends a minute and a half in window B, and comes back. A's record goes on
    // over so short a pause, so A wrote it in minute pieces, one of them across the time in B.
    const windowA = [
      ...Array.from({ length: 20 }, (_, i) => record(i, i + 1, { file: 'a.ts' })),
      record(20, 22, { file: 'a.ts' }),
      ...Array.from({ length: 38 }, (_, i) => record(22 + i, 23 + i, { file: 'a.ts' })),
    ];
    const windowB = [record(20, 21.5, { file: 'b.ts' })];
    const expected = ['0-20 person edit a.ts', '20-21.5 person edit b.ts', '21.5-60 person edit a.ts'];
    assert.deepEqual(brief(spansOf([...windowA, ...windowB], IDLE, 0, Infinity)), expected);
    // Whatever the order the files were read in.
    assert.deepEqual(brief(spansOf([...windowB, ...windowA.reverse()], IDLE, 0, Infinity)), expected);
    // A record that began later inside another holds the time while it lasts, even with no common piece start.
    assert.deepEqual(
      brief(spansOf([record(0, 60, { file: 'a.ts' }), record(30, 40, { kind: 'debug' })], IDLE, 0, Infinity)),
      ['0-30 person edit a.ts', '30-40 person debug', '40-60 person edit a.ts'],
    );
  });

  test('gaps up to the idle time count to the work before them; longer ones split', () => {
    const records = [
      record(0, 10, { file: 'a.ts' }),
      record(15, 20, { file: 'a.ts' }), // 5 minutes of thinking: still a.ts
      record(29, 30, { file: 'b.ts' }), // 9 minutes: a.ts until b.ts starts
      record(41, 50, { file: 'b.ts' }), // 11 minutes: idle, a new span
      record(55, 55, { kind: 'terminal', detail: 'npm' }), // a lone signal, then 4 minutes: the terminal's
      record(59, 62, { file: 'b.ts' }),
      record(80, 80, { file: 'c.ts' }), // a lone signal followed by nothing: no time
    ];
    assert.deepEqual(brief(spansOf(records, IDLE, 0, Infinity)), [
      '0-29 person edit a.ts',
      '29-30 person edit b.ts',
      '41-55 person edit b.ts',
      '55-59 person terminal npm',
      '59-62 person edit b.ts',
    ]);
  });

  test("an agent's records form their own timeline beside the person's, idle split alike", () => {
    const records = [
      record(0, 30, { file: 'a.ts' }),
      record(10, 20, { actor: 'agent', file: 'b.ts' }),
      record(15, 40, { actor: 'agent', file: 'c.ts' }),
      record(60, 70, { actor: 'agent', file: 'c.ts' }),
    ];
    assert.deepEqual(brief(spansOf(records, IDLE, 0, Infinity)), [
      '0-30 person edit a.ts',
      '10-15 agent edit b.ts',
      '15-40 agent edit c.ts',
      '60-70 agent edit c.ts',
    ]);
  });

  test('clipped to the range, the same work joined across pieces and windows', () => {
    const records = [
      record(0, 30, { file: 'a.ts' }),
      record(30, 45, { file: 'a.ts' }), // another window, the same work: one span
      record(45, 50, { file: 'a.ts', branch: 'main' }),
    ];
    assert.deepEqual(brief(spansOf(records, IDLE, m(10), m(48))), [
      '10-45 person edit a.ts',
      '45-48 person edit a.ts',
    ]);
    assert.equal(spansOf(records, IDLE, m(10), m(48))[1]?.branch, 'main');
    // A record read twice (from its file and from memory while it was being written) counts once.
    assert.deepEqual(
      spansOf([...records, ...records], IDLE, 0, Infinity),
      spansOf(records, IDLE, 0, Infinity),
    );
  });
});
