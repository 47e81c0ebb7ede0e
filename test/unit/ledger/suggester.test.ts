import * as assert from 'node:assert/strict';
import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Journal, NewEntry, Span, Timesheet } from '../../../src/api';
import { defaultWorkName } from '../../../src/journal/workName';
import { createSuggester, type SuggestionNotes } from '../../../src/ledger';
import { TimesheetStore } from '../../../src/store/timesheetStore';

const at = (clock: string) => {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return new Date(2024, 5, 3, h, m);
};
const DAY = { from: new Date(2024, 5, 3), to: new Date(2024, 5, 4) };
const person = (from: string, to: string, branch: string): Span => ({
  start: at(from).getTime(),
  end: at(to).getTime(),
  kind: 'edit',
  actor: 'person',
  source: 'own',
  folder: 'acme',
  branch,
});

const notes: SuggestionNotes = {
  journalOff: () => 'journal off',
  nothingJournaled: () => 'nothing journaled',
  allLogged: () => 'all logged',
  loggedAlready: (count) => `${count} logged already`,
  cannotInsert: (count, last) => `${count} before line ${last.line}`,
};

function journalOf(spans: readonly Span[]): Journal {
  return {
    record: () => undefined,
    flush: async () => undefined,
    spans: async (from, to) => spans.filter((s) => s.end > from.getTime() && s.start < to.getTime()),
    onDidCloseSpan: () => ({ dispose: () => undefined }),
  };
}

async function timesheetWith(text: string): Promise<TimesheetStore> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'timekeeper-suggest-')), 'utt.log');
  await fs.writeFile(file, text);
  return new TimesheetStore(file);
}

function suggesterOn(timesheet: Timesheet, spans: readonly Span[], journalEnabled = true) {
  return createSuggester({
    timesheet: () => timesheet,
    journal: () => journalOf(spans),
    workName: () => defaultWorkName,
    settings: () => ({ journalEnabled, idleMinutes: 10 }),
    notes,
  });
}

const SPANS = [person('09:00', '09:30', 'feature/A-1-a'), person('09:30', '10:00', 'feature/A-2-b')];

suite('ledger: the default Suggester', () => {
  test('suggest reads the timesheet and the journal, clipped to now; log appends, then nothing is left', async () => {
    const store = await timesheetWith('2024-06-03 09:00 hello\n');
    try {
      const suggester = suggesterOn(store, SPANS);
      const early = await suggester.suggest(DAY, at('09:45'));
      assert.deepEqual(early.range, { from: DAY.from, to: at('09:45') });
      assert.deepEqual(
        early.entries.map((e) => e.name),
        ['acme: A-1 a', 'acme: A-2 b'],
      );
      const suggestions = await suggester.suggest(DAY, at('12:00'));
      assert.equal(suggestions.unlogged, 60 * 60_000);
      const result = await suggester.log(suggestions.entries);
      assert.deepEqual(result, {
        written: [
          { date: at('09:30'), name: 'acme: A-1 a' },
          { date: at('10:00'), name: 'acme: A-2 b' },
        ],
      });
      assert.equal(
        await fs.readFile(store.path, 'utf8'),
        '2024-06-03 09:00 hello\n2024-06-03 09:30 acme: A-1 a\n2024-06-03 10:00 acme: A-2 b\n',
      );
      const after = await suggester.suggest(DAY, at('12:00'));
      assert.deepEqual(after.entries, []);
      assert.equal(after.note, 'nothing journaled');
    } finally {
      store.dispose();
    }
  });

  test('notes: the journal off, all logged', async () => {
    const store = await timesheetWith('2024-06-03 00:00 hello\n2024-06-03 23:59 acme: all day\n');
    try {
      assert.equal((await suggesterOn(store, SPANS, false).suggest(DAY, at('12:00'))).note, 'journal off');
      assert.equal((await suggesterOn(store, SPANS).suggest(DAY, at('12:00'))).note, 'all logged');
    } finally {
      store.dispose();
    }
  });

  test('two windows logging the same suggestions at once write them once', async () => {
    const store = await timesheetWith('2024-06-03 09:00 hello\n');
    const other = new TimesheetStore(store.path);
    try {
      const suggestions = await suggesterOn(store, SPANS).suggest(DAY, at('12:00'));
      const [a, b] = await Promise.all([
        suggesterOn(store, SPANS).log(suggestions.entries),
        suggesterOn(other, SPANS).log(suggestions.entries),
      ]);
      assert.deepEqual([a.written.length, b.written.length].sort(), [0, 2], JSON.stringify([a, b]));
      assert.equal([a.note, b.note].filter(Boolean).join(), '2 logged already');
      assert.equal(
        await fs.readFile(store.path, 'utf8'),
        '2024-06-03 09:00 hello\n2024-06-03 09:30 acme: A-1 a\n2024-06-03 10:00 acme: A-2 b\n',
      );
    } finally {
      store.dispose();
      other.dispose();
    }
  });

  test('entries before the last one go through insert when the Timesheet has it (the store inserts in place), else a note says so', async () => {
    const store = await timesheetWith('2024-06-03 09:00 acme: x\n2024-06-03 12:00 hello\n');
    try {
      const spans = [person('10:00', '11:00', 'feature/A-1-a'), person('12:00', '12:30', 'feature/A-2-b')];
      const suggestions = await suggesterOn(store, spans).suggest(DAY, at('13:00'));
      assert.deepEqual(
        suggestions.entries.map((e) => e.name),
        ['hello', 'acme: A-1 a', 'acme: A-2 b'],
      );
      const inserted: NewEntry[][] = [];
      const withInsert: Timesheet = {
        path: store.path,
        entries: () => store.entries(),
        append: () => Promise.reject(new Error('insert takes them all')),
        format: (entry) => store.format(entry),
        insert: async (entries) => void inserted.push([...entries]),
      };
      const all = await suggesterOn(withInsert, spans).log(suggestions.entries);
      assert.equal(all.written.length, 3);
      assert.deepEqual(inserted, [all.written]);
      // A plugin's Timesheet without `insert` (the store has one): what lies after its last entry is appended.
      const appendOnlyTimesheet: Timesheet = {
        path: store.path,
        entries: () => store.entries(),
        append: (entry) => store.append(entry),
        format: (entry) => store.format(entry),
      };
      const appendOnly = await suggesterOn(appendOnlyTimesheet, spans).log(suggestions.entries);
      assert.deepEqual(appendOnly, {
        written: [{ date: at('12:30'), name: 'acme: A-2 b' }],
        note: '2 before line 2',
      });
      // The store has `insert`: what the append-only timesheet could not take goes into its place.
      const inPlace = await suggesterOn(store, spans).log(suggestions.entries);
      assert.deepEqual(
        inPlace.written.map((e) => e.name),
        ['hello', 'acme: A-1 a'],
      );
      assert.equal(
        await fs.readFile(store.path, 'utf8'),
        [
          '2024-06-03 09:00 acme: x',
          '2024-06-03 10:00 hello',
          '2024-06-03 11:00 acme: A-1 a',
          '2024-06-03 12:00 hello',
          '2024-06-03 12:30 acme: A-2 b',
          '',
        ].join('\n'),
      );
    } finally {
      store.dispose();
    }
  });

  test('bad input is refused with what is wrong', async () => {
    const store = await timesheetWith('');
    try {
      const suggester = suggesterOn(store, SPANS);
      await assert.rejects(
        suggester.suggest({ from: DAY.to, to: DAY.from }, at('12:00')),
        /from not after to/,
      );
      await assert.rejects(suggester.log([{ date: new Date(NaN), name: 'x' }]), /entry 1 has no valid date/);
      await assert.rejects(
        suggester.log([
          { date: at('10:00'), name: 'b' },
          { date: at('09:00'), name: 'a' },
        ]),
        /entry 2 \(a\) is earlier than the one before it/,
      );
    } finally {
      store.dispose();
    }
  });
});
