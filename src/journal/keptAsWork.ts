import { MS_PER_DAY } from '../core/wallClock';
import type { Span } from './signal';

/*
 * An away time the person kept as work (docs/JOURNAL.md, "Time away kept as work"). Loaded on first use, behind
 * `await import()`: a rare answer, kept out of the activation bundle.
 */

/** The `detail` of the record that says the person kept an away time as work. */
const KEPT_AS_WORK_DETAIL = 'kept as work';

/**
 * How far back the person's last span is looked for, to name the time kept as work: a day, so work that went on
 * past midnight still names an away time just after it.
 */
const LOOKBACK_MS = MS_PER_DAY;

/**
 * The record of an away time kept as work, or nothing to record: the person's, of kind `other`, spanning the time
 * away, in the context (folder, repository, branch, language, file) of the person's last span before it, in any
 * window. The person was doing that work before leaving and said the time away belongs to it, so `WorkName` gives
 * the time the same name and the suggestions join it with the work around it. Without a span of the person before
 * it, the record has no context. Nothing when the journal is off, when the time away goes past midnight (the day
 * ended when it began, as for a break) or when the journal holds this record already (settled twice).
 */
export async function keptAsWorkRecord(
  journal: { spans(from: Date, to: Date): Promise<readonly Span[]> },
  from: Date,
  to: Date,
  settings: { readonly enabled: boolean; readonly source: string },
): Promise<Span | undefined> {
  const start = from.getTime();
  const end = to.getTime();
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) {
    throw new Error(
      `Journal.keepAsWork: expected the start and end of a time away, the start first; got ${String(from)} and ${String(to)}.`,
    );
  }
  if (!settings.enabled || from.toDateString() !== to.toDateString()) return undefined;
  const around = await journal.spans(new Date(start - LOOKBACK_MS), to);
  if (around.some((span) => isKeptAsWork(span) && span.start <= start && span.end >= end)) return undefined;
  const last = around.filter((span) => span.actor === 'person' && span.start < start).at(-1);
  const record: Record<string, unknown> = {
    start,
    end,
    kind: 'other',
    actor: 'person',
    source: settings.source,
  };
  for (const field of ['folder', 'repository', 'branch', 'language', 'file'] as const) {
    if (last?.[field] !== undefined) record[field] = last[field];
  }
  record.detail = KEPT_AS_WORK_DETAIL;
  return record as unknown as Span;
}

function isKeptAsWork(span: Span): boolean {
  return span.actor === 'person' && span.kind === 'other' && span.detail === KEPT_AS_WORK_DETAIL;
}
