import type { ReportModel } from '@timekeeper/vscode-timekeeper-api';

/**
 * The text of a day's summary: totals, then the time per activity name, longest first.
 *
 *   2024-03-01: worked 2h15, breaks 0h30
 *     1h30  acme: build
 *     0h45  review
 */
export function summaryText(day: string, model: ReportModel): string {
  const perName = new Map<string, number>();
  for (const activity of model.activities) {
    if (activity.type !== 'work') continue;
    perName.set(activity.name, (perName.get(activity.name) ?? 0) + activity.duration);
  }
  const lines = [...perName]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([name, duration]) => `  ${hours(duration)}  ${name}`);
  const { working, breaks } = model.summary;
  return [`${day}: worked ${hours(working)}, breaks ${hours(breaks)}`, ...lines, ''].join('\n');
}

/** utt's way of writing a duration: 1h05. */
function hours(milliseconds: number): string {
  const minutes = Math.round(milliseconds / 60_000);
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}`;
}
