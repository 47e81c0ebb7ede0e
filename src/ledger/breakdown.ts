import type { Breakdown, BreakdownRow, Span, TimeRange } from '../api';
import { branchTask } from '../journal/workName';

/** The key of the spans that lack the field a breakdown groups by. */
export const NO_VALUE = '(none)';

/** Milliseconds of a span inside `[from, to)`. */
export function timeInside(span: Span, from: number, to: number): number {
  return Math.max(0, Math.min(span.end, to) - Math.max(span.start, from));
}

/**
 * The person's and agents' time per key inside `[from, to)`, largest total first, then by key in code point order
 * (so equal totals always list alike). `keyOf` returning undefined leaves a span out; spans without time there count
 * nowhere.
 */
export function rowsBy(
  spans: readonly Span[],
  keyOf: (span: Span) => string | undefined,
  from: number,
  to: number,
): BreakdownRow[] {
  const rows = new Map<string, { key: string; person: number; agent: number }>();
  for (const span of spans) {
    const time = timeInside(span, from, to);
    const key = time > 0 ? keyOf(span) : undefined;
    if (key === undefined) continue;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, person: 0, agent: 0 }));
    if (span.actor === 'agent') row.agent += time;
    else row.person += time;
  }
  return [...rows.values()].sort(
    (a, b) => b.person + b.agent - (a.person + a.agent) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** A file as a breakdown names it: its workspace folder's name, then its path inside, so two folders' files differ. */
export function fileKey(span: Span): string | undefined {
  if (span.file === undefined) return undefined;
  return span.folder === undefined ? span.file : `${span.folder}/${span.file}`;
}

/**
 * Where the journaled time of `range` went, up to `now`: the person's and agents' totals, and rows by language,
 * branch (with the task the branch names), file and workspace folder.
 */
export function breakdownOf(spans: readonly Span[], range: TimeRange, now: Date): Breakdown {
  const from = range.from.getTime();
  const to = Math.min(range.to.getTime(), now.getTime());
  const orNone = (value: string | undefined) => value ?? NO_VALUE;
  const [totals] = rowsBy(spans, () => '', from, to);
  return {
    range,
    person: totals?.person ?? 0,
    agent: totals?.agent ?? 0,
    languages: rowsBy(spans, (span) => orNone(span.language), from, to),
    branches: rowsBy(spans, (span) => orNone(span.branch), from, to).map((row) => {
      const ticket = row.key === NO_VALUE ? undefined : branchTask(row.key);
      return ticket === undefined ? row : { ...row, ticket };
    }),
    files: rowsBy(spans, (span) => orNone(fileKey(span)), from, to),
    folders: rowsBy(spans, (span) => orNone(span.folder), from, to),
  };
}
