// The `export` command in the real extension host: files written without dialogs when a path is given, utt's CSV
// sections byte for byte as utt printed them, JSON that follows docs/report-model.schema.json, Markdown, and the
// clipboard.
import * as assert from 'node:assert/strict';
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import * as vscode from 'vscode';
import type { Api } from '../../src/api';
import { getApi, localTime, override, tempTimesheet, waitFor } from './helpers';

const TIMESHEET = [
  '2024-05-06 09:00 hello',
  '2024-05-06 10:30 acme: review  # PR 42, "final"',
  '2024-05-06 11:00 coffee**',
  '2024-05-06 12:45 <b>html</b>: a|b *c*',
  '',
  '2024-05-07 09:00 hello',
  '2024-05-07 12:00 globex: planning',
  '',
].join('\n');
const RANGE = { from: '2024-05-06', to: '2024-05-07' };

interface PublicCsvCase {
  readonly id: string;
  readonly log: string;
  readonly steps: readonly {
    readonly now: string;
    readonly args: Record<string, unknown>;
    readonly utt: string;
  }[];
  readonly expect: { readonly output: string };
}

/** utt 1.32's recorded answers to `report --csv-section` (test/conformance/public-cases.json, category `csv`). */
function publicCsvCases(): PublicCsvCase[] {
  const file = path.resolve(__dirname, '..', '..', 'test', 'conformance', 'public-cases.json');
  const { cases } = JSON.parse(readFileSync(file, 'utf8')) as {
    cases: (PublicCsvCase & { category: string; tz?: string })[];
  };
  // The cases run in UTC: the ones recorded in another zone would need the extension host in that zone.
  return cases.filter((testCase) => testCase.category === 'csv' && testCase.tz === undefined);
}

suite('Export', () => {
  let api: Api;
  let file: string;
  let undo: vscode.Disposable;
  let written: string[];

  suiteSetup(async () => {
    api = await getApi();
    file = tempTimesheet();
    await fs.writeFile(file, TIMESHEET);
    written = [];
    undo = override(api, {
      DataFile: file,
      Now: localTime('2024-05-08 09:00'),
      Output: { write: (text: string) => written.push(text) },
    });
  });
  suiteTeardown(() => undo?.dispose());

  const target = (name: string) => path.join(path.dirname(file), name);

  test('CSV to a path: every activity with times, quoted as utt quotes', async () => {
    const result = await api.runCommand('export', { format: 'csv', path: target('a.csv'), ...RANGE });
    const { size } = await fs.stat(target('a.csv'));
    assert.deepEqual(result, { format: 'csv', destination: 'file', path: target('a.csv'), bytes: size });
    assert.equal(
      await fs.readFile(target('a.csv'), 'utf8'),
      [
        'Date,Start,End,Project,Task,Name,Type,Minutes,Hours,Comment,Line',
        '2024-05-06,09:00,10:30,acme,review,acme: review,work,90,1.50,"PR 42, ""final""",2',
        '2024-05-06,10:30,11:00,,coffee**,coffee**,break,30,0.50,,3',
        '2024-05-06,11:00,12:45,<b>html</b>,a|b *c*,<b>html</b>: a|b *c*,work,105,1.75,,4',
        '2024-05-07,09:00,12:00,globex,planning,globex: planning,work,180,3.00,,7',
        '',
      ].join('\r\n'),
    );
  });

  test('utt’s CSV sections are byte for byte what utt printed (its recorded public cases)', async () => {
    // Every `csv` case whose arguments `export` takes; perDay and details are utt options that a CSV section ignores,
    // so `export` has none: they are left out, and utt's output (printed with them) must still match.
    const exportable = new Set(['date', 'from', 'to', 'week', 'month', 'project', 'csvSection']);
    const ignoredBySections = new Set(['perDay', 'details']);
    const cases = publicCsvCases().filter((testCase) =>
      Object.entries(testCase.steps[0].args).every(
        ([name, value]) =>
          exportable.has(name) ||
          ignoredBySections.has(name) ||
          (name === 'noCurrentActivity' && value === false),
      ),
    );
    assert.ok(cases.length >= 25, `${cases.length} exportable csv cases`);
    for (const testCase of cases) {
      const { now, args } = testCase.steps[0];
      const log = tempTimesheet();
      await fs.writeFile(log, testCase.log);
      const exported = path.join(path.dirname(log), 'section.csv');
      const undoCase = override(api, { DataFile: log, Now: localTime(now) });
      try {
        const exportArgs = Object.fromEntries(Object.entries(args).filter(([name]) => exportable.has(name)));
        await api.runCommand('export', { format: 'csv', path: exported, ...exportArgs });
      } finally {
        undoCase.dispose();
      }
      assert.equal(
        await fs.readFile(exported, 'utf8'),
        testCase.expect.output,
        `${testCase.id}: utt ${testCase.steps[0].utt}`,
      );
    }
  });

  test('JSON: the report model with ISO days and times, totals per project and per day', async () => {
    await api.runCommand('export', { format: 'json', path: target('a.json'), ...RANGE });
    const document = JSON.parse(await fs.readFile(target('a.json'), 'utf8'));
    const schemaFile = path.resolve(__dirname, '..', '..', 'docs', 'report-model.schema.json');
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
    assert.equal(validate(document), true, ajv.errorsText(validate.errors));
    assert.equal(document.format, 'timekeeper-report');
    assert.equal(document.version, 1);
    assert.deepEqual([document.start, document.end], ['2024-05-06', '2024-05-07']);
    assert.deepEqual(document.summary, { working: 375 * 60_000, breaks: 30 * 60_000, total: 405 * 60_000 });
    assert.deepEqual(
      document.projects.map((p: { project: string }) => p.project),
      ['globex', '<b>html</b>', 'acme'],
    );
    assert.deepEqual(
      document.days.map((d: { date: string }) => d.date),
      ['2024-05-06', '2024-05-07'],
    );
    assert.equal(document.activities.length, 4);
    assert.match(document.activities[0].start, /^2024-05-06T09:00:00[+-]\d\d:\d\d$/);
    assert.equal(document.activities[0].comment, 'PR 42, "final"');
    assert.equal(document.activities[0].line, 2);
  });

  test('Markdown: summary and tables, the timesheet’s text escaped', async () => {
    await api.runCommand('export', { format: 'markdown', path: target('a.md'), ...RANGE });
    const markdown = await fs.readFile(target('a.md'), 'utf8');
    assert.ok(markdown.startsWith('# Timekeeper report: 2024-05-06 to 2024-05-07\n'));
    assert.ok(markdown.includes('| Working | 6h15 | 6.25 |'));
    assert.ok(markdown.includes('| \\<b\\>html\\</b\\> | 1h45 | 1.75 | a\\|b \\*c\\* |'));
    assert.ok(!markdown.includes('<b>'));
  });

  test('to the clipboard', async () => {
    const result = await api.runCommand('export', {
      format: 'markdown',
      destination: 'clipboard',
      date: '2024-05-07',
    });
    assert.equal((result as { destination: string }).destination, 'clipboard');
    assert.match(await vscode.env.clipboard.readText(), /^# Timekeeper report: 2024-05-07\n[\s\S]*globex/);
  });

  test('a bad range or format rejects with a message naming it, and writes nothing', async () => {
    await assert.rejects(
      api.runCommand('export', { format: 'csv', path: target('bad.csv'), date: 'someday' }),
      /Invalid date: someday/,
    );
    await assert.rejects(
      api.runCommand('export', { format: 'xml', path: target('bad.xml') }),
      /must be one of csv, json, markdown/,
    );
    await assert.rejects(fs.stat(target('bad.csv')));
  });

  test('runCommand never opens a save dialog: a file export without a path rejects naming it', async () => {
    await assert.rejects(
      api.runCommand('export', { format: 'csv', date: '2024-05-07' }),
      /needs the argument 'path'/,
    );
  });
});

suite('Billing export', () => {
  let api: Api;
  let file: string;
  let undo: vscode.Disposable;
  const billingSettings = () => vscode.workspace.getConfiguration('timekeeper.billing');

  /** Sets the billing settings as the Settings editor would, and waits until they read back. */
  async function configure(values: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(values))
      await billingSettings().update(key, value, vscode.ConfigurationTarget.Global);
    await waitFor('the billing settings', () =>
      Object.entries(values).every(
        ([key, value]) =>
          JSON.stringify(billingSettings().inspect(key)?.globalValue) === JSON.stringify(value),
      ),
    );
  }

  suiteSetup(async () => {
    api = await getApi();
    file = tempTimesheet();
    await fs.writeFile(
      file,
      [
        '2024-05-06 09:00 hello',
        '2024-05-06 09:07 acme: ABC-12 login',
        '2024-05-06 09:30 acme: review',
        '2024-05-06 10:00 coffee**',
        '2024-05-06 10:52 globex: planning',
        '',
        '2024-05-07 09:00 hello',
        '2024-05-07 10:30 acme: ABC-12 tests',
        '2024-05-07 10:45 =cmd: x',
        '',
      ].join('\n'),
    );
    undo = override(api, { DataFile: file, Now: localTime('2024-05-08 09:00') });
  });
  suiteTeardown(async () => {
    undo?.dispose();
    await configure({
      rounding: undefined,
      roundingMode: undefined,
      rates: undefined,
      currency: undefined,
      groupBy: undefined,
    });
  });

  const target = (name: string) => path.join(path.dirname(file), name);

  test('billing CSV through runCommand: rows per project and day, rounded and priced by the settings', async () => {
    await configure({
      rounding: '15',
      roundingMode: 'up',
      rates: { acme: 80, globex: 100 },
      currency: 'EUR',
    });
    const result = await api.runCommand('export', {
      format: 'billing-csv',
      path: target('billing.csv'),
      from: '2024-05-06',
      to: '2024-05-07',
    });
    assert.equal((result as { format: string }).format, 'billing-csv');
    assert.equal((result as { note?: string }).note, undefined);
    assert.equal(
      await fs.readFile(target('billing.csv'), 'utf8'),
      [
        'Date,Project,Ticket,Minutes,Hours (each row rounded up to 15 min),Rate (EUR),Amount (EUR)',
        '2024-05-06,acme,,30,0.50,80.00,40.00',
        '2024-05-06,globex,,52,1.00,100.00,100.00',
        "2024-05-07,'=cmd,,15,0.25,,",
        '2024-05-07,acme,,90,1.50,80.00,120.00',
        "Total,'=cmd,,15,0.25,,",
        'Total,acme,,120,2.00,,160.00',
        'Total,globex,,52,1.00,,100.00',
        'Grand total,,,187,3.25,,260.00',
        '',
      ].join('\r\n'),
    );
  });

  test('billing Markdown by ticket, nearest 6 minutes; a bad rate leaves its amounts empty and says so', async () => {
    await configure({
      rounding: '6',
      roundingMode: 'nearest',
      groupBy: 'ticket',
      rates: { acme: 80, 'abc-12': -5 },
      currency: '',
    });
    const result = (await api.runCommand('export', {
      format: 'billing-markdown',
      path: target('billing.md'),
      from: '2024-05-06',
      to: '2024-05-07',
      project: 'acme',
    })) as { note?: string };
    assert.match(
      result.note ?? '',
      /timekeeper\.billing\.rates .*\(abc-12: -5\); their amounts are left empty/,
    );
    assert.equal(
      await fs.readFile(target('billing.md'), 'utf8'),
      [
        '# Timekeeper billing: 2024-05-06 to 2024-05-07 (project acme)',
        '',
        "Each row is one ticket's work on one day, rounded to the nearest 6 min.",
        '',
        '| Date | Project | Ticket | Minutes | Hours | Rate | Amount |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| 2024-05-06 | acme |  | 23 | 0.40 | 80.00 | 32.00 |',
        '| 2024-05-06 | acme | ABC-12 | 7 | 0.10 |  |  |',
        '| 2024-05-07 | acme | ABC-12 | 90 | 1.50 |  |  |',
        '',
        '## Totals',
        '',
        '| Project | Minutes | Hours | Amount |',
        '| --- | --- | --- | --- |',
        '| acme | 120 | 2.00 | 32.00 |',
        '| Grand total | 120 | 2.00 | 32.00 |',
        '',
      ].join('\n'),
    );
  });

  test('a rounding the export cannot use refuses it, naming the setting, and writes nothing', async () => {
    await configure({ rounding: '7' });
    await assert.rejects(
      api.runCommand('export', { format: 'billing-csv', path: target('refused.csv'), date: '2024-05-06' }),
      /timekeeper\.billing\.rounding cannot be "7": use one of none, 6, 15, 30/,
    );
    await assert.rejects(fs.stat(target('refused.csv')));
    await configure({ rounding: 'none' });
  });

  test('JSON and Markdown carry the journal’s breakdown of the days (a fake Explainer); a project’s do not', async () => {
    const asked: { from: Date; to: Date }[] = [];
    const explainer = {
      explain: () => Promise.reject(new Error('not asked here')),
      breakdown: async (range: { from: Date; to: Date }) => {
        asked.push(range);
        return {
          range,
          person: 60 * 60_000,
          agent: 15 * 60_000,
          languages: [{ key: 'typescript', person: 60 * 60_000, agent: 15 * 60_000 }],
          branches: [{ key: 'feature/ABC-12-login', ticket: 'ABC-12 login', person: 60 * 60_000, agent: 0 }],
          files: [{ key: 'src/login.ts', person: 60 * 60_000, agent: 15 * 60_000 }],
          folders: [{ key: 'acme', person: 60 * 60_000, agent: 15 * 60_000 }],
        };
      },
    };
    const undoExplainer = override(api, { Explainer: explainer });
    try {
      await api.runCommand('export', { format: 'json', path: target('b.json'), date: '2024-05-06' });
      const document = JSON.parse(await fs.readFile(target('b.json'), 'utf8'));
      assert.deepEqual(
        asked.map(({ from, to }) => [from.getTime(), to.getTime()]),
        [[localTime('2024-05-06 00:00').getTime(), localTime('2024-05-07 00:00').getTime()]],
      );
      assert.equal(document.breakdown.person, 60 * 60_000);
      assert.match(document.breakdown.range.from, /^2024-05-06T00:00:00[+-]\d\d:\d\d$/);
      await api.runCommand('export', { format: 'markdown', path: target('b.md'), date: '2024-05-06' });
      const markdown = await fs.readFile(target('b.md'), 'utf8');
      assert.ok(markdown.includes('\n## Where the time went\n'));
      assert.ok(markdown.includes('| feature/ABC-12-login | ABC-12 login | 1h00 | 0h00 |'));
      await api.runCommand('export', {
        format: 'markdown',
        path: target('c.md'),
        date: '2024-05-06',
        project: 'acme',
      });
      assert.ok(!(await fs.readFile(target('c.md'), 'utf8')).includes('Where the time went'));
    } finally {
      undoExplainer.dispose();
    }
  });
});
