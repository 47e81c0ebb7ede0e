// What a plugin can write from ReportModel alone (docs/PLUGINS.md shows the same function): a table of work per
// project per day, through the public module only (the model's totals and the shared formats), no aggregation.
import * as assert from 'node:assert/strict';
import { escapeMarkdown, formatDuration, formatIsoDate, parseName, type ReportModel } from '../../../src/api';
import { reportModelOf } from '../reportModelOf';

function projectDayTable(model: ReportModel): string {
  const projects = model.projects.map((total) => total.project);
  const cell = (text: string) => escapeMarkdown(text || '(no project)');
  const lines = [
    `| Day | ${projects.map(cell).join(' | ')} | Total |`,
    `| --- |${projects.map(() => ' ---: |').join('')} ---: |`,
  ];
  for (const day of model.days) {
    if (day.work.length === 0) continue; // a day of breaks only
    const work = new Map(day.work.map((total) => [total.project, total.duration]));
    const cells = projects.map((project) => formatDuration(work.get(project) ?? 0));
    lines.push(`| ${formatIsoDate(day.date)} | ${cells.join(' | ')} | ${formatDuration(day.duration)} |`);
  }
  return `${lines.join('\n')}\n`;
}

suite('api: a per-project-per-day table from ReportModel alone', () => {
  const model = reportModelOf(
    [
      '2024-05-06 09:00 hello',
      '2024-05-06 10:30 Globex: planning',
      '2024-05-06 11:00 coffee**',
      '2024-05-06 12:00 acme: review',
      '2024-05-07 09:00 hello',
      '2024-05-07 09:45 reading',
      '2024-05-07 10:00 lunch**',
      '2024-05-08 09:00 hello',
      '2024-05-08 09:30 coffee**',
      '2024-05-08 10:00 acme: deploy',
    ].join('\n'),
    { week: 'this', noCurrentActivity: true },
    new Date(2024, 4, 8, 10, 30),
  );

  test("the columns are the model's projects in utt's order, the rows its days with work", () => {
    assert.equal(
      projectDayTable(model),
      [
        '| Day | (no project) | acme | Globex | Total |',
        '| --- | ---: | ---: | ---: | ---: |',
        '| 2024-05-06 | 0h00 | 1h00 | 1h30 | 2h30 |',
        '| 2024-05-07 | 0h45 | 0h00 | 0h00 | 0h45 |',
        '| 2024-05-08 | 0h00 | 0h30 | 0h00 | 0h30 |',
        '',
      ].join('\n'),
    );
  });

  test("the totals agree with the activities and with parseName's reading of their names", () => {
    for (const activity of model.activities) {
      const { project, task, type } = parseName(activity.name);
      assert.deepEqual([project, task, type], [activity.project, activity.task, activity.type]);
    }
    const work = model.activities.filter((a) => a.type === 'work');
    const sum = (list: readonly { duration: number }[]) => list.reduce((total, a) => total + a.duration, 0);
    assert.equal(sum(model.projects), sum(work));
    assert.equal(sum(model.days), sum(work));
    assert.equal(sum(model.names.work), sum(work));
    assert.equal(sum(model.names.breaks), model.summary.breaks);
    assert.deepEqual(
      model.days.map((day) => day.breaks / 60_000),
      [30, 15, 30],
    );
    assert.deepEqual(
      model.names.work.map((name) => name.name),
      ['reading', 'acme: deploy', 'acme: review', 'Globex: planning'],
    );
  });
});
