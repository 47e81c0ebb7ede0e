// An away time kept as work: the journal records the person's answer over the time away, in the context of their
// work before it, so the suggestions and the explanations count it as that work instead of a break. A real journal
// on a temporary folder, the default Suggester on a real timesheet, the clock in the test's hands.
import * as assert from 'node:assert/strict';
import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { signalSummary } from '../../../src/ledger/signalSummary';
import { TimesheetStore } from '../../../src/store/timesheetStore';
import { builtInSuggester } from '../ledger/builtInSuggester';
import { at, MINUTE, OWN, simulatedJournal, type SimulatedJournal } from './harness';
import { readWithRecords } from '../../../src/journal/journalReading';

const LOGIN = {
  folder: 'acme',
  repository: 'acme',
  branch: 'feature/ABC-123-login',
  language: 'typescript',
  file: 'src/login.ts',
};

/** Edits in the login context every minute from `from` to `to` (the journal coalesces them into one record). */
function work(window: SimulatedJournal, from: string, to: string): void {
  for (let time = at(from); time <= at(to); time += MINUTE) window.signal(time, LOGIN);
}

/** The day of the tests: login work 09:00–10:00, away 10:00–10:45, login work again 10:45–11:30. */
function dayWithAway(): SimulatedJournal {
  const window = simulatedJournal(undefined, at('2024-05-02 09:00'));
  work(window, '2024-05-02 09:00', '2024-05-02 10:00');
  work(window, '2024-05-02 10:45', '2024-05-02 11:30');
  return window;
}

const AWAY = { start: new Date(at('2024-05-02 10:00')), end: new Date(at('2024-05-02 10:45')) };

async function suggestionsFor(window: SimulatedJournal): Promise<string[]> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'timekeeper-kept-')), 'utt.log');
  await fs.writeFile(file, '2024-05-02 09:00 hello\n');
  const suggester = builtInSuggester(new TimesheetStore(file), window.journal);
  const day = { from: new Date(at('2024-05-02 00:00')), to: new Date(at('2024-05-03 00:00')) };
  const { entries } = await suggester.suggest(day, new Date(at('2024-05-02 12:00')));
  const clock = (date: Date) => date.toTimeString().slice(0, 5);
  return entries.map((entry) => `${clock(entry.start)}–${clock(entry.date)} ${entry.name} (${entry.kind})`);
}

/** The journal's lines in its folder, every window's file of the day, defaults left out as written. */
async function linesOf(window: SimulatedJournal, day: string): Promise<string[]> {
  const folder = path.join(window.directory, day);
  const files = await fs.readdir(folder);
  const texts = await Promise.all(files.map((name) => fs.readFile(path.join(folder, name), 'utf8')));
  return texts.flatMap((text) =>
    text.split('\n').filter((line) => line !== '' && !line.includes('"format"')),
  );
}

suite('journal: an away time kept as work', () => {
  test('without the record the suggestions propose the time away as a break (away**)', async () => {
    assert.deepEqual(await suggestionsFor(dayWithAway()), [
      '09:00–10:00 acme: ABC-123 login (work)',
      '10:00–10:45 away** (break)',
      '10:45–11:30 acme: ABC-123 login (work)',
    ]);
  });

  test('with it, one work entry across the time away, named as the work before it, and no away**', async () => {
    const window = dayWithAway();
    const record = await window.journal.keepAsWork(AWAY.start, AWAY.end);
    assert.deepEqual(record, {
      start: AWAY.start.getTime(),
      end: AWAY.end.getTime(),
      kind: 'other',
      actor: 'person',
      source: OWN,
      ...LOGIN,
      detail: 'kept as work',
    });
    assert.deepEqual(await suggestionsFor(window), ['09:00–11:30 acme: ABC-123 login (work)']);
    assert.deepEqual(window.errors, []);
  });

  test('the record is written to the file at once, as a version 1 line of kind other', async () => {
    const window = dayWithAway();
    await window.journal.keepAsWork(AWAY.start, AWAY.end);
    const kept = (await linesOf(window, '2024-05-02')).filter((line) => line.includes('kept as work'));
    assert.deepEqual(kept, [
      JSON.stringify({
        start: AWAY.start.getTime(),
        end: AWAY.end.getTime(),
        kind: 'other',
        ...LOGIN,
        detail: 'kept as work',
      }),
    ]);
    // Another window reads it from the file alone.
    const other = simulatedJournal(window.directory, at('2024-05-02 11:30'));
    const spans = await other.journal.spans(AWAY.start, AWAY.end);
    assert.deepEqual(
      spans.map((span) => [span.kind, span.detail, span.branch]),
      [['other', 'kept as work', LOGIN.branch]],
    );
  });

  test('the explanation counts the time away as the person’s, not unobserved', async () => {
    const stretch = { start: AWAY.start, end: AWAY.end, duration: 45 * MINUTE };
    const before = dayWithAway();
    const unobserved = signalSummary(
      await before.journal[readWithRecords](AWAY.start, AWAY.end),
      stretch,
      10 * MINUTE,
    );
    assert.deepEqual([unobserved.person, unobserved.unobserved], [0, 45 * MINUTE]);
    const kept = dayWithAway();
    await kept.journal.keepAsWork(AWAY.start, AWAY.end);
    const summary = signalSummary(
      await kept.journal[readWithRecords](AWAY.start, AWAY.end),
      stretch,
      10 * MINUTE,
    );
    assert.deepEqual([summary.person, summary.unobserved, summary.filesEdited], [45 * MINUTE, 0, 0]);
    assert.deepEqual(
      summary.branches.map((row) => [row.key, row.person]),
      [[LOGIN.branch, 45 * MINUTE]],
    );
  });

  test('the context is the person’s last span before it, in any window; an agent’s work does not name it', async () => {
    const window = simulatedJournal(undefined, at('2024-05-02 09:00'));
    work(window, '2024-05-02 09:00', '2024-05-02 09:30');
    // Docs on main after the login work: the last span of the person, in another window's file.
    const other = simulatedJournal(window.directory, at('2024-05-02 09:30'));
    for (let time = at('2024-05-02 09:31'); time <= at('2024-05-02 10:00'); time += MINUTE)
      other.signal(time, { folder: 'acme', branch: 'main', language: 'markdown', file: 'docs/guide.md' });
    await other.journal.flush();
    // An agent editing up to the away time and into it is not the person's work.
    window.signal(at('2024-05-02 09:59'), { actor: 'agent', kind: 'agent', file: 'src/agent.ts' });
    const record = await window.journal.keepAsWork(AWAY.start, AWAY.end);
    assert.deepEqual(
      record && [record.folder, record.branch, record.file, record.language, record.repository],
      ['acme', 'main', 'docs/guide.md', 'markdown', undefined],
    );
  });

  test('without the person’s work before it the record has no context', async () => {
    const window = simulatedJournal(undefined, at('2024-05-02 10:45'));
    const record = await window.journal.keepAsWork(AWAY.start, AWAY.end);
    assert.deepEqual(record, {
      start: AWAY.start.getTime(),
      end: AWAY.end.getTime(),
      kind: 'other',
      actor: 'person',
      source: OWN,
      detail: 'kept as work',
    });
  });

  test('kept twice, recorded once', async () => {
    const window = dayWithAway();
    assert.ok(await window.journal.keepAsWork(AWAY.start, AWAY.end));
    assert.equal(await window.journal.keepAsWork(AWAY.start, AWAY.end), undefined);
    const kept = (await linesOf(window, '2024-05-02')).filter((line) => line.includes('kept as work'));
    assert.equal(kept.length, 1);
  });

  test('nothing is recorded with the journal off, or for a time away past midnight', async () => {
    const off = dayWithAway();
    off.settings = { ...off.settings, enabled: false };
    assert.equal(await off.journal.keepAsWork(AWAY.start, AWAY.end), undefined);
    assert.deepEqual(
      (await off.journal.spans(AWAY.start, AWAY.end)).filter((span) => span.detail === 'kept as work'),
      [],
    );
    const night = dayWithAway();
    const overnight = { start: new Date(at('2024-05-02 18:00')), end: new Date(at('2024-05-03 08:30')) };
    assert.equal(await night.journal.keepAsWork(overnight.start, overnight.end), undefined);
    assert.deepEqual(
      (await night.journal.spans(overnight.start, overnight.end)).filter(
        (span) => span.detail === 'kept as work',
      ),
      [],
    );
  });

  test('a time away that is not one says what was expected', async () => {
    const window = dayWithAway();
    await assert.rejects(
      window.journal.keepAsWork(AWAY.end, AWAY.start),
      /Journal\.keepAsWork: expected the start and end of a time away, the start first; got /,
    );
    await assert.rejects(
      window.journal.keepAsWork(new Date(Number.NaN), AWAY.end),
      /Journal\.keepAsWork: expected the start and end of a time away/,
    );
  });
});
