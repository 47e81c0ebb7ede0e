import * as vscode from 'vscode';
import type { Api, CommandDefinition, Suggestions, TimeRange, TrackingResult } from '../../src/api';
import { wholeDay } from './dayRanges';
import type { OpenReview } from './openReview';

/**
 * `suggest`: the entries proposed for a day's unlogged time (`date`, a day as `report` reads it; default today), or,
 * with `log`, all of them written: resolves to the `Suggestions`, or with `log` to what was written.
 */
export function suggestCommand(api: Api, open: OpenReview): CommandDefinition {
  return {
    name: 'suggest',
    description: 'Suggest entries for the unlogged time of a day, from the journal; with log, write them all',
    args: [
      { name: 'date', description: 'A day: YYYY-MM-DD, a weekday name, today or yesterday', type: 'string' },
      { name: 'log', description: 'Write all the suggested entries to the timesheet', type: 'boolean' },
    ],
    async handler(args, resolve): Promise<Suggestions | TrackingResult> {
      const now = resolve(api.tokens.Now);
      const suggester = resolve(api.tokens.Suggester);
      const suggestions = await suggester.suggest(dayOf(api, args.date, now), now);
      if (args.log !== true) return suggestions;
      const result = await suggester.log(suggestions.entries);
      // Nothing asked, nothing written: the suggestions say why.
      return result.note === undefined && suggestions.note !== undefined && result.written.length === 0
        ? { ...result, note: suggestions.note }
        : result;
    },
    // From the palette: today's suggestions to review, check, rename or drop; the review logs what was chosen.
    prompt: async (resolve) => (await import('./suggestPrompt')).promptSuggestions(api, resolve, open),
  };
}

/** The day `date` names, from its midnight to the next; utt's message and what to give instead when it names none. */
function dayOf(api: Api, date: unknown, now: Date): TimeRange {
  let midnight: Date;
  try {
    midnight = api.resolveRange(date === undefined || date === '' ? {} : { date: String(date) }, now).start;
  } catch (error) {
    throw new Error(
      vscode.l10n.t(
        "Command 'suggest': argument 'date' names no day ({0}). Give YYYY-MM-DD, today, yesterday or a weekday name.",
        error instanceof Error ? error.message : String(error),
      ),
      { cause: error },
    );
  }
  return wholeDay(api, midnight);
}
