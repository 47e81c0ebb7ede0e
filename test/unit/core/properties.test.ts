import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  activityTypeOf,
  buildReportModel,
  formatEntryLine,
  parseTimesheet,
  renderReportText,
  type Entry,
  type ReportArgs,
} from '../../../src/core';

/*
 * Random timesheets and report arguments, checked against invariants and against a plain reading of utt's
 * algorithm (every activity of the file, clipped and filtered), which the core's binary search must agree with.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

interface GeneratedLine {
  readonly gap: number;
  readonly name: string;
  readonly comment: string | null;
  readonly blankBefore: boolean;
}

const names = ['hello', 'p: a', 'p: b', 'q: a', 'A: z', 'misc', 'lunch**', 'away ***', 'P: a'];

const timesheetLines = fc.array(
  fc.record({
    // Mostly minutes apart, sometimes the same minute, sometimes days.
    gap: fc.oneof(fc.integer({ min: 0, max: 240 }), fc.integer({ min: 600, max: 4 * 24 * 60 })),
    name: fc.constantFrom(...names),
    comment: fc.option(fc.constantFrom('why', 'a, b', 'x  # y'), { nil: null }),
    blankBefore: fc.boolean(),
  }),
  { maxLength: 60 },
);

const origin = new Date(2014, 0, 1, 6, 0);

/** The generated timesheet's text, entries at local times from `origin`. */
function timesheetText(lines: readonly GeneratedLine[], lineEnding: string): string {
  let minutes = 0;
  return lines
    .map((line) => {
      minutes += line.gap;
      const date = new Date(origin.getFullYear(), origin.getMonth(), origin.getDate(), 6, minutes);
      const text = formatEntryLine({
        date,
        name: line.name,
        ...(line.comment ? { comment: line.comment } : {}),
      });
      return (line.blankBefore ? lineEnding : '') + text + lineEnding;
    })
    .join('');
}

const dayOffset = fc.integer({ min: -2, max: 40 });
const isoDay = (offset: number): string => {
  const date = new Date(origin.getFullYear(), origin.getMonth(), origin.getDate() + offset);
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
};

/** utt's algorithm read literally: all activities, clipped to the range, then the current one, then the filters. */
function referenceActivities(
  entries: readonly Entry[],
  first: number,
  last: number,
  now: number,
  args: ReportArgs,
) {
  const wall = (entry: Entry) => entry.wallTime ?? Number.NaN;
  const rangeStart = first * DAY;
  const rangeEnd = (last + 1) * DAY - 901;
  const result: { name: string; start: number; end: number; current: boolean }[] = [];
  for (let i = 1; i < entries.length; i++) {
    const start = Math.min(wall(entries[i]), Math.max(wall(entries[i - 1]), rangeStart));
    const end = Math.max(start, Math.min(wall(entries[i]), rangeEnd));
    if (end - start > 0) {
      result.push({ name: entries[i].name, start, end, current: false });
    }
  }
  if (!args.noCurrentActivity && entries.length >= 2) {
    const start = Math.max(wall(entries[entries.length - 1]), rangeStart);
    if (start < now && now <= (last + 1) * DAY) {
      result.push({ name: args.currentActivity ?? '-- Current Activity --', start, end: now, current: true });
    }
  }
  return result.filter(
    (activity) =>
      activity.name !== 'hello' &&
      (args.project === undefined ||
        activity.name.startsWith(`${args.project}: `) ||
        (args.project === '' && !activity.name.includes(': '))),
  );
}

const wallDay = (date: Date): number =>
  Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY);

const reportArgs = fc.record({
  from: dayOffset,
  length: fc.integer({ min: 0, max: 10 }),
  project: fc.option(fc.constantFrom('p', 'q', 'A', ''), { nil: undefined }),
  noCurrentActivity: fc.boolean(),
  details: fc.boolean(),
  perDay: fc.boolean(),
  nowOffsetMinutes: fc.integer({ min: 0, max: 45 * 24 * 60 }),
  nowSeconds: fc.integer({ min: 0, max: 59 }),
});

suite('core: properties', () => {
  test('formatted entries parse back to themselves, with LF or CRLF', () => {
    fc.assert(
      fc.property(timesheetLines, fc.constantFrom('\n', '\r\n'), (lines, lineEnding) => {
        const { entries, errors } = parseTimesheet(timesheetText(lines, lineEnding));
        assert.deepEqual(errors, []);
        assert.deepEqual(
          entries.map((entry) => [entry.name, entry.comment ?? null]),
          lines.map((line) => [line.name, line.comment]),
        );
      }),
    );
  });

  test('parsing a tail after the head equals parsing the whole', () => {
    fc.assert(
      fc.property(timesheetLines, fc.nat(), fc.constantFrom('\n', '\r\n'), (lines, cut, lineEnding) => {
        const text = timesheetText(lines, lineEnding) + 'garbage\n2000-01-01 00:00 too early\n';
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
  });

  test('the report’s activities are utt’s, and its totals add up', () => {
    fc.assert(
      fc.property(timesheetLines, reportArgs, (lines, generated) => {
        const { entries } = parseTimesheet(timesheetText(lines, '\n'));
        const args: ReportArgs = {
          from: isoDay(generated.from),
          to: isoDay(generated.from + generated.length),
          project: generated.project,
          noCurrentActivity: generated.noCurrentActivity,
          details: generated.details,
          perDay: generated.perDay,
        };
        const now = new Date(origin.getTime());
        now.setMinutes(now.getMinutes() + generated.nowOffsetMinutes, generated.nowSeconds);
        const model = buildReportModel(entries, args, now);
        const nowWall = Date.UTC(
          now.getFullYear(),
          now.getMonth(),
          now.getDate(),
          now.getHours(),
          now.getMinutes(),
          now.getSeconds(),
        );
        const expected = referenceActivities(
          entries,
          wallDay(model.start),
          wallDay(model.end),
          nowWall,
          args,
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

        const sum = (type: string) =>
          model.activities
            .filter((activity) => activityTypeOf(activity.name) === type)
            .reduce((total, activity) => total + activity.duration, 0);
        const { working, breaks, total } = model.summary;
        assert.equal(working, sum('work'));
        assert.equal(breaks, sum('break'));
        assert.equal(total, working + breaks);
        assert.equal(
          model.days.reduce((days, day) => days + day.duration, 0),
          working,
        );
        assert.equal(
          model.projects.reduce((projects, project) => projects + project.duration, 0),
          working,
        );
        assert.equal(
          model.names.work.reduce((all, name) => all + name.duration, 0),
          working,
        );
        assert.equal(
          model.names.breaks.reduce((all, name) => all + name.duration, 0),
          breaks,
        );

        const text = renderReportText(model);
        assert.equal(
          text.split('\n').filter((line) => /^-+ Details -+$/.test(line)).length,
          model.options.showDetails ? 1 : 0,
        );
        assert.ok(text.endsWith('\n'));
      }),
      { numRuns: 300 },
    );
  });

  test('a range split in two adds up to the whole range', () => {
    fc.assert(
      fc.property(
        timesheetLines,
        dayOffset,
        fc.nat({ max: 8 }),
        fc.nat({ max: 8 }),
        (lines, from, left, right) => {
          const { entries } = parseTimesheet(timesheetText(lines, '\n'));
          const now = new Date(2030, 0, 1);
          const total = (first: number, last: number) =>
            buildReportModel(entries, { from: isoDay(first), to: isoDay(last), noCurrentActivity: true }, now)
              .summary;
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
  });
});
