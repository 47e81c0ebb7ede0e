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
