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

/**
 * The status bar text. The format (setting `timekeeper.statusBar.format`) may use `${current}` (`0:42`), `${today}`
 * (`5h12`) and `${goal}` (`65%`, empty without a goal) and `$(icon)`s. Idle and paused are always visible, whatever
 * the format says.
 */
export function statusText(format: string, numbers: StatusNumbers): string {
  if (!numbers.started) return '$(watch) Start the day';
  const percent = numbers.goal > 0 ? `${Math.floor((100 * numbers.today) / numbers.goal)}%` : '';
  const text = format
    .replaceAll('${current}', formatElapsed(numbers.current))
    .replaceAll('${today}', formatDuration(numbers.today))
    .replaceAll('${goal}', percent)
    .trim();
  if (numbers.state === 'paused') {
    return `$(debug-pause) Paused ${formatElapsed(numbers.current)} · ${formatDuration(numbers.today)}`;
  }
  return numbers.state === 'idle' ? `${text} · idle` : text;
}

/**
 * What a screen reader says for the status bar item: words, not `0:42 · 5h12` and icon names.
 * "Timekeeper: current activity 42 minutes, today 5 hours 12 minutes".
 */
export function spokenStatus(numbers: StatusNumbers): string {
  if (!numbers.started) return 'Timekeeper: no entry today. Activate to start the day.';
  const state =
    numbers.state === 'paused' ? ', tracking paused' : numbers.state === 'idle' ? ', you are idle' : '';
  const goal =
    numbers.goal > 0 ? `, ${Math.floor((100 * numbers.today) / numbers.goal)} percent of the daily goal` : '';
  return (
    `Timekeeper: current activity ${spokenDuration(numbers.current)}, ` +
    `today ${spokenDuration(numbers.today)}${goal}${state}`
  );
}

function spokenDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const minutesText = `${rest} ${rest === 1 ? 'minute' : 'minutes'}`;
  if (hours === 0) return minutesText;
  return `${hours} ${hours === 1 ? 'hour' : 'hours'} ${minutesText}`;
}
