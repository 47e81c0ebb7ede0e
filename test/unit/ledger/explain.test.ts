// How a report's number is explained: the subject's activities and total from the default report model, the
// journal's signals per part, unknown subjects refused with what the days have, and the default Explainer reading
// its components at each call.
import * as assert from 'node:assert/strict';
import {
  tokens,
  type Entry,
  type ExplainQuery,
  type Journal,
  type ReportBuilder,
  type Span,
  type Timesheet,
  type Token,
} from '../../../src/api';
import { buildReportModel, parseTimesheet } from '../../../src/core';
import { readWithRecords, type JournalWithRecords } from '../../../src/journal/journalReading';
import { explanationOf, subjectOf } from '../../../src/ledger/explain';
import { createExplainer } from '../../../src/ledger/explainer';
import { reportModelOf } from '../reportModelOf';

const MINUTE = 60_000;
const local = (text: string) => new Date(`${text.replace(' ', 'T')}:00`);
const TIMESHEET = [
  '2024-06-03 09:00 hello',
  '2024-06-03 10:30 acme: review  # PR 42',
  '2024-06-03 11:00 coffee**',
  '2024-06-03 12:00 acme: review',
  '2024-06-03 13:00 lunch**',
  '2024-06-03 14:00 globex: planning',
  '2024-06-03 14:30 commute***',
  '2024-06-03 15:00 mail',
].join('\n');
const NOW = local('2024-06-03 16:15');
const DAY = { date: '2024-06-03' };

const span = (from: string, to: string, work: Partial<Span> = {}): Span => ({
  start: local(from).getTime(),
  end: local(to).getTime(),
  kind: 'edit',
  actor: 'person',
  source: 'timekeeper.vscode-timekeeper',
  folder: 'acme',
  ...work,
});

const brief = (query: Pick<ExplainQuery, 'name' | 'project'>, now = NOW) => {
  const model = reportModelOf(TIMESHEET, DAY, now);
  const subject = subjectOf(model, query);
  return {
    subject: subject.subject,
    total: subject.total / MINUTE,
    parts: subject.activities.map((a) => `${a.line ?? 'now'} ${a.name} ${a.duration / MINUTE}`),
  };
};

suite('ledger: explain a report number', () => {
  test("a name: its activities with their lines, the report's number as the total", () => {
    assert.deepEqual(brief({ name: 'acme: review' }), {
      subject: 'acme: review',
      total: 150,
      parts: ['2 acme: review 90', '4 acme: review 60'],
    });
    assert.deepEqual(brief({ name: 'lunch**' }), { subject: 'lunch**', total: 60, parts: ['5 lunch** 60'] });
  });

  test('a project: its work only; the names without a project are the project ""', () => {
    assert.deepEqual(brief({ project: 'acme' }), {
      subject: 'project acme',
      total: 150,
      parts: ['2 acme: review 90', '4 acme: review 60'],
    });
    assert.deepEqual(brief({ project: '' }), {
      subject: 'project ""',
      total: 105,
      parts: ['8 mail 30', 'now -- Current Activity -- 75'],
    });
  });

  test('no subject: all work, the current activity last; breaks and ignored time left out', () => {
    assert.deepEqual(brief({}), {
      subject: 'working time',
      total: 315,
      parts: [
        '2 acme: review 90',
        '4 acme: review 60',
        '6 globex: planning 60',
        '8 mail 30',
        'now -- Current Activity -- 75',
      ],
    });
  });

  test('a name is matched exactly, and a name wins over a project', () => {
    assert.deepEqual(brief({ name: 'mail', project: 'acme' }).parts, ['8 mail 30']);
    assert.throws(() => brief({ name: 'Mail' }), /^Error: No activity "Mail" in 2024-06-03/);
  });

  test('an unknown name or project is refused, listing what the day has', () => {
    assert.throws(() => brief({ name: 'acme: reveiw' }), {
      message:
        'No activity "acme: reveiw" in 2024-06-03; the day has: -- Current Activity --, mail, acme: review, ' +
        'globex: planning, coffee**, lunch**.',
    });
    assert.throws(() => brief({ project: 'acm' }), {
      message: 'No project "acm" in 2024-06-03; the day has: "", acme, globex.',
    });
    // An ignored name counts in no total: there is no number to explain.
    assert.throws(() => brief({ name: 'commute***' }), /^Error: No activity "commute\*\*\*"/);
    const empty = reportModelOf(TIMESHEET, { date: '2024-06-10' }, NOW);
    assert.throws(() => subjectOf(empty, { project: 'acme' }), {
      message: 'No project "acme" in 2024-06-10; the day has no project.',
    });
  });

  test('the list stops at ten names, saying how many there are', () => {
    const lines = ['2024-06-03 08:00 hello'];
    for (let i = 1; i <= 12; i++)
      lines.push(`2024-06-03 ${String(8 + i).padStart(2, '0')}:00 task ${String(i).padStart(2, '0')}`);
    const model = reportModelOf(lines.join('\n'), { from: '2024-06-03', to: '2024-06-04' }, NOW);
    assert.throws(() => subjectOf(model, { name: 'x' }), {
      message:
        'No activity "x" in 2024-06-03 to 2024-06-04; the days have: task 01, task 02, task 03, task 04, task 05, ' +
        'task 06, task 07, task 08, task 09, task 10, … (12 in all).',
    });
  });

  test("each part carries its line, comment, current flag and the journal's signals during it", () => {
    const model = reportModelOf(TIMESHEET, DAY, NOW);
    const spans = [
      span('2024-06-03 09:00', '2024-06-03 10:00', {
        branch: 'feature/ABC-123-login',
        language: 'typescript',
        file: 'src/a.ts',
      }),
      span('2024-06-03 10:00', '2024-06-03 10:05', { kind: 'terminal', detail: 'npm' }),
      span('2024-06-03 11:00', '2024-06-03 11:30', { language: 'markdown', file: 'README.md' }),
    ];
    const explanation = explanationOf(
      model,
      subjectOf(model, { name: 'acme: review' }),
      { spans, records: spans },
      10,
    );
    assert.equal(explanation.subject, 'acme: review');
    assert.deepEqual([explanation.start, explanation.end], [model.start, model.end]);
    assert.equal(explanation.total, 150 * MINUTE);
    const [first, second] = explanation.parts;
    assert.deepEqual(
      { ...first, signals: undefined },
      {
        name: 'acme: review',
        start: local('2024-06-03 09:00'),
        end: local('2024-06-03 10:30'),
        duration: 90 * MINUTE,
        line: 2,
        current: false,
        comment: 'PR 42',
        signals: undefined,
      },
    );
    assert.equal(first?.signals.person, 65 * MINUTE);
    assert.equal(first?.signals.unobserved, 25 * MINUTE);
    assert.deepEqual(first?.signals.idle, [
      { from: local('2024-06-03 10:05'), to: local('2024-06-03 10:30') },
    ]);
    assert.deepEqual(
      first?.signals.commands.map((row) => row.key),
      ['terminal: npm'],
    );
    assert.equal(second?.signals.person, 30 * MINUTE);
    assert.deepEqual(second?.signals.idle, [
      { from: local('2024-06-03 11:30'), to: local('2024-06-03 12:00') },
    ]);
    assert.equal('comment' in (second ?? {}), false);
  });

  test('without any sign of the person the journal was not watching: no idle stretch, all unobserved', () => {
    const model = reportModelOf(TIMESHEET, DAY, NOW);
    const agentOnly = [span('2024-06-03 09:00', '2024-06-03 09:30', { actor: 'agent', kind: 'agent' })];
    const explanation = explanationOf(
      model,
      subjectOf(model, {}),
      { spans: agentOnly, records: agentOnly },
      10,
    );
    for (const part of explanation.parts) {
      assert.deepEqual(part.signals.idle, []);
      assert.equal(part.signals.unobserved, part.duration);
    }
    assert.equal(explanation.parts[0]?.signals.agent, 30 * MINUTE);
  });
});

/** A resolve over fixed components, counting the Journal's reads. */
function components(entries: readonly Entry[], spans: readonly Span[]) {
  const reads: [Date, Date][] = [];
  const journal: Pick<Journal, 'spans'> = {
    spans: async (from, to) => {
      reads.push([from, to]);
      return spans.filter((s) => s.end > from.getTime() && s.start < to.getTime());
    },
  };
  const built: unknown[] = [];
  const builder: ReportBuilder = {
    build: (given, args, now) => {
      built.push(args);
      return buildReportModel(given, args, now);
    },
  };
  const timesheet: Pick<Timesheet, 'entries'> = { entries: async () => entries };
  const values: Record<string, unknown> = {
    [tokens.Timesheet]: timesheet,
    [tokens.ReportBuilder]: builder,
    [tokens.Journal]: journal,
  };
  const resolve = <T>(token: Token<T>): T => values[token] as T;
  return { resolve, reads, built };
}

suite('ledger: the default Explainer', () => {
  const { entries } = parseTimesheet(TIMESHEET);

  test("builds the report of the days through the ReportBuilder, without the report's project filter", async () => {
    const { resolve, reads, built } = components(entries, []);
    const explainer = createExplainer(resolve, { idleMinutes: () => 10, ownJournal: () => undefined });
    const explanation = await explainer.explain(
      { range: { date: '2024-06-03', project: 'globex', noCurrentActivity: true }, project: 'acme' },
      NOW,
    );
    assert.equal(explanation.total, 150 * MINUTE);
    assert.deepEqual(built, [
      {
        date: '2024-06-03',
        from: undefined,
        to: undefined,
        week: undefined,
        month: undefined,
        noCurrentActivity: true,
        currentActivity: undefined,
      },
    ]);
    // The journal is read once, over the report's days.
    assert.deepEqual(reads, [[local('2024-06-03 00:00'), local('2024-06-04 00:00')]]);
  });

  test('reads the idle setting at each call', async () => {
    let idleMinutes = 10;
    const spans = [span('2024-06-03 09:00', '2024-06-03 10:15')];
    const explainer = createExplainer(components(entries, spans).resolve, {
      idleMinutes: () => idleMinutes,
      ownJournal: () => undefined,
    });
    const idleOf = async () =>
      (await explainer.explain({ range: DAY, name: 'acme: review' }, NOW)).parts[0]?.signals.idle.length;
    assert.equal(await idleOf(), 1);
    idleMinutes = 15;
    assert.equal(await idleOf(), 0);
  });

  test("utt's message for a bad day; a clear one for a query without days; no journal read for nothing", async () => {
    const { resolve, reads } = components(entries, []);
    const explainer = createExplainer(resolve, { idleMinutes: () => 10, ownJournal: () => undefined });
    await assert.rejects(explainer.explain({ range: { date: '2024-13-01' } }, NOW), {
      message: 'Invalid date: 2024-13-01 (expected YYYY-MM-DD)',
    });
    await assert.rejects(
      explainer.explain({ name: 'x' } as unknown as ExplainQuery, NOW),
      /query\.range must give the report's days/,
    );
    const nothing = await explainer.explain({ range: { date: '2024-06-10' } }, NOW);
    assert.deepEqual([nothing.total, nothing.parts], [0, []]);
    assert.deepEqual(reads, []);
  });

  // The agent edits a.ts and b.ts at once, 10:35–10:45, in the coffee break: its one timeline gives the time to b.ts.
  const atOnce = [
    span('2024-06-03 10:35', '2024-06-03 10:45', { actor: 'agent', kind: 'agent', file: 'a.ts' }),
    span('2024-06-03 10:35', '2024-06-03 10:45', { actor: 'agent', kind: 'agent', file: 'b.ts' }),
  ];
  const timeline = [atOnce[1] as Span];
  /** The built-in journal over `timeline`, reading `atOnce` as its records; `reads` counts its reads. */
  const builtInJournal = () => {
    const built = components(entries, timeline);
    const journal: Pick<Journal, 'spans'> & JournalWithRecords = {
      spans: (from, to) => built.resolve(tokens.Journal).spans(from, to),
      [readWithRecords]: async (from, to) => ({
        spans: await built.resolve(tokens.Journal).spans(from, to),
        records: atOnce,
      }),
    };
    return { journal, reads: built.reads };
  };
  const coffeeSignals = async (journal: Pick<Journal, 'spans'>, own: JournalWithRecords | undefined) => {
    const { resolve } = components(entries, []);
    const explainer = createExplainer(
      <T>(token: Token<T>): T => (token === tokens.Journal ? (journal as T) : resolve(token)),
      { idleMinutes: () => 10, ownJournal: () => own },
    );
    return (await explainer.explain({ range: DAY, name: 'coffee**' }, NOW)).parts[0]?.signals;
  };

  test('the built-in journal on top: spans and records in one read, both files edited at once count', async () => {
    const builtIn = builtInJournal();
    const coffee = await coffeeSignals(builtIn.journal, builtIn.journal);
    assert.deepEqual([coffee?.agent, coffee?.filesEditedByAgents], [10 * MINUTE, 2]);
    assert.equal(builtIn.reads.length, 1, 'one read');
  });

  test("a plugin's journal wrapping the built-in one: its spans hold the time, the records beneath count the files", async () => {
    const builtIn = builtInJournal();
    const plugin: Pick<Journal, 'spans'> = { spans: (from, to) => builtIn.journal.spans(from, to) };
    const coffee = await coffeeSignals(plugin, builtIn.journal);
    assert.deepEqual([coffee?.agent, coffee?.filesEditedByAgents], [10 * MINUTE, 2]);
  });

  test('a journal that gives spans alone, with no built-in one beneath, has its files counted from its spans', async () => {
    const plugin = components(entries, timeline).resolve(tokens.Journal);
    const coffee = await coffeeSignals(plugin, undefined);
    assert.deepEqual([coffee?.agent, coffee?.filesEditedByAgents], [10 * MINUTE, 1]);
  });

  test('breakdown reads the journal up to now, and not at all before the range', async () => {
    const spans = [span('2024-06-03 09:00', '2024-06-03 10:00', { language: 'go' })];
    const { resolve, reads } = components(entries, spans);
    const explainer = createExplainer(resolve, { idleMinutes: () => 10, ownJournal: () => undefined });
    const range = { from: local('2024-06-03 00:00'), to: local('2024-06-04 00:00') };
    const breakdown = await explainer.breakdown(range, local('2024-06-03 09:30'));
    assert.equal(breakdown.person, 30 * MINUTE);
    assert.deepEqual(reads, [[range.from, local('2024-06-03 09:30')]]);
    const before = await explainer.breakdown(range, local('2024-06-02 12:00'));
    assert.deepEqual([before.person, before.languages, reads.length], [0, [], 1]);
  });
});
