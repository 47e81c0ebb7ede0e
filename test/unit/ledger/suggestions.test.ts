import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { NewEntry, Span, SuggestedEntry } from '../../../src/api';
import { isHelloName } from '../../../src/core/entry';
import { defaultWorkName } from '../../../src/journal/workName';
import { isUncovered, planSuggestions, uncoveredStretches } from '../../../src/ledger/suggestions';

const MINUTE = 60_000;
const IDLE = 10 * MINUTE;
const DAY = '2024-06-03';

/** Local time of the test day (or `YYYY-MM-DD HH:MM[:SS]`). */
function at(time: string): number {
  const [day, clock] = time.includes(' ') ? (time.split(' ') as [string, string]) : [DAY, time];
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const [h, mi, s] = clock.split(':').map(Number) as [number, number, number | undefined];
  return new Date(y, mo - 1, d, h, mi, s ?? 0).getTime();
}

const entry = (time: string, name: string): NewEntry => ({ date: new Date(at(time)), name });

/** The person's edit in a folder, on a branch: named `<folder>: <task>` by the default rule. */
function span(from: string, to: string, branch: string, work: Partial<Span> = {}): Span {
  return {
    start: at(from),
    end: at(to),
    kind: 'edit',
    actor: 'person',
    source: 'own',
    folder: 'acme',
    branch,
    ...work,
  };
}

function suggest(
  entries: readonly NewEntry[],
  spans: readonly Span[],
  from = `${DAY} 00:00`,
  to = `${DAY} 23:59`,
) {
  const stretches = uncoveredStretches(entries, { from: new Date(at(from)), to: new Date(at(to)) });
  return planSuggestions(stretches, spans, (s) => defaultWorkName.name(s), IDLE);
}

const clock = (time: Date) => time.toTimeString().slice(0, 5);
const lines = (entries: readonly SuggestedEntry[]) =>
  entries.map((e) => `${clock(e.start)}-${clock(e.date)} ${e.name} (${e.kind})`);

suite('ledger: suggestions', () => {
  test('rule 1: time after the last entry is proposed; time an entry ends is never', () => {
    const plan = suggest(
      [entry('08:00', 'hello'), entry('09:30', 'acme: done')],
      [span('08:00', '09:30', 'feature/A-1-old'), span('09:30', '10:00', 'feature/A-2-new')],
    );
    assert.deepEqual(lines(plan.entries), ['09:30-10:00 acme: A-2 new (work)']);
  });

  test('rule 1: time before a hello is proposed, starting its own day; before the first entry too', () => {
    const plan = suggest(
      [entry('09:00', 'acme: x'), entry('14:00', 'hello'), entry('15:00', 'acme: y')],
      [span('07:00', '08:00', 'feature/A-1-early'), span('11:00', '12:00', 'feature/A-3-noon')],
    );
    assert.deepEqual(lines(plan.entries), [
      '07:00-07:00 hello (day)',
      '07:00-08:00 acme: A-1 early (work)',
      '11:00-11:00 hello (day)',
      '11:00-12:00 acme: A-3 noon (work)',
    ]);
  });

  test('rule 1: a stretch ending at an entry ends the minute before it', () => {
    const plan = suggest([entry('10:00', 'acme: x')], [span('09:00', '10:00', 'feature/A-1-a')]);
    assert.deepEqual(lines(plan.entries), ['09:00-09:00 hello (day)', '09:00-09:59 acme: A-1 a (work)']);
  });

  test('rule 2: only the person makes time; same names join across small gaps; agents ride along', () => {
    const agent = span('09:10', '09:40', 'feature/A-9-bot', { actor: 'agent', kind: 'agent' });
    const plan = suggest(
      [entry('09:00', 'hello')],
      [span('09:00', '09:20', 'feature/A-1-a'), agent, span('09:25', '09:50', 'feature/A-1-a')],
    );
    assert.deepEqual(lines(plan.entries), ['09:00-09:50 acme: A-1 a (work)']);
    assert.deepEqual(
      plan.entries[0]?.spans.map((s) => `${s.actor} ${clock(new Date(s.start))}-${clock(new Date(s.end))}`),
      ['person 09:00-09:20', 'agent 09:10-09:40', 'person 09:25-09:50'],
    );
  });

  test('rule 2: a piece shorter than a minute joins the piece before it, or after it when first', () => {
    const plan = suggest(
      [entry('09:00', 'hello')],
      [
        span('09:00:00', '09:00:40', 'feature/A-7-glance'),
        span('09:00:40', '09:20', 'feature/A-1-a'),
        span('09:20', '09:20:50', 'feature/A-8-peek'),
        span('09:20:50', '09:40', 'feature/A-2-b'),
      ],
    );
    assert.deepEqual(lines(plan.entries), [
      '09:00-09:21 acme: A-1 a (work)',
      '09:21-09:40 acme: A-2 b (work)',
    ]);
  });

  test('rule 3: boundaries round to the nearest minute; a piece that rounds to nothing vanishes', () => {
    const plan = suggest(
      [entry('09:00', 'hello')],
      [span('09:00', '09:20:29', 'feature/A-1-a'), span('09:40', '09:40:20', 'feature/A-2-b')],
    );
    assert.deepEqual(lines(plan.entries), ['09:00-09:20 acme: A-1 a (work)']);
    assert.equal(plan.unlogged, 20 * MINUTE);
  });

  test('rule 4: a gap longer than the idle time is a break up to the next piece; a shorter one is work', () => {
    const plan = suggest(
      [entry('09:00', 'hello')],
      [
        span('09:00', '09:30', 'feature/A-1-a'),
        span('09:35', '10:00', 'feature/A-2-b'),
        span('10:45', '11:00', 'feature/A-2-b'),
      ],
    );
    assert.deepEqual(lines(plan.entries), [
      '09:00-09:35 acme: A-1 a (work)',
      '09:35-10:00 acme: A-2 b (work)',
      '10:00-10:45 away** (break)',
      '10:45-11:00 acme: A-2 b (work)',
    ]);
    assert.equal(plan.unlogged, 35 * MINUTE + 25 * MINUTE + 15 * MINUTE);
  });

  test('rule 5: the lead after the last entry belongs to the first piece, or is a break when longer', () => {
    const short = suggest([entry('09:00', 'hello')], [span('09:08', '09:30', 'feature/A-1-a')]);
    assert.deepEqual(lines(short.entries), ['09:00-09:30 acme: A-1 a (work)']);
    const long = suggest([entry('09:00', 'hello')], [span('09:30', '10:00', 'feature/A-1-a')]);
    assert.deepEqual(lines(long.entries), ['09:00-09:30 away** (break)', '09:30-10:00 acme: A-1 a (work)']);
  });

  test('rule 5: a day with no entry before its work starts with hello; so does a night between pieces', () => {
    const plan = suggest(
      [entry('2024-06-02 17:00', 'acme: x')],
      [
        span('2024-06-02 17:00', '2024-06-02 18:00', 'feature/A-1-a'),
        span('09:00', '10:00', 'feature/A-2-b'),
      ],
      '2024-06-02 00:00',
    );
    assert.deepEqual(lines(plan.entries), [
      '17:00-18:00 acme: A-1 a (work)',
      '09:00-09:00 hello (day)',
      '09:00-10:00 acme: A-2 b (work)',
    ]);
    const today = suggest([entry('2024-06-02 17:00', 'acme: x')], [span('09:00', '10:00', 'feature/A-2-b')]);
    assert.deepEqual(lines(today.entries), ['09:00-09:00 hello (day)', '09:00-10:00 acme: A-2 b (work)']);
    const empty = suggest([], [span('09:00', '10:00', 'feature/A-2-b')]);
    assert.deepEqual(lines(empty.entries), ['09:00-09:00 hello (day)', '09:00-10:00 acme: A-2 b (work)']);
  });

  test('rule 5: a range that starts after the last entry of its day is read from that entry', () => {
    const plan = suggest(
      [entry('09:00', 'hello')],
      [span('09:00', '12:00', 'feature/A-1-a'), span('12:00', '13:00', 'feature/A-2-b')],
      `${DAY} 12:00`,
    );
    assert.deepEqual(lines(plan.entries), [
      '09:00-12:00 acme: A-1 a (work)',
      '12:00-13:00 acme: A-2 b (work)',
    ]);
  });

  test('rule 6: nothing after the last span, and nothing after the range (now)', () => {
    const plan = suggest(
      [entry('09:00', 'hello')],
      [span('09:00', '10:00', 'feature/A-1-a')],
      `${DAY} 00:00`,
      `${DAY} 09:30:40`,
    );
    assert.deepEqual(lines(plan.entries), ['09:00-09:30 acme: A-1 a (work)']);
    assert.deepEqual(
      lines(suggest([entry('09:00', 'hello')], [span('09:00', '10:00', 'feature/A-1-a')]).entries),
      ['09:00-10:00 acme: A-1 a (work)'],
    );
  });

  test('rule 7: unlogged counts work only', () => {
    const plan = suggest([entry('09:00', 'hello')], [span('09:30', '10:00', 'feature/A-1-a')]);
    assert.equal(plan.unlogged, 30 * MINUTE);
  });

  test('what log writes: only times no entry covers', () => {
    const entries = [entry('09:00', 'acme: x'), entry('12:00', 'hello'), entry('13:00', 'acme: y')];
    const uncovered = (time: string) => isUncovered(entries, at(time));
    assert.deepEqual(
      ['08:59', '09:00', '10:00', '11:00', '12:00', '12:30', '13:00', '13:01'].map(uncovered),
      [true, false, true, true, false, false, false, true],
    );
    assert.equal(isUncovered([], at('09:00')), true);
  });

  /* ----- Properties over generated days ----- */

  const BASE = at('06:00');
  const branches = ['feature/A-1-a', 'feature/A-2-b', 'main'];
  const spansArbitrary = fc
    .array(
      fc.record({
        gap: fc.integer({ min: 0, max: 40 * MINUTE }),
        length: fc.integer({ min: 1000, max: 50 * MINUTE }),
        branch: fc.constantFrom(...branches),
        agent: fc.boolean(),
      }),
      { maxLength: 25 },
    )
    .map((pieces) => {
      // The person's spans never overlap (the journal's one timeline); agents' may.
      const spans: Span[] = [];
      let time = BASE;
      for (const piece of pieces) {
        time += piece.gap;
        const work = { start: time, end: time + piece.length, branch: piece.branch };
        if (piece.agent)
          spans.push({ ...span('06:00', '06:01', ''), ...work, actor: 'agent', kind: 'agent' });
        else {
          spans.push({ ...span('06:00', '06:01', ''), ...work });
          time += piece.length;
        }
      }
      return spans.sort((a, b) => a.start - b.start);
    });
  const entriesArbitrary = fc
    .uniqueArray(fc.integer({ min: 0, max: 16 * 60 }), { maxLength: 6 })
    .chain((minutes) =>
      fc.tuple(
        fc.constant([...minutes].sort((a, b) => a - b)),
        fc.array(fc.boolean(), { minLength: minutes.length, maxLength: minutes.length }),
      ),
    )
    .map(([minutes, hellos]) =>
      minutes.map((m, i) => ({
        date: new Date(BASE + m * MINUTE),
        name: hellos[i] ? 'hello' : `acme: e${i}`,
      })),
    );
  const day = { from: new Date(at('00:00')), to: new Date(at('23:59')) };

  /** Every suggestion's time after logging: the merged timesheet, in order (equal times: the existing first). */
  const merged = (entries: readonly NewEntry[], added: readonly NewEntry[]) =>
    [...entries, ...added].sort((a, b) => a.date.getTime() - b.date.getTime());

  test('property: suggestions are chronological, chained, and never log time an entry covers', () => {
    fc.assert(
      fc.property(entriesArbitrary, spansArbitrary, (entries, spans) => {
        const plan = planSuggestions(
          uncoveredStretches(entries, day),
          spans,
          (s) => defaultWorkName.name(s),
          IDLE,
        );
        let previous = -Infinity;
        for (const suggestion of plan.entries) {
          const start = suggestion.start.getTime();
          const end = suggestion.date.getTime();
          assert.ok(start <= end && end >= previous, `chronological: ${lines(plan.entries).join('; ')}`);
          assert.equal(end % MINUTE, 0);
          assert.ok(isUncovered(entries, end), `${clock(suggestion.date)} is covered already`);
          // No covered moment inside: no entry of the timesheet lies within its time.
          for (const e of entries) {
            const t = e.date.getTime();
            assert.ok(!(t > start && t < end), `${lines([suggestion])} spans the entry at ${clock(e.date)}`);
          }
          previous = end;
        }
      }),
      { numRuns: 300 },
    );
  });

  test('property: logging the suggestions, then suggesting again, proposes nothing', () => {
    fc.assert(
      fc.property(entriesArbitrary, spansArbitrary, (entries, spans) => {
        const name = (s: Span) => defaultWorkName.name(s);
        const first = planSuggestions(uncoveredStretches(entries, day), spans, name, IDLE);
        const logged = merged(entries, first.entries);
        const again = planSuggestions(uncoveredStretches(logged, day), spans, name, IDLE);
        assert.deepEqual(lines(again.entries), [], `after ${lines(first.entries).join('; ')}`);
      }),
      { numRuns: 300 },
    );
  });

  test('property: work + breaks equal the uncovered time from each run’s first piece to its last piece’s end', () => {
    fc.assert(
      fc.property(entriesArbitrary, spansArbitrary, (entries, spans) => {
        const plan = planSuggestions(
          uncoveredStretches(entries, day),
          spans,
          (s) => defaultWorkName.name(s),
          IDLE,
        );
        // A run: the suggestions from a hello (or from the entry they begin at) to the next hello.
        const runs: SuggestedEntry[][] = [];
        for (const suggestion of plan.entries) {
          const run = runs.at(-1);
          const chained = run && run.at(-1)?.date.getTime() === suggestion.start.getTime();
          if (suggestion.kind === 'day' || !run || !chained) runs.push([]);
          if (suggestion.kind !== 'day') runs.at(-1)?.push(suggestion);
        }
        for (const run of runs.filter((r) => r.length > 0)) {
          const from = (run[0] as SuggestedEntry).start.getTime();
          const to = (run.at(-1) as SuggestedEntry).date.getTime();
          const counted = run.reduce((total, e) => total + e.date.getTime() - e.start.getTime(), 0);
          let uncovered = 0;
          for (let t = from; t < to; t += MINUTE) if (isUncovered(entries, t + MINUTE)) uncovered += MINUTE;
          assert.equal(counted, uncovered, lines(run).join('; '));
        }
        const work = plan.entries.filter((e) => e.kind === 'work');
        assert.equal(
          plan.unlogged,
          work.reduce((t, e) => t + e.date.getTime() - e.start.getTime(), 0),
        );
        assert.ok(plan.entries.every((e) => e.kind !== 'day' || isHelloName(e.name)));
      }),
      { numRuns: 300 },
    );
  });
});
