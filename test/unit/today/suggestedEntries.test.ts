import * as assert from 'node:assert/strict';
import type { Span, SuggestedEntry } from '../../../src/api';
import { ignoredName, readEntryName } from '../../../subplugins/today/entryNames';
import {
  editedEntry,
  entriesToLog,
  keptEdits,
  shownSuggestions,
  shownWork,
  sourcesOf,
  startMinute,
  type SuggestionEdit,
} from '../../../subplugins/today/suggestedEntries';

const at = (hhmm: string) => new Date(`2024-06-03T${hhmm}:00`);
const suggestion = (
  start: string,
  end: string,
  name: string,
  kind: SuggestedEntry['kind'] = 'work',
  spans: Span[] = [],
): SuggestedEntry => ({ start: at(start), date: at(end), name, kind, spans });

/** hello at 09:00, then work, a break and more work: the shape the Suggester proposes for a fresh day. */
const login = suggestion('09:00', '10:30', 'acme: ABC-123 login');
const away = suggestion('10:30', '11:00', 'away**', 'break');
const docs = suggestion('11:00', '12:10', 'acme: docs');
const day: SuggestedEntry[] = [suggestion('09:00', '09:00', 'hello', 'day'), login, away, docs];
const edits = (...pairs: [SuggestedEntry, SuggestionEdit][]) =>
  new Map(pairs.map(([entry, edit]) => [startMinute(entry), edit]));
const isWork = (name: string) => readEntryName(name) === 'work';

suite('Today view: suggested entries (pure)', () => {
  test('Log on item k writes it and every suggestion before it, the hello included, and nothing after it', () => {
    assert.deepEqual(
      entriesToLog(day, new Map(), 2).map((e) => `${e.date.toTimeString().slice(0, 5)} ${e.name}`),
      ['09:00 hello', '10:30 acme: ABC-123 login', '11:00 away**'],
    );
    assert.equal(entriesToLog(day, new Map()).length, 4, 'Log all: every suggestion');
    assert.deepEqual(entriesToLog(day, new Map(), 0), [{ date: at('09:00'), name: 'hello' }]);
  });

  test('a discarded suggestion is written as ignored when a later one is logged; a renamed one under its new name', () => {
    const chosen = edits([login, { discarded: true }], [docs, { name: 'acme: release' }]);
    assert.deepEqual(
      entriesToLog(day, chosen).map((e) => e.name),
      ['hello', 'acme: ABC-123 login***', 'away**', 'acme: release'],
    );
    assert.equal(editedEntry(login, edits([login, { name: 'x**', discarded: true }])).name, 'x***');
  });

  test('the view lists neither the day’s hello nor discarded suggestions, and keeps each one’s index among all', () => {
    const shown = shownSuggestions(day, edits([away, { discarded: true }]));
    assert.deepEqual(
      shown.map(({ entry, index }) => [entry.name, index]),
      [
        ['acme: ABC-123 login', 1],
        ['acme: docs', 3],
      ],
    );
  });

  test('the group’s unlogged time counts shown work only, after renames', () => {
    assert.equal(shownWork(day, new Map(), isWork), (90 + 70) * 60_000);
    assert.equal(shownWork(day, edits([docs, { discarded: true }]), isWork), 90 * 60_000);
    assert.equal(shownWork(day, edits([login, { name: 'lunch**' }]), isWork), 70 * 60_000);
  });

  test('edits of suggestions that are gone (logged meanwhile) are forgotten, the others kept', () => {
    const kept = keptEdits(day.slice(2), edits([login, { name: 'a' }], [docs, { name: 'b' }]));
    assert.deepEqual([...kept.values()], [{ name: 'b' }]);
  });

  test('sources: the person’s files, branches and commands by time, agents left out', () => {
    const span = (start: string, end: string, extra: Partial<Span>): Span => ({
      start: at(start).getTime(),
      end: at(end).getTime(),
      kind: 'edit',
      actor: 'person',
      source: 'timekeeper',
      ...extra,
    });
    const sources = sourcesOf([
      span('09:00', '09:10', { file: 'src/a.ts', branch: 'feature/ABC-123-login' }),
      span('09:10', '09:40', { file: 'src/b.ts', branch: 'feature/ABC-123-login' }),
      span('09:40', '09:45', { kind: 'terminal', detail: 'npm' }),
      span('09:00', '09:20', { actor: 'agent', kind: 'agent', file: 'src/c.ts' }),
    ]);
    assert.deepEqual(sources.files, [
      { key: 'src/b.ts', duration: 30 * 60_000 },
      { key: 'src/a.ts', duration: 10 * 60_000 },
    ]);
    assert.deepEqual(sources.branches, [{ key: 'feature/ABC-123-login', duration: 40 * 60_000 }]);
    assert.deepEqual(sources.commands, [{ key: 'npm', duration: 5 * 60_000 }]);
  });
});

suite('Suggested entry names, read as utt reads them', () => {
  test('empty refused, a comment separator refused, breaks and ignored names said', () => {
    assert.equal(readEntryName('   '), 'empty');
    assert.equal(readEntryName('acme: review  # PR 42'), 'comment');
    assert.equal(readEntryName('#1 review'), 'work');
    assert.equal(readEntryName('lunch**'), 'break');
    assert.equal(readEntryName('commute***'), 'ignored');
    assert.equal(readEntryName('acme: review*'), 'work');
  });

  test('a dropped name becomes ignored, whatever stars it had', () => {
    assert.equal(ignoredName('acme: review'), 'acme: review***');
    assert.equal(ignoredName('away**'), 'away***');
    assert.equal(ignoredName('x***'), 'x***');
  });
});
