// One simulated window's journal on a real temporary folder, with the clock and the write ticks in the test's hands.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Journal, type JournalSettings } from '../../../src/journal/journal';
import { JournalFolder } from '../../../src/journal/journalFolder';
import type { Signal, Span } from '../../../src/journal/signal';

export const OWN = 'timekeeper.vscode-timekeeper';

export interface SimulatedJournal {
  readonly journal: Journal;
  /** The journal folder; a test may point it elsewhere, as the setting would. */
  directory: string;
  readonly errors: string[];
  readonly logs: string[];
  readonly closed: Span[];
  /** Appends this window made to its files. */
  writes(): number;
  /** While set, appends wait for it: a write caught under way. */
  gate: Promise<void> | undefined;
  settings: JournalSettings;
  now: number;
  /** Records a signal at the window's clock, moved to `time` first. */
  signal(time: number, work?: Partial<Signal>): void;
  /** Moves the clock and ticks (as the write timer does), then waits for the write it may have started. */
  tick(time: number): Promise<void>;
}

export function tempJournalDirectory(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'timekeeper-journal-')), '.utt.log.journal');
}

let windows = 0;

export function simulatedJournal(
  directory = tempJournalDirectory(),
  start = at('2024-05-02 09:00'),
  settings: Partial<JournalSettings> = {},
): SimulatedJournal {
  const id = ++windows;
  let files = 0;
  let writes = 0;
  const window: SimulatedJournal = {
    directory,
    errors: [],
    logs: [],
    closed: [],
    writes: () => writes,
    gate: undefined,
    settings: { enabled: true, idleMinutes: 10, retentionDays: 0, ...settings },
    now: start,
    journal: undefined as unknown as Journal,
    signal(time, work = {}) {
      window.now = time;
      window.journal.record({ time, kind: 'edit', actor: 'person', source: OWN, folder: 'acme', ...work });
    },
    async tick(time) {
      window.now = time;
      window.journal.tick();
      await window.journal.settled();
    },
  };
  const folder = new JournalFolder(
    () => window.directory,
    OWN,
    (message) => window.logs.push(message),
  );
  const append = folder.append.bind(folder);
  folder.append = async (...args) => {
    writes++;
    await window.gate;
    return append(...args);
  };
  const journal = new Journal(
    {
      now: () => new Date(window.now),
      directory: () => window.directory,
      settings: () => window.settings,
      ownSource: OWN,
      fileName: () => `test-${process.pid}-${id}-${++files}.jsonl`,
      startTicking: () => ({ dispose() {} }),
      log: (message) => window.logs.push(message),
      onError: (error) => window.errors.push(error.message),
    },
    folder,
  );
  journal.onDidCloseSpan((span) => window.closed.push(span));
  return Object.assign(window, { journal });
}

/** Epoch ms of a local time `YYYY-MM-DD HH:MM[:SS]`. */
export function at(text: string): number {
  const [date, time] = text.split(' ') as [string, string];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi, s = 0] = time.split(':').map(Number) as [number, number, number?];
  return new Date(y, mo - 1, d, h, mi, s).getTime();
}

export const MINUTE = 60_000;
