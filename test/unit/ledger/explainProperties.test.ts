// For generated timesheets and journals, in a zone without and one with a daylight saving change: the parts of every
// name's, every project's and the working time's explanation add up exactly to the report's number, and each part's
// person + unobserved time is its duration, with the person's time and idle stretches checked against a plain
// minute-by-minute reading of the spans.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  tokens,
  type ExplainQuery,
  type Explanation,
  type ReportArgs,
  type Span,
  type Token,
} from '../../../src/api';
import { buildReportModel, formatIsoDate, parseTimesheet } from '../../../src/core';
import { createExplainer } from '../../../src/ledger/explainer';

const MINUTE = 60_000;
const IDLE_MINUTES = 10;
/** Names of every kind utt knows, two differing only in case (separate names, separate projects). */
const NAMES = [
  'hello',
  'acme: review',
  'Acme: review',
  'acme: build',
  'globex: plan',
  'mail',
  'lunch**',
  'coffee**',
  'commute***',
];

/** Around Europe/Berlin's change to summer time (2024-03-31 02:00 → 03:00). */
const FIRST_DAY = [2024, 2, 30] as const;

const generated = fc.record({
  lines: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 400 }), name: fc.constantFrom(...NAMES) }), {
    minLength: 0,
    maxLength: 25,
  }),
  spans: fc.array(
    fc.record({
      start: fc.integer({ min: 0, max: 4 * 24 * 60 }),
      length: fc.integer({ min: 1, max: 180 }),
      agent: fc.boolean(),
      file: fc.constantFrom(undefined, 'a.ts', 'b.md'),
      kind: fc.constantFrom('edit', 'terminal', 'chat'),
    }),
    { maxLength: 30 },
  ),
  nowOffset: fc.integer({ min: 0, max: 5 * 24 * 60 }),
  days: fc.oneof(
    fc.record({ first: fc.integer({ min: 0, max: 3 }) }),
    fc.record({ first: fc.integer({ min: 0, max: 3 }), length: fc.integer({ min: 0, max: 3 }) }),
  ),
});

type Generated = typeof generated extends fc.Arbitrary<infer T> ? T : never;

/** The generated timesheet, journal and question, read in the process's current time zone. */
function scenario(input: Generated) {
  const origin = new Date(...FIRST_DAY, 8, 0).getTime();
  let minute = 0;
  const text = input.lines
    .map(({ gap, name }) => {
      minute += gap;
      const date = new Date(origin + minute * MINUTE);
      const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
      return `${formatIsoDate(date)} ${time} ${name}`;
    })
    .join('\n');
  const spans: Span[] = input.spans.map((s) => ({
    start: origin + s.start * MINUTE,
    end: origin + (s.start + s.length) * MINUTE,
    kind: s.agent && s.kind === 'edit' ? 'agent' : s.kind,
    actor: s.agent ? 'agent' : 'person',
    source: 'timekeeper.vscode-timekeeper',
    ...(s.file === undefined
      ? {}
      : { file: s.file, language: s.file.endsWith('.ts') ? 'typescript' : 'markdown' }),
  }));
  const day = (offset: number) => formatIsoDate(new Date(FIRST_DAY[0], FIRST_DAY[1], FIRST_DAY[2] + offset));
  const range: ReportArgs =
    'length' in input.days
      ? { from: day(input.days.first), to: day(input.days.first + input.days.length) }
      : { date: day(input.days.first) };
  const now = new Date(origin + input.nowOffset * MINUTE);
  return { text, spans, range, now };
}

/** The person's minutes in `[from, to)` on the minute grid, read one minute at a time. */
function personMinutes(spans: readonly Span[], from: number, to: number): boolean[] {
  const covered: boolean[] = [];
  for (let t = from; t < to; t += MINUTE) {
    covered.push(spans.some((s) => s.actor === 'person' && s.start <= t && t + MINUTE <= s.end));
  }
  return covered;
}

/**
 * Runs of uncovered minutes longer than the idle time, as `[from, to)` in epoch milliseconds; the last minute may be
 * short (a report's range ends at 23:59:59.099, as utt's does).
 */
function idleRuns(covered: readonly boolean[], from: number, to: number): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  covered.forEach((isCovered, i) => {
    if (!isCovered && start < 0) start = i;
    if ((isCovered || i === covered.length - 1) && start >= 0) {
      const end = Math.min(from + (isCovered ? i : i + 1) * MINUTE, to);
      if (end - (from + start * MINUTE) > IDLE_MINUTES * MINUTE) runs.push([from + start * MINUTE, end]);
      start = -1;
    }
  });
  return runs;
}

async function inZone<T>(zone: string, body: () => Promise<T>): Promise<T> {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    return await body();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}

function checkParts(explanation: Explanation, spans: readonly Span[], watched: boolean): void {
  const sum = explanation.parts.reduce((total, part) => total + part.duration, 0);
  assert.equal(sum, explanation.total, `${explanation.subject}: the parts add up to the report's number`);
  for (const part of explanation.parts) {
    const { person, unobserved, idle } = part.signals;
    assert.equal(person + unobserved, part.duration, `${part.name}: person + unobserved = duration`);
    const from = part.start.getTime();
    const to = part.end.getTime();
    const covered = personMinutes(spans, from, to);
    const minutes = covered.reduce(
      (total, isCovered, i) => (isCovered ? total + Math.min(MINUTE, to - from - i * MINUTE) : total),
      0,
    );
    // Across a daylight saving change the report counts wall time, which the person's time cannot exceed.
    assert.equal(person, Math.min(minutes, part.duration), `${part.name}: the person's minutes`);
    assert.deepEqual(
      idle.map((stretch) => [stretch.from.getTime(), stretch.to.getTime()]),
      watched ? idleRuns(covered, from, to) : [],
      `${part.name}: idle stretches`,
    );
  }
}

suite('ledger: explanations add up (properties)', () => {
  for (const zone of ['UTC', 'Europe/Berlin']) {
    test(`every name, project and the working time, in ${zone}`, async () => {
      await inZone(zone, () =>
        fc.assert(
          fc.asyncProperty(generated, async (input) => {
            const { text, spans, range, now } = scenario(input);
            const { entries, errors } = parseTimesheet(text);
            assert.deepEqual(errors, []);
            let read: readonly Span[] = [];
            const values: Record<string, unknown> = {
              [tokens.Timesheet]: { entries: async () => entries },
              [tokens.ReportBuilder]: { build: buildReportModel },
              [tokens.Journal]: {
                spans: async (from: Date, to: Date) =>
                  (read = spans.filter((s) => s.end > from.getTime() && s.start < to.getTime())),
              },
            };
            const explainer = createExplainer(<T>(token: Token<T>) => values[token] as T, {
              idleMinutes: () => IDLE_MINUTES,
              ownJournal: () => undefined,
            });
            const model = buildReportModel(entries, range, now);
            const questions: [ExplainQuery, number][] = [
              [{ range }, model.summary.working],
              ...[...model.names.work, ...model.names.breaks].map((line): [ExplainQuery, number] => [
                { range, name: line.name },
                line.duration,
              ]),
              ...model.projects.map((line): [ExplainQuery, number] => [
                { range, project: line.project },
                line.duration,
              ]),
            ];
            for (const [query, total] of questions) {
              read = [];
              const explanation = await explainer.explain(query, now);
              assert.equal(explanation.total, total, `${explanation.subject}: the report's number`);
              checkParts(
                explanation,
                read,
                read.some((s) => s.actor === 'person'),
              );
            }
          }),
          { numRuns: 150 },
        ),
      );
    });
  }
});
