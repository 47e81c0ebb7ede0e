import * as assert from 'node:assert/strict';
import { formatIsoDate } from '../../../src/api';
import { billedMinutes, billing, parseRates, type BillingSettings } from '../../../subplugins/export/billing';
import { billingCsv } from '../../../subplugins/export/billingCsv';
import { billingMarkdown } from '../../../subplugins/export/billingMarkdown';
import { reportModelOf } from '../reportModelOf';

const NOW = new Date(2024, 4, 8, 9, 0);
const RANGE = { from: '2024-05-06', to: '2024-05-07' };

/** Two days, two projects, tickets in some tasks, a break and an ignored stretch (neither billed). */
const TIMESHEET = [
  '2024-05-06 09:00 hello',
  '2024-05-06 09:07 acme: ABC-12 login', // 7
  '2024-05-06 09:30 acme: review', // 23
  '2024-05-06 10:00 coffee**',
  '2024-05-06 10:52 globex: planning', // 52
  '2024-05-06 11:00 acme: abc-12 tests', // 8
  '2024-05-06 11:05 commute***',
  '',
  '2024-05-07 09:00 hello',
  '2024-05-07 10:30 acme: ABC-7', // 90
  '2024-05-07 10:45 =cmd: -x', // 15
].join('\n');

const MODEL = reportModelOf(TIMESHEET, RANGE, NOW);

function settings(overrides: Partial<BillingSettings> = {}): BillingSettings {
  return { step: 0, mode: 'up', groupBy: 'project', rates: new Map(), currency: '', ...overrides };
}

const rates = (value: unknown) => parseRates(value).rates;

suite('export: billing', () => {
  test('rounding: every step in both modes, at the boundaries', () => {
    // [minutes, none, 6 up, 6 nearest, 15 up, 15 nearest, 30 up, 30 nearest]
    const table = [
      [0, 0, 0, 0, 0, 0, 0, 0],
      [1, 1, 6, 0, 15, 0, 30, 0],
      [3, 3, 6, 6, 15, 0, 30, 0],
      [6, 6, 6, 6, 15, 0, 30, 0],
      [7, 7, 12, 6, 15, 0, 30, 0],
      [8, 8, 12, 6, 15, 15, 30, 0],
      [9, 9, 12, 12, 15, 15, 30, 0],
      [15, 15, 18, 18, 15, 15, 30, 30],
      [16, 16, 18, 18, 30, 15, 30, 30],
      [22, 22, 24, 24, 30, 15, 30, 30],
      [23, 23, 24, 24, 30, 30, 30, 30],
      [44, 44, 48, 42, 45, 45, 60, 30],
      [45, 45, 48, 48, 45, 45, 60, 60],
      [61, 61, 66, 60, 75, 60, 90, 60],
    ];
    for (const [minutes, ...expected] of table) {
      const got = [
        billedMinutes(minutes, 0, 'up'),
        ...[6, 15, 30].flatMap((step) => [
          billedMinutes(minutes, step, 'up'),
          billedMinutes(minutes, step, 'nearest'),
        ]),
      ];
      assert.deepEqual(got, expected, `${minutes} min`);
      assert.equal(billedMinutes(minutes, 0, 'nearest'), minutes, 'none ignores the mode');
    }
  });

  test('7 minutes bill 0.25 h up to 15, 0.1 h to the nearest 6, 0.12 h exact', () => {
    const model = reportModelOf('2024-05-06 09:00 hello\n2024-05-06 09:07 acme: x\n', RANGE, NOW);
    const hours = (overrides: Partial<BillingSettings>) => billing(model, settings(overrides)).rows[0].hours;
    assert.equal(hours({ step: 15, mode: 'up' }), 25);
    assert.equal(hours({ step: 6, mode: 'nearest' }), 10);
    assert.equal(hours({ step: 0 }), 12);
    assert.equal(hours({ step: 30, mode: 'nearest' }), 0);
  });

  test('a row per project per day, from the model’s day totals; totals add the rows', () => {
    const result = billing(MODEL, settings({ step: 15, rates: rates({ acme: 80, GLOBEX: 100.5 }) }));
    assert.deepEqual(
      result.rows.map(({ date, project, ticket, minutes, hours, rate, amount }) => [
        date,
        project,
        ticket,
        minutes,
        hours,
        rate,
        amount,
      ]),
      [
        // acme on the 6th: 7 + 23 + 8 = 38 min, up to 45 min = 0.75 h × 80
        ['2024-05-06', 'acme', '', 38, 75, 80, 6000],
        ['2024-05-06', 'globex', '', 52, 100, 100.5, 10050],
        ['2024-05-07', '=cmd', '', 15, 25, undefined, undefined],
        ['2024-05-07', 'acme', '', 90, 150, 80, 12000],
      ],
    );
    for (const day of MODEL.days)
      for (const { project, duration } of day.work)
        assert.equal(
          result.rows
            .filter((row) => row.project === project && row.date === formatIsoDate(day.date))
            .reduce((sum, row) => sum + row.minutes, 0),
          duration / 60_000,
          `${project} on ${day.date.toDateString()}`,
        );
    assert.deepEqual(result.projects, [
      { project: '=cmd', minutes: 15, hours: 25 },
      { project: 'acme', minutes: 128, hours: 225, amount: 18000 },
      { project: 'globex', minutes: 52, hours: 100, amount: 10050 },
    ]);
    assert.deepEqual(result.total, { minutes: 195, hours: 350, amount: 28050 });
  });

  test('by ticket: the key a task starts with, in upper case; the rest stays the project’s', () => {
    const result = billing(
      MODEL,
      settings({ groupBy: 'ticket', rates: rates({ acme: 80, 'abc-12': 120, 'ABC-7': -1 }) }),
    );
    assert.deepEqual(
      result.rows.map(({ date, project, ticket, minutes, hours, amount }) => [
        date,
        project,
        ticket,
        minutes,
        hours,
        amount,
      ]),
      [
        ['2024-05-06', 'acme', '', 23, 38, 3040],
        ['2024-05-06', 'acme', 'ABC-12', 15, 25, 3000],
        ['2024-05-06', 'globex', '', 52, 87, undefined],
        ['2024-05-07', '=cmd', '', 15, 25, undefined],
        // ABC-7's own rate is wrong: its amount is empty, not its project's 80.
        ['2024-05-07', 'acme', 'ABC-7', 90, 150, undefined],
      ],
    );
    assert.deepEqual(result.total, { minutes: 195, hours: 325, amount: 6040 });
  });

  test('rates: missing leaves rate and amount empty; bad ones are named; a non-object is named whole', () => {
    assert.deepEqual(parseRates({ acme: 80, b: -5, c: '80', d: null, e: 0 }).bad, [
      'b: -5',
      'c: "80"',
      'd: null',
    ]);
    assert.deepEqual(parseRates({}).bad, []);
    assert.deepEqual(parseRates('80').bad, ['"80"']);
    assert.deepEqual(parseRates([80]).bad, ['[80]']);
    const result = billing(MODEL, settings({ rates: rates({ globex: 'a lot', acme: 0 }) }));
    assert.deepEqual(
      result.rows.map((row) => [row.project, row.rate, row.amount]),
      [
        ['acme', 0, 0],
        ['globex', undefined, undefined],
        ['=cmd', undefined, undefined],
        ['acme', 0, 0],
      ],
    );
    const none = billing(MODEL, settings());
    assert.equal(none.total.amount, undefined, 'no rate at all: no amount, never 0');
    const cents = billing(MODEL, settings({ rates: rates({ acme: 80.1, '=CMD': 80.1 }) })).rows;
    assert.equal(cents[0].amount, 5046, '0.63 h × 80.1 = 50.463');
    assert.equal(cents[2].amount, 2003, '0.25 h × 80.1 = 20.025 rounds up, whatever the binary 80.1 is');
  });

  test('CSV: the rule and currency in the header, formula-like names defused, totals last', () => {
    const result = billing(MODEL, settings({ step: 15, mode: 'nearest', rates: rates({ acme: 80 }) }));
    assert.equal(
      billingCsv(result, settings({ step: 15, mode: 'nearest', currency: 'EUR' })),
      [
        'Date,Project,Ticket,Minutes,Hours (each row rounded to the nearest 15 min),Rate (EUR),Amount (EUR)',
        '2024-05-06,acme,,38,0.75,80.00,60.00',
        '2024-05-06,globex,,52,0.75,,',
        "2024-05-07,'=cmd,,15,0.25,,",
        '2024-05-07,acme,,90,1.50,80.00,120.00',
        "Total,'=cmd,,15,0.25,,",
        'Total,acme,,128,2.25,,180.00',
        'Total,globex,,52,0.75,,',
        'Grand total,,,195,3.25,,180.00',
        '',
      ].join('\r\n'),
    );
    const exact = billing(MODEL, settings({ rates: rates({ globex: 95.125 }) }));
    assert.equal(
      billingCsv(exact, settings()).split('\r\n')[2],
      '2024-05-06,globex,,52,0.87,95.125,82.76',
      'exact minutes: 52/60 = 0.87 h; the rate as set',
    );
    assert.match(
      billingCsv(exact, settings()),
      /^Date,Project,Ticket,Minutes,Hours \(each row exact minutes\),Rate,Amount\r\n/,
    );
  });

  test('Markdown: heading with the days, what a row is, the table and the totals, escaped', () => {
    const shown = settings({ step: 6, groupBy: 'ticket', rates: rates({ acme: 80 }), currency: '€' });
    assert.equal(
      billingMarkdown(MODEL, billing(MODEL, shown), shown),
      [
        '# Timekeeper billing: 2024-05-06 to 2024-05-07',
        '',
        "Each row is one ticket's work on one day, rounded up to 6 min.",
        '',
        '| Date | Project | Ticket | Minutes | Hours | Rate (€) | Amount (€) |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| 2024-05-06 | acme |  | 23 | 0.40 | 80.00 | 32.00 |',
        '| 2024-05-06 | acme | ABC-12 | 15 | 0.30 | 80.00 | 24.00 |',
        '| 2024-05-06 | globex |  | 52 | 0.90 |  |  |',
        '| 2024-05-07 | =cmd |  | 15 | 0.30 |  |  |',
        '| 2024-05-07 | acme | ABC-7 | 90 | 1.50 | 80.00 | 120.00 |',
        '',
        '## Totals',
        '',
        '| Project | Minutes | Hours | Amount (€) |',
        '| --- | --- | --- | --- |',
        '| =cmd | 15 | 0.30 |  |',
        '| acme | 128 | 2.20 | 176.00 |',
        '| globex | 52 | 0.90 |  |',
        '| Grand total | 195 | 3.40 | 176.00 |',
        '',
      ].join('\n'),
    );
    const empty = reportModelOf('', { date: '2024-05-06', project: 'a*b' }, NOW);
    assert.equal(
      billingMarkdown(empty, billing(empty, settings()), settings()),
      "# Timekeeper billing: 2024-05-06 (project a\\*b)\n\nEach row is one project's work on one day, exact minutes.\n\nNo work in this time range.\n",
    );
  });
});
