// Where a range's journaled time went: pure, with spans written by hand on a minute scale.
import * as assert from 'node:assert/strict';
import type { Span } from '../../../src/api';
import { breakdownOf } from '../../../src/ledger/breakdown';

const MINUTE = 60_000;
const at = (minute: number) => new Date(Date.UTC(2024, 5, 3, 9) + minute * MINUTE);
const span = (start: number, end: number, work: Partial<Span> = {}): Span => ({
  start: at(start).getTime(),
  end: at(end).getTime(),
  kind: 'edit',
  actor: 'person',
  source: 'timekeeper.vscode-timekeeper',
  ...work,
});
const minutes = (rows: readonly { key: string; person: number; agent: number; ticket?: string }[]) =>
  rows.map(
    (row) => `${row.key} ${row.person / MINUTE}+${row.agent / MINUTE}${row.ticket ? ` [${row.ticket}]` : ''}`,
  );

const SPANS: readonly Span[] = [
  span(0, 30, {
    folder: 'acme',
    branch: 'feature/ABC-123-login',
    language: 'typescript',
    file: 'src/login.ts',
  }),
  span(30, 40, { folder: 'acme', branch: 'main', language: 'markdown', file: 'README.md' }),
  span(40, 50, { folder: 'acme', kind: 'terminal', detail: 'npm', branch: 'fix/flaky_tests' }),
  span(50, 60, { kind: 'chat', source: 'acme.ai-chat' }),
  span(20, 45, {
    actor: 'agent',
    kind: 'agent',
    folder: 'globex',
    branch: 'feature/ABC-123-login',
    language: 'typescript',
    file: 'src/login.ts',
  }),
];

suite('ledger: breakdowns of a range', () => {
  const range = { from: at(0), to: at(60) };

  test('totals of the person and of agents, rows by language with (none) for spans without one', () => {
    const breakdown = breakdownOf(SPANS, range, at(600));
    assert.equal(breakdown.range, range);
    assert.equal(breakdown.person, 60 * MINUTE);
    assert.equal(breakdown.agent, 25 * MINUTE);
    assert.deepEqual(minutes(breakdown.languages), ['typescript 30+25', '(none) 20+0', 'markdown 10+0']);
  });

  test('branches carry the task they name; mainline branches and (none) carry none', () => {
    assert.deepEqual(minutes(breakdownOf(SPANS, range, at(600)).branches), [
      'feature/ABC-123-login 30+25 [ABC-123 login]',
      '(none) 10+0',
      'fix/flaky_tests 10+0 [flaky tests]',
      'main 10+0',
    ]);
  });

  test("files named with their workspace folder (two folders' same path differ); folders", () => {
    const breakdown = breakdownOf(SPANS, range, at(600));
    assert.deepEqual(minutes(breakdown.files), [
      'acme/src/login.ts 30+0',
      'globex/src/login.ts 0+25',
      '(none) 20+0',
      'acme/README.md 10+0',
    ]);
    assert.deepEqual(minutes(breakdown.folders), ['acme 50+0', 'globex 0+25', '(none) 10+0']);
  });

  test('clipped to the range and to now', () => {
    const breakdown = breakdownOf(SPANS, { from: at(25), to: at(600) }, at(35));
    assert.equal(breakdown.person, 10 * MINUTE);
    assert.equal(breakdown.agent, 10 * MINUTE);
    assert.deepEqual(minutes(breakdown.languages), ['typescript 5+10', 'markdown 5+0']);
  });

  test('no spans: zero totals and empty rows', () => {
    assert.deepEqual(breakdownOf([], range, at(600)), {
      range,
      person: 0,
      agent: 0,
      languages: [],
      branches: [],
      files: [],
      folders: [],
    });
  });
});
