import * as vscode from 'vscode';
import type { Api, SuggestedEntry, Suggestions } from '../../src/api';
import { askEntryName, showWritten } from '../ledger/suggestPrompt';
import { entriesToLog, keptEdits, startMinute, type SuggestionEdit } from './suggestedEntries';

/**
 * Today's suggested entries as the Today view shows them, and the person's edits to them. Renames and discards are
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

  get edits(): ReadonlyMap<number, SuggestionEdit> {
    return this.#edits;
  }

  /**
   * Today's suggestions up to `now`, or `undefined` without a Suggester (none registered) or when it fails: the
   * view then shows the logged activities alone.
   */
  async load(now: Date): Promise<Suggestions | undefined> {
    let suggestions: Suggestions;
    try {
      const from = new Date(now.getFullYear(), now.getMonth(), now.getDate());
      suggestions = await this.#api.resolve(this.#api.tokens.Suggester).suggest({ from, to: now }, now);
    } catch {
      return (this.#suggestions = undefined);
    }
    this.#suggestions = suggestions;
    this.#edits = keptEdits(suggestions.entries, this.#edits);
    return suggestions;
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
    void vscode.window.setStatusBarMessage(
      vscode.l10n.t('Timekeeper: "{0}" will be written as ignored when time is logged past it.', entry.name),
      5_000,
    );
    this.#changed();
  }
}
