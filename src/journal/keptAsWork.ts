import type { Span } from './signal';

/** The `detail` of the record that says the person kept an away time as work. */
export const KEPT_AS_WORK_DETAIL = 'kept as work';

/**
 * How far back the person's last record is looked for, to name the time kept as work: a day, so work that went on
 * past midnight still names an away time just after it.
 */
export const KEPT_AS_WORK_LOOKBACK_MS = 86_400_000;

/**
 * The record of an away time the person kept as work: the person's, of kind `other`, spanning the time away, in the
 * context (folder, repository, branch, language, file) of the person's last span before it. The person was doing
 * that work before leaving and said the time away belongs to it, so `WorkName` gives the time the same name and the
 * suggestions join it with the work around it. Without a span of the person before it, the record has no context.
 */
export function keptAsWorkRecord(before: readonly Span[], start: number, end: number, source: string): Span {
  const last = before.filter((span) => span.actor === 'person' && span.start < start).at(-1);
  const record: Record<string, unknown> = { start, end, kind: 'other', actor: 'person', source };
  for (const field of ['folder', 'repository', 'branch', 'language', 'file'] as const) {
    if (last?.[field] !== undefined) record[field] = last[field];
  }
  record.detail = KEPT_AS_WORK_DETAIL;
  return record as unknown as Span;
}

/** Whether the spans hold a record of this away time kept as work already (settling it twice records it once). */
export function keptAlready(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some(
    (span) =>
      span.actor === 'person' &&
      span.kind === 'other' &&
      span.detail === KEPT_AS_WORK_DETAIL &&
      span.start <= start &&
      span.end >= end,
  );
}
