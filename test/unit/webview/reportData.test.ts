import * as assert from 'node:assert/strict';
import { reportData } from '../../../subplugins/report-view/reportData';
import { escapeForScript } from '../../../subplugins/report-view/escapeForScript';
import { parseFromWebview, parseQuery } from '../../../subplugins/report-view/webviewMessages';
import { reportModelOf } from '../reportModelOf';

const MINUTE = 60_000;

const model = reportModelOf(
  [
    '2024-05-06 09:00 hello',
    '2024-05-06 10:30 acme: review  # <b>PR</b>',
    '2024-05-06 11:00 coffee**',
    '',
    '2024-05-08 09:00 hello',
    '2024-05-08 12:00 globex: planning',
    '2024-05-08 23:00 hello',
  ].join('\n'),
  { from: '2024-05-06', to: '2024-05-08', currentActivity: 'acme: review' },
  new Date(2024, 4, 9, 0, 0),
);

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

  test('ready names the data the page came with; rendered carries the times the webview measured', () => {
    assert.deepEqual(parseFromWebview({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseFromWebview({ type: 'ready', version: 3 }), { type: 'ready', version: 3 });
    assert.equal(parseFromWebview({ type: 'ready', version: '3' }), undefined);
    const counts = { cards: [], bars: 0, projects: 0, tableRows: 0, days: 0 };
    const rendered = (timing: unknown) => parseFromWebview({ type: 'rendered', version: 1, counts, timing });
    assert.deepEqual(rendered({ scriptStarted: 1, dataArrived: 2, drawn: 3 }), {
      type: 'rendered',
      version: 1,
      counts,
      timing: { scriptStarted: 1, dataArrived: 2, drawn: 3 },
    });
    assert.deepEqual(rendered({ scriptStarted: undefined, dataArrived: 2, drawn: 3 }), {
      type: 'rendered',
      version: 1,
      counts,
      timing: { dataArrived: 2, drawn: 3 },
    });
    assert.equal(rendered({ dataArrived: 2 }), undefined);
    assert.equal(rendered({ scriptStarted: 'soon', dataArrived: 2, drawn: 3 }), undefined);
    assert.equal(rendered(undefined), undefined);
  });

  test('data embedded in the page cannot close its script element, and parses back the same', () => {
    const name = '</script><script>alert(1)</script><!-- <b>x</b>';
    const embedded = escapeForScript(JSON.stringify({ name }));
    assert.ok(!embedded.includes('<'), embedded);
    assert.deepEqual(JSON.parse(embedded), { name });
  });
});
