import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runSteps, type CaseRun, type ConformanceStep } from './conformanceRun';

/*
 * The conformance suite: utt 1.32's own answers (test/conformance/public-cases.json, its README gives the schema) on
 * timesheets made for this project. Each case runs in its own time zone; deliberate deviations and utt's crashes
 * assert the project's documented answer instead (docs/UTT-DIFFERENCES.md).
 */

type Data = string | { readonly base64: string };

interface PublicCase {
  readonly id: string;
  readonly category: string;
  readonly tz?: string;
  readonly log: Data | null;
  readonly steps: readonly ConformanceStep[];
  readonly expect: { readonly log?: Data; readonly output?: Data; readonly errorMessage?: string };
  readonly deliberate?: 'reversed-range' | 'bom';
  readonly uttError?: { readonly kind: string };
}

const casesFile = path.resolve(__dirname, '..', '..', 'conformance', 'public-cases.json');
const cases = (JSON.parse(readFileSync(casesFile, 'utf8')) as { cases: PublicCase[] }).cases;

const bytes = (data: Data): Buffer =>
  typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.base64, 'base64');
const text = (data: Data): string => bytes(data).toString('utf8');

/** What the project answers where utt's answer is not the project's: an error, or a report that prints a line. */
type ProjectAnswer = { readonly error: string } | { readonly prints: string };

const NO_ENTRY_TO_STRETCH = { error: 'No entry to stretch' };
const CSV_SECTIONS = '(expected one of per_day, per-day, per_task, per-task)';

/**
 * Where utt crashed (a Python exception), its argument parser refused, or it read digits of other scripts, the
 * project's own answer, keyed by the case's id. docs/UTT-DIFFERENCES.md explains each kind.
 */
const PROJECT_ANSWERS: Readonly<Record<string, ProjectAnswer>> = {
  // utt raised a bare Exception on an empty timesheet; its message is the project's too.
  ...Object.fromEntries(
    [
      'p0520',
      'p0521',
      'p0526',
      'p0586',
      'p0600',
      'p0604',
      'p0609',
      'p0610',
      'p0616',
      'p0623',
      'p0633',
      'p0653',
      'p0654',
    ].map((id) => [id, NO_ENTRY_TO_STRETCH]),
  ),
  // utt raised ValueError for a week or month number its year does not have.
  p0445: { error: 'Invalid week: 53' },
  p0631: { error: 'Invalid week: 100' },
  p0669: { error: 'Invalid week: 100' },
  p0741: { error: 'Invalid week: 53' },
  p0743: { error: 'Invalid week: 60' },
  p0749: { error: 'Invalid week string: -0' },
  p0626: { error: 'Invalid month: 99 (expected YYYY-MM)' },
  p0632: { error: 'Invalid month: 13 (expected YYYY-MM)' },
  // utt's argument parser listed the choices; the core names the argument the same way.
  p0607: { error: `Invalid CSV section: PER_DAY ${CSV_SECTIONS}` },
  p0637: { error: `Invalid CSV section: perday ${CSV_SECTIONS}` },
  p0640: { error: `Invalid CSV section: PER_DAY ${CSV_SECTIONS}` },
  // utt's dates overflowed at the ends of its calendar (years 1 and 9999); the project reports them.
  p0702: { prints: '9999-12-31,late,b,13.5,WORK,\r' },
  p0708: { prints: '9999-12-31,,-- Current Activity --,0.5,WORK,\r' },
  p0713: { prints: '9999-12-31,acme,a,1.0,WORK,\r' },
  p0712: { prints: '--------- Monday, Jan 01, 1 (week 1) to Wednesday, Jan 31, 1 (week 5) ----------' },
  p0735: { prints: '------------------------ Friday, Dec 31, 9999 (week 52) ------------------------' },
  p0736: { prints: '------------------------ Friday, Dec 31, 9999 (week 52) ------------------------' },
  p0738: { prints: '------ Monday, Dec 27, 9999 (week 52) to Sunday, Jan 02, 10000 (week 52) -------' },
  p0739: { prints: '----------- Monday, Jan 01, 1 (week 1) to Sunday, Jan 07, 1 (week 1) -----------' },
  p0740: { prints: '---------- Monday, Dec 25, 0 (week 52) to Sunday, Dec 31, 0 (week 52) ----------' },
  // utt's decoder failed on a byte that is not UTF-8; the store says where it is and what to do.
  p0760: { error: 'is not valid UTF-8 (byte 116, line 5). Save it as UTF-8 and try again.' },
  // utt's `\d` takes digits of any script; the project reads ASCII digits only.
  p0647: { error: 'Invalid month: １ (expected YYYY-MM)' },
  p0650: { error: 'Invalid entry at line 9: ２０１０-08-21 10:00 fullwidth' },
  p0664: { error: 'Invalid date: ２０２４-01-01 (expected YYYY-MM-DD)' },
  p0714: { error: 'Invalid entry at line 5: ２０２４-01-05 13:00 uni: year' },
  p0715: { error: 'Invalid entry at line 5: ٢٠٢٤-01-05 13:00 uni: year' },
  p0716: { error: 'Invalid entry at line 5: २०२४-01-05 13:00 uni: year' },
  p0717: { error: 'Invalid entry at line 5: ２０２４-01-05 13:00 uni: year' },
  p0719: { error: 'Invalid week string: ٣' },
  p0720: { error: 'Invalid month: １ (expected YYYY-MM)' },
  p0721: { error: 'Invalid date: ２０２４-01-05 (expected YYYY-MM-DD)' },
  p0722: { error: 'Invalid date: ٢٠٢٤-01-04 (expected YYYY-MM-DD)' },
  p0723: { error: 'Invalid month: ２０２４-01 (expected YYYY-MM)' },
};

/** A range that ends before it starts, which utt reports as empty, in a case not marked `deliberate`. */
const UNMARKED_REVERSED_RANGES = new Set(['p0345']);

/**
 * glibc's `%Y` prints years below 1000 without zeros. The report's titles print them as utt does (`Dec 30, 999`);
 * dates in `YYYY-MM-DD` form (entries, the timesheet) keep four digits, as the timesheet format needs.
 */
function withFourDigitYears(output: string): string {
  return output.replace(/(?<![\d-])(\d{1,3})(?=-\d\d-\d\d)/g, (year) => year.padStart(4, '0'));
}

const YEAR_CATEGORIES = new Set(['years', 'targeted-far-years']);

/** The UTC offset, in minutes east, that `zone` has at `date`, from the ICU data (not from the process's TZ). */
function offsetIn(zone: string, date: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((asUtc - date.getTime()) / 60_000);
}

function expectProjectError(run: CaseRun, expected: RegExp): void {
  assert.ok(run.error, `expected the error ${String(expected)}, but every step succeeded`);
  assert.match(run.error.message, expected);
}

function expectProjectAnswer(run: CaseRun, answer: ProjectAnswer): void {
  if ('error' in answer) {
    assert.ok(run.error, `expected the error ${answer.error}, but every step succeeded`);
    assert.ok(
      run.error.message.endsWith(answer.error),
      `${run.error.message}\ndoes not end with\n${answer.error}`,
    );
  } else {
    if (run.error) throw run.error;
    assert.ok(run.output.split('\n').includes(answer.prints), `the output has no line ${answer.prints}`);
  }
}

const REVERSED_RANGE =
  /^Invalid range: the last day \d{4}-\d\d-\d\d is before the first day \d{4}-\d\d-\d\d$/;

async function check(testCase: PublicCase): Promise<void> {
  const log = testCase.log === null ? null : bytes(testCase.log);
  const run = await runSteps(log, testCase.steps);
  const { expect } = testCase;
  if (testCase.deliberate === 'reversed-range' || UNMARKED_REVERSED_RANGES.has(testCase.id)) {
    // utt prints an empty report for a range that ends before it starts; Timekeeper says what is wrong.
    expectProjectError(run, REVERSED_RANGE);
    return;
  }
  if (testCase.deliberate === 'bom') {
    // utt refuses a byte-order mark at the start of the file; Timekeeper reads the file as if it were not there.
    assert.ok(
      log !== null && log.toString('utf8').startsWith('\ufeff'),
      'a bom case starts with a byte-order mark',
    );
    const withoutMark = await runSteps(Buffer.from(log.toString('utf8').slice(1), 'utf8'), testCase.steps);
    assert.equal(run.error?.message, withoutMark.error?.message);
    assert.equal(run.output, withoutMark.output);
    assert.equal(run.log, `\ufeff${withoutMark.log}`);
    return;
  }
  const kind = testCase.uttError?.kind ?? '';
  const answer = PROJECT_ANSWERS[testCase.id];
  assert.ok(
    answer !== undefined || (kind !== 'argparse' && !kind.startsWith('python:')),
    `${testCase.id}: utt failed (${kind}); the project's answer is not recorded`,
  );
  if (answer !== undefined) {
    expectProjectAnswer(run, answer);
    return;
  }
  const expected = (data: Data) =>
    YEAR_CATEGORIES.has(testCase.category) ? withFourDigitYears(text(data)) : text(data);
  if (expect.errorMessage !== undefined) {
    assert.equal(run.error?.message, expect.errorMessage, 'the error message');
  } else if (run.error) {
    throw run.error;
  }
  if (expect.output !== undefined) assert.equal(run.output, expected(expect.output), 'the output');
  if (expect.log !== undefined) assert.equal(run.log, expected(expect.log), 'the timesheet after the steps');
}

const zones = [...new Set(cases.map((c) => c.tz ?? 'UTC'))].sort();

suite('conformance: utt 1.32 differential cases', () => {
  for (const zone of zones) {
    suite(`in ${zone}`, () => {
      let previousZone: string | undefined;
      suiteSetup(() => {
        previousZone = process.env.TZ;
        process.env.TZ = zone;
      });
      suiteTeardown(() => {
        if (previousZone === undefined) delete process.env.TZ;
        else process.env.TZ = previousZone;
      });

      test(`the process's local time is ${zone}'s`, () => {
        // Node reads TZ afresh when it changes: local Dates must now follow the zone's rules (DST included).
        for (const instant of [Date.UTC(2019, 0, 15, 12), Date.UTC(2019, 6, 15, 12)]) {
          const date = new Date(instant);
          assert.equal(0 - date.getTimezoneOffset(), offsetIn(zone, date), `offset at ${date.toISOString()}`);
        }
      });

      for (const testCase of cases.filter((c) => (c.tz ?? 'UTC') === zone)) {
        const kind = testCase.deliberate ?? testCase.uttError?.kind ?? testCase.category;
        test(`${testCase.id} (${kind}): ${testCase.steps.map((s) => `utt ${s.utt}`).join('; ')}`, () =>
          check(testCase));
      }
    });
  }
});
