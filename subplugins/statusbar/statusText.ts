import { formatDuration, formatElapsed, type ActivityState } from '../../src/api';

export const DEFAULT_FORMAT = '$(watch) ${current} · ${today}';

export interface StatusNumbers {
  readonly started: boolean;
  readonly state: ActivityState;
  /** Milliseconds of the current activity, of today's work, and of the goal (0: none). */
  readonly current: number;
  readonly today: number;
  readonly goal: number;
}

/** What translates the words: `vscode.l10n` in VS Code (this file stays free of it for the unit tests). */
export interface Localizer {
  t(message: string, ...args: (string | number)[]): string;
}

/**
 * The status bar text, its words in the display language. The format (setting `timekeeper.statusBar.format`) may use `${current}` (`0:42`), `${today}`
 * (`5h12`) and `${goal}` (`65%`, empty without a goal) and `$(icon)`s. Idle and paused are always visible, whatever
 * the format says.
 */
export function statusText(format: string, numbers: StatusNumbers, l10n: Localizer): string {
  if (!numbers.started) return l10n.t('$(watch) Start the day');
  const percent = numbers.goal > 0 ? `${Math.floor((100 * numbers.today) / numbers.goal)}%` : '';
  const text = format
    .replaceAll('${current}', formatElapsed(numbers.current))
    .replaceAll('${today}', formatDuration(numbers.today))
    .replaceAll('${goal}', percent)
    .trim();
  if (numbers.state === 'paused') {
    return l10n.t(
      '$(debug-pause) Paused {0} · {1}',
      formatElapsed(numbers.current),
      formatDuration(numbers.today),
    );
  }
  return numbers.state === 'idle' ? l10n.t('{0} · idle', text) : text;
}

/**
 * What a screen reader says for the status bar item, in the display language: words, not `0:42 · 5h12` and icon
 * names. "Timekeeper: current activity 42 minutes, today 5 hours 12 minutes".
 */
export function spokenStatus(numbers: StatusNumbers, l10n: Localizer): string {
  if (!numbers.started) return l10n.t('Timekeeper: no entry today. Activate to start the day.');
  const spoken = (ms: number) => spokenDuration(ms, l10n);
  return [
    l10n.t('Timekeeper: current activity {0}', spoken(numbers.current)),
    l10n.t('today {0}', spoken(numbers.today)),
    numbers.goal > 0 &&
      l10n.t('{0} percent of the daily goal', Math.floor((100 * numbers.today) / numbers.goal)),
    numbers.state === 'paused' && l10n.t('tracking paused'),
    numbers.state === 'idle' && l10n.t('you are idle'),
  ]
    .filter((clause) => clause !== false)
    .join(', ');
}

function spokenDuration(ms: number, l10n: Localizer): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const minutesText = rest === 1 ? l10n.t('1 minute') : l10n.t('{0} minutes', rest);
  if (hours === 0) return minutesText;
  return hours === 1 ? l10n.t('1 hour {0}', minutesText) : l10n.t('{0} hours {1}', hours, minutesText);
}
