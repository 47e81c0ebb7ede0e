import * as assert from 'node:assert/strict';
import type { Breakdown, Explanation, SignalSummary } from '../../../src/api';
import {
  BREAKDOWN_ROWS,
  breakdownData,
  explanationData,
  rangeOfDays,
} from '../../../subplugins/report-view/explanationData';
import type { ExplainedPartData, SignalsData } from '../../../subplugins/report-view/protocol';
import {
  actorsSentence,
  breakdownTables,
  explainLabel,
  partTimes,
  projectSubject,
  signalPhrases,
  sumSentence,
} from '../../../subplugins/report-view/webview/explanationText';
import { useTranslations } from '../../../subplugins/report-view/webview/l10n';
import { parseFromWebview } from '../../../subplugins/report-view/webviewMessages';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (text: string) => new Date(`${text}:00`);
const range = { from: '2024-05-06', to: '2024-05-08' };

const NO_SIGNALS: SignalSummary = {
  person: 0,
  unobserved: 90 * MINUTE,
  agent: 0,
  idle: [],
  filesEdited: 0,
  filesEditedByAgents: 0,
  languages: [],
  branches: [],
  commands: [],
};

const SIGNALS: SignalsData = {
  person: 80 * MINUTE,
  agent: 12 * MINUTE,
  unobserved: 10 * MINUTE,
  idleStretches: 2,
  idle: 25 * MINUTE,
  filesEdited: 3,
  filesEditedByAgents: 1,
  languages: ['typescript', 'markdown'],
  branches: ['feature/ABC-123-login'],
  commands: ['npm'],
};

function part(duration: number, signals: SignalsData = SIGNALS): ExplainedPartData {
  return {
    name: 'acme: review',
    day: '2024-05-06',
    startMinute: 540,
    endMinute: 630,
    duration,
    current: false,
    signals,
  };
}

suite('webview: explain and breakdown', () => {
  // The page's translations are module state: every test starts and leaves English, as a page starts.
  setup(() => useTranslations({ language: 'en' }));
  teardown(() => useTranslations({ language: 'en' }));

  test('an explain message names a range and exactly one of an activity or a project', () => {
    assert.deepEqual(
      parseFromWebview({ type: 'explain', request: 3, query: { range, name: 'acme: review' } }),
      {
        type: 'explain',
        request: 3,
        query: { range, name: 'acme: review' },
      },
    );
    // '' is the names without a project, as in the Projects section.
    assert.deepEqual(parseFromWebview({ type: 'explain', request: 1, query: { range, project: '' } }), {
      type: 'explain',
      request: 1,
      query: { range, project: '' },
    });
  });

  test('explain messages of any other shape are refused', () => {
    const refused: unknown[] = [
      { type: 'explain', query: { range, name: 'a' } },
      { type: 'explain', request: 1.5, query: { range, name: 'a' } },
      { type: 'explain', request: '1', query: { range, name: 'a' } },
      { type: 'explain', request: 1 },
      { type: 'explain', request: 1, query: { range } },
      { type: 'explain', request: 1, query: { range, name: '' } },
      { type: 'explain', request: 1, query: { range, name: 'a', project: 'acme' } },
      { type: 'explain', request: 1, query: { range, project: 7 } },
      { type: 'explain', request: 1, query: { range: { from: 20240506 }, name: 'a' } },
      { type: 'explain', request: 1, query: { range: 'today', name: 'a' } },
      { type: 'explain', request: 1, query: { name: 'a' } },
      { type: 'explain', request: 1, query: [range, 'a'] },
    ];
    for (const message of refused)
      assert.equal(parseFromWebview(message), undefined, JSON.stringify(message));
  });

  test('an explanation crosses to the webview as local days and minutes, signals cut to their top keys', () => {
    const explanation: Explanation = {
      subject: 'acme: review',
      start: at('2024-05-06T00:00'),
      end: at('2024-05-08T00:00'),
      total: 2 * HOUR,
      parts: [
        {
          name: 'acme: review',
          start: at('2024-05-06T09:00'),
          end: at('2024-05-06T10:30'),
          duration: 90 * MINUTE,
          line: 2,
          current: false,
          comment: 'PR 42',
          signals: {
            ...NO_SIGNALS,
            person: 80 * MINUTE,
            unobserved: 10 * MINUTE,
            idle: [
              { from: at('2024-05-06T09:10'), to: at('2024-05-06T09:25') },
              { from: at('2024-05-06T10:00'), to: at('2024-05-06T10:10') },
            ],
            languages: ['a', 'b', 'c', 'd', 'e', 'f'].map((key) => ({ key, person: MINUTE, agent: 0 })),
          },
        },
        {
          name: 'acme: review',
          start: at('2024-05-08T11:45'),
          end: at('2024-05-08T12:15'),
          duration: 30 * MINUTE,
          current: true,
          signals: NO_SIGNALS,
        },
      ],
    };
    const data = explanationData(explanation);
    assert.equal(data.first, '2024-05-06');
    assert.equal(data.last, '2024-05-08');
    assert.equal(data.total, 2 * HOUR);
    const [first, current] = data.parts;
    assert.deepEqual(
      [first.day, first.startMinute, first.endMinute, first.line, first.comment],
      ['2024-05-06', 540, 630, 2, 'PR 42'],
    );
    assert.equal(first.signals.idleStretches, 2);
    assert.equal(first.signals.idle, 25 * MINUTE);
    assert.deepEqual(first.signals.languages, ['a', 'b', 'c', 'd', 'e']);
    assert.equal(current.current, true);
    assert.ok(!('line' in current) && !('comment' in current));
    assert.equal(
      JSON.stringify(JSON.parse(JSON.stringify(data))),
      JSON.stringify(data),
      'plain JSON, no Date',
    );
  });

  test('a breakdown keeps its top rows, the ticket of a branch, and nothing for an empty journal', () => {
    const rows = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => ({
        key: `${prefix}${i}`,
        person: (count - i) * MINUTE,
        agent: 0,
      }));
    const breakdown: Breakdown = {
      range: rangeOfDays('2024-05-06', '2024-05-08'),
      person: 3 * HOUR,
      agent: HOUR,
      languages: rows('language', 3),
      branches: [
        { key: 'feature/ABC-123-login', person: HOUR, agent: 0, ticket: 'ABC-123 login' },
        ...rows('b', 2),
      ],
      files: rows('file', 25).map((row) => ({ ...row, extra: 'not for the page' })),
      folders: rows('folder', 4),
    };
    const data = breakdownData(breakdown);
    assert.ok(data);
    assert.equal(data.files.length, BREAKDOWN_ROWS);
    assert.deepEqual(data.files[0], { key: 'file0', person: 25 * MINUTE, agent: 0 });
    assert.deepEqual(data.branches[0].ticket, 'ABC-123 login');
    assert.ok(!('ticket' in data.branches[1]));
    assert.ok(!('folders' in data));
    assert.equal(breakdownData({ ...breakdown, person: 0, agent: 0 }), undefined);
  });

  test('the report’s days become a range from the first midnight to the one after the last day', () => {
    const days = rangeOfDays('2024-02-28', '2024-02-29');
    assert.deepEqual([days.from, days.to], [at('2024-02-28T00:00'), at('2024-03-01T00:00')]);
  });

  test('a total’s button says what it explains; a part says when, and what the journal saw', () => {
    assert.equal(explainLabel('acme: review', 90 * MINUTE), 'Explain acme: review, 1h30');
    assert.equal(explainLabel(projectSubject(''), HOUR), 'Explain project (no project), 1h00');
    assert.equal(partTimes(part(90 * MINUTE)), '2024-05-06 09:00–10:30');
    assert.deepEqual(signalPhrases(SIGNALS), [
      'You 1h20, unobserved 0h10',
      'Agents 0h12',
      '3 files edited, 1 by agents',
      'Languages: typescript, markdown',
      'Branches: feature/ABC-123-login',
      'Commands: npm',
      '2 idle stretches cut out, 0h25 in all',
    ]);
    assert.deepEqual(signalPhrases({ ...SIGNALS, person: 0, agent: 0, unobserved: 90 * MINUTE }), [
      'Nothing in the journal: 1h30 unobserved',
    ]);
  });

  test('the closing sentence adds the parts up itself, and says so when they miss the total', () => {
    assert.equal(
      sumSentence([part(HOUR), part(30 * MINUTE)], 90 * MINUTE),
      'These 2 parts add up to the total, 1h30.',
    );
    assert.equal(sumSentence([part(HOUR)], HOUR), 'This one part is the whole total, 1h00.');
    assert.equal(
      sumSentence([part(HOUR), part(29 * MINUTE)], 90 * MINUTE),
      'The parts add up to 1h29, not to the total of 1h30.',
    );
  });

  test('the breakdown’s tables: shares of the journaled time, branches with their ticket, no empty table', () => {
    const tables = breakdownTables({
      person: 3 * HOUR,
      agent: HOUR,
      languages: [{ key: 'typescript', person: 2 * HOUR, agent: HOUR }],
      branches: [{ key: 'feature/ABC-123-login', person: HOUR, agent: 0, ticket: 'ABC-123 login' }],
      files: [],
    });
    assert.deepEqual(
      tables.map((table) => [table.caption, table.rows.map((row) => `${row.key} ${row.share}%`)]),
      [
        ['By language', ['typescript 75%']],
        ['By branch and ticket', ['feature/ABC-123-login (ABC-123 login) 25%']],
      ],
    );
    assert.equal(
      actorsSentence({ person: 3 * HOUR, agent: HOUR, languages: [], branches: [], files: [] }),
      'You 3h00 (75%), agents 1h00 (25%), from the journal',
    );
  });

  test('the words are in the display language once the panel sends a bundle', () => {
    useTranslations({ language: 'de', bundle: { 'Explain {0}, {1}': '{0}, {1} erklären' } });
    assert.equal(explainLabel('acme: review', 90 * MINUTE), 'acme: review, 1h30 erklären');
  });
});
