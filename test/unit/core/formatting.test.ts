import * as assert from 'node:assert/strict';
import { buildReportModel, parseTimesheet, renderPerTaskCsv } from '../../../src/core';
import { formatDuration } from '../../../src/core/displayFormats';
import { formatReportDay } from '../../../src/core/report/formatting';

/*
 * utt's text formats against independent references: durations against plain arithmetic, the report's day against
 * the C locale's names (Intl's en-US, which spells `%A, %b %d, %Y` the same) and the ISO week computed here.
 */

const MINUTE = 60_000;

/** The ISO 8601 week of a local date: the week (Monday first) that holds its Thursday. */
function isoWeek(day: Date): number {
  const thursday = new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate()));
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const firstOfYear = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - firstOfYear) / (7 * 24 * 60 * MINUTE)) + 1;
}

suite('core: report formats', () => {
  test('durations are hours and two-digit minutes, seconds dropped, hours past 24', () => {
    for (let minutes = 0; minutes < 3 * 24 * 60; minutes += 7) {
      const expected = `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}`;
      assert.equal(formatDuration(minutes * MINUTE + 59_999), expected);
    }
    assert.equal(formatDuration(10 * MINUTE), '0h10');
    assert.equal(formatDuration(9 * MINUTE), '0h09');
  });

  test('a report’s day: weekday, month, two-digit day, four-digit year and ISO week, every day of two years', () => {
    for (let day = new Date(2024, 0, 1); day.getFullYear() < 2026; day.setDate(day.getDate() + 1)) {
      const names = day.toLocaleDateString('en-US', {
        weekday: 'long',
        month: 'short',
        day: '2-digit',
        year: 'numeric',
      });
      assert.equal(formatReportDay(day), `${names} (week ${isoWeek(day)})`);
    }
    // As utt prints it on Linux (public cases p0694, p0729): glibc's %Y does not pad the year.
    assert.equal(formatReportDay(new Date(999, 11, 31)), 'Tuesday, Dec 31, 999 (week 1)');
  });

  test('the per-task CSV names each activity’s type: WORK, BREAK, IGNORED', () => {
    const { entries } = parseTimesheet(
      '2024-01-02 09:00 hello\n2024-01-02 10:00 a: b\n2024-01-02 10:30 lunch**\n2024-01-02 11:00 commute***\n',
    );
    const model = buildReportModel(
      entries,
      { date: '2024-01-02', csvSection: 'per_task' },
      new Date(2024, 0, 3, 9, 0),
    );
    assert.deepEqual(
      renderPerTaskCsv(model)
        .split('\r\n')
        .map((row) => row.split(',')[4]),
      ['Type', 'WORK', 'BREAK', 'IGNORED', undefined],
    );
  });
});
