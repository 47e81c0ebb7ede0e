import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  buildReportModel,
  formatEntryLine,
  parseTimesheet,
  renderReportText,
  type ReportArgs,
} from '../../../src/core';
import { inTimeZone } from './timeZone';

/*
 * Random timesheets and report arguments, in several time zones, checked against what was generated (names,
 * comments and times written and read back; lines out of order refused) and against a plain reading of utt's
 * algorithm that takes nothing from the report model: its range comes from the arguments, its activities from the
 * generated times, its totals from its own sums.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Zones with whole-hour, half-hour and 45-minute offsets, both hemispheres' daylight saving (Lord Howe's is half an
 * hour), and each one's offset on 2014-01-01 00:00, to prove that the zone really took effect.
 */
const TIME_ZONES: readonly { readonly zone: string; readonly januaryOffsetMinutes: number }[] = [
  { zone: 'UTC', januaryOffsetMinutes: 0 },
  { zone: 'America/New_York', januaryOffsetMinutes: 300 },
  { zone: 'Europe/Berlin', januaryOffsetMinutes: -60 },
  { zone: 'Asia/Kathmandu', januaryOffsetMinutes: -345 },
  { zone: 'Australia/Lord_Howe', januaryOffsetMinutes: -660 },
];

/** A word of a name: any Unicode but whitespace and control characters (utt strips a line and splits it there). */
const word = fc.oneof(
  fc.constantFrom('p', 'q', 'A', 'hello', 'x:y', '#', 'ü', '日本', '🎉'),
  fc
    .string({ unit: 'binary', minLength: 1, maxLength: 6 })
    .map((text) => text.replace(/[\s\p{Cc}\p{Cs}\u001c-\u001f\u0085]/gu, ''))
    .filter((text) => text.length > 0),
);

/** Names as people write them: words joined by a space or colons (`project: task`), ending in `*`s or not. */
const name = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(' ', ': ', ':', ' : '), word), { maxLength: 3 }),
    word,
    fc.constantFrom('', '', '*', '**', '***', '****', ' **', ' ***'),
  )
  .map(([rest, first, stars]) => first + rest.map(([separator, next]) => separator + next).join('') + stars);

/** A comment: one word, or words joined by one space (two spaces and `#` would start a comment of the comment). */
const comment = fc.option(
  fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')),
  { nil: null },
);

interface GeneratedLine {
  /** Minutes after the previous line: negative makes a line out of order, 0 the same minute. */
  readonly gap: number;
  readonly name: string;
  readonly comment: string | null;
  readonly blankBefore: boolean;
}

const timesheetLines = fc.array(
  fc.record({
    gap: fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 240 }) },
      { weight: 1, arbitrary: fc.constant(0) },
      { weight: 2, arbitrary: fc.integer({ min: 600, max: 4 * 24 * 60 }) },
      { weight: 1, arbitrary: fc.integer({ min: -300, max: -1 }) },
    ),
    name,
    comment,
    blankBefore: fc.boolean(),
  }),
  { maxLength: 60 },
);

/** The generated lines' times: local times in the current zone, from 2014-01-01 06:00 on. */
function localDates(lines: readonly GeneratedLine[]): Date[] {
  let minutes = 0;
  return lines.map((line) => {
    minutes += line.gap;
    return new Date(2014, 0, 1, 6, minutes);
  });
}

/** The wall time of a local date, computed here (milliseconds of the clock reading, as if it were UTC). */
function wallOf(date: Date): number {
  return Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
  );
}

function timesheetText(lines: readonly GeneratedLine[], dates: readonly Date[], lineEnding: string): string {
  return lines
    .map((line, index) => {
      const text = formatEntryLine({
        date: dates[index],
        name: line.name,
        ...(line.comment ? { comment: line.comment } : {}),
      });
      return (line.blankBefore ? lineEnding : '') + text + lineEnding;
    })
    .join('');
}

/** The lines utt accepts: each at or after the last accepted one; the others are "not in chronological order". */
function acceptedIndexes(dates: readonly Date[]): number[] {
  const accepted: number[] = [];
  for (let index = 0; index < dates.length; index++) {
    const previous = accepted.at(-1);
    if (previous === undefined || wallOf(dates[index]) >= wallOf(dates[previous])) accepted.push(index);
  }
  return accepted;
}

/** `YYYY-M-D`, `offset` days after 2014-01-01. */
function isoDay(offset: number): string {
  const day = new Date(Date.UTC(2014, 0, 1 + offset));
  return `${day.getUTCFullYear()}-${day.getUTCMonth() + 1}-${day.getUTCDate()}`;
}

/** The day number (days since 1970-01-01 on the wall clock) of `YYYY-M-D`. */
function dayNumberOfIso(text: string): number {
  const [year, month, day] = text.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY;
}

/** utt's project: a run of non-space, non-colon characters, then `:` and a space, then at least one character. */
function projectOf(activityName: string): string {
  return /^([^\s:]+):\s./su.exec(activityName)?.[1] ?? '';
}

function typeOf(activityName: string): 'work' | 'break' | 'ignored' {
  if (activityName.endsWith('***')) return 'ignored';
  return activityName.endsWith('**') ? 'break' : 'work';
}

interface ReferenceActivity {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly current: boolean;
}

/** utt's algorithm read literally: all activities, clipped to the range, then the current one, then the filters. */
function referenceActivities(
  names: readonly string[],
  walls: readonly number[],
  args: ReportArgs & { readonly from: string; readonly to: string },
  now: number,
): ReferenceActivity[] {
  const rangeStart = dayNumberOfIso(args.from) * DAY;
  // utt's range ends at 23:59:59.099 of the last day.
  const rangeEnd = (dayNumberOfIso(args.to) + 1) * DAY - 901;
  const result: ReferenceActivity[] = [];
  for (let i = 1; i < walls.length; i++) {
    const start = Math.min(walls[i], Math.max(walls[i - 1], rangeStart));
    const end = Math.max(start, Math.min(walls[i], rangeEnd));
    if (end - start > 0) result.push({ name: names[i], start, end, current: false });
  }
  if (!args.noCurrentActivity && walls.length >= 2) {
    const start = Math.max(walls[walls.length - 1], rangeStart);
    if (start < now && now <= rangeEnd + 901) {
      result.push({ name: '-- Current Activity --', start, end: now, current: true });
    }
  }
  return result.filter(
    (activity) =>
      activity.name !== 'hello' && (args.project === undefined || projectOf(activity.name) === args.project),
  );
}

const reportArgs = fc.record({
  from: fc.integer({ min: -2, max: 40 }),
  length: fc.integer({ min: 0, max: 10 }),
  project: fc.option(fc.constantFrom('p', 'q', 'A', '', '日本'), { nil: undefined }),
  noCurrentActivity: fc.boolean(),
  details: fc.boolean(),
  perDay: fc.boolean(),
  nowOffsetMinutes: fc.integer({ min: 0, max: 45 * 24 * 60 }),
  nowSeconds: fc.integer({ min: 0, max: 59 }),
});

for (const { zone, januaryOffsetMinutes } of TIME_ZONES) {
  suite(`core: properties (TZ=${zone})`, () => {
    /** Runs a property with the process in this suite's zone; every Date of the property is made inside. */
    const inZone = (body: () => void) => () => inTimeZone(zone, body);

    test(
      'the zone is in effect while the properties run',
      inZone(() => {
        assert.equal(new Date(2014, 0, 1).getTimezoneOffset(), januaryOffsetMinutes);
      }),
    );

    test(
      'written entries read back with their names, comments and times, with LF or CRLF',
      inZone(() => {
        fc.assert(
          fc.property(timesheetLines, fc.constantFrom('\n', '\r\n'), (lines, lineEnding) => {
            const dates = localDates(lines);
            const { entries } = parseTimesheet(timesheetText(lines, dates, lineEnding));
            const accepted = acceptedIndexes(dates);
            assert.deepEqual(
              entries.map((entry) => ({
                name: entry.name,
                comment: entry.comment ?? null,
                wall: entry.wallTime,
                time: entry.date.getTime(),
              })),
              accepted.map((index) => ({
                name: lines[index].name,
                comment: lines[index].comment,
                wall: wallOf(dates[index]),
                time: dates[index].getTime(),
              })),
            );
          }),
        );
      }),
    );

    test(
      'a line earlier than the one before it is refused as out of order, and only such a line',
      inZone(() => {
        fc.assert(
          fc.property(timesheetLines, (lines) => {
            const dates = localDates(lines);
            const text = timesheetText(lines, dates, '\n');
            const { errors } = parseTimesheet(text);
            const accepted = new Set(acceptedIndexes(dates));
            const lineNumbers: number[] = [];
            let lineNumber = 0;
            lines.forEach((line, index) => {
              lineNumber += line.blankBefore ? 2 : 1;
              if (!accepted.has(index)) lineNumbers.push(lineNumber);
            });
            assert.deepEqual(
              errors.map((error) => ({ line: error.line, kind: error.kind })),
              lineNumbers.map((line) => ({ line, kind: 'order' })),
            );
          }),
        );
      }),
    );

    test(
      'parsing a tail after the head equals parsing the whole',
      inZone(() => {
        fc.assert(
          fc.property(timesheetLines, fc.nat(), fc.constantFrom('\n', '\r\n'), (lines, cut, lineEnding) => {
            const text =
              timesheetText(lines, localDates(lines), lineEnding) + 'garbage\n2000-01-01 00:00 too early\n';
            const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((match) => (match.index ?? 0) + 1)];
            const at = lineStarts[cut % lineStarts.length];
            const head = parseTimesheet(text.slice(0, at));
            const tail = parseTimesheet(text.slice(at), {
              firstLine: text.slice(0, at).split('\n').length,
              previous: head.entries.at(-1),
            });
            const full = parseTimesheet(text);
            assert.deepEqual([...head.entries, ...tail.entries], full.entries);
            assert.deepEqual([...head.errors, ...tail.errors], full.errors);
          }),
        );
      }),
    );

    test(
      'the report’s range, activities and totals are utt’s',
      inZone(() => {
        fc.assert(
          fc.property(timesheetLines, reportArgs, (lines, generated) => {
            const dates = localDates(lines);
            const { entries } = parseTimesheet(timesheetText(lines, dates, '\n'));
            const args = {
              from: isoDay(generated.from),
              to: isoDay(generated.from + generated.length),
              project: generated.project,
              noCurrentActivity: generated.noCurrentActivity,
              details: generated.details,
              perDay: generated.perDay,
            };
            const now = new Date(2014, 0, 1, 6, generated.nowOffsetMinutes, generated.nowSeconds);
            const model = buildReportModel(entries, args, now);

            assert.equal(wallOf(model.start), dayNumberOfIso(args.from) * DAY, 'the first day');
            assert.equal(Math.floor(wallOf(model.end) / DAY), dayNumberOfIso(args.to), 'the last day');

            const accepted = acceptedIndexes(dates);
            const expected = referenceActivities(
              accepted.map((index) => lines[index].name),
              accepted.map((index) => wallOf(dates[index])),
              args,
              wallOf(now),
            );
            assert.deepEqual(
              model.activities.map((activity) => ({
                name: activity.name,
                start: activity.startWallTime,
                end: activity.endWallTime,
                current: activity.current,
              })),
              expected,
            );

            const sum = (type: 'work' | 'break') =>
              expected
                .filter((activity) => typeOf(activity.name) === type)
                .reduce((total, activity) => total + activity.end - activity.start, 0);
            const working = sum('work');
            const breaks = sum('break');
            assert.deepEqual(
              { working: model.summary.working, breaks: model.summary.breaks, total: model.summary.total },
              { working, breaks, total: working + breaks },
            );
            const sumOf = (durations: readonly { readonly duration: number }[]) =>
              durations.reduce((total, item) => total + item.duration, 0);
            assert.equal(sumOf(model.days), working, 'the days add up to the working time');
            assert.equal(sumOf(model.projects), working, 'the projects add up to the working time');
            assert.equal(sumOf(model.names.work), working, 'the work names add up to the working time');
            assert.equal(sumOf(model.names.breaks), breaks, 'the break names add up to the break time');

            const text = renderReportText(model);
            assert.equal(
              text.split('\n').filter((line) => /^-+ Details -+$/.test(line)).length,
              args.details || args.from === args.to ? 1 : 0,
            );
            assert.ok(text.endsWith('\n'));
          }),
          { numRuns: 200 },
        );
      }),
    );

    test(
      'a range split in two adds up to the whole range',
      inZone(() => {
        fc.assert(
          fc.property(
            timesheetLines,
            fc.integer({ min: -2, max: 40 }),
            fc.nat({ max: 8 }),
            fc.nat({ max: 8 }),
            (lines, from, left, right) => {
              const { entries } = parseTimesheet(timesheetText(lines, localDates(lines), '\n'));
              const now = new Date(2030, 0, 1);
              const total = (first: number, last: number) =>
                buildReportModel(
                  entries,
                  { from: isoDay(first), to: isoDay(last), noCurrentActivity: true },
                  now,
                ).summary;
              const whole = total(from, from + left + right + 1);
              const before = total(from, from + left);
              const after = total(from + left + 1, from + left + right + 1);
              // utt ends a range at 23:59:59.099: the one activity that runs past the split loses 0.901 s in `before`.
              for (const key of ['working', 'breaks', 'total'] as const) {
                assert.ok([0, 901].includes(whole[key] - before[key] - after[key]), key);
              }
            },
          ),
        );
      }),
    );
  });
}
