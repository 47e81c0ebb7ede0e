import * as assert from 'node:assert/strict';
import type { Activity, ReportModel } from '../../../src/api';
import { reportData } from '../../../subplugins/report-view/reportData';
import { parseFromWebview, parseQuery } from '../../../subplugins/report-view/webviewMessages';

const MINUTE = 60_000;

function activity(start: Date, minutes: number, name: string, extra: Partial<Activity> = {}): Activity {
  const match = /^([^\s:]+): (.*)$/.exec(name);
  return {
    name,
    project: match?.[1] ?? '',
    task: match?.[2] ?? name,
    type: name.endsWith('**') ? 'break' : 'work',
    start,
    end: new Date(start.getTime() + minutes * MINUTE),
    duration: minutes * MINUTE,
    current: false,
    ...extra,
  };
}

const model: ReportModel = {
  args: {},
  start: new Date(2024, 4, 6),
  end: new Date(2024, 4, 8),
  summary: { working: 330 * MINUTE, breaks: 30 * MINUTE, total: 360 * MINUTE },
  activities: [
    activity(new Date(2024, 4, 6, 9), 90, 'acme: review', { line: 2, comment: '<b>PR</b>' }),
    activity(new Date(2024, 4, 6, 10, 30), 30, 'coffee**', { line: 3 }),
    activity(new Date(2024, 4, 8, 9), 180, 'globex: planning', { line: 6 }),
    activity(new Date(2024, 4, 8, 23), 60, 'acme: review', { current: true }),
  ],
};

suite('webview: report data', () => {
  const data = reportData({
    query: { range: { week: 'this' } },
    model,
    allProjects: ['globex', 'acme', ''],
    now: new Date(2024, 4, 9, 0, 0),
    goalHours: 7.5,
  });

  test('every day of the range, work stacked by project index, breaks apart', () => {
    assert.deepEqual(
      data.days.map((day) => day.date),
      ['2024-05-06', '2024-05-07', '2024-05-08'],
    );
    assert.deepEqual(
      data.projects.map((row) => [row.project, row.duration / MINUTE]),
      [
        ['globex', 180],
        ['acme', 150],
      ],
    );
    assert.deepEqual(data.days[0], { date: '2024-05-06', work: [[1, 90 * MINUTE]], breaks: 30 * MINUTE });
    assert.deepEqual(data.days[1].work, []);
    assert.deepEqual(data.days[2].work, [
      [0, 180 * MINUTE],
      [1, 60 * MINUTE],
    ]);
  });

  test('names are counted once, details point at them with their day, minutes, line and comment', () => {
    assert.deepEqual(
      data.names.map((row) => [row.name, row.count, row.duration / MINUTE, row.line]),
      [
        ['acme: review', 2, 150, 2],
        ['coffee**', 1, 30, 3],
        ['globex: planning', 1, 180, 6],
      ],
    );
    assert.deepEqual(data.details[0], [0, 540, 630, 90 * MINUTE, 0, 2, '<b>PR</b>']);
    // Past midnight the end minute is the next day's; the current activity has no line.
    assert.deepEqual(data.details[3], [2, 1380, 0, 60 * MINUTE, 0, 0]);
    assert.deepEqual(data.current, { name: 'acme: review', type: 'work', duration: 60 * MINUTE });
  });

  test('the range, today, the goal and the filter choices travel with the data', () => {
    assert.deepEqual(
      [data.first, data.last, data.today, data.goalHours],
      ['2024-05-06', '2024-05-08', '2024-05-09', 7.5],
    );
    assert.deepEqual(data.allProjects, ['', 'acme', 'globex']);
  });

  test('messages from the webview are checked before they are acted on', () => {
    assert.deepEqual(parseFromWebview({ type: 'reveal', line: 12 }), { type: 'reveal', line: 12 });
    assert.equal(parseFromWebview({ type: 'reveal', line: -1 }), undefined);
    assert.equal(parseFromWebview({ type: 'reveal', line: '12' }), undefined);
    assert.equal(parseFromWebview({ type: 'export', format: 'xml', destination: 'file' }), undefined);
    assert.equal(parseFromWebview({ type: 'run', command: 'x' }), undefined);
    assert.equal(parseFromWebview('ready'), undefined);
    assert.deepEqual(parseQuery({ range: { from: '2024-01-01', to: '2024-01-31' }, project: '' }), {
      range: { from: '2024-01-01', to: '2024-01-31' },
      project: '',
    });
    assert.equal(parseQuery({ range: { from: 20240101 } }), undefined);
    assert.deepEqual(parseQuery({ range: { week: 'this', extra: 'dropped' } }), { range: { week: 'this' } });
  });
});
