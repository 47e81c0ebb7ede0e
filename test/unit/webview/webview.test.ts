import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { DayRow } from '../../../subplugins/report-view/protocol';
import { CHART_HEIGHT, chartLayout } from '../../../subplugins/report-view/webview/chartLayout';
import {
  addDays,
  formatDuration,
  formatMinute,
  percent,
  weekdayOf,
} from '../../../subplugins/report-view/webview/format';
import { presetOfRange, rangeOfPreset, PRESETS } from '../../../subplugins/report-view/webview/presets';

const HOUR = 3_600_000;

suite('webview: pure parts', () => {
  test('formats: utt durations, clock minutes, calendar days', () => {
    assert.equal(formatDuration(8 * HOUR + 5 * 60_000 + 59_000), '8h05');
    assert.equal(formatDuration(26 * HOUR), '26h00');
    assert.equal(formatMinute(545), '09:05');
    assert.equal(percent(1, 3), 33);
    assert.equal(percent(1, 0), 0);
    assert.equal(weekdayOf('2024-05-06'), 'Mon');
    assert.equal(addDays('2024-03-01', -1), '2024-02-29');
    assert.equal(addDays('2024-12-31', 1), '2025-01-01');
  });

  test('presets give report arguments from the timesheet’s today, and are recognised back', () => {
    const shown = { first: '2024-05-06', last: '2024-05-12' };
    assert.deepEqual(rangeOfPreset('last-30-days', '2024-03-10', shown), {
      from: '2024-02-10',
      to: '2024-03-10',
    });
    assert.deepEqual(rangeOfPreset('this-year', '2024-03-10', shown), {
      from: '2024-01-01',
      to: '2024-03-10',
    });
    assert.deepEqual(rangeOfPreset('custom', '2024-03-10', shown), { from: '2024-05-06', to: '2024-05-12' });
    for (const { id } of PRESETS.filter((preset) => preset.id !== 'custom')) {
      assert.equal(presetOfRange(rangeOfPreset(id, '2024-03-10', shown), '2024-03-10'), id);
    }
    assert.equal(presetOfRange({ from: '2024-01-02', to: '2024-03-10' }, '2024-03-10'), 'custom');
    assert.equal(presetOfRange({ date: '2024-03-10' }, '2024-03-10'), 'custom');
  });

  test('chart: bars stack by project from the axis up, the goal line and hour ticks fit', () => {
    const days: DayRow[] = [
      {
        date: '2024-05-06',
        work: [
          [0, 3 * HOUR],
          [1, 3 * HOUR],
        ],
        breaks: 0,
      },
      { date: '2024-05-07', work: [], breaks: HOUR },
      { date: '2024-05-08', work: [[1, 10 * HOUR]], breaks: 0 },
    ];
    const layout = chartLayout(days, 8, 400);
    assert.equal(layout.height, CHART_HEIGHT);
    const bottom = layout.plot.bottom;
    const [first, second] = layout.bars[0].segments;
    assert.ok(Math.abs(first.y + first.height - bottom) < 1e-9, 'the first segment stands on the axis');
    assert.ok(Math.abs(second.y + second.height - first.y) < 1e-9, 'the second on the first');
    assert.equal(first.height, second.height);
    assert.equal(layout.bars[1].segments.length, 0);
    assert.deepEqual(
      layout.yTicks.map((tick) => tick.hours),
      [0, 4, 8, 12],
    );
    assert.ok(Math.abs(layout.goalY - (bottom - (8 / 12) * (bottom - layout.plot.top))) < 1e-9);
    assert.deepEqual(
      layout.xLabels.map((label) => label.text),
      ['Mon 6', 'Tue 7', 'Wed 8'],
    );
    assert.ok(layout.bars.every((bar) => bar.width <= 48));
  });

  test('chart: a year thins its day labels so they do not overlap', () => {
    const days: DayRow[] = Array.from({ length: 366 }, (_, i) => ({
      date: addDays('2024-01-01', i),
      work: [],
      breaks: 0,
    }));
    const layout = chartLayout(days, 8, 800);
    const xs = layout.xLabels.map((label) => label.x);
    assert.ok(
      xs.every((x, i) => i === 0 || x - xs[i - 1] >= 46),
      'labels 46 px apart at least',
    );
    assert.equal(layout.xLabels[0].text, 'Jan 1');
  });

  test('the webview never parses data as markup or code', () => {
    const folder = path.join(__dirname, '../../../subplugins/report-view/webview');
    const forbidden =
      /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval|Function\(|setTimeout\(\s*['"`])/;
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(path.join(folder, file), 'utf8');
      assert.doesNotMatch(source, forbidden, file);
    }
  });
});
