import type { NewEntry, Span, SuggestedEntry } from '../../src/api';
import { ignoredName } from './entryNames';

/** What the person changed about one suggestion in this window: a new name, or dropped (written as ignored). */
export interface SuggestionEdit {
  readonly name?: string;
  readonly discarded?: boolean;
}

/**
 * Edits are kept by the minute a suggestion starts: suggestions are computed again every minute and after every
 * change of the timesheet, and a suggestion's start stays put while later time is added after it.
 */
export type SuggestionEdits = ReadonlyMap<number, SuggestionEdit>;

export function startMinute(entry: Pick<SuggestedEntry, 'start'>): number {
  return Math.floor(entry.start.getTime() / 60_000);
}

/**
 * The entry to write for a suggestion, with the person's edit: renamed, or ignored when discarded. The day's `hello`
 * is never edited (it is not listed): it starts at the same minute as the work after it.
 */
export function editedEntry(entry: SuggestedEntry, edits: SuggestionEdits): NewEntry {
  const edit = entry.kind === 'day' ? undefined : edits.get(startMinute(entry));
  const name = edit?.name ?? entry.name;
  return { date: entry.date, name: edit?.discarded ? ignoredName(name) : name };
}

/**
 * What logging the suggestion at `index` writes: it and every suggestion before it, because the timesheet only
 * grows forward (an entry ends the activity that began at the one before). Discarded ones among them are written
 * as ignored. Without an index: all of them.
 */
export function entriesToLog(
  entries: readonly SuggestedEntry[],
  edits: SuggestionEdits,
  index = entries.length - 1,
): NewEntry[] {
  return entries.slice(0, index + 1).map((entry) => editedEntry(entry, edits));
}

/** The suggestions the Today view lists, with their index among all: not the day's `hello`, not discarded ones. */
export function shownSuggestions(
  entries: readonly SuggestedEntry[],
  edits: SuggestionEdits,
): { readonly entry: SuggestedEntry; readonly index: number }[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => entry.kind !== 'day' && !edits.get(startMinute(entry))?.discarded);
}

/** Milliseconds of work among the shown suggestions, after renames (a rename may make work a break). */
export function shownWork(
  entries: readonly SuggestedEntry[],
  edits: SuggestionEdits,
  isWork: (name: string) => boolean,
): number {
  return shownSuggestions(entries, edits)
    .filter(({ entry }) => isWork(editedEntry(entry, edits).name))
    .reduce((sum, { entry }) => sum + entry.date.getTime() - entry.start.getTime(), 0);
}

/** The edits that still concern the suggestions: the others (logged meanwhile, or gone) are forgotten. */
export function keptEdits(
  entries: readonly SuggestedEntry[],
  edits: SuggestionEdits,
): Map<number, SuggestionEdit> {
  const starts = new Set(entries.map(startMinute));
  return new Map([...edits].filter(([start]) => starts.has(start)));
}

/** Time of one file, branch or command behind a suggestion, largest first. */
export interface SourceRow {
  readonly key: string;
  readonly duration: number;
}

/** Where a suggestion's time came from: the person's files, branches and commands in its spans. */
export interface Sources {
  readonly files: readonly SourceRow[];
  readonly branches: readonly SourceRow[];
  readonly commands: readonly SourceRow[];
}

export function sourcesOf(spans: readonly Span[]): Sources {
  const files = new Map<string, number>();
  const branches = new Map<string, number>();
  const commands = new Map<string, number>();
  for (const span of spans) {
    // Agents' spans ride along for explanations; the time is the person's.
    if (span.actor === 'agent') continue;
    const duration = span.end - span.start;
    if (span.file) add(files, span.file, duration);
    if (span.branch) add(branches, span.branch, duration);
    if (span.detail && (span.kind === 'terminal' || span.kind === 'task' || span.kind === 'debug'))
      add(commands, span.detail, duration);
  }
  return { files: rows(files), branches: rows(branches), commands: rows(commands) };
}

function add(totals: Map<string, number>, key: string, duration: number): void {
  totals.set(key, (totals.get(key) ?? 0) + duration);
}

function rows(totals: Map<string, number>): SourceRow[] {
  return [...totals]
    .map(([key, duration]) => ({ key, duration }))
    .sort((a, b) => b.duration - a.duration || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
