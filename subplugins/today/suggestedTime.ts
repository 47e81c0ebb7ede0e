import * as vscode from 'vscode';
import {
  formatDuration,
  formatElapsed,
  formatTimeOfDay,
  parseName,
  type Api,
  type SuggestedEntry,
  type Suggestions,
} from '../../src/api';
import { todayUpTo } from './dayRanges';
import { askEntryName, showWritten } from './suggestPrompt';
import {
  editedEntry,
  entriesToLog,
  keptEdits,
  shownSuggestions,
  shownWork,
  sourcesOf,
  startMinute,
  type SourceRow,
  type SuggestionEdit,
} from './suggestedEntries';

/**
 * Today's suggested entries as the Today view shows them (its group and rows), and the person's edits to them. The
 * view imports this module on first use, so its code is not evaluated at activation. Renames and discards are
 * kept in memory, in this window only, by the minute each suggestion starts (docs in README "Zero-typing day"): a
 * discarded suggestion is hidden and written as ignored (`name***`) when time is logged up to or past it.
 */
export class SuggestedTime {
  readonly #api: Api;
  readonly #changed: () => void;
  #edits = new Map<number, SuggestionEdit>();
  #suggestions: Suggestions | undefined;

  /** `changed` redraws the view after an edit. */
  constructor(api: Api, changed: () => void) {
    this.#api = api;
    this.#changed = changed;
  }

  /**
   * Asks for today's suggestions up to `now`; true when there is a row to show. Without a Suggester (none
   * registered) or when it fails, there is none: the view shows the logged activities alone.
   */
  async load(now: Date): Promise<boolean> {
    try {
      const suggester = this.#api.resolve(this.#api.tokens.Suggester);
      const suggestions = await suggester.suggest(todayUpTo(this.#api, now), now);
      this.#suggestions = suggestions;
      this.#edits = keptEdits(suggestions.entries, this.#edits);
    } catch {
      this.#suggestions = undefined;
    }
    return this.shown().length > 0;
  }

  /** The rows: neither the day's `hello` nor discarded suggestions, each with its index among all. */
  shown(): { readonly entry: SuggestedEntry; readonly index: number }[] {
    return shownSuggestions(this.#suggestions?.entries ?? [], this.#edits);
  }

  groupItem(): vscode.TreeItem {
    const work = shownWork(
      this.#suggestions?.entries ?? [],
      this.#edits,
      (name) => parseName(name).type === 'work',
    );
    const item = new vscode.TreeItem(
      vscode.l10n.t('Suggested (unlogged) — {0}', formatDuration(work)),
      vscode.TreeItemCollapsibleState.Expanded,
    );
    item.id = 'suggestions';
    item.iconPath = new vscode.ThemeIcon('lightbulb');
    item.contextValue = 'timekeeper.suggestions';
    item.tooltip = vscode.l10n.t('Work the journal saw that no entry covers yet.');
    return item;
  }

  rowItem(entry: SuggestedEntry, before: number): vscode.TreeItem {
    const { name } = editedEntry(entry, this.#edits);
    const type = parseName(name).type;
    const item = new vscode.TreeItem(name);
    const duration = entry.date.getTime() - entry.start.getTime();
    item.description = `${formatElapsed(duration)} · ${formatTimeOfDay(entry.start)}–${formatTimeOfDay(entry.date)}`;
    item.id = `suggestion:${entry.start.getTime()}`;
    item.iconPath = new vscode.ThemeIcon(
      type === 'break' ? 'coffee' : type === 'ignored' ? 'circle-slash' : 'lightbulb',
    );
    item.contextValue = 'timekeeper.suggestion';
    // The timesheet only grows forward: logging a row writes the suggestions before it too.
    const logs = vscode.l10n.t('Log writes {0} entries, up to this one.', before + 1);
    item.tooltip = [logs, ...sourceLines(entry)].join('\n');
    return item;
  }

  /** Logs the suggestion starting at `entry`'s minute and every one before it; all of them without an entry. */
  async log(entry?: SuggestedEntry): Promise<void> {
    const entries = this.#suggestions?.entries ?? [];
    const index = entry
      ? entries.findIndex((each) => startMinute(each) === startMinute(entry))
      : entries.length - 1;
    // The suggestion went away meanwhile (logged in another window): the view shows what is left.
    if (index < 0) return this.#changed();
    try {
      const suggester = this.#api.resolve(this.#api.tokens.Suggester);
      showWritten(await suggester.log(entriesToLog(entries, this.#edits, index)));
    } catch (error) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          'Timekeeper: the suggestions were not logged: {0}',
          error instanceof Error ? error.message : String(error),
        ),
      );
    }
  }

  async rename(entry: SuggestedEntry): Promise<void> {
    const key = startMinute(entry);
    const name = await askEntryName(this.#edits.get(key)?.name ?? entry.name);
    if (name === undefined) return;
    this.#edits.set(key, { ...this.#edits.get(key), name });
    this.#changed();
  }

  discard(entry: SuggestedEntry): void {
    const key = startMinute(entry);
    this.#edits.set(key, { ...this.#edits.get(key), discarded: true });
    this.#changed();
  }
}

/** Where a suggestion's time came from: its files, branches and commands, the largest first. */
function sourceLines(entry: SuggestedEntry): string[] {
  const { files, branches, commands } = sourcesOf(entry.spans);
  const list = (rows: readonly SourceRow[]) =>
    rows
      .slice(0, 5)
      .map((row) => `${row.key} ${formatElapsed(row.duration)}`)
      .join(', ');
  return [
    files.length > 0 ? vscode.l10n.t('Files: {0}', list(files)) : '',
    branches.length > 0 ? vscode.l10n.t('Branches: {0}', list(branches)) : '',
    commands.length > 0 ? vscode.l10n.t('Commands: {0}', list(commands)) : '',
  ].filter(Boolean);
}
