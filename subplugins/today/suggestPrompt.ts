import * as vscode from 'vscode';
import {
  formatElapsed,
  formatTimeOfDay,
  type Api,
  type NewEntry,
  type Resolve,
  type SuggestedEntry,
  type Suggestions,
  type TrackingResult,
} from '../../src/api';
import { todayUpTo } from './dayRanges';
import { ignoredName, readEntryName } from './entryNames';
import type { OpenReview, ShownReview } from './openReview';

interface Row extends vscode.QuickPickItem {
  /** The suggestion's index in `Suggestions.entries`. */
  readonly index: number;
}

type Outcome = { readonly kind: 'accept' } | { readonly kind: 'rename'; readonly index: number };

/**
 * The `suggest` command's palette prompt: today's suggestions, up to now, reviewed and logged by the person. It
 * resolves `undefined` because the review has written what was chosen itself (so the handler does not run too).
 */
export async function promptSuggestions(api: Api, resolve: Resolve, open: OpenReview): Promise<undefined> {
  const now = resolve(api.tokens.Now);
  const suggestions = await resolve(api.tokens.Suggester).suggest(todayUpTo(api, now), now);
  await reviewSuggestions(api, suggestions, open, resolve);
  return undefined;
}

/** What the person chose so far, kept across the pickers of one review (a rename hides the list, then shows it again). */
interface Choices {
  /** Each suggestion's name, by its index in `Suggestions.entries`. */
  readonly names: string[];
  checked: ReadonlySet<number>;
  /** The entry highlighted when the list was last left, so a keyboard user comes back to it. */
  highlighted?: number;
}

/**
 * Lists the suggested entries in a quick pick, all checked: unchecked ones are written as ignored (`name***`), F2
 * or an item's button renames it. Enter logs them through the Suggester and says what was written; Escape writes
 * nothing. Resolves to what was logged, or `undefined` when nothing was (cancelled, or nothing to suggest).
 */
export async function reviewSuggestions(
  api: Api,
  suggestions: Suggestions,
  open: OpenReview,
  resolve: Resolve = (token) => api.resolve(token),
): Promise<TrackingResult | undefined> {
  const { entries } = suggestions;
  const listed = entries
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => entry.kind !== 'day');
  if (listed.length === 0) {
    void vscode.window.showInformationMessage(
      suggestions.note ??
        vscode.l10n.t(
          'Timekeeper: nothing to suggest: the journal saw no work today that the timesheet does not cover.',
        ),
    );
    return undefined;
  }
  const choices: Choices = {
    names: entries.map((entry) => entry.name),
    checked: new Set(listed.map(({ index }) => index)),
  };
  for (;;) {
    const outcome = await pick(listed, choices, open);
    if (!outcome) return undefined;
    if (outcome.kind === 'rename') {
      const index = outcome.index;
      const name = await askEntryName(choices.names[index] ?? '');
      if (name !== undefined) choices.names[index] = name;
      continue;
    }
    // The day's `hello` is not listed: it is written with the rest, so the time before it counts nowhere.
    const chosen: NewEntry[] = entries.map((entry, index) => {
      const name = choices.names[index] ?? entry.name;
      return {
        date: entry.date,
        name: entry.kind === 'day' || choices.checked.has(index) ? name : ignoredName(name),
      };
    });
    const result = await resolve(api.tokens.Suggester).log(chosen);
    showWritten(result);
    return result;
  }
}

/** Shows the list once: resolves when it is accepted, left for a rename (`choices` kept), or hidden. */
function pick(
  listed: readonly { readonly entry: SuggestedEntry; readonly index: number }[],
  choices: Choices,
  open: OpenReview,
): Promise<Outcome | undefined> {
  const rename: vscode.QuickInputButton = {
    iconPath: new vscode.ThemeIcon('edit'),
    tooltip: vscode.l10n.t('Rename'),
  };
  const picker = vscode.window.createQuickPick<Row>();
  picker.title = vscode.l10n.t('Timekeeper: Suggested Entries');
  picker.placeholder = vscode.l10n.t(
    'Checked entries are logged; unchecked ones are written as ignored (name***) and count nowhere. F2 renames the highlighted entry. Enter logs, Escape cancels.',
  );
  picker.canSelectMany = true;
  picker.items = listed.map(({ entry, index }) => {
    const name = choices.names[index] ?? entry.name;
    const duration = formatElapsed(entry.date.getTime() - entry.start.getTime());
    return {
      index,
      label: `${readEntryName(name) === 'break' ? '$(coffee) ' : ''}${name}`,
      description: `${formatTimeOfDay(entry.start)}–${formatTimeOfDay(entry.date)} · ${duration}`,
      buttons: [rename],
    };
  });
  picker.selectedItems = picker.items.filter((row) => choices.checked.has(row.index));
  picker.activeItems = picker.items.filter((row) => row.index === choices.highlighted);
  return new Promise((done) => {
    const keep = () => (choices.checked = new Set(picker.selectedItems.map((row) => row.index)));
    const renameRow = (row: Row) => {
      keep();
      choices.highlighted = row.index;
      done({ kind: 'rename', index: row.index });
      picker.hide();
    };
    const shown: ShownReview = {
      renameHighlighted: () => {
        const row = picker.activeItems[0];
        if (row) renameRow(row);
      },
    };
    picker.onDidAccept(() => {
      keep();
      done({ kind: 'accept' });
      picker.hide();
    });
    picker.onDidTriggerItemButton(({ item }) => renameRow(item));
    picker.onDidHide(() => {
      open.hidden(shown);
      done(undefined);
      picker.dispose();
    });
    open.shown(shown);
    try {
      picker.show();
    } catch (error) {
      // F2 must not stay bound to a review that never appeared.
      open.hidden(shown);
      picker.dispose();
      throw error;
    }
  });
}

/** Asks for an entry's new name, prefilled, read as utt reads names: empty refused, a break or ignored said so. */
export async function askEntryName(current: string): Promise<string | undefined> {
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('Timekeeper: Rename "{0}"', current),
    value: current,
    validateInput: (text) => {
      switch (readEntryName(text)) {
        case 'empty':
          return vscode.l10n.t('Type a name: an entry cannot be empty.');
        case 'comment':
          return vscode.l10n.t('utt reads "  # " as the start of a comment.');
        case 'break':
          return {
            message: vscode.l10n.t('Ends in **: logged as a break.'),
            severity: vscode.InputBoxValidationSeverity.Info,
          };
        case 'ignored':
          return {
            message: vscode.l10n.t('Ends in ***: ignored, its time counts nowhere.'),
            severity: vscode.InputBoxValidationSeverity.Info,
          };
        case 'work':
          return undefined;
      }
    },
  });
  return name === undefined ? undefined : name.trim();
}

/** One line saying what was written, and why less than asked when that happened. */
export function showWritten(result: TrackingResult): void {
  const { written, note } = result;
  const last = written.at(-1);
  if (!last) {
    void vscode.window.showWarningMessage(note ?? vscode.l10n.t('Timekeeper: nothing was written.'));
    return;
  }
  const line = vscode.l10n.t(
    'Timekeeper: logged {0} entries up to {1}: {2}',
    written.length,
    formatTimeOfDay(last.date),
    written.map((entry) => entry.name).join(', '),
  );
  void vscode.window.showInformationMessage(note ? `${line}. ${note}` : line);
}
